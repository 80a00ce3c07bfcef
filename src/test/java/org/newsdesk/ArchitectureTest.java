package org.newsdesk;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsdesk.security.ui.LoginView;
import org.springframework.data.repository.Repository;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The package rules of DEVELOPERS.md, checked on every build. */
class ArchitectureTest {

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.newsdesk");
    }

    @Test
    void featuresAreFreeOfCycles() {
        slices().matching("org.newsdesk.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void workflowRulesArePlainJava() {
        classes().that().resideInAPackage("org.newsdesk.workflow..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.newsdesk.workflow..", "java..")
                .check(classes);
    }

    @Test
    void onlyUiPackagesDependOnUiPackages() {
        // SecurityConfig must name the login view for Vaadin's login redirect.
        noClasses().that().resideOutsideOfPackage("org.newsdesk..ui..").and().doNotHaveSimpleName("SecurityConfig")
                .should().dependOnClassesThat().resideInAPackage("org.newsdesk..ui..")
                .check(classes);
    }

    @Test
    void viewsLiveInUiPackagesAndArePackagePrivate() {
        classes().that().areAnnotatedWith(Route.class).should().resideInAPackage("..ui..").check(classes);
        classes().that().areAnnotatedWith(Route.class).and().doNotBelongToAnyOf(LoginView.class)
                .should().notHaveModifier(JavaModifier.PUBLIC)
                .check(classes);
    }

    @Test
    void repositoriesStayInsideTheirFeature() {
        classes().that().areAssignableTo(Repository.class).should().notBePublic().check(classes);
    }

    @Test
    void theVaadinUiIsNotUsedByTheServiceLayer() {
        noClasses().that().resideInAnyPackage("org.newsdesk.dispatch", "org.newsdesk.staff", "org.newsdesk.workflow",
                        "org.newsdesk.site")
                .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
                .check(classes);
    }
}
