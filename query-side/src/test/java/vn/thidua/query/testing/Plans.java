package vn.thidua.query.testing;

import java.time.LocalDate;
import java.util.List;

import vn.thidua.api.award.AwardType;
import vn.thidua.api.campaign.AwardPlanItem;
import vn.thidua.api.campaign.CampaignAmended;
import vn.thidua.api.campaign.CampaignId;
import vn.thidua.api.campaign.CampaignLaunched;
import vn.thidua.api.campaign.Period;
import vn.thidua.api.campaign.Quota;
import vn.thidua.api.campaign.ReservedShare;
import vn.thidua.api.campaign.ReviewKind;
import vn.thidua.api.campaign.ScheduledReview;
import vn.thidua.api.campaign.Target;
import vn.thidua.api.campaign.TargetKind;
import vn.thidua.api.orgunit.OrgUnitId;

/** Emulation plans as the campaign aggregate launches and amends them, for the views that keep a copy. */
public final class Plans {

    public static final Period YEAR_2025 = new Period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
    public static final List<ScheduledReview> SCHEDULE = List.of(
            new ScheduledReview(ReviewKind.PRELIMINARY, 2025, "Sơ kết 6 tháng"),
            new ScheduledReview(ReviewKind.FINAL, 2025, "Tổng kết năm"));

    private Plans() {
    }

    public static CampaignLaunched launched(CampaignId plan, OrgUnitId issuer, CampaignId parent) {
        return launched(plan, issuer, "01/KH-" + issuer.value(), YEAR_2025, parent, List.of());
    }

    public static CampaignLaunched launched(CampaignId plan, OrgUnitId issuer, String planNumber, Period period,
                                            CampaignId parent, List<AwardPlanItem> awardPlan) {
        return new CampaignLaunched(plan, issuer, planNumber, "Phong trào thi đua " + planNumber, period, parent,
                List.of(new Target(TargetKind.COLLECTIVE, "Lao động giỏi", List.of())), awardPlan, SCHEDULE,
                List.of("Luật Thi đua, khen thưởng 2022"));
    }

    /** The whole plan again, as an amendment carries it, with a new title and award plan. */
    public static CampaignAmended amended(CampaignLaunched plan, String title, List<AwardPlanItem> awardPlan) {
        return new CampaignAmended(plan.campaignId(), title, plan.period(), plan.targets(), awardPlan, plan.schedule(),
                plan.legalBases());
    }

    public static AwardPlanItem limited(AwardType award, TargetKind kind, int limit, ReservedShare... reserved) {
        return new AwardPlanItem(award, kind, new Quota(limit, null, null, List.of(reserved)));
    }
}
