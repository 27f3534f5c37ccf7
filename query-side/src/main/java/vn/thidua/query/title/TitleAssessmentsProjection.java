package vn.thidua.query.title;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import vn.thidua.api.campaign.RegistrationId;
import vn.thidua.api.decision.DecisionId;
import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.api.proposal.ProposalApproved;
import vn.thidua.api.proposal.ProposalId;
import vn.thidua.api.proposal.ProposalRejected;
import vn.thidua.api.title.SelfAssessmentRecorded;
import vn.thidua.api.title.TitleAssessments;
import vn.thidua.api.title.TitleAssessmentsQuery;
import vn.thidua.api.title.TitleCriteriaScored;
import vn.thidua.api.title.TitleCriterion;
import vn.thidua.api.title.TitleStandard;
import vn.thidua.api.title.TitleStandardsRegistered;
import vn.thidua.query.orgunit.UnitScope;

/**
 * The titles scored on their criteria (seed 004): per registered title, the unit's own points and the recognising
 * body's, criterion by criterion, and whether it was recognised. A later scoring replaces an earlier one, judged by
 * the aggregate's sequence, so a repeated delivery of an older scoring changes nothing.
 */
@Component
@ProcessingGroup(TitleAssessmentsProjection.PROCESSING_GROUP)
class TitleAssessmentsProjection {

    static final String PROCESSING_GROUP = "title-assessments";

    private final TitleAssessmentViews assessments;
    private final TitleCriterionViews criteria;
    private final TitleProposalViews proposals;
    private final UnitScope scope;

    TitleAssessmentsProjection(TitleAssessmentViews assessments, TitleCriterionViews criteria,
                               TitleProposalViews proposals, UnitScope scope) {
        this.assessments = assessments;
        this.criteria = criteria;
        this.proposals = proposals;
        this.scope = scope;
    }

    @ResetHandler
    void reset() {
        proposals.deleteAllInBatch();
        criteria.deleteAllInBatch();
        assessments.deleteAllInBatch();
    }

    @EventHandler
    void on(TitleStandardsRegistered event) {
        String key = TitleAssessmentView.key(event.campaignId().value(), event.registrationId().value(),
                event.awardType(), event.year());
        if (assessments.findById(key).isPresent()) {
            return;
        }
        TitleAssessmentView assessment = new TitleAssessmentView(key);
        assessment.campaignId = event.campaignId().value();
        assessment.registrationId = event.registrationId().value();
        assessment.unitId = event.participant().unitId().value();
        assessment.awardType = event.awardType();
        assessment.titleYear = event.year();
        assessment.ruleSetVersion = event.ruleSetVersion();
        assessment.advanceTo(TitleAssessments.Outcome.REGISTERED);
        assessments.save(assessment);
        int position = 0;
        for (TitleStandard standard : event.standards()) {
            for (TitleCriterion criterion : standard.criteria()) {
                criteria.save(new TitleCriterionView(key, position++, standard.code(), standard.name(), criterion.code(),
                        criterion.name(), criterion.maxPoints()));
            }
        }
    }

    @EventHandler
    void on(SelfAssessmentRecorded event, @SequenceNumber long sequence) {
        String key = TitleAssessmentView.key(event.campaignId().value(), event.registrationId().value(),
                event.awardType(), event.year());
        assessments.findById(key).filter(a -> a.selfSequence == null || a.selfSequence < sequence).ifPresent(a -> {
            a.selfTotal = event.total();
            a.selfSequence = sequence;
            a.advanceTo(TitleAssessments.Outcome.SELF_ASSESSED);
            eachCriterion(key, event.scores(), (criterion, points) -> criterion.selfPoints = points);
        });
    }

    @EventHandler
    void on(TitleCriteriaScored event, @SequenceNumber long sequence) {
        String key = TitleAssessmentView.key(event.campaignId().value(), event.registrationId().value(),
                event.awardType(), event.year());
        assessments.findById(key).filter(a -> a.committeeSequence == null || a.committeeSequence < sequence).ifPresent(a -> {
            a.committeeTotal = event.total();
            a.committeeSequence = sequence;
            a.scoredBy = event.scoringUnit().value();
            a.proposalId = event.proposalId().value();
            a.advanceTo(TitleAssessments.Outcome.SCORED);
            proposals.save(new TitleProposalView(a.proposalId, key));
            eachCriterion(key, event.scores(), (criterion, points) -> criterion.committeePoints = points);
        });
    }

    @EventHandler
    void on(ProposalApproved event) {
        scoredOn(event.proposalId().value()).ifPresent(a -> {
            a.decisionId = event.decisionId().value();
            a.advanceTo(TitleAssessments.Outcome.RECOGNISED);
        });
    }

    @EventHandler
    void on(ProposalRejected event) {
        scoredOn(event.proposalId().value()).ifPresent(a -> a.advanceTo(TitleAssessments.Outcome.NOT_RECOGNISED));
    }

    /** The assessments of a plan's registered titles that the viewer may see: its unit's subtree. */
    @QueryHandler
    TitleAssessments handle(TitleAssessmentsQuery query) {
        List<TitleAssessments.Assessment> titles = assessments
                .findByCampaignIdOrderByRegistrationIdAscTitleYearAsc(query.campaignId().value()).stream()
                .filter(a -> scope.sees(query.viewer(), new OrgUnitId(a.unitId)))
                .map(this::assessment).toList();
        return new TitleAssessments(query.campaignId(), titles);
    }

    /** The assessment scored on a proposal; most proposals are for other awards and have none. */
    private Optional<TitleAssessmentView> scoredOn(String proposalId) {
        return proposals.findById(proposalId).flatMap(proposal -> assessments.findById(proposal.assessmentKey));
    }

    /** Points replace each criterion's earlier ones; a criterion not scored this time has none. */
    private void eachCriterion(String key, Map<String, Integer> scores,
                               BiConsumer<TitleCriterionView, Integer> set) {
        criteria.findByAssessmentKeyOrderByPosition(key).forEach(criterion ->
                set.accept(criterion, scores.get(criterion.criterionCode)));
    }

    private TitleAssessments.Assessment assessment(TitleAssessmentView a) {
        Map<String, List<TitleCriterionView>> byStandard = new LinkedHashMap<>();
        criteria.findByAssessmentKeyOrderByPosition(a.assessmentKey)
                .forEach(c -> byStandard.computeIfAbsent(c.standardCode, code -> new ArrayList<>()).add(c));
        List<TitleAssessments.Standard> standards = byStandard.values().stream().map(rows -> new TitleAssessments.Standard(
                rows.get(0).standardCode, rows.get(0).standardName, rows.stream().mapToInt(c -> c.maxPoints).sum(),
                sum(rows.stream().map(c -> c.selfPoints).toList()), sum(rows.stream().map(c -> c.committeePoints).toList()),
                rows.stream().map(c -> new TitleAssessments.Criterion(c.criterionCode, c.criterionName, c.maxPoints,
                        c.selfPoints, c.committeePoints)).toList())).toList();
        return new TitleAssessments.Assessment(new RegistrationId(a.registrationId), new OrgUnitId(a.unitId),
                a.awardType, a.titleYear, a.ruleSetVersion, a.outcome, a.selfTotal, a.committeeTotal,
                a.scoredBy == null ? null : new OrgUnitId(a.scoredBy),
                a.proposalId == null ? null : new ProposalId(a.proposalId),
                a.decisionId == null ? null : new DecisionId(a.decisionId), standards);
    }

    /** The points of a standard, or null while none of its criteria has any. */
    private static Integer sum(List<Integer> points) {
        return points.stream().allMatch(Objects::isNull) ? null
                : points.stream().filter(Objects::nonNull).mapToInt(Integer::intValue).sum();
    }
}
