package dev.deviceha;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
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

    /**
     * The management server's Gson is CloudStack's (1.7.2 on 4.20): the plugin uses only its annotations, which
     * CloudStack's API serializer reads on the responses; its own JSON goes through the relocated copy.
     */
    @Test
    void ownJson_goesThroughTheRelocatedGson_onlyCloudStacksAnnotationsFromTheHostsGson() {
        noClasses().that().resideInAPackage("dev.deviceha..")
                .should().dependOnClassesThat(resideInAPackage("com.google.gson..")
                        .and(not(resideInAPackage("com.google.gson.annotations"))))
                .check(PLUGIN);
    }
}
