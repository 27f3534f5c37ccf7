package vn.thidua.command.campaign;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.thidua.api.RuleViolationException;
import vn.thidua.api.award.AwardType;
import vn.thidua.api.campaign.AwardPlanItem;
import vn.thidua.api.campaign.CampaignId;
import vn.thidua.api.campaign.CampaignState;
import vn.thidua.api.campaign.Period;
import vn.thidua.api.campaign.ReviewKind;
import vn.thidua.api.campaign.ScheduledReview;
import vn.thidua.api.campaign.Target;
import vn.thidua.api.campaign.TargetKind;
import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.command.orgunit.UnitDirectory;

/** What makes a plan a plan (C1) and a cascade a cascade (C2), checked at launch and at every amendment. */
final class PlanRules {

    private PlanRules() {
    }

    static void requireValidPlan(Period period, List<Target> targets, List<AwardPlanItem> awardPlan,
                                 List<ScheduledReview> schedule, List<String> legalBases, UnitDirectory.Entry issuer) {
        if (!period.isOrdered()) {
            throw c1("the period must run forward: from " + period.from() + " is after to " + period.to());
        }
        requireTargets(targets);
        requireAwardPlan(awardPlan, targets, issuer);
        requireSchedule(schedule, period);
        if (legalBases.isEmpty()) {
            throw c1("a plan names the documents it implements (legal bases); none were given");
        }
    }

    private static void requireTargets(List<Target> targets) {
        if (targets.isEmpty()) {
            throw c1("a plan has at least one target kind (COLLECTIVE or INDIVIDUAL) with its theme");
        }
        Set<TargetKind> kinds = EnumSet.noneOf(TargetKind.class);
        for (Target target : targets) {
            if (!kinds.add(target.kind())) {
                throw c1("target kind " + target.kind() + " is given twice");
            }
            if (target.theme() == null) {
                throw c1("the " + target.kind() + " target needs its theme (chủ đề)");
            }
            if (target.criteria().isEmpty()) {
                throw c1("the " + target.kind() + " target needs its criteria (tiêu chí)");
            }
            Set<String> codes = new HashSet<>();
            target.criteria().forEach(criterion -> {
                if (!codes.add(criterion.code())) {
                    throw c1("criterion " + criterion.code() + " is given twice for " + target.kind());
                }
            });
        }
    }

    private static void requireAwardPlan(List<AwardPlanItem> awardPlan, List<Target> targets, UnitDirectory.Entry issuer) {
        if (awardPlan.isEmpty()) {
            throw c1("a plan has an award plan: the awards it grants or proposes");
        }
        Set<String> seen = new HashSet<>();
        for (AwardPlanItem item : awardPlan) {
            String name = item.awardType() + " for " + item.targetKind();
            if (!seen.add(name)) {
                throw c1(name + " is planned twice");
            }
            if (targets.stream().noneMatch(t -> t.kind() == item.targetKind())) {
                throw c1(name + " is planned, but the plan has no " + item.targetKind() + " target");
            }
            if (!allows(item.awardType(), item.targetKind())) {
                throw c1(item.awardType() + " cannot be given to " + item.targetKind() + " nominees");
            }
            boolean decides = issuer.authority().contains(item.awardType());
            if (decides && item.quota() == null) {
                throw c1(issuer.id() + " decides " + item.awardType() + " itself, so the plan gives its quota");
            }
            if (!decides && item.quota() != null) {
                throw c1(issuer.id() + " proposes " + item.awardType() + " to a higher level; quotas are set by the unit that decides");
            }
            if (item.quota() != null && item.quota().percentOf() != null && awardPlan.stream().noneMatch(other ->
                    other.awardType() == item.quota().percentOf() && other.targetKind() == item.targetKind())) {
                throw c1(name + " is limited to a percentage of " + item.quota().percentOf() + ", which the plan does not grant");
            }
            // only the grants the issuer decides count in its plan's quotas: a base decided above would count as none
            if (item.quota() != null && item.quota().percentOf() != null
                    && !issuer.authority().contains(item.quota().percentOf())) {
                throw c1(name + " is limited to a percentage of " + item.quota().percentOf() + ", which " + issuer.id()
                        + " does not decide: only the awards it decides are counted in its plan");
            }
        }
    }

    static boolean allows(AwardType type, TargetKind kind) {
        return switch (type.nominees()) {
            case BOTH -> true;
            case INDIVIDUAL -> kind == TargetKind.INDIVIDUAL;
            case COLLECTIVE -> kind == TargetKind.COLLECTIVE;
        };
    }

    private static void requireSchedule(List<ScheduledReview> schedule, Period period) {
        long finals = schedule.stream().filter(s -> s.kind() == ReviewKind.FINAL).count();
        long preliminaries = schedule.stream().filter(s -> s.kind() == ReviewKind.PRELIMINARY).count();
        if (finals != 1) {
            throw c1("the schedule of reviews has exactly one final review (tổng kết), found " + finals);
        }
        if (preliminaries > 1) {
            throw c1("the schedule has at most one preliminary review (sơ kết), found " + preliminaries);
        }
        for (ScheduledReview review : schedule) {
            if (!period.containsYear(review.year())) {
                throw c1("the " + review.kind() + " review of " + review.year() + " is outside the period " + period);
            }
        }
        int finalYear = schedule.stream().filter(s -> s.kind() == ReviewKind.FINAL).findFirst().orElseThrow().year();
        schedule.stream().filter(s -> s.kind() != ReviewKind.FINAL && s.year() > finalYear).findFirst().ifPresent(late -> {
            throw c1("the " + late.kind() + " review of " + late.year() + " is scheduled after the final review of " + finalYear);
        });
    }

    static void requireCascade(CampaignDirectory campaigns, UnitDirectory units, CampaignId parentId, OrgUnitId issuer,
                               Period period) {
        CampaignDirectory.Entry parent = campaigns.find(parentId).orElseThrow(() ->
                RuleViolationException.notFound("C2", "the plan to implement, " + parentId + ", does not exist"));
        if (parent.status() != CampaignState.Status.LAUNCHED) {
            throw RuleViolationException.conflict("C2", "the plan to implement, " + parentId + ", is " + parent.status());
        }
        if (parent.issuerId().equals(issuer) || !units.isAncestorOrSelf(parent.issuerId(), issuer)) {
            throw RuleViolationException.conflict("C2", "a plan implements a plan of a unit above its issuer; "
                    + parent.issuerId() + " is not above " + issuer);
        }
        if (!parent.period().contains(period)) {
            throw RuleViolationException.conflict("C2", "the period " + period + " must lie within the period "
                    + parent.period() + " of the plan it implements");
        }
    }

    static void requireChildrenInside(CampaignDirectory campaigns, CampaignId campaignId, Period period) {
        campaigns.childrenOf(campaignId).stream()
                .filter(child -> child.status() == CampaignState.Status.LAUNCHED && !period.contains(child.period()))
                .findFirst()
                .ifPresent(child -> {
                    throw RuleViolationException.conflict("C2", "plan " + child.campaignId() + " implementing this one runs "
                            + child.period() + ", outside the amended period " + period);
                });
    }

    private static RuleViolationException c1(String detail) {
        return RuleViolationException.conflict("C1", detail);
    }
}
