package cn.yixin.api;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Issue 11 item "dependency rules as tests" (docs/architecture.md, "Dependency rules"): the layout stays the one the
 * document describes. Production classes only (the test fixtures create tables and may use anything).
 */
class DependencyRulesTest {

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.yixin.domain", "cn.yixin.store", "cn.yixin.api");

    /** The store's table layout and item mapping: what a repository port hides. */
    static final String TABLE_INTERNALS = "cn\\.yixin\\.store\\.(YixinTable|Attr|ItemMapper|Transact|EvaluationItems|Cursor)(\\$.*)?";

    @Test
    @DisplayName("Issue 11: the domain imports nothing of Micronaut, the AWS SDKs or jakarta.inject")
    void domainIsFrameworkFree() {
        ArchRule rule = noClasses().that().resideInAPackage("cn.yixin.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.micronaut..", "software.amazon..", "com.amazonaws..", "jakarta.inject..")
                .because("the rules of R-x.y are plain Java, testable without a container or a cloud");
        rule.check(PRODUCTION);
    }

    @Test
    @DisplayName("Issue 11: the API does not use the store's table internals (key layout, item mapping, transactions)")
    void apiDoesNotUseTableInternals() {
        ArchRule rule = noClasses().that().resideInAPackage("cn.yixin.api..")
                .should().dependOnClassesThat().haveNameMatching(TABLE_INTERNALS)
                .because("the API speaks to the store through its repository ports and their types");
        rule.check(PRODUCTION);
    }

    @Test
    @DisplayName("Issue 11: DynamoDB SDK types appear in the API only in its wiring and in the stream handlers")
    void dynamoSdkOnlyInWiring() {
        // Wiring: config/ and lambda/ build the clients, each feature's *StoreFactory builds its repositories; a
        // *StreamHandler receives table images and hands them unopened to the store's decoders.
        ArchRule rule = noClasses().that().resideInAPackage("cn.yixin.api..")
                .and().resideOutsideOfPackages("cn.yixin.api.config..", "cn.yixin.api.lambda..")
                .and().haveNameNotMatching(".*\\.\\$?\\w+(StoreFactory|StreamHandler)(\\$.*)?")
                .should().dependOnClassesThat().resideInAPackage("software.amazon.awssdk.services.dynamodb..")
                .because("features use repository ports, not DynamoDB requests or attribute values");
        rule.check(PRODUCTION);
    }

    @Test
    @DisplayName("Issue 11: every operation (controller) sits in its feature package; no flat operations folder")
    void operationsLiveInTheirFeature() {
        classes().that().areAnnotatedWith("io.micronaut.http.annotation.Controller")
                .and().resideInAPackage("cn.yixin.api..")
                .should().resideInAPackage("cn.yixin.api.*")
                .andShould().resideOutsideOfPackage("cn.yixin.api.operations")
                .check(PRODUCTION);
    }

    @Test
    @DisplayName("Issue 11: no cycle between the API's feature packages (cn.yixin.api.(*)..), none frozen")
    void noFeatureCycles() {
        // The last frozen cycle, problem <-> input, is gone: InputRejected and the date range it names moved into
        // problem, so input depends on problem and problem on nothing of input.
        slices().matching("cn.yixin.api.(*)..").should().beFreeOfCycles()
                .check(PRODUCTION);
    }

}
