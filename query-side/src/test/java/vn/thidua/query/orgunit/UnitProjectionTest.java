package vn.thidua.query.orgunit;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.api.RuleViolation.Kind.FORBIDDEN;
import static vn.thidua.api.RuleViolation.Kind.NOT_FOUND;
import static vn.thidua.query.orgunit.UnitTree.CD_TH_TAM_DUONG;
import static vn.thidua.query.orgunit.UnitTree.LAI_CHAU;
import static vn.thidua.query.orgunit.UnitTree.QUANG_NAM;
import static vn.thidua.query.orgunit.UnitTree.TAM_DUONG;
import static vn.thidua.query.orgunit.UnitTree.TONG_LDLD;
import static vn.thidua.query.orgunit.UnitTree.TRUNG_UONG;
import static vn.thidua.query.orgunit.UnitTree.created;
import static vn.thidua.query.testing.Refusals.refusalOf;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.thidua.api.Viewer;
import vn.thidua.api.RuleViolation;
import vn.thidua.api.award.AwardType;
import vn.thidua.api.orgunit.Level;
import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.api.orgunit.OrgUnitMerged;
import vn.thidua.api.orgunit.OrgUnitRenamed;
import vn.thidua.api.orgunit.OrgUnitReparented;
import vn.thidua.api.orgunit.UnitAuthorityChanged;
import vn.thidua.api.orgunit.UnitDetails;
import vn.thidua.api.orgunit.UnitDetailsQuery;
import vn.thidua.api.orgunit.UnitKind;
import vn.thidua.api.orgunit.UnitListQuery;
import vn.thidua.api.orgunit.UnitPage;
import vn.thidua.api.orgunit.UnitSummary;
import vn.thidua.query.testing.ProjectionTest;
import vn.thidua.query.testing.Redelivery;
import vn.thidua.query.testing.Transactions;
import vn.thidua.query.testing.ViewTables;

/** The units view: the hierarchy as it stands after renames, reparenting and merges, scoped to a viewer's subtree. */
@ProjectionTest
class UnitProjectionTest {

    private static final OrgUnitId TP_LAI_CHAU = new OrgUnitId("ldld-tp-lai-chau");
    private static final OrgUnitId CD_TP_LAI_CHAU = new OrgUnitId("cd-tp-lai-chau");

    @Autowired
    private UnitProjection projection;
    @Autowired
    private UnitTree tree;
    @Autowired
    private Transactions transactions;
    @Autowired
    private Redelivery redelivery;
    @Autowired
    private ViewTables tables;

    @Test
    void list_shows_the_viewers_unit_and_everything_below_it_from_the_top_down() {
        tree.tradeUnions();

        assertThat(ids(list(TRUNG_UONG, 0, 100)))
                .containsExactly(TRUNG_UONG, TONG_LDLD, LAI_CHAU, TAM_DUONG, CD_TH_TAM_DUONG, QUANG_NAM);
        assertThat(ids(list(LAI_CHAU, 0, 100))).containsExactly(LAI_CHAU, TAM_DUONG, CD_TH_TAM_DUONG);
        assertThat(ids(list(CD_TH_TAM_DUONG, 0, 100))).containsExactly(CD_TH_TAM_DUONG);
    }

    @Test
    void details_show_the_unit_its_ancestors_from_the_parent_up_and_its_children() {
        tree.tradeUnions();

        UnitDetails details = details(TRUNG_UONG, LAI_CHAU);

        assertThat(details.unit()).isEqualTo(new UnitSummary(LAI_CHAU, "LDLD-LAI-CHAU", "LDLD-LAI-CHAU", Level.PROVINCE,
                UnitKind.TRADE_UNION, TONG_LDLD, null, Set.of(AwardType.CERTIFICATE_OF_MERIT), null));
        assertThat(details.ancestors()).extracting(UnitSummary::id).containsExactly(TONG_LDLD, TRUNG_UONG);
        assertThat(details.children()).extracting(UnitSummary::id).containsExactly(TAM_DUONG);
        assertThat(details(TRUNG_UONG, CD_TH_TAM_DUONG).unit().category()).isEqualTo("EDUCATION");
    }

    @Test
    void a_rename_and_an_authority_change_show_in_the_unit() {
        tree.tradeUnions();

        transactions.run(() -> projection.on(new OrgUnitRenamed(LAI_CHAU, "Liên đoàn Lao động tỉnh Lai Châu",
                "LĐLĐ Lai Châu"), 1));
        transactions.run(() -> projection.on(new UnitAuthorityChanged(LAI_CHAU,
                Set.of(AwardType.EMULATION_FLAG, AwardType.ADVANCED_COLLECTIVE)), 2));

        UnitSummary unit = details(TRUNG_UONG, LAI_CHAU).unit();
        assertThat(unit.name()).isEqualTo("Liên đoàn Lao động tỉnh Lai Châu");
        assertThat(unit.abbreviation()).isEqualTo("LĐLĐ Lai Châu");
        assertThat(unit.authority()).containsExactlyInAnyOrder(AwardType.EMULATION_FLAG, AwardType.ADVANCED_COLLECTIVE);
    }

    @Test
    void a_reparented_unit_moves_with_its_whole_subtree() {
        tree.tradeUnions();

        transactions.run(() -> projection.on(new OrgUnitReparented(TAM_DUONG, LAI_CHAU, QUANG_NAM), 1));

        assertThat(ids(list(LAI_CHAU, 0, 100))).containsExactly(LAI_CHAU);
        assertThat(ids(list(QUANG_NAM, 0, 100))).containsExactly(QUANG_NAM, TAM_DUONG, CD_TH_TAM_DUONG);
        assertThat(details(TRUNG_UONG, CD_TH_TAM_DUONG).ancestors()).extracting(UnitSummary::id)
                .containsExactly(TAM_DUONG, QUANG_NAM, TONG_LDLD, TRUNG_UONG);
    }

    @Test
    void a_merged_unit_stays_marked_and_its_children_move_under_the_survivor() {
        tree.tradeUnions();
        transactions.run(() -> projection.on(created(TP_LAI_CHAU, LAI_CHAU, Level.DISTRICT, UnitKind.TRADE_UNION, null), 0));
        transactions.run(() -> projection.on(created(CD_TP_LAI_CHAU, TP_LAI_CHAU, Level.COMMUNE, UnitKind.ORGANISATION,
                null), 0));

        transactions.run(() -> projection.on(new OrgUnitMerged(TP_LAI_CHAU, TAM_DUONG), 1));

        UnitDetails merged = details(TRUNG_UONG, TP_LAI_CHAU);
        assertThat(merged.unit().mergedInto()).isEqualTo(TAM_DUONG);
        assertThat(merged.children()).isEmpty();
        assertThat(details(TRUNG_UONG, TAM_DUONG).children()).extracting(UnitSummary::id)
                .containsExactlyInAnyOrder(CD_TH_TAM_DUONG, CD_TP_LAI_CHAU);
        assertThat(ids(list(TAM_DUONG, 0, 100))).contains(CD_TP_LAI_CHAU);
    }

    /** At-least-once delivery: every event again, newest first, so that each arrives after those that followed it. */
    @Test
    void redelivered_events_leave_the_view_unchanged() {
        List<Runnable> history = new ArrayList<>();
        history.add(() -> projection.on(created(TRUNG_UONG, null, Level.NATIONAL, UnitKind.STATE, null), 0));
        history.add(() -> projection.on(created(TONG_LDLD, TRUNG_UONG, Level.MINISTRY, UnitKind.TRADE_UNION, null), 0));
        history.add(() -> projection.on(created(LAI_CHAU, TONG_LDLD, Level.PROVINCE, UnitKind.TRADE_UNION, null), 0));
        history.add(() -> projection.on(created(QUANG_NAM, TONG_LDLD, Level.PROVINCE, UnitKind.TRADE_UNION, null), 0));
        history.add(() -> projection.on(created(TAM_DUONG, LAI_CHAU, Level.DISTRICT, UnitKind.TRADE_UNION, null), 0));
        history.add(() -> projection.on(created(TP_LAI_CHAU, LAI_CHAU, Level.DISTRICT, UnitKind.TRADE_UNION, null), 0));
        history.add(() -> projection.on(created(CD_TP_LAI_CHAU, TP_LAI_CHAU, Level.COMMUNE, UnitKind.ORGANISATION,
                null), 0));
        history.add(() -> projection.on(new OrgUnitRenamed(LAI_CHAU, "LĐLĐ tỉnh Lai Châu", "LĐLĐ LC"), 1));
        history.add(() -> projection.on(new OrgUnitRenamed(LAI_CHAU, "Liên đoàn Lao động tỉnh Lai Châu", "LĐLĐ Lai Châu"), 2));
        history.add(() -> projection.on(new UnitAuthorityChanged(TAM_DUONG, Set.of(AwardType.ADVANCED_WORKER)), 1));
        history.add(() -> projection.on(new OrgUnitReparented(TAM_DUONG, LAI_CHAU, QUANG_NAM), 2));
        history.add(() -> projection.on(new OrgUnitReparented(TAM_DUONG, QUANG_NAM, LAI_CHAU), 3));
        history.add(() -> projection.on(new OrgUnitMerged(TP_LAI_CHAU, TAM_DUONG), 1));
        redelivery.assertNewestFirstChangesNothing(history, "q_unit");
    }

    @Test
    void reset_empties_the_view() {
        tree.tradeUnions();

        transactions.run(projection::reset);

        assertThat(tables.count("q_unit")).isZero();
        assertThat(list(TRUNG_UONG, 0, 100).totalItems()).isZero();
    }

    @Test
    void details_of_a_unit_outside_the_viewers_subtree_are_refused_by_U1() {
        tree.tradeUnions();

        RuleViolation refusal = refusalOf(() -> details(QUANG_NAM, TAM_DUONG));

        assertThat(refusal.rule()).isEqualTo("U1");
        assertThat(refusal.kind()).isEqualTo(FORBIDDEN);
        assertThat(details(LAI_CHAU, TAM_DUONG).unit().id()).isEqualTo(TAM_DUONG);
    }

    @Test
    void the_national_auditor_sees_every_unit() {
        tree.tradeUnions();
        Viewer auditor = new Viewer(TRUNG_UONG, true);

        assertThat(ids(transactions.get(() -> projection.handle(new UnitListQuery(auditor, 0, 100)))))
                .containsExactly(TRUNG_UONG, TONG_LDLD, LAI_CHAU, TAM_DUONG, CD_TH_TAM_DUONG, QUANG_NAM);
        assertThat(transactions.get(() -> projection.handle(new UnitDetailsQuery(auditor, TAM_DUONG))).unit().id())
                .isEqualTo(TAM_DUONG);
    }

    @Test
    void a_ministry_auditor_sees_its_sector_tree_only() {
        tree.tradeUnions();
        Viewer auditor = new Viewer(LAI_CHAU, true);

        assertThat(ids(transactions.get(() -> projection.handle(new UnitListQuery(auditor, 0, 100)))))
                .containsExactly(LAI_CHAU, TAM_DUONG, CD_TH_TAM_DUONG);
        assertThat(refusalOf(() -> transactions.get(() -> projection.handle(new UnitDetailsQuery(auditor, QUANG_NAM))))
                .kind()).isEqualTo(FORBIDDEN);
    }

    @Test
    void details_of_an_ancestor_are_refused_too() {
        tree.tradeUnions();

        assertThat(refusalOf(() -> details(TAM_DUONG, LAI_CHAU)).kind()).isEqualTo(FORBIDDEN);
    }

    @Test
    void an_unknown_unit_is_not_found_by_U1() {
        tree.tradeUnions();

        RuleViolation refusal = refusalOf(() -> details(TRUNG_UONG, new OrgUnitId("ldld-khong-co")));

        assertThat(refusal.rule()).isEqualTo("U1");
        assertThat(refusal.kind()).isEqualTo(NOT_FOUND);
    }

    @Test
    void a_viewer_whose_unit_the_view_does_not_know_sees_no_units() {
        tree.tradeUnions();

        assertThat(list(new OrgUnitId("ldld-khong-co"), 0, 100).items()).isEmpty();
    }

    @Test
    void the_list_pages_with_the_total_and_bounds_page_and_size() {
        tree.tradeUnions();

        UnitPage first = list(TRUNG_UONG, 0, 4);
        UnitPage second = list(TRUNG_UONG, 1, 4);

        assertThat(ids(first)).containsExactly(TRUNG_UONG, TONG_LDLD, LAI_CHAU, TAM_DUONG);
        assertThat(ids(second)).containsExactly(CD_TH_TAM_DUONG, QUANG_NAM);
        assertThat(second.totalItems()).isEqualTo(6);
        assertThat(list(TRUNG_UONG, 0, 100_000).size()).isEqualTo(UnitProjection.MAX_PAGE_SIZE);
        UnitPage bounded = list(TRUNG_UONG, -1, 0);
        assertThat(bounded.page()).isZero();
        assertThat(ids(bounded)).containsExactly(TRUNG_UONG);
    }

    private UnitPage list(OrgUnitId viewer, int page, int size) {
        return transactions.get(() -> projection.handle(new UnitListQuery(new Viewer(viewer, false), page, size)));
    }

    private UnitDetails details(OrgUnitId viewer, OrgUnitId unit) {
        return transactions.get(() -> projection.handle(new UnitDetailsQuery(new Viewer(viewer, false), unit)));
    }

    private static List<OrgUnitId> ids(UnitPage page) {
        return page.items().stream().map(UnitSummary::id).toList();
    }
}
