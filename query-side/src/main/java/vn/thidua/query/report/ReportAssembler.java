package vn.thidua.query.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import vn.thidua.api.campaign.AwardPlanItem;
import vn.thidua.api.campaign.Nominee;
import vn.thidua.api.campaign.Rating;
import vn.thidua.api.campaign.TargetKind;
import vn.thidua.api.proposal.ProposalStatus;
import vn.thidua.api.report.AwardCount;
import vn.thidua.api.report.KindCount;
import vn.thidua.api.report.LevelDays;
import vn.thidua.api.report.LevelParticipation;
import vn.thidua.api.report.NomineeLine;
import vn.thidua.api.report.OverdueHop;
import vn.thidua.api.report.PhaseReport;
import vn.thidua.api.report.PlanFigures;
import vn.thidua.api.report.PlanNode;
import vn.thidua.api.report.ProposalCount;
import vn.thidua.api.report.ProposalFigures;
import vn.thidua.api.report.QuotaLine;
import vn.thidua.api.report.RatingCount;
import vn.thidua.api.report.ReportParameters;
import vn.thidua.api.report.ReviewFigures;
import vn.thidua.api.report.RevocationLine;
import vn.thidua.query.report.CascadeFold.Grant;
import vn.thidua.query.report.CascadeFold.LateStay;
import vn.thidua.query.report.CascadeFold.Plan;
import vn.thidua.query.report.CascadeFold.Proposal;
import vn.thidua.query.report.CascadeFold.Review;
import vn.thidua.query.report.CascadeFold.Stay;

/**
 * The fold turned into the report: the cascade in tree order (children by plan id), each plan's own figures, and
 * the same figures over all plans. Every list is sorted and every number has a fixed scale.
 */
final class ReportAssembler {

    private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final CascadeFold fold;

    ReportAssembler(CascadeFold fold) {
        this.fold = fold;
    }

    PhaseReport assemble(ReportParameters parameters) {
        List<Plan> ordered = new ArrayList<>();
        List<PlanNode> cascade = new ArrayList<>();
        Plan root = fold.plan(fold.rootId());
        if (root != null) {
            walk(root, 0, ordered, cascade);
        }
        return new PhaseReport(parameters, cascade, participation(ordered), figures(ordered));
    }

    private void walk(Plan plan, int depth, List<Plan> ordered, List<PlanNode> cascade) {
        ordered.add(plan);
        String issuer = plan.launched.issuerId().value();
        cascade.add(new PlanNode(plan.id(), depth == 0 || plan.launched.parentCampaignId() == null ? null
                : plan.launched.parentCampaignId().value(), depth, issuer, fold.nameOf(issuer), fold.levelOf(issuer),
                plan.launched.planNumber(), plan.title, plan.state, figures(List.of(plan))));
        for (String child : plan.children) {
            walk(fold.plan(child), depth + 1, ordered, cascade);
        }
    }

    private List<LevelParticipation> participation(List<Plan> plans) {
        Map<String, List<Plan>> byLevel = new TreeMap<>();
        for (Plan plan : plans) {
            byLevel.computeIfAbsent(fold.levelOf(plan.launched.issuerId().value()), level -> new ArrayList<>()).add(plan);
        }
        List<LevelParticipation> lines = new ArrayList<>();
        byLevel.forEach((level, atLevel) -> {
            Set<String> issuers = new TreeSet<>();
            long collective = 0;
            long individual = 0;
            for (Plan plan : atLevel) {
                issuers.add(plan.launched.issuerId().value());
                collective += plan.registeredWithdrawn.get(TargetKind.COLLECTIVE)[0];
                individual += plan.registeredWithdrawn.get(TargetKind.INDIVIDUAL)[0];
            }
            lines.add(new LevelParticipation(level, atLevel.size(), issuers.size(), collective, individual));
        });
        return lines;
    }

    private PlanFigures figures(List<Plan> plans) {
        List<KindCount> registrations = new ArrayList<>();
        for (TargetKind kind : TargetKind.values()) {
            long registered = 0;
            long withdrawn = 0;
            for (Plan plan : plans) {
                registered += plan.registeredWithdrawn.get(kind)[0];
                withdrawn += plan.registeredWithdrawn.get(kind)[1];
            }
            registrations.add(new KindCount(kind.name(), registered, withdrawn));
        }
        List<ReviewFigures> reviews = new ArrayList<>();
        List<Proposal> proposals = new ArrayList<>();
        Map<String, List<Long>> stays = new TreeMap<>();
        List<OverdueHop> overdue = new ArrayList<>();
        List<QuotaLine> quota = new ArrayList<>();
        Map<String, long[]> awards = new TreeMap<>();
        List<RevocationLine> revocations = new ArrayList<>();
        Set<String> decisionsRevoked = new TreeSet<>();
        for (Plan plan : sortedById(plans)) {
            for (Review review : plan.reviews.values()) {
                if (review.counted) {
                    reviews.add(review(plan.id(), review));
                }
            }
            proposals.addAll(plan.proposals.values());
            for (Stay stay : plan.stays) {
                stays.computeIfAbsent(stay.level(), level -> new ArrayList<>()).add(stay.seconds());
            }
            overdue.addAll(overdue(plan));
            quota.addAll(quota(plan));
            for (Grant grant : plan.grants.values()) {
                if (grant.counted) {
                    long[] counts = awards.computeIfAbsent(grant.granted.awardType().name() + '\u0000' + grant.level,
                            key -> new long[2]);
                    counts[0]++;
                    counts[1] += grant.revoked ? 1 : 0;
                }
                if (grant.revokedInWindow) {
                    revocations.add(new RevocationLine(plan.id(), grant.granted.decisionId().value(),
                            grant.granted.grantId().value(), grant.granted.decisionNumber(),
                            grant.granted.awardType().name(), grant.reason));
                }
                if (fold.decisionRevokedInWindow(grant.granted.decisionId().value())) {
                    decisionsRevoked.add(grant.granted.decisionId().value());
                }
            }
        }
        List<AwardCount> awardCounts = new ArrayList<>();
        awards.forEach((key, counts) -> {
            String[] typeAndLevel = key.split("\u0000", 2);
            awardCounts.add(new AwardCount(typeAndLevel[0], typeAndLevel[1], counts[0], counts[1], counts[0] - counts[1]));
        });
        List<LevelDays> days = new ArrayList<>();
        stays.forEach((level, seconds) -> days.add(days(level, seconds)));
        return new PlanFigures(registrations, reviews, proposals(proposals), days, overdue, quota, awardCounts,
                revocations, decisionsRevoked.size());
    }

    private static List<Plan> sortedById(List<Plan> plans) {
        return plans.stream().sorted(Comparator.comparing(Plan::id)).toList();
    }

    private static ReviewFigures review(String campaignId, Review review) {
        long[] distribution = review.distribution();
        List<RatingCount> ratings = new ArrayList<>();
        for (Rating rating : Rating.values()) {
            ratings.add(new RatingCount(rating.name(), distribution[rating.ordinal()]));
        }
        List<NomineeLine> nominees = review.nominees.stream()
                .map(ReportAssembler::nominee)
                .sorted(Comparator.comparing(NomineeLine::registrationId).thenComparing(NomineeLine::awardType))
                .toList();
        return new ReviewFigures(campaignId, review.reviewId, review.kind, review.year, review.concluded, ratings, nominees);
    }

    private static NomineeLine nominee(Nominee nominee) {
        return new NomineeLine(nominee.registrationId().value(), nominee.participant().kind().name(),
                nominee.participant().unitId() == null ? null : nominee.participant().unitId().value(),
                nominee.participant().personId() == null ? null : nominee.participant().personId().value(),
                nominee.awardType().name(), nominee.rating() == null ? null : nominee.rating().name());
    }

    private static ProposalFigures proposals(List<Proposal> proposals) {
        Map<ProposalStatus, Long> byStatus = new TreeMap<>();
        Map<String, Long> byTypeAndOutcome = new TreeMap<>();
        long submitted = 0;
        for (Proposal proposal : proposals) {
            if (!proposal.counted) {
                continue;
            }
            submitted++;
            byStatus.merge(proposal.status, 1L, Long::sum);
            byTypeAndOutcome.merge(proposal.awardType + '\u0000' + proposal.status.name(), 1L, Long::sum);
        }
        long approved = byStatus.getOrDefault(ProposalStatus.APPROVED, 0L);
        long rejected = byStatus.getOrDefault(ProposalStatus.REJECTED, 0L);
        BigDecimal rate = approved + rejected == 0 ? null
                : BigDecimal.valueOf(approved).multiply(HUNDRED)
                        .divide(BigDecimal.valueOf(approved + rejected), 1, RoundingMode.HALF_UP);
        List<ProposalCount> counts = new ArrayList<>();
        byTypeAndOutcome.forEach((key, count) -> {
            String[] typeAndOutcome = key.split("\u0000", 2);
            counts.add(new ProposalCount(typeAndOutcome[0], typeAndOutcome[1], count));
        });
        return new ProposalFigures(submitted, byStatus.getOrDefault(ProposalStatus.PENDING, 0L),
                byStatus.getOrDefault(ProposalStatus.RETURNED, 0L), approved, rejected,
                byStatus.getOrDefault(ProposalStatus.WITHDRAWN, 0L), rate, counts);
    }

    /**
     * The plan's stays that ended after their due date, then those still pending past it at the cut-off, or marked
     * overdue by the scheduler when the report has no cut-off; by proposal, then due date.
     */
    private List<OverdueHop> overdue(Plan plan) {
        List<OverdueHop> hops = new ArrayList<>();
        for (LateStay late : plan.lateStays) {
            hops.add(hop(late.proposal(), late.unitId(), late.dueAt(), late.endedAt(), late.endedAt()));
        }
        Instant end = fold.end();
        for (Proposal proposal : plan.proposals.values()) {
            boolean pendingPastDue = proposal.status == ProposalStatus.PENDING && proposal.dueAt != null
                    && (end == null ? proposal.markedOverdue : end.isAfter(proposal.dueAt));
            if (pendingPastDue) {
                hops.add(hop(proposal, proposal.holder, proposal.dueAt, null, end));
            }
        }
        hops.sort(Comparator.comparing(OverdueHop::proposalId).thenComparing(OverdueHop::dueAt));
        return hops;
    }

    private OverdueHop hop(Proposal proposal, String unitId, Instant dueAt, Instant endedAt, Instant lateUntil) {
        BigDecimal daysLate = lateUntil == null ? null : BigDecimal.valueOf(Duration.between(dueAt, lateUntil).getSeconds())
                .divide(SECONDS_PER_DAY, 1, RoundingMode.HALF_UP);
        return new OverdueHop(proposal.campaignId, proposal.id, proposal.awardType, unitId, fold.levelOf(unitId), dueAt,
                endedAt, daysLate);
    }

    /** Median of an even count is the mean of the middle two; the 95th percentile is by nearest rank. */
    static LevelDays days(String level, List<Long> seconds) {
        List<Long> sorted = seconds.stream().sorted().toList();
        int n = sorted.size();
        BigDecimal median = BigDecimal.valueOf(sorted.get((n - 1) / 2) + sorted.get(n / 2))
                .divide(SECONDS_PER_DAY.multiply(BigDecimal.valueOf(2)), 1, RoundingMode.HALF_UP);
        int rank = (int) Math.ceil(0.95 * n);
        BigDecimal p95 = BigDecimal.valueOf(sorted.get(Math.max(rank, 1) - 1))
                .divide(SECONDS_PER_DAY, 1, RoundingMode.HALF_UP);
        return new LevelDays(level, n, median, p95);
    }

    private static List<QuotaLine> quota(Plan plan) {
        List<QuotaLine> lines = new ArrayList<>();
        for (AwardPlanItem item : plan.awardPlan) {
            if (item.quota() == null) {
                continue;
            }
            long used = used(plan, item.awardType().name(), item.targetKind());
            long allowed = item.quota().limit() != null ? item.quota().limit()
                    : item.quota().percent() * used(plan, item.quota().percentOf().name(), item.targetKind()) / 100;
            lines.add(new QuotaLine(plan.id(), item.awardType().name(), item.targetKind().name(), item.quota().limit(),
                    item.quota().percent(), item.quota().percentOf() == null ? null : item.quota().percentOf().name(),
                    allowed, used));
        }
        lines.sort(Comparator.comparing(QuotaLine::awardType).thenComparing(QuotaLine::targetKind));
        return lines;
    }

    private static long used(Plan plan, String awardType, TargetKind kind) {
        return plan.quotaGrants.values().stream()
                .filter(grant -> !grant.revoked && grant.granted.awardType().name().equals(awardType)
                        && grant.granted.participant().kind() == kind)
                .count();
    }
}
