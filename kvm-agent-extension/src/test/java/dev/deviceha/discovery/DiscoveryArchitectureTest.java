package dev.deviceha.discovery;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Discovery and the CLI stay CloudStack-free, and discovery's packages depend on each other one way only. */
@AnalyzeClasses(packages = {"dev.deviceha.discovery", "dev.deviceha.cli"},
        importOptions = ImportOption.DoNotIncludeTests.class)
class DiscoveryArchitectureTest {
    @ArchTest
    static final ArchRule noCloudStack = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("com.cloud..", "org.apache.cloudstack..");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("dev.deviceha.discovery.(*)..").should().beFreeOfCycles();
}
