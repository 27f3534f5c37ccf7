package vn.thidua.command.orgunit;

import static vn.thidua.api.RuleViolation.Kind.CONFLICT;
import static vn.thidua.api.RuleViolation.Kind.FORBIDDEN;
import static vn.thidua.api.RuleViolation.Kind.NOT_FOUND;
import static vn.thidua.api.award.AwardType.ADVANCED_COLLECTIVE;
import static vn.thidua.api.award.AwardType.ADVANCED_WORKER;
import static vn.thidua.api.award.AwardType.CERTIFICATE_OF_MERIT;
import static vn.thidua.api.award.AwardType.CULTURAL_STANDARD_TITLE;
import static vn.thidua.api.award.AwardType.EMULATION_FLAG;
import static vn.thidua.api.award.AwardType.EXCELLENT_COLLECTIVE;
import static vn.thidua.api.award.AwardType.GRASSROOTS_EMULATION_FIGHTER;
import static vn.thidua.api.award.AwardType.LABOUR_ORDER_3;
import static vn.thidua.api.award.AwardType.MINISTERIAL_OR_PROVINCIAL_COMMENDATION;
import static vn.thidua.api.award.AwardType.PRIME_MINISTER_COMMENDATION;
import static vn.thidua.api.orgunit.Level.COMMUNE;
import static vn.thidua.api.orgunit.Level.DISTRICT;
import static vn.thidua.api.orgunit.Level.MINISTRY;
import static vn.thidua.api.orgunit.Level.NATIONAL;
import static vn.thidua.api.orgunit.Level.PROVINCE;
import static vn.thidua.api.orgunit.UnitKind.PEOPLES_COMMITTEE;
import static vn.thidua.api.orgunit.UnitKind.STATE;
import static vn.thidua.api.orgunit.UnitKind.TRADE_UNION;
import static vn.thidua.command.testing.ActingFor.actingFor;
import static vn.thidua.command.testing.RuleViolations.violation;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.thidua.api.MetadataKeys;
import vn.thidua.api.RuleViolationException;
import vn.thidua.api.award.AwardType;
import vn.thidua.api.orgunit.ChangeUnitAuthority;
import vn.thidua.api.orgunit.CreateOrgUnit;
import vn.thidua.api.orgunit.Level;
import vn.thidua.api.orgunit.MergeOrgUnit;
import vn.thidua.api.orgunit.OrgUnitCreated;
import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.api.orgunit.OrgUnitMerged;
import vn.thidua.api.orgunit.OrgUnitRenamed;
import vn.thidua.api.orgunit.OrgUnitReparented;
import vn.thidua.api.orgunit.RenameOrgUnit;
import vn.thidua.api.orgunit.ReparentOrgUnit;
import vn.thidua.api.orgunit.UnitAuthorityChanged;
import vn.thidua.api.orgunit.UnitKind;
import vn.thidua.command.testing.InMemoryUnitDirectory;
import vn.thidua.api.rules.RuleSetVersion;
import vn.thidua.command.rules.RuleSets;
import vn.thidua.command.title.TitleSchemes;
import vn.thidua.command.rules.RuleSet;

/** U1 and U2 on the {@link OrgUnit} aggregate, against a small trade-union tree in an in-memory directory. */
class OrgUnitTest {

    private static final OrgUnitId TRUNG_UONG = new OrgUnitId("trung-uong");
    private static final OrgUnitId TONG_LDLD = new OrgUnitId("tong-ldld");
    private static final OrgUnitId UBND_GIA_LAI = new OrgUnitId("ubnd-tinh-gia-lai");
    private static final OrgUnitId LAI_CHAU = new OrgUnitId("ldld-lai-chau");
    private static final OrgUnitId QUANG_NAM = new OrgUnitId("ldld-quang-nam");
    private static final OrgUnitId TAM_DUONG = new OrgUnitId("ldld-tam-duong");
    private static final OrgUnitId TP_LAI_CHAU = new OrgUnitId("ldld-tp-lai-chau");
    private static final OrgUnitId PHONG_THO = new OrgUnitId("ldld-phong-tho");
    private static final OrgUnitId DAI_LOC = new OrgUnitId("ldld-dai-loc");
    private static final OrgUnitId CD_TH_TAM_DUONG = new OrgUnitId("cd-th-tam-duong");
    /** A unit that is not in the directory. */
    private static final OrgUnitId NOWHERE = new OrgUnitId("ldld-khong-co");

    private static final Set<AwardType> DISTRICT_DEFAULTS =
            Set.of(CERTIFICATE_OF_MERIT, ADVANCED_WORKER, ADVANCED_COLLECTIVE, GRASSROOTS_EMULATION_FIGHTER);
    private static final Set<AwardType> DISTRICT_COMMITTEE_DEFAULTS = Set.of(CERTIFICATE_OF_MERIT, ADVANCED_WORKER,
            ADVANCED_COLLECTIVE, GRASSROOTS_EMULATION_FIGHTER, CULTURAL_STANDARD_TITLE);
    private static final AuthorityDefaults DEFAULTS = new AuthorityDefaults(Map.of(
            "NATIONAL", Set.of(PRIME_MINISTER_COMMENDATION, LABOUR_ORDER_3),
            "MINISTRY", Set.of(MINISTERIAL_OR_PROVINCIAL_COMMENDATION, EMULATION_FLAG),
            "PROVINCE", Set.of(MINISTERIAL_OR_PROVINCIAL_COMMENDATION, EMULATION_FLAG, EXCELLENT_COLLECTIVE),
            "DISTRICT", DISTRICT_DEFAULTS,
            "DISTRICT/PEOPLES_COMMITTEE", DISTRICT_COMMITTEE_DEFAULTS,
            "COMMUNE", Set.of(CERTIFICATE_OF_MERIT, ADVANCED_WORKER)));

    private FixtureConfiguration<OrgUnit> fixture;
    private InMemoryUnitDirectory directory;

    @BeforeEach
    void setUp() {
        directory = new InMemoryUnitDirectory();
        unit(TRUNG_UONG, NATIONAL, STATE, null);
        unit(TONG_LDLD, MINISTRY, TRADE_UNION, TRUNG_UONG);
        unit(UBND_GIA_LAI, PROVINCE, PEOPLES_COMMITTEE, TRUNG_UONG);
        unit(LAI_CHAU, PROVINCE, TRADE_UNION, TONG_LDLD);
        unit(QUANG_NAM, PROVINCE, TRADE_UNION, TONG_LDLD);
        unit(TAM_DUONG, DISTRICT, TRADE_UNION, LAI_CHAU);
        unit(TP_LAI_CHAU, DISTRICT, TRADE_UNION, LAI_CHAU);
        unit(PHONG_THO, DISTRICT, TRADE_UNION, LAI_CHAU);
        directory.merge(PHONG_THO, TP_LAI_CHAU);
        unit(DAI_LOC, DISTRICT, TRADE_UNION, QUANG_NAM);
        unit(CD_TH_TAM_DUONG, COMMUNE, TRADE_UNION, TAM_DUONG);

        fixture = new AggregateTestFixture<>(OrgUnit.class);
        fixture.registerInjectableResource(directory);
        RuleSets rules = () -> new RuleSet(new RuleSetVersion("test"), DEFAULTS, null, null, null, TitleSchemes.NONE);
        fixture.registerInjectableResource(rules);
    }

    // ---- U1: creating a unit

    @Test
    void U1_parent_may_create_a_unit_under_itself() {
        CreateOrgUnit command = create(new OrgUnitId("cd-benh-vien"), COMMUNE, TRADE_UNION, TAM_DUONG);

        fixture.givenNoPriorActivity()
                .when(command, actingFor(TAM_DUONG))
                .expectSuccessfulHandlerExecution()
                .expectEvents(createdBy(command, Set.of(CERTIFICATE_OF_MERIT, ADVANCED_WORKER)));
    }

    @Test
    void U1_system_creates_national_unit() {
        CreateOrgUnit command = create(new OrgUnitId("nha-nuoc"), NATIONAL, STATE, null);

        fixture.givenNoPriorActivity()
                .when(command, actingFor(UnitAuthorization.SYSTEM_UNIT))
                .expectSuccessfulHandlerExecution()
                .expectEvents(createdBy(command, Set.of(PRIME_MINISTER_COMMENDATION, LABOUR_ORDER_3)));
    }

    @Test
    void U1_only_system_creates_national_unit() {
        fixture.givenNoPriorActivity()
                .when(create(new OrgUnitId("nha-nuoc"), NATIONAL, STATE, null), actingFor(TRUNG_UONG))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("U1", FORBIDDEN, "only the system may create a NATIONAL unit"));
    }

    @Test
    void U1_national_unit_has_no_parent() {
        fixture.givenNoPriorActivity()
                .when(create(new OrgUnitId("nha-nuoc"), NATIONAL, STATE, TRUNG_UONG),
                        actingFor(UnitAuthorization.SYSTEM_UNIT))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("U1", CONFLICT, "has no parent"));
    }

    @Test
    void U1_non_national_unit_needs_a_parent() {
        fixture.givenNoPriorActivity()
                .when(create(new OrgUnitId("ldld-ha-giang"), PROVINCE, TRADE_UNION, null),
                        actingFor(UnitAuthorization.SYSTEM_UNIT))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("U1", CONFLICT, "needs a parent"));
    }

    @Test
    void U1_unknown_parent_is_not_found() {
        fixture.givenNoPriorActivity()
                .when(create(new OrgUnitId("cd-moi"), COMMUNE, TRADE_UNION, NOWHERE),
                        actingFor(UnitAuthorization.SYSTEM_UNIT))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("U1", NOT_FOUND, "does not exist"));
    }

    @Test
    void U1_merged_parent_is_refused() {
        fixture.givenNoPriorActivity()
                .when(create(new OrgUnitId("cd-moi"), COMMUNE, TRADE_UNION, PHONG_THO), actingFor(LAI_CHAU))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("U1", CONFLICT, "was merged into " + TP_LAI_CHAU));
    }

    @Test
    void U1_parent_must_be_strictly_higher() {
        fixture.givenNoPriorActivity()
                .when(create(new OrgUnitId("ldld-moi"), DISTRICT, TRADE_UNION, TP_LAI_CHAU), actingFor(LAI_CHAU))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("U1", CONFLICT, "strictly higher"));
    }

    @Test
    void U1_only_parent_or_above_may_create() {
        fixture.givenNoPriorActivity()
                .when(create(new OrgUnitId("cd-moi"), COMMUNE, TRADE_UNION, TAM_DUONG), actingFor(TP_LAI_CHAU))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("U1", FORBIDDEN, "may create units under it"));
    }

    @Test
    void U1_command_without_acting_unit_is_refused() {
        Map<String, Object> noActingUnit = new HashMap<>(actingFor(TAM_DUONG));
        noActingUnit.remove(MetadataKeys.ACTOR_UNIT);

        fixture.givenNoPriorActivity()
                .when(create(new OrgUnitId("cd-moi"), COMMUNE, TRADE_UNION, TAM_DUONG), noActingUnit)
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("U1", FORBIDDEN, "you act for null"));
    }

    @Test
    void U1_authority_defaults_from_level_and_kind() {
        CreateOrgUnit command = create(new OrgUnitId("ubnd-huyen-kbang"), DISTRICT, PEOPLES_COMMITTEE, UBND_GIA_LAI);

        fixture.givenNoPriorActivity()
                .when(command, actingFor(UBND_GIA_LAI))
                .expectEvents(createdBy(command, DISTRICT_COMMITTEE_DEFAULTS));
    }

    @Test
    void U1_authority_defaults_from_level_when_kind_has_none() {
        CreateOrgUnit command = create(new OrgUnitId("ldld-sin-ho"), DISTRICT, TRADE_UNION, LAI_CHAU);

        fixture.givenNoPriorActivity()
                .when(command, actingFor(LAI_CHAU))
                .expectEvents(createdBy(command, DISTRICT_DEFAULTS));
    }

    @Test
    void U1_explicit_authority_is_kept() {
        CreateOrgUnit command = create(new OrgUnitId("ldld-sin-ho"), DISTRICT, TRADE_UNION, LAI_CHAU,
                Set.of(EMULATION_FLAG));

        fixture.givenNoPriorActivity()
                .when(command, actingFor(LAI_CHAU))
                .expectEvents(createdBy(command, Set.of(EMULATION_FLAG)));
    }

    // ---- U1: changing the authority

    @Test
    void U1_authority_change_is_an_event() {
        fixture.given(created(TAM_DUONG))
                .when(new ChangeUnitAuthority(TAM_DUONG, Set.of(CERTIFICATE_OF_MERIT, CULTURAL_STANDARD_TITLE)),
                        actingFor(LAI_CHAU))
                .expectEvents(new UnitAuthorityChanged(TAM_DUONG, Set.of(CERTIFICATE_OF_MERIT, CULTURAL_STANDARD_TITLE)));
    }

    @Test
    void U1_authority_change_to_same_set_changes_nothing() {
        fixture.given(created(TAM_DUONG), new UnitAuthorityChanged(TAM_DUONG, Set.of(EMULATION_FLAG)))
                .when(new ChangeUnitAuthority(TAM_DUONG, Set.of(EMULATION_FLAG)), actingFor(LAI_CHAU))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    // ---- U2: renaming

    @Test
    void U2_rename_is_an_event() {
        fixture.given(created(TAM_DUONG))
                .when(new RenameOrgUnit(TAM_DUONG, "Liên đoàn Lao động huyện Tam Đường mới", "LĐLĐ-TĐ"),
                        actingFor(LAI_CHAU))
                .expectEvents(new OrgUnitRenamed(TAM_DUONG, "Liên đoàn Lao động huyện Tam Đường mới", "LĐLĐ-TĐ"));
    }

    @Test
    void U2_rename_without_abbreviation_keeps_it() {
        fixture.given(created(TAM_DUONG))
                .when(new RenameOrgUnit(TAM_DUONG, "Liên đoàn Lao động huyện Tam Đường mới", null), actingFor(LAI_CHAU))
                .expectEvents(new OrgUnitRenamed(TAM_DUONG, "Liên đoàn Lao động huyện Tam Đường mới",
                        directory.entry(TAM_DUONG).abbreviation()));
    }

    @Test
    void U2_rename_to_same_name_changes_nothing() {
        fixture.given(created(TAM_DUONG), new OrgUnitRenamed(TAM_DUONG, "LĐLĐ Tam Đường", "LĐLĐ-TĐ"))
                .when(new RenameOrgUnit(TAM_DUONG, "LĐLĐ Tam Đường", "LĐLĐ-TĐ"), actingFor(LAI_CHAU))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    // ---- U2: re-parenting

    @Test
    void U2_reparent_is_an_event_naming_old_and_new_parent() {
        fixture.given(created(TAM_DUONG))
                .when(new ReparentOrgUnit(TAM_DUONG, QUANG_NAM), actingFor(TONG_LDLD))
                .expectEvents(new OrgUnitReparented(TAM_DUONG, LAI_CHAU, QUANG_NAM));
    }

    @Test
    void U2_reparent_to_same_parent_changes_nothing() {
        fixture.given(created(TAM_DUONG))
                .when(new ReparentOrgUnit(TAM_DUONG, LAI_CHAU), actingFor(LAI_CHAU))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    /** The level check on a new parent is U1's (a parent at a strictly higher level), raised while re-parenting. */
    @Test
    void U1_reparent_checks_new_parent_level() {
        fixture.given(created(TAM_DUONG))
                .when(new ReparentOrgUnit(TAM_DUONG, TP_LAI_CHAU), actingFor(LAI_CHAU))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("U1", CONFLICT, "strictly higher"));
    }

    @Test
    void U2_reparent_needs_actor_above_new_parent() {
        fixture.given(created(TAM_DUONG))
                .when(new ReparentOrgUnit(TAM_DUONG, QUANG_NAM), actingFor(LAI_CHAU))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("U2", FORBIDDEN, "above both the old and the new parent"));
    }

    @Test
    void U2_new_parent_cannot_pull_a_unit_under_itself() {
        fixture.given(created(TAM_DUONG))
                .when(new ReparentOrgUnit(TAM_DUONG, QUANG_NAM), actingFor(QUANG_NAM))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("U2", FORBIDDEN, "only a unit above " + TAM_DUONG + " may change it"));
    }

    @Test
    void U1_national_unit_cannot_be_reparented() {
        fixture.given(created(TRUNG_UONG))
                .when(new ReparentOrgUnit(TRUNG_UONG, TONG_LDLD), actingFor(UnitAuthorization.SYSTEM_UNIT))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("U1", CONFLICT, "no level above it"));
    }

    // ---- U2: merging

    @Test
    void U2_merge_is_an_event() {
        fixture.given(created(TAM_DUONG))
                .when(new MergeOrgUnit(TAM_DUONG, TP_LAI_CHAU), actingFor(LAI_CHAU))
                .expectEvents(new OrgUnitMerged(TAM_DUONG, TP_LAI_CHAU));
    }

    @Test
    void U2_cannot_merge_into_itself() {
        fixture.given(created(TAM_DUONG))
                .when(new MergeOrgUnit(TAM_DUONG, TAM_DUONG), actingFor(LAI_CHAU))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("U2", CONFLICT, "into itself"));
    }

    @Test
    void U2_cannot_merge_into_lower_level() {
        fixture.given(created(TAM_DUONG))
                .when(new MergeOrgUnit(TAM_DUONG, CD_TH_TAM_DUONG), actingFor(LAI_CHAU))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("U2", CONFLICT, "can only be merged into a unit at level DISTRICT or above"));
    }

    @Test
    void U2_unknown_survivor_is_not_found() {
        fixture.given(created(TAM_DUONG))
                .when(new MergeOrgUnit(TAM_DUONG, NOWHERE), actingFor(LAI_CHAU))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("U2", NOT_FOUND, "does not exist"));
    }

    @Test
    void U2_cannot_merge_into_a_merged_unit() {
        fixture.given(created(TAM_DUONG))
                .when(new MergeOrgUnit(TAM_DUONG, PHONG_THO), actingFor(LAI_CHAU))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("U2", CONFLICT, "was itself merged into " + TP_LAI_CHAU));
    }

    @Test
    void U2_merge_needs_actor_above_survivor() {
        fixture.given(created(TAM_DUONG))
                .when(new MergeOrgUnit(TAM_DUONG, DAI_LOC), actingFor(LAI_CHAU))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("U2", FORBIDDEN, "only a unit above both units may merge"));
    }

    @Test
    void U2_survivor_cannot_absorb_a_unit_by_itself() {
        fixture.given(created(TAM_DUONG))
                .when(new MergeOrgUnit(TAM_DUONG, TP_LAI_CHAU), actingFor(TP_LAI_CHAU))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("U2", FORBIDDEN, "only a unit above " + TAM_DUONG + " may change it"));
    }

    // ---- U2: who may change a unit, and a merged unit stays frozen

    /** Every change to ldld-tam-duong that a unit above it and above its destinations could make. */
    static Stream<Object> everyChange() {
        return Stream.of(
                new RenameOrgUnit(TAM_DUONG, "Liên đoàn Lao động huyện Tam Đường mới", null),
                new ReparentOrgUnit(TAM_DUONG, QUANG_NAM),
                new MergeOrgUnit(TAM_DUONG, DAI_LOC),
                new ChangeUnitAuthority(TAM_DUONG, Set.of(EMULATION_FLAG)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyChange")
    void U2_merged_unit_takes_no_further_change(Object change) {
        directory.merge(TAM_DUONG, TP_LAI_CHAU);

        fixture.given(created(TAM_DUONG), new OrgUnitMerged(TAM_DUONG, TP_LAI_CHAU))
                .when(change, actingFor(TONG_LDLD))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("U2", CONFLICT, "takes no further change"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyChange")
    void U2_unit_own_officers_cannot_restructure_it(Object change) {
        fixture.given(created(TAM_DUONG))
                .when(change, actingFor(TAM_DUONG))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("U2", FORBIDDEN, "only a unit above " + TAM_DUONG + " may change it"));
    }

    @Test
    void U2_only_system_changes_national_unit() {
        fixture.given(created(TRUNG_UONG))
                .when(new RenameOrgUnit(TRUNG_UONG, "Nhà nước", null), actingFor(TRUNG_UONG))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectException(violation("U2", FORBIDDEN, "only the system may change a NATIONAL unit"));
    }

    @Test
    void U2_system_changes_national_unit() {
        fixture.given(created(TRUNG_UONG))
                .when(new RenameOrgUnit(TRUNG_UONG, "Nhà nước", null), actingFor(UnitAuthorization.SYSTEM_UNIT))
                .expectEvents(new OrgUnitRenamed(TRUNG_UONG, "Nhà nước", directory.entry(TRUNG_UONG).abbreviation()));
    }

    // ---- helpers

    private void unit(OrgUnitId id, Level level, UnitKind kind, OrgUnitId parent) {
        directory.add(id, "Đơn vị " + id, "ĐV", level, kind, parent, DEFAULTS.forUnit(level, kind));
    }

    /** The event that created a unit of the directory, as it stands there. */
    private OrgUnitCreated created(OrgUnitId id) {
        UnitDirectory.Entry unit = directory.entry(id);
        return new OrgUnitCreated(unit.id(), unit.name(), unit.abbreviation(), unit.level(), unit.kind(),
                unit.parentId(), unit.category(), unit.authority());
    }

    private static OrgUnitCreated createdBy(CreateOrgUnit command, Set<AwardType> authority) {
        return new OrgUnitCreated(command.unitId(), command.name(), command.abbreviation(), command.level(),
                command.kind(), command.parentId(), command.category(), authority);
    }

    private static CreateOrgUnit create(OrgUnitId id, Level level, UnitKind kind, OrgUnitId parent) {
        return create(id, level, kind, parent, null);
    }

    private static CreateOrgUnit create(OrgUnitId id, Level level, UnitKind kind, OrgUnitId parent,
                                        Set<AwardType> authority) {
        return new CreateOrgUnit(id, "Đơn vị " + id, "ĐV", level, kind, parent, null, authority);
    }
}
