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

/** The package rules of docs/architecture.md, checked on every build. */
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

    @Test
    void theReadSideKnowsNothingOfTheNewsroomButItsChangeEvent() {
        // Readers are served from the projected tables (docs/decisions/2026-12-02-public-read-model.md):
        // the site and the syndication outputs never touch the editorial model ...
        noClasses().that().resideInAnyPackage("org.newsdesk.site..", "org.newsdesk.syndication..", "org.newsdesk.search..")
                .should().dependOnClassesThat().resideInAnyPackage("org.newsdesk.dispatch..", "org.newsdesk.workflow..")
                .check(classes);
        // ... the projection learns of changes from one event ...
        classes().that().resideInAPackage("org.newsdesk.publication..").and().doNotHaveSimpleName("PublicationProjection")
                .should().onlyDependOnClassesThat().resideOutsideOfPackages("org.newsdesk.dispatch..", "org.newsdesk.workflow..")
                .check(classes);
        // ... and the newsroom does not read the public model back.
        noClasses().that().resideInAPackage("org.newsdesk.dispatch..")
                .should().dependOnClassesThat().resideInAPackage("org.newsdesk.publication..")
                .check(classes);
    }

    @Test
    void onlyTheProjectionQueriesTheEditorialTables() throws java.io.IOException {
        var editorial = java.util.regex.Pattern.compile(
                "(?i)\\b(FROM|JOIN|UPDATE|INTO)\\s+(dispatch|dispatch_revision|dispatch_translation|dispatch_comment|audit_entry|picture|picture_text|picture_rendition|dispatch_picture)\\b");
        var readSide = java.util.List.of("site", "syndication", "publication", "search");
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java/org/newsdesk"))) {
            var offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> readSide.contains(p.getParent().getFileName().toString()))
                    .filter(p -> !p.getFileName().toString().equals("PublicationProjection.java"))
                    .filter(p -> {
                        try {
                            return editorial.matcher(java.nio.file.Files.readString(p)).find();
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .map(Object::toString).toList();
            org.assertj.core.api.Assertions.assertThat(offenders).as("read-side classes that query editorial tables").isEmpty();
        }
    }
}
