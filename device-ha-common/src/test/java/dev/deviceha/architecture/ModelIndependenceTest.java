package dev.deviceha.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/** The model is shared by the management server, the agent and tools: it must run without CloudStack. */
class ModelIndependenceTest {
    private static final JavaClasses MAIN_MODEL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.deviceha.model");

    static ArchRule noCloudStackIn(String modelPackage) {
        return noClasses().that().resideInAPackage(modelPackage + "..")
                .should().dependOnClassesThat().resideInAnyPackage("com.cloud..", "org.apache.cloudstack..")
                .because("the model is tested and used without CloudStack on the classpath");
    }

    @Test
    void model_dependsOnNothingFromCloudStack() {
        assertThat(MAIN_MODEL.size()).as("model classes imported").isGreaterThan(20);

        noCloudStackIn("dev.deviceha.model").check(MAIN_MODEL);
    }

    /** Stricter: not even indirectly, e.g. through the agent commands that extend CloudStack's Command. */
    @Test
    void model_dependsOnlyOnItselfAndTheJdk() {
        classes().that().resideInAPackage("dev.deviceha.model..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("dev.deviceha.model..", "java..")
                .check(MAIN_MODEL);
    }

    @Test
    void rule_modelClassUsingCloudStackTypes_isReportedAsViolation() {
        JavaClasses leaky = new ClassFileImporter().importPackages("dev.deviceha.archfixture");

        EvaluationResult result = noCloudStackIn("dev.deviceha.archfixture.model").evaluate(leaky);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anyMatch(line -> line.contains("LeakyValue") && line.contains("com.cloud.archfixture"))
                .anyMatch(line -> line.contains("LeakyValue") && line.contains("org.apache.cloudstack.archfixture"));
    }
}
