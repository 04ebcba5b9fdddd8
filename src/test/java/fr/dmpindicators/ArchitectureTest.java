package fr.dmpindicators;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;

/**
 * The package rules of docs/architecture.md, checked on the compiled main classes: no cycle between packages, the
 * layers, and one package ({@code totals}) that knows which database the service talks to.
 */
class ArchitectureTest {

    private static final String ROOT = "fr.dmpindicators.";
    private static final String TOTALS = "fr.dmpindicators.totals..";

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fr.dmpindicators");

    /**
     * One slice per package under fr.dmpindicators, the generated contract included: its models carry the
     * {@code text.PlainText} constraint the contract names, which depends on nothing of ours, so that the packages
     * reading those models can be used by them without a loop.
     */
    @Test
    void noCycleBetweenPackages() {
        slices().matching("fr.dmpindicators.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void lowerLayersNeverUseHigherOnes() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .ensureAllClassesAreContainedInArchitecture()
                .layer("representations").definedBy(packages("fhir"))
                .layer("features").definedBy(packages("record", "establishment", "population", "indicator",
                        "objective", "dashboard", "vocabulary", "demo", "imports"))
                .layer("write pipeline").definedBy(packages("write"))
                .layer("effects of a change").definedBy(packages("totals", "audit", "security"))
                .layer("reference").definedBy(packages("territory", "source"))
                .layer("foundation").definedBy(packages("problem", "http", "csv", "calendar", "config", "metrics",
                        "persistence", "request", "text", "language", "api"))
                .whereLayer("representations").mayNotBeAccessedByAnyLayer()
                .whereLayer("features").mayOnlyBeAccessedByLayers("representations")
                .whereLayer("write pipeline").mayOnlyBeAccessedByLayers("features")
                .whereLayer("effects of a change").mayOnlyBeAccessedByLayers("features", "write pipeline")
                .whereLayer("reference").mayOnlyBeAccessedByLayers("features", "write pipeline",
                        "effects of a change")
                .whereLayer("foundation").mayOnlyBeAccessedByLayers("representations", "features", "write pipeline",
                        "effects of a change", "reference")
                .check(MAIN);
    }

    /**
     * Knowing the database means reading its kind from the configuration, asking the driver or Hibernate which one
     * it is, or using a class made for one of them: only {@code totals} may.
     */
    @Test
    void onlyTotalsKnowsTheDatabaseKind() {
        noClasses().that().resideOutsideOfPackage(TOTALS)
                .should(nameTheDatabaseKindSetting())
                .orShould().dependOnClassesThat(databaseSpecific())
                .check(MAIN);
    }

    /** SQL written by hand is where H2 and PostgreSQL differ; everything else goes through Hibernate's queries. */
    @Test
    void onlyTotalsWritesItsOwnSql() {
        noClasses().that().resideOutsideOfPackage(TOTALS)
                .should().callMethodWhere(nativeSql())
                .orShould().dependOnClassesThat(assignableTo(Connection.class).or(assignableTo(Statement.class)))
                .check(MAIN);
    }

    private static String[] packages(String... names) {
        return Arrays.stream(names).map(name -> ROOT + name + "..").toArray(String[]::new);
    }

    private static DescribedPredicate<JavaClass> databaseSpecific() {
        return simpleNameEndingWith("Dialect")
                .or(resideInAnyPackage("org.hibernate.dialect..", "org.h2..", "org.postgresql..",
                        "io.quarkus.datasource.."))
                .or(assignableTo(DatabaseMetaData.class))
                .as("are database specific (a *Dialect, a driver's, Quarkus' datasource configuration,"
                        + " DatabaseMetaData)");
    }

    private static DescribedPredicate<JavaCall<?>> nativeSql() {
        return DescribedPredicate.describe("a native query or a JDBC connection of its own", call -> {
            JavaClass owner = call.getTargetOwner();
            String method = call.getName();
            return (owner.isAssignableTo(EntityManager.class) && method.equals("createNativeQuery"))
                    || (owner.isAssignableTo(Session.class)
                            && List.of("createNativeQuery", "createNativeMutationQuery", "doWork",
                                    "doReturningWork").contains(method));
        });
    }

    /**
     * Names the setting that holds the database kind ({@code quarkus.datasource.db-kind}, or its environment
     * variable), in an annotation ({@code @ConfigProperty}, {@code @IfBuildProperty}) or a string: javac writes both
     * into the class file's constant pool, with the constants of other classes inlined, so the bytes tell.
     */
    private static ArchCondition<JavaClass> nameTheDatabaseKindSetting() {
        return new ArchCondition<>("name the database kind setting (quarkus.datasource.db-kind)") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                String constants = constantPoolText(javaClass);
                boolean names = constants.contains("db-kind") || constants.contains("DB_KIND");
                events.add(new SimpleConditionEvent(javaClass, names,
                        javaClass.getName() + (names ? " names" : " does not name") + " the database kind setting"));
            }
        };
    }

    /** The class file as Latin-1 text, enough to find an ASCII constant in it. */
    private static String constantPoolText(JavaClass javaClass) {
        var source = javaClass.getSource().orElseThrow(() -> new IllegalStateException(
                "no class file for " + javaClass.getName()));
        try (InputStream in = source.getUri().toURL().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
