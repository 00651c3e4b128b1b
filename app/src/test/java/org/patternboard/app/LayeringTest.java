package org.patternboard.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The module layering of DESIGN.md, enforced: model ← exporters ← app, and JavaFX only in the UI. */
class LayeringTest {
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.patternboard");

    @Test
    void modelKnowsNothingOfJavaFxExportersOrApp() {
        noClasses().that().resideInAPackage("org.patternboard.model..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..",
                        "org.patternboard.exporters..", "org.patternboard.app..")
                .check(CLASSES);
    }

    @Test
    void exportersKnowNothingOfJavaFxOrApp() {
        noClasses().that().resideInAPackage("org.patternboard.exporters..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.patternboard.app..")
                .check(CLASSES);
    }

    @Test
    void commandLineRunsWithoutJavaFx() {
        noClasses().that().resideInAPackage("org.patternboard.app.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .check(CLASSES);
    }
}
