package vn.thidua.query.award;

import static vn.thidua.query.orgunit.UnitTree.TRUNG_UONG;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.api.RuleViolation.Kind.FORBIDDEN;
import static vn.thidua.api.RuleViolation.Kind.NOT_FOUND;
import static vn.thidua.query.orgunit.UnitTree.CD_TH_TAM_DUONG;
import static vn.thidua.query.orgunit.UnitTree.LAI_CHAU;
import static vn.thidua.query.orgunit.UnitTree.QUANG_NAM;
import static vn.thidua.query.orgunit.UnitTree.TAM_DUONG;
import static vn.thidua.query.orgunit.UnitTree.TONG_LDLD;
import static vn.thidua.query.testing.Plans.limited;
import static vn.thidua.query.testing.Refusals.refusalOf;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.thidua.api.RuleViolation;
import vn.thidua.api.Viewer;
import vn.thidua.api.award.AwardType;
import vn.thidua.api.award.CampaignQuota;
import vn.thidua.api.award.CampaignQuotaQuery;
import vn.thidua.api.campaign.AwardPlanItem;
import vn.thidua.api.campaign.CampaignId;
import vn.thidua.api.campaign.CampaignLaunched;
import vn.thidua.api.campaign.Participant;
import vn.thidua.api.campaign.Quota;
import vn.thidua.api.campaign.RegistrationId;
import vn.thidua.api.campaign.ReservedShare;
import vn.thidua.api.campaign.TargetKind;
import vn.thidua.api.decision.AwardGranted;
import vn.thidua.api.decision.DecisionId;
import vn.thidua.api.decision.GrantId;
import vn.thidua.api.decision.GrantRevoked;
import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.api.person.PersonId;
import vn.thidua.query.orgunit.UnitTree;
import vn.thidua.query.testing.Plans;
import vn.thidua.query.testing.ProjectionTest;
import vn.thidua.query.testing.Redelivery;
import vn.thidua.query.testing.Transactions;
import vn.thidua.query.testing.ViewTables;

/**
 * Quota usage of ldld-lai-chau's plan (D3): an absolute quota with a share reserved for EDUCATION, an individual
 * quota, a percentage of the first, and an award without quota; grants in and out of the reserved share, one
 * revoked, one outside any quota.
 */
@ProjectionTest
class QuotaUsageProjectionTest {

    private static final CampaignId PLAN = new CampaignId("ke-hoach-lai-chau-2025");
    private static final DecisionId DECISION = new DecisionId("qd-lai-chau-125");
    private static final AwardPlanItem FLAG_HALF_OF_MERIT = new AwardPlanItem(AwardType.EMULATION_FLAG,
            TargetKind.COLLECTIVE, new Quota(null, 50, AwardType.CERTIFICATE_OF_MERIT, List.of()));
    private static final String[] TABLES = {"q_quota_campaign", "q_quota_item", "q_quota_share", "q_quota_grant"};

    @Autowired
    private QuotaUsageProjection projection;
    @Autowired
    private UnitTree tree;
    @Autowired
    private Transactions transactions;
    @Autowired
    private Redelivery redelivery;
    @Autowired
    private ViewTables tables;

    @BeforeEach
    void units() {
        tree.tradeUnions();
    }

    @Test
    void each_quota_shows_its_limit_its_live_grants_and_what_is_free_beyond_the_reserved_shares() {
        history().forEach(transactions::run);

        CampaignQuota quota = quota(viewer(LAI_CHAU));

        assertThat(quota.campaignId()).isEqualTo(PLAN);
        assertThat(quota.issuerId()).isEqualTo(LAI_CHAU);
        assertThat(quota.items()).containsExactly(
                new CampaignQuota.Item(AwardType.CERTIFICATE_OF_MERIT, TargetKind.COLLECTIVE, 6, null, null, null, 3, 1,
                        List.of(new CampaignQuota.Share("EDUCATION", 3, 1, 2))),
                new CampaignQuota.Item(AwardType.ADVANCED_WORKER, TargetKind.INDIVIDUAL, 3, null, null, null, 1, 2,
                        List.of()),
                new CampaignQuota.Item(AwardType.EMULATION_FLAG, TargetKind.COLLECTIVE, 1, 50,
                        AwardType.CERTIFICATE_OF_MERIT, 3, 0, 1, List.of()));
    }

    @Test
    void an_amendment_replaces_the_quotas_and_the_grants_counted_stay_counted() {
        List<Runnable> history = history();
        history.subList(0, history.size() - 1).forEach(transactions::run);

        CampaignQuota.Item merit = quota(viewer(LAI_CHAU)).items().get(0);

        assertThat(merit.limit()).isEqualTo(5);
        assertThat(merit.used()).isEqualTo(3);
        assertThat(merit.reserved()).containsExactly(new CampaignQuota.Share("EDUCATION", 2, 1, 1));
        assertThat(merit.free()).isEqualTo(1);
    }

    @Test
    void the_issuer_the_units_above_it_and_an_auditor_may_read_the_quotas() {
        history().forEach(transactions::run);

        assertThat(quota(viewer(TONG_LDLD)).items()).hasSize(3);
        assertThat(quota(new Viewer(TRUNG_UONG, true)).items()).hasSize(3);
    }

    @Test
    void units_below_or_beside_the_issuer_are_refused_by_SCOPE() {
        history().forEach(transactions::run);

        RuleViolation below = refusalOf(() -> quota(viewer(TAM_DUONG)));
        RuleViolation beside = refusalOf(() -> quota(viewer(QUANG_NAM)));

        assertThat(below.rule()).isEqualTo("SCOPE");
        assertThat(below.kind()).isEqualTo(FORBIDDEN);
        assertThat(beside.rule()).isEqualTo("SCOPE");
    }

    @Test
    void an_unknown_plan_is_not_found_by_C1() {
        RuleViolation refusal = refusalOf(() -> transactions.get(() -> projection.handle(
                new CampaignQuotaQuery(viewer(LAI_CHAU), new CampaignId("khong-co")))));

        assertThat(refusal.rule()).isEqualTo("C1");
        assertThat(refusal.kind()).isEqualTo(NOT_FOUND);
    }

    /** At-least-once delivery: every event again, newest first, so that each arrives after those that followed it. */
    @Test
    void redelivered_events_leave_the_view_unchanged() {
        redelivery.assertNewestFirstChangesNothing(history(), TABLES);
    }

    @Test
    void reset_empties_the_view_and_leaves_the_units_alone() {
        history().forEach(transactions::run);

        transactions.run(projection::reset);

        tables.assertEmpty(TABLES);
        assertThat(tables.count("q_unit")).isEqualTo(6);
    }

    /**
     * The plan as launched and amended (numbered within it), the grants of one decision (numbered within it), a
     * revocation, and a second amendment that widens the quota and its reserved share.
     */
    private List<Runnable> history() {
        CampaignLaunched launched = Plans.launched(PLAN, LAI_CHAU, "05/KH-LĐLĐ", Plans.YEAR_2025, null, List.of(
                limited(AwardType.CERTIFICATE_OF_MERIT, TargetKind.COLLECTIVE, 4),
                limited(AwardType.ADVANCED_WORKER, TargetKind.INDIVIDUAL, 3)));
        List<AwardPlanItem> amended = List.of(
                limited(AwardType.CERTIFICATE_OF_MERIT, TargetKind.COLLECTIVE, 5, new ReservedShare("EDUCATION", 2)),
                limited(AwardType.ADVANCED_WORKER, TargetKind.INDIVIDUAL, 3),
                FLAG_HALF_OF_MERIT,
                new AwardPlanItem(AwardType.ADVANCED_COLLECTIVE, TargetKind.COLLECTIVE, null));
        List<AwardPlanItem> widened = List.of(
                limited(AwardType.CERTIFICATE_OF_MERIT, TargetKind.COLLECTIVE, 6, new ReservedShare("EDUCATION", 3)),
                amended.get(1), amended.get(2), amended.get(3));
        List<Runnable> history = new ArrayList<>();
        history.add(() -> projection.on(launched, 0));
        history.add(() -> projection.on(Plans.amended(launched, "sửa đổi", amended), 1));
        history.add(() -> projection.on(granted("khen-1", Participant.collective(CD_TH_TAM_DUONG), "EDUCATION",
                AwardType.CERTIFICATE_OF_MERIT, PLAN)));
        history.add(() -> projection.on(granted("khen-2", Participant.collective(TAM_DUONG), null,
                AwardType.CERTIFICATE_OF_MERIT, PLAN)));
        history.add(() -> projection.on(granted("khen-3", Participant.collective(LAI_CHAU), "HEALTH",
                AwardType.CERTIFICATE_OF_MERIT, PLAN)));
        history.add(() -> projection.on(granted("khen-4", Participant.individual(new PersonId("nguyen-van-a"),
                CD_TH_TAM_DUONG), "EDUCATION", AwardType.ADVANCED_WORKER, PLAN)));
        history.add(() -> projection.on(granted("khen-5", Participant.collective(TAM_DUONG), null,
                AwardType.ADVANCED_COLLECTIVE, PLAN)));
        history.add(() -> projection.on(granted("khen-6", Participant.collective(TAM_DUONG), null,
                AwardType.CERTIFICATE_OF_MERIT, null)));
        history.add(() -> projection.on(granted("khen-7", Participant.collective(CD_TH_TAM_DUONG), null,
                AwardType.CERTIFICATE_OF_MERIT, PLAN)));
        history.add(() -> projection.on(new GrantRevoked(DECISION, new GrantId("khen-7"), PLAN,
                Participant.collective(CD_TH_TAM_DUONG), null, AwardType.CERTIFICATE_OF_MERIT, PLAN, "sai đối tượng")));
        history.add(() -> projection.on(Plans.amended(launched, "sửa đổi lần 2", widened), 2));
        return history;
    }

    private static AwardGranted granted(String grant, Participant participant, String category, AwardType award,
                                        CampaignId quotaPlan) {
        return new AwardGranted(DECISION, new GrantId(grant), "125/QĐ-LĐLĐ", LAI_CHAU, 2025, PLAN,
                new RegistrationId("dang-ky-" + grant), participant, category, award, quotaPlan, null, "2024.1");
    }

    private static Viewer viewer(OrgUnitId unit) {
        return new Viewer(unit, false);
    }

    private CampaignQuota quota(Viewer viewer) {
        return transactions.get(() -> projection.handle(new CampaignQuotaQuery(viewer, PLAN)));
    }
}
