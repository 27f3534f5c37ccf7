package vn.thidua.standalone;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.axonframework.serialization.Revision;

/** The module boundaries of DESIGN §7 and CONVENTIONS.md, checked on the compiled classes of every module. */
@AnalyzeClasses(packages = "vn.thidua", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule command_side_does_not_depend_on_query_side = noClasses()
            .that().resideInAPackage("vn.thidua.command..")
            .should().dependOnClassesThat().resideInAPackage("vn.thidua.query..");

    @ArchTest
    static final ArchRule query_side_does_not_depend_on_command_side = noClasses()
            .that().resideInAPackage("vn.thidua.query..")
            .should().dependOnClassesThat().resideInAPackage("vn.thidua.command..");

    @ArchTest
    static final ArchRule platform_depends_on_neither_side = noClasses()
            .that().resideInAPackage("vn.thidua.platform..")
            .should().dependOnClassesThat().resideInAnyPackage("vn.thidua.command..", "vn.thidua.query..", "vn.thidua.standalone..");

    /**
     * Besides Axon's {@code @TargetAggregateIdentifier}, only its {@code @Revision}: an event's revision belongs to
     * the event's shape, so it stays on the record; the upcasters that read older shapes live in platform.
     */
    @ArchTest
    static final ArchRule shared_api_needs_only_java_and_axon_messaging_annotations = classes()
            .that().resideInAPackage("vn.thidua.api..")
            .should().onlyDependOnClassesThat(resideInAnyPackage("java..", "vn.thidua.api..",
                    "org.axonframework.modelling.command..").or(type(Revision.class)));

    @ArchTest
    static final ArchRule messages_are_records = classes()
            .that().resideInAPackage("vn.thidua.api..").and().areNotInterfaces().and().areNotEnums()
            .and().areTopLevelClasses()
            .and().doNotHaveSimpleName("Require").and().doNotHaveSimpleName("MetadataKeys")
            .and().doNotHaveSimpleName("RuleViolationException")
            .should().beRecords();

    /**
     * Who may call what is one model (platform's {@code Action}); method security is not switched on, so an
     * annotation would silently check nothing.
     */
    @ArchTest
    static final ArchRule no_role_checks_outside_the_authorization_model = noClasses()
            .should().dependOnClassesThat().haveFullyQualifiedName("org.springframework.security.access.prepost.PreAuthorize")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.springframework.security.access.annotation.Secured");
}
