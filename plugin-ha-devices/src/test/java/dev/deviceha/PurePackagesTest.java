package dev.deviceha;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Everything but the shell must stay testable, and reusable by the drill, without CloudStack. */
class PurePackagesTest {
    private static final JavaClasses PLUGIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.deviceha");

    @Test
    void servicesAndDecisions_dependOnNothingFromCloudStackNorOnTheShell() {
        noClasses().that().resideInAnyPackage("dev.deviceha.placement..", "dev.deviceha.lifecycle..",
                        "dev.deviceha.service..", "dev.deviceha.readiness..", "dev.deviceha.inventory..",
                        "dev.deviceha.allocation..", "dev.deviceha.request..", "dev.deviceha.catalog..",
                        "dev.deviceha.persistence..", "dev.deviceha.api..", "dev.deviceha.notice..",
                        "dev.deviceha.failover..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("com.cloud..", "org.apache.cloudstack..", "dev.deviceha.cloudstack..")
                .check(PLUGIN);
    }
}
