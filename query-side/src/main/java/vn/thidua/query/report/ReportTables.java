package vn.thidua.query.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
import vn.thidua.api.report.QuotaLine;
import vn.thidua.api.report.RatingCount;
import vn.thidua.api.report.ReportParameters;
import vn.thidua.api.report.ReviewFigures;
import vn.thidua.api.report.RevocationLine;

/**
 * The report as flat tables, for CSV and XLSX: one table per section, each figure row led by the plan it belongs
 * to, {@value #TOTAL} for the whole cascade.
 */
final class ReportTables {

    static final String TOTAL = "*";

    record Table(String name, List<String> columns, List<List<Object>> rows) {
        void add(Object... cells) {
            rows.add(Arrays.asList(cells));
        }
    }

    private ReportTables() {
    }

    static List<Table> of(PhaseReport report) {
        Table parameters = table("parameters", "name", "value");
        ReportParameters p = report.parameters();
        parameters.add("campaignId", p.campaignId());
        parameters.add("from", p.from());
        parameters.add("to", p.to());
        parameters.add("reviewId", p.reviewId());
        parameters.add("asOf", p.asOf());
        parameters.add("timeZone", p.timeZone());
        parameters.add("windowStart", p.windowStart());
        parameters.add("windowEnd", p.windowEnd());
        parameters.add("reviewConcludedAt", p.reviewConcludedAt());

        Table cascade = table("cascade", "campaignId", "parentCampaignId", "depth", "issuerId", "issuerName",
                "issuerLevel", "planNumber", "title", "state");
        for (PlanNode node : report.cascade()) {
            cascade.add(node.campaignId(), node.parentCampaignId(), node.depth(), node.issuerId(), node.issuerName(),
                    node.issuerLevel(), node.planNumber(), node.title(), node.state());
        }
        Table participation = table("participation", "level", "plans", "units", "registeredCollective",
                "registeredIndividual");
        for (LevelParticipation line : report.participation()) {
            participation.add(line.level(), line.plans(), line.units(), line.registeredCollective(),
                    line.registeredIndividual());
        }

        Table registrations = table("registrations", "plan", "kind", "registered", "withdrawn");
        Table ratings = table("ratings", "plan", "campaignId", "reviewId", "kind", "year", "concluded", "rating", "count");
        Table nominees = table("nominees", "plan", "campaignId", "reviewId", "registrationId", "participantKind",
                "unitId", "personId", "awardType", "rating");
        Table proposals = table("proposals", "plan", "submitted", "pending", "returned", "approved", "rejected",
                "withdrawn", "approvalRatePercent");
        Table outcomes = table("proposal_outcomes", "plan", "awardType", "outcome", "count");
        Table days = table("days_per_level", "plan", "level", "stays", "medianDays", "p95Days");
        Table overdue = table("overdue", "plan", "campaignId", "proposalId", "awardType", "unitId", "level", "dueAt",
                "endedAt", "daysLate");
        Table quota = table("quota", "plan", "campaignId", "awardType", "targetKind", "limit", "percent", "percentOf",
                "allowed", "used");
        Table awards = table("awards", "plan", "awardType", "level", "granted", "revoked", "standing");
        Table revocations = table("revocations", "plan", "campaignId", "decisionId", "grantId", "decisionNumber",
                "awardType", "reason");
        Table decisions = table("decisions_revoked", "plan", "count");
        List<Table> sections = List.of(registrations, ratings, nominees, proposals, outcomes, days, overdue, quota,
                awards, revocations, decisions);
        for (PlanNode node : report.cascade()) {
            figures(node.campaignId(), node.figures(), sections);
        }
        figures(TOTAL, report.total(), sections);

        List<Table> tables = new ArrayList<>(List.of(parameters, cascade, participation));
        tables.addAll(sections);
        return tables;
    }

    private static void figures(String plan, PlanFigures f, List<Table> t) {
        for (KindCount line : f.registrations()) {
            t.get(0).add(plan, line.kind(), line.registered(), line.withdrawn());
        }
        for (ReviewFigures review : f.reviews()) {
            for (RatingCount rating : review.ratings()) {
                t.get(1).add(plan, review.campaignId(), review.reviewId(), review.kind(), review.year(),
                        review.concluded(), rating.rating(), rating.count());
            }
            for (NomineeLine nominee : review.nominees()) {
                t.get(2).add(plan, review.campaignId(), review.reviewId(), nominee.registrationId(),
                        nominee.participantKind(), nominee.unitId(), nominee.personId(), nominee.awardType(),
                        nominee.rating());
            }
        }
        var p = f.proposals();
        t.get(3).add(plan, p.submitted(), p.pending(), p.returned(), p.approved(), p.rejected(), p.withdrawn(),
                p.approvalRate());
        for (ProposalCount count : p.byTypeAndOutcome()) {
            t.get(4).add(plan, count.awardType(), count.outcome(), count.count());
        }
        for (LevelDays line : f.daysPerLevel()) {
            t.get(5).add(plan, line.level(), line.stays(), line.medianDays(), line.p95Days());
        }
        for (OverdueHop line : f.overdue()) {
            t.get(6).add(plan, line.campaignId(), line.proposalId(), line.awardType(), line.unitId(), line.level(),
                    line.dueAt(), line.endedAt(), line.daysLate());
        }
        for (QuotaLine line : f.quota()) {
            t.get(7).add(plan, line.campaignId(), line.awardType(), line.targetKind(), line.limit(), line.percent(),
                    line.percentOf(), line.allowed(), line.used());
        }
        for (AwardCount line : f.awards()) {
            t.get(8).add(plan, line.awardType(), line.level(), line.granted(), line.revoked(), line.standing());
        }
        for (RevocationLine line : f.revocations()) {
            t.get(9).add(plan, line.campaignId(), line.decisionId(), line.grantId(), line.decisionNumber(),
                    line.awardType(), line.reason());
        }
        t.get(10).add(plan, f.decisionsRevoked());
    }

    private static Table table(String name, String... columns) {
        return new Table(name, List.of(columns), new ArrayList<>());
    }
}
