package dev.deviceha;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** CloudStack is a thin shell: device logic and XML never depend on it, so they are tested without it. */
@AnalyzeClasses(packages = "dev.deviceha", importOptions = ImportOption.DoNotIncludeTests.class)
class CloudStackBoundaryTest {
    @ArchTest
    static final ArchRule logicDoesNotImportCloudStack = noClasses()
            .that().resideInAnyPackage("dev.deviceha.prepare..", "dev.deviceha.domainxml..", "dev.deviceha.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("com.cloud..", "org.apache.cloudstack..");

    /** Shared mechanisms (sysfs, XML) sit below the packages that use them, never beside them in a cycle. */
    @ArchTest
    static final ArchRule packagesDependOneWay = slices().matching("dev.deviceha.(*)..").should().beFreeOfCycles();

    /**
     * The agent's own Gson is CloudStack's (1.7.2 on 4.20, without record support or TypeAdapter): the extension's
     * JSON (state files, CLI output, command payloads) goes through the relocated copy in device-ha-gson.
     */
    @ArchTest
    static final ArchRule ownJsonNeverUsesTheHostsGson = noClasses()
            .that().resideInAPackage("dev.deviceha..")
            .should().dependOnClassesThat().resideInAPackage("com.google.gson..");

    @ArchTest
    static final ArchRule domainXmlNeverReadsTheHost = noClasses()
            .that().resideInAPackage("dev.deviceha.domainxml..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.deviceha.prepare..", "java.nio.file..");
}
