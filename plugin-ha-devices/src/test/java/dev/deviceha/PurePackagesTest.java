package dev.deviceha;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Placement and lifecycle decisions must stay testable without CloudStack: only the shell may touch it. */
class PurePackagesTest {
    private static final JavaClasses PLUGIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.deviceha");

    @Test
    void placementAndLifecycle_dependOnNothingFromCloudStackNorOnTheShell() {
        noClasses().that().resideInAnyPackage("dev.deviceha.placement..", "dev.deviceha.lifecycle..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("com.cloud..", "org.apache.cloudstack..", "dev.deviceha.cloudstack..")
                .check(PLUGIN);
    }
}
