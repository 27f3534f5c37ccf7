package vn.thidua.command.campaign;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import vn.thidua.api.MetadataKeys;
import vn.thidua.api.RuleViolationException;
import vn.thidua.api.award.AwardType;
import vn.thidua.api.campaign.AmendCampaign;
import vn.thidua.api.campaign.AwardPlanItem;
import vn.thidua.api.campaign.BulkRegistrationResult;
import vn.thidua.api.campaign.CampaignAmended;
import vn.thidua.api.campaign.CampaignCancelled;
import vn.thidua.api.campaign.CampaignClosed;
import vn.thidua.api.campaign.CampaignId;
import vn.thidua.api.campaign.CampaignLaunched;
import vn.thidua.api.campaign.CampaignState;
import vn.thidua.api.campaign.CancelCampaign;
import vn.thidua.api.campaign.CloseCampaign;
import vn.thidua.api.campaign.ConcludeReview;
import vn.thidua.api.campaign.Criterion;
import vn.thidua.api.campaign.EvaluateRegistration;
import vn.thidua.api.campaign.LaunchCampaign;
import vn.thidua.api.campaign.Nomination;
import vn.thidua.api.campaign.Nominee;
import vn.thidua.api.campaign.OpenReview;
import vn.thidua.api.campaign.Participant;
import vn.thidua.api.campaign.ParticipantRegistered;
import vn.thidua.api.campaign.Period;
import vn.thidua.api.campaign.ProgressReportId;
import vn.thidua.api.campaign.ProgressReportSubmitted;
import vn.thidua.api.campaign.RegisterParticipant;
import vn.thidua.api.campaign.RegisterParticipants;
import vn.thidua.api.campaign.RegistrationOutcome;
import vn.thidua.api.campaign.RegistrationRow;
import vn.thidua.api.campaign.RegistrationEvaluated;
import vn.thidua.api.campaign.RegistrationId;
import vn.thidua.api.campaign.RegistrationWithdrawn;
import vn.thidua.api.campaign.ReviewConcluded;
import vn.thidua.api.campaign.ReviewId;
import vn.thidua.api.campaign.ReviewKind;
import vn.thidua.api.campaign.ReviewOpened;
import vn.thidua.api.campaign.ScheduledReview;
import vn.thidua.api.campaign.SubmitProgressReport;
import vn.thidua.api.campaign.Target;
import vn.thidua.api.campaign.TargetKind;
import vn.thidua.api.campaign.WithdrawRegistration;
import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.api.title.RecordSelfAssessment;
import vn.thidua.api.title.RegisterTitleStandards;
import vn.thidua.api.title.SelfAssessmentRecorded;
import vn.thidua.api.title.StandardCommitment;
import vn.thidua.api.title.TitleStandard;
import vn.thidua.api.title.TitleStandardsRegistered;
import vn.thidua.command.achievement.AchievementLedger;
import vn.thidua.command.award.Candidate;
import vn.thidua.command.award.QuotaLedger;
import vn.thidua.command.award.Verdict;
import vn.thidua.command.orgunit.UnitAuthorization;
import vn.thidua.command.orgunit.UnitDirectory;
import vn.thidua.command.person.PersonDirectory;
import vn.thidua.command.rules.RuleSet;
import vn.thidua.command.rules.RuleSets;
import vn.thidua.command.title.TitleSchemes;
import vn.thidua.command.title.TitleScores;

/**
 * One issuing unit's plan for a campaign (C1-C9), with its registrations and reviews inside: the rules that tie
 * them (register only before the final review, evaluate only active registrations in the open review, nominate
 * only the evaluated) need one consistent state, and one unit's plan has hundreds to thousands of participants,
 * not millions: lower units register under their own cascaded plans. Snapshotted ({@link CampaignSnapshots}): its
 * state is in fields Jackson reads and writes as they are, none of them final (Jackson 3 no longer sets a final
 * field, and a snapshot would come back with empty registrations; CampaignSnapshotTest).
 */
@Aggregate(snapshotTriggerDefinition = CampaignSnapshots.TRIGGER)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
class Campaign {

    @AggregateIdentifier
    private CampaignId campaignId;
    private OrgUnitId issuerId;
    private String planNumber;
    private String title;
    private CampaignId parentCampaignId;
    private CampaignState.Status status;
    private Period period;
    private List<Target> targets;
    private List<AwardPlanItem> awardPlan;
    private List<ScheduledReview> schedule;
    private List<String> legalBases;
    private Map<RegistrationId, Registration> registrations = new HashMap<>();
    /** The active registration of each participant, by {@link Participant#key()}: C4's one-each check in O(1). */
    private Map<String, RegistrationId> activeByParticipant = new HashMap<>();
    private Map<ReviewId, Review> reviews = new LinkedHashMap<>();
    private ReviewId openReviewId;
    private List<ProgressReportId> progressReports = new ArrayList<>();
    /** Titles scored on their criteria, by {@link #titleKey}: the standards registered, and whether self-scored. */
    private Map<String, Title> titles = new HashMap<>();

    private record Registration(RegistrationId id, Participant participant, boolean active) {
    }

    private record Title(List<TitleStandard> standards, boolean selfAssessed) {
    }

    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
    private static final class Review {
        final ReviewId id;
        final ReviewKind kind;
        final int year;
        Map<RegistrationId, RegistrationEvaluated> evaluations = new LinkedHashMap<>();
        boolean concluded;
        int nominees;

        @JsonCreator
        Review(@JsonProperty("id") ReviewId id, @JsonProperty("kind") ReviewKind kind, @JsonProperty("year") int year) {
            this.id = id;
            this.kind = kind;
            this.year = year;
        }

        /** Active evaluations: a registration withdrawn after its rating leaves no rating behind. */
        List<RegistrationEvaluated> ratingsOf(Map<RegistrationId, Registration> registrations) {
            return evaluations.values().stream().filter(e -> registrations.get(e.registrationId()).active()).toList();
        }

        /** By value, so that Axon's fixtures can compare a replayed aggregate with the live one. */
        @Override
        public boolean equals(Object other) {
            return other instanceof Review that && id.equals(that.id) && kind == that.kind && year == that.year
                    && concluded == that.concluded && nominees == that.nominees && evaluations.equals(that.evaluations);
        }

        @Override
        public int hashCode() {
            return id.hashCode();
        }
    }

    Campaign() {
    }

    @CommandHandler
    Campaign(LaunchCampaign command, UnitDirectory units, CampaignDirectory campaigns,
             @MetaDataValue(MetadataKeys.ACTOR_UNIT) String actorUnit) {
        UnitDirectory.Entry issuer = units.find(command.issuerId()).orElseThrow(() ->
                RuleViolationException.notFound("C1", "issuing unit " + command.issuerId() + " does not exist"));
        if (issuer.merged()) {
            throw RuleViolationException.conflict("C1", "issuing unit " + issuer.id() + " was merged into " + issuer.mergedInto());
        }
        requireActingFor(command.issuerId(), actorUnit, "C1");
        if (campaigns.planNumberTaken(command.issuerId(), command.planNumber())) {
            throw RuleViolationException.conflict("C1", "plan number " + command.planNumber() + " is already used by "
                    + command.issuerId() + "; a plan number is unique for its issuer");
        }
        PlanRules.requireValidPlan(command.period(), command.targets(), command.awardPlan(), command.schedule(),
                command.legalBases(), issuer);
        if (command.parentCampaignId() != null) {
            PlanRules.requireCascade(campaigns, units, command.parentCampaignId(), issuer.id(), command.period());
        }
        apply(new CampaignLaunched(command.campaignId(), command.issuerId(), command.planNumber(), command.title(),
                command.period(), command.parentCampaignId(), command.targets(), command.awardPlan(),
                command.schedule(), command.legalBases()));
    }

    @CommandHandler
    CampaignState handle(AmendCampaign command, UnitDirectory units, CampaignDirectory campaigns, QuotaLedger quotas,
                         @MetaDataValue(MetadataKeys.ACTOR_UNIT) String actorUnit) {
        requireOpen();
        requireActingFor(issuerId, actorUnit, "C3");
        if (!reviews.isEmpty()) {
            throw RuleViolationException.conflict("C3", "the plan can be amended only until its first review opens; "
                    + "review " + reviews.keySet().iterator().next() + " has opened");
        }
        Period newPeriod = command.period() != null ? command.period() : period;
        List<Target> newTargets = command.targets() != null ? command.targets() : targets;
        List<AwardPlanItem> newAwardPlan = command.awardPlan() != null ? command.awardPlan() : awardPlan;
        List<ScheduledReview> newSchedule = command.schedule() != null ? command.schedule() : schedule;
        List<String> newLegalBases = command.legalBases() != null ? command.legalBases() : legalBases;
        UnitDirectory.Entry issuer = units.find(issuerId).filter(unit -> !unit.merged()).orElseThrow(() ->
                RuleViolationException.conflict("C3", "issuing unit " + issuerId + " no longer exists as such (merged)"));
        PlanRules.requireValidPlan(newPeriod, newTargets, newAwardPlan, newSchedule, newLegalBases, issuer);
        if (parentCampaignId != null) {
            PlanRules.requireCascade(campaigns, units, parentCampaignId, issuerId, newPeriod);
        }
        PlanRules.requireChildrenInside(campaigns, campaignId, newPeriod);
        requireRegistrationsStillTargeted(newTargets);
        requireQuotasCoverUse(newAwardPlan, quotas);
        apply(new CampaignAmended(campaignId, command.title() != null ? command.title() : title, newPeriod, newTargets,
                newAwardPlan, newSchedule, newLegalBases));
        return state();
    }

    @CommandHandler
    CampaignState handle(RegisterParticipant command, UnitDirectory units, PersonDirectory persons,
                         @MetaDataValue(MetadataKeys.ACTOR_UNIT) String actorUnit) {
        requireRegistrationsOpen();
        register(command.row(), new Participants(units, persons, issuerId, List.of(command.participant())), actorUnit);
        return state();
    }

    /**
     * C4 row by row, with the same guard clauses as a single registration: a refused row is answered with its rule
     * and does not block the others; the rows accepted before it count for it (a participant twice in one file is
     * registered once). Only what concerns the plan as a whole (C8, the final review opened) refuses every row.
     */
    @CommandHandler
    BulkRegistrationResult handle(RegisterParticipants command, UnitDirectory units, PersonDirectory persons,
                                  @MetaDataValue(MetadataKeys.ACTOR_UNIT) String actorUnit) {
        requireRegistrationsOpen();
        Participants participants = new Participants(units, persons, issuerId,
                command.rows().stream().map(RegistrationRow::participant).toList());
        List<RegistrationOutcome> outcomes = new ArrayList<>(command.rows().size());
        for (RegistrationRow row : command.rows()) {
            try {
                register(row, participants, actorUnit);
                outcomes.add(RegistrationOutcome.accepted(row.registrationId()));
            } catch (RuleViolationException refused) {
                outcomes.add(RegistrationOutcome.refused(row.registrationId(), refused.violation()));
            }
        }
        return BulkRegistrationResult.of(campaignId, outcomes);
    }

    private void requireRegistrationsOpen() {
        requireOpen();
        requireFinalReviewNotOpened("register");
    }

    private void register(RegistrationRow row, Participants participants, String actorUnit) {
        Participant participant = participants.resolve(row.participant());
        requireActingForIssuerOr(participant.unitId(), actorUnit, "C4");
        if (targets.stream().noneMatch(target -> target.kind() == participant.kind())) {
            throw RuleViolationException.conflict("C4", "the plan has no target for " + participant.kind() + " participants");
        }
        if (registrations.containsKey(row.registrationId())) {
            throw RuleViolationException.conflict("C4", "registration id " + row.registrationId() + " is already used");
        }
        RegistrationId existing = activeByParticipant.get(participant.key());
        if (existing != null) {
            throw RuleViolationException.conflict("C4", participant.key() + " is already registered ("
                    + existing + "); one registration per participant per campaign");
        }
        if (row.commitments().isEmpty()) {
            throw RuleViolationException.conflict("C4", "a registration carries its commitments; none were given");
        }
        apply(new ParticipantRegistered(campaignId, row.registrationId(), participant, row.commitments()));
    }

    @CommandHandler
    CampaignState handle(WithdrawRegistration command, @MetaDataValue(MetadataKeys.ACTOR_UNIT) String actorUnit) {
        requireOpen();
        Registration registration = activeRegistration(command.registrationId(), "C4");
        requireActingForIssuerOr(registration.participant().unitId(), actorUnit, "C4");
        requireFinalReviewNotOpened("withdraw");
        apply(new RegistrationWithdrawn(campaignId, command.registrationId(), command.reason()));
        return state();
    }

    @CommandHandler
    CampaignState handle(OpenReview command, @MetaDataValue(MetadataKeys.ACTOR_UNIT) String actorUnit) {
        requireOpen();
        requireActingFor(issuerId, actorUnit, "C5");
        if (openReviewId != null) {
            throw RuleViolationException.conflict("C5", "review " + openReviewId + " is still open; one review at a time");
        }
        if (reviews.containsKey(command.reviewId())) {
            throw RuleViolationException.conflict("C5", "review id " + command.reviewId() + " is already used");
        }
        if (!period.containsYear(command.year())) {
            throw RuleViolationException.conflict("C5", "year " + command.year() + " is outside the plan's period " + period);
        }
        switch (command.kind()) {
            case PRELIMINARY -> {
                requireNoReview(ReviewKind.PRELIMINARY, "the preliminary review (sơ kết) is held at most once");
                requireNoReview(ReviewKind.FINAL, "the preliminary review (sơ kết) comes before the final review");
            }
            case FINAL -> {
                requireNoReview(ReviewKind.FINAL, "the final review (tổng kết) is held at most once");
                boolean preliminaryScheduled = schedule.stream().anyMatch(s -> s.kind() == ReviewKind.PRELIMINARY);
                boolean preliminaryConcluded = reviews.values().stream()
                        .anyMatch(r -> r.kind == ReviewKind.PRELIMINARY && r.concluded);
                if (preliminaryScheduled && !preliminaryConcluded) {
                    throw RuleViolationException.conflict("C5", "the plan schedules a preliminary review (sơ kết): "
                            + "the final review opens only after it concluded");
                }
            }
            case PERIODIC -> {
            }
        }
        apply(new ReviewOpened(campaignId, command.reviewId(), command.kind(), command.year(), command.title()));
        return state();
    }

    @CommandHandler
    CampaignState handle(EvaluateRegistration command, @MetaDataValue(MetadataKeys.ACTOR_UNIT) String actorUnit) {
        requireOpen();
        requireActingFor(issuerId, actorUnit, "C6");
        Review review = openReview(command.reviewId(), "C6", "evaluated");
        Registration registration = activeRegistration(command.registrationId(), "C6");
        Target target = targetFor(registration.participant().kind());
        command.scores().forEach((code, score) -> {
            Criterion criterion = target.criteria().stream().filter(c -> c.code().equals(code)).findFirst()
                    .orElseThrow(() -> RuleViolationException.conflict("C6", "criterion " + code
                            + " is not among the criteria for " + target.kind() + " participants"));
            if (score == null || score < 0 || (criterion.maxScore() != null && score > criterion.maxScore())) {
                throw RuleViolationException.conflict("C6", "score for " + code + " must be between 0 and "
                        + criterion.maxScore() + ", found " + score);
            }
        });
        apply(new RegistrationEvaluated(campaignId, review.id, registration.id(), registration.participant(),
                review.year, command.rating(), command.scores(), command.remarks()));
        return state();
    }

    @CommandHandler
    CampaignState handle(ConcludeReview command, UnitDirectory units, RuleSets rules,
                         AchievementLedger ledger, @MetaDataValue(MetadataKeys.ACTOR_UNIT) String actorUnit) {
        requireOpen();
        requireActingFor(issuerId, actorUnit, "C7");
        Review review = openReview(command.reviewId(), "C7", "concluded");
        RuleSet inForce = rules.inForce();
        List<Nominee> nominees = new ArrayList<>();
        for (Nomination nomination : command.nominees()) {
            nominees.add(nominee(review, nomination, inForce, ledger));
        }
        long distinct = nominees.stream().map(n -> n.registrationId() + "/" + n.awardType()).distinct().count();
        if (distinct < nominees.size()) {
            throw RuleViolationException.conflict("C7", "a nominee is named twice for the same award");
        }
        apply(new ReviewConcluded(campaignId, review.id, review.kind, review.year, review.ratingsOf(registrations),
                nominees));
        return state();
    }

    @CommandHandler
    CampaignState handle(RegisterTitleStandards command, RuleSets rules,
                         @MetaDataValue(MetadataKeys.ACTOR_UNIT) String actorUnit) {
        requireOpen();
        Registration registration = activeRegistration(command.registrationId(), "T1");
        requireActingForIssuerOr(registration.participant().unitId(), actorUnit, "T1");
        RuleSet inForce = rules.inForce();
        TitleSchemes.Scheme scheme = inForce.titleScoring().schemeFor(command.awardType()).orElseThrow(() ->
                RuleViolationException.conflict("T1", command.awardType() + " is not scored on criteria under rules "
                        + inForce.version() + "; only titles with a scoring scheme register standards"));
        if (!PlanRules.allows(command.awardType(), registration.participant().kind())) {
            throw RuleViolationException.conflict("T1", command.awardType() + " is not given to "
                    + registration.participant().kind() + " participants");
        }
        if (!period.containsYear(command.year())) {
            throw RuleViolationException.conflict("T1", "year " + command.year() + " is outside the plan's period " + period);
        }
        if (titles.containsKey(titleKey(command.registrationId(), command.awardType(), command.year()))) {
            throw RuleViolationException.conflict("T1", "registration " + command.registrationId() + " already registered "
                    + "the standards of " + command.awardType() + " for " + command.year());
        }
        apply(new TitleStandardsRegistered(campaignId, registration.id(), registration.participant(),
                command.awardType(), command.year(), registeredStandards(scheme, command.standards()),
                inForce.version().value()));
        return state();
    }

    @CommandHandler
    CampaignState handle(RecordSelfAssessment command, @MetaDataValue(MetadataKeys.ACTOR_UNIT) String actorUnit) {
        requireOpen();
        Registration registration = activeRegistration(command.registrationId(), "T1");
        requireActingForIssuerOr(registration.participant().unitId(), actorUnit, "T1");
        Title title = titles.get(titleKey(command.registrationId(), command.awardType(), command.year()));
        if (title == null) {
            throw RuleViolationException.conflict("T1", "registration " + command.registrationId() + " registered no "
                    + "standards of " + command.awardType() + " for " + command.year() + ": nothing to score against");
        }
        int total = TitleScores.requireWithinRegistered(title.standards(), command.scores());
        apply(new SelfAssessmentRecorded(campaignId, command.registrationId(), command.awardType(), command.year(),
                command.scores(), total, command.remarks()));
        return state();
    }

    @CommandHandler
    CampaignState handle(SubmitProgressReport command, CampaignDirectory campaigns,
                         @MetaDataValue(MetadataKeys.ACTOR_UNIT) String actorUnit) {
        requireOpen();
        requireActingFor(issuerId, actorUnit, "C9");
        if (parentCampaignId == null) {
            throw RuleViolationException.conflict("C9", "progress reports go to the plan this one implements; "
                    + campaignId + " implements no higher plan");
        }
        if (progressReports.contains(command.reportId())) {
            throw RuleViolationException.conflict("C9", "report id " + command.reportId() + " is already used");
        }
        OrgUnitId recipient = campaigns.find(parentCampaignId).map(CampaignDirectory.Entry::issuerId).orElseThrow(() ->
                RuleViolationException.notFound("C9", "the plan this one implements, " + parentCampaignId + ", is unknown"));
        apply(new ProgressReportSubmitted(campaignId, command.reportId(), parentCampaignId, recipient,
                command.periodLabel(), command.summary()));
        return state();
    }

    @CommandHandler
    CampaignState handle(CloseCampaign command, @MetaDataValue(MetadataKeys.ACTOR_UNIT) String actorUnit) {
        requireOpen();
        requireActingFor(issuerId, actorUnit, "C8");
        boolean finalConcluded = reviews.values().stream().anyMatch(r -> r.kind == ReviewKind.FINAL && r.concluded);
        if (!finalConcluded) {
            throw RuleViolationException.conflict("C8", "a campaign closes only after its final review (tổng kết) concluded");
        }
        apply(new CampaignClosed(campaignId));
        return state();
    }

    @CommandHandler
    CampaignState handle(CancelCampaign command, @MetaDataValue(MetadataKeys.ACTOR_UNIT) String actorUnit) {
        requireOpen();
        requireActingFor(issuerId, actorUnit, "C8");
        if (command.reason() == null) {
            throw RuleViolationException.conflict("C8", "a cancellation needs its reason");
        }
        apply(new CampaignCancelled(campaignId, command.reason()));
        return state();
    }

    private Nominee nominee(Review review, Nomination nomination, RuleSet rules, AchievementLedger ledger) {
        RegistrationEvaluated evaluation = review.evaluations.get(nomination.registrationId());
        if (evaluation == null) {
            throw RuleViolationException.conflict("C7", "nominee " + nomination.registrationId()
                    + " was not evaluated in review " + review.id);
        }
        if (!registrations.get(nomination.registrationId()).active()) {
            throw RuleViolationException.conflict("C7", "registration " + nomination.registrationId() + " was withdrawn");
        }
        Participant participant = evaluation.participant();
        boolean planned = awardPlan.stream().anyMatch(item ->
                item.awardType() == nomination.awardType() && item.targetKind() == participant.kind());
        if (!planned) {
            throw RuleViolationException.conflict("C7", nomination.awardType() + " for " + participant.kind()
                    + " participants is not in the plan's awards");
        }
        Verdict verdict = rules.titleScoring().schemeFor(nomination.awardType()).isPresent()
                ? titleReadiness(nomination, review.year)
                : rules.eligibility().check(nomination.awardType(), new Candidate(participant, review.year,
                evaluation.rating(), nomination.outstanding(), ledger.historyOf(participant),
                participant.kind() == TargetKind.COLLECTIVE
                        ? membersRatedIn(review, ledger.membersOf(participant.unitId(), review.year)) : List.of()));
        if (!verdict.eligible()) {
            throw RuleViolationException.conflict("C7", participant.key() + " is not eligible for "
                    + nomination.awardType() + " (rules " + rules.version() + "): " + String.join("; ", verdict.failures()));
        }
        return new Nominee(nomination.registrationId(), participant, nomination.awardType(), evaluation.rating(),
                verdict.route(), verdict.usedInitiative(), nomination.outstanding(), nomination.justification());
    }

    /**
     * A title scored on its criteria is judged by the recognising body's scores when it is recognised (T3); to be
     * proposed, the collective has registered its standards for the review's year and scored itself against them.
     */
    private Verdict titleReadiness(Nomination nomination, int year) {
        Title title = titles.get(titleKey(nomination.registrationId(), nomination.awardType(), year));
        if (title == null) {
            return Verdict.notEligible(List.of("no standards of " + nomination.awardType() + " were registered for " + year));
        }
        if (!title.selfAssessed()) {
            return Verdict.notEligible(List.of("the unit has not scored itself against its standards for " + year));
        }
        return Verdict.eligible("registered standards of " + year + ", self-assessed; recognised on the recognising "
                + "body's scores (T3)", false);
    }

    /** T1: the standards as the scheme has them, with only the criteria taken on; every standard of the scheme. */
    private static List<TitleStandard> registeredStandards(TitleSchemes.Scheme scheme, List<StandardCommitment> commitments) {
        Map<String, StandardCommitment> byCode = new LinkedHashMap<>();
        for (StandardCommitment commitment : commitments) {
            TitleSchemes.Standard standard = scheme.standard(commitment.standard()).orElseThrow(() ->
                    RuleViolationException.conflict("T1", "standard " + commitment.standard() + " is not in the scheme"));
            if (byCode.put(commitment.standard(), commitment) != null) {
                throw RuleViolationException.conflict("T1", "standard " + commitment.standard() + " is given twice");
            }
            commitment.criteria().forEach(code -> standard.criterion(code).orElseThrow(() ->
                    RuleViolationException.conflict("T1", "criterion " + code + " is not a criterion of standard "
                            + standard.code() + " (" + standard.name() + ")")));
        }
        return scheme.standards().stream().map(standard -> {
            StandardCommitment commitment = byCode.get(standard.code());
            if (commitment == null || commitment.criteria().isEmpty()) {
                throw RuleViolationException.conflict("T1", "standard " + standard.code() + " (" + standard.name()
                        + ") is not taken on: the title is judged on every standard of its scheme");
            }
            return standard.registered(commitment.criteria());
        }).toList();
    }

    private static String titleKey(RegistrationId registrationId, AwardType awardType, int year) {
        return registrationId.value() + "/" + awardType + "/" + year;
    }

    /** Members rated in this very review count with that rating: a collective and its people are rated together. */
    private List<Candidate.Member> membersRatedIn(Review review, List<Candidate.Member> members) {
        Map<String, RegistrationEvaluated> byPerson = new HashMap<>();
        review.ratingsOf(registrations).stream()
                .filter(e -> e.participant().kind() == TargetKind.INDIVIDUAL)
                .forEach(e -> byPerson.put(e.participant().personId().value(), e));
        return members.stream().map(member -> byPerson.containsKey(member.personId())
                ? new Candidate.Member(member.personId(), byPerson.get(member.personId()).rating(), member.history())
                : member).toList();
    }

    private void requireOpen() {
        if (status != CampaignState.Status.LAUNCHED) {
            throw RuleViolationException.conflict("C8", "campaign " + campaignId + " is " + status
                    + " and accepts no further command");
        }
    }

    private void requireFinalReviewNotOpened(String action) {
        if (reviews.values().stream().anyMatch(r -> r.kind == ReviewKind.FINAL)) {
            throw RuleViolationException.conflict("C4", "participants can " + action
                    + " only until the final review (tổng kết) opens");
        }
    }

    private void requireNoReview(ReviewKind kind, String why) {
        if (reviews.values().stream().anyMatch(r -> r.kind == kind)) {
            throw RuleViolationException.conflict("C5", why);
        }
    }

    private void requireRegistrationsStillTargeted(List<Target> newTargets) {
        registrations.values().stream().filter(Registration::active)
                .filter(r -> newTargets.stream().noneMatch(t -> t.kind() == r.participant().kind()))
                .findFirst()
                .ifPresent(r -> {
                    throw RuleViolationException.conflict("C3", "registration " + r.id() + " is of a "
                            + r.participant().kind() + " participant; the amended plan must keep that target");
                });
    }

    /** C3: a quota may never drop below what is already granted against it. */
    private void requireQuotasCoverUse(List<AwardPlanItem> newAwardPlan, QuotaLedger quotas) {
        for (AwardPlanItem item : awardPlan) {
            if (item.quota() == null) {
                continue;
            }
            int used = quotas.used(campaignId, item.awardType(), item.targetKind());
            Integer newLimit = newAwardPlan.stream()
                    .filter(other -> other.awardType() == item.awardType() && other.targetKind() == item.targetKind())
                    .map(other -> other.quota() == null ? null : other.quota().limit())
                    .findFirst().orElse(0);
            if (used > 0 && newLimit != null && newLimit < used) {
                throw RuleViolationException.conflict("C3", "the quota for " + item.awardType() + " (" + item.targetKind()
                        + ") cannot drop to " + newLimit + ": " + used + " already granted");
            }
        }
    }

    private Review openReview(ReviewId reviewId, String rule, String action) {
        Review review = reviews.get(reviewId);
        if (review == null) {
            throw RuleViolationException.notFound(rule, "review " + reviewId + " does not exist in " + campaignId);
        }
        if (!Objects.equals(openReviewId, reviewId)) {
            throw RuleViolationException.conflict(rule, "review " + reviewId + " is concluded; only the open review is "
                    + action);
        }
        return review;
    }

    private Registration activeRegistration(RegistrationId registrationId, String rule) {
        Registration registration = registrations.get(registrationId);
        if (registration == null) {
            throw RuleViolationException.notFound(rule, "registration " + registrationId + " does not exist in " + campaignId);
        }
        if (!registration.active()) {
            throw RuleViolationException.conflict(rule, "registration " + registrationId + " was withdrawn");
        }
        return registration;
    }

    private Target targetFor(TargetKind kind) {
        return targets.stream().filter(t -> t.kind() == kind).findFirst().orElseThrow();
    }

    /** Only the issuing unit's users act on its plan (403 otherwise). */
    private static void requireActingFor(OrgUnitId unit, String actorUnit, String rule) {
        UnitAuthorization.requireActingFor(actorUnit, unit, rule, "only users of " + unit + " act on this plan");
    }

    /** A registration may be filed by the issuer's officers or by the participant's own unit. */
    private void requireActingForIssuerOr(OrgUnitId participantUnit, String actorUnit, String rule) {
        if (!participantUnit.value().equals(actorUnit)) {
            requireActingFor(issuerId, actorUnit, rule);
        }
    }

    private CampaignState state() {
        return new CampaignState(campaignId, issuerId, planNumber, status, period,
                (int) registrations.values().stream().filter(Registration::active).count(),
                reviews.values().stream().map(r -> new CampaignState.ReviewState(r.id, r.kind, r.year, r.concluded,
                        r.evaluations.size(), r.nominees)).toList());
    }

    @EventSourcingHandler
    void on(CampaignLaunched event) {
        campaignId = event.campaignId();
        issuerId = event.issuerId();
        planNumber = event.planNumber();
        parentCampaignId = event.parentCampaignId();
        status = CampaignState.Status.LAUNCHED;
        title = event.title();
        period = event.period();
        targets = event.targets();
        awardPlan = event.awardPlan();
        schedule = event.schedule();
        legalBases = event.legalBases();
    }

    @EventSourcingHandler
    void on(CampaignAmended event) {
        title = event.title();
        period = event.period();
        targets = event.targets();
        awardPlan = event.awardPlan();
        schedule = event.schedule();
        legalBases = event.legalBases();
    }

    @EventSourcingHandler
    void on(ParticipantRegistered event) {
        registrations.put(event.registrationId(), new Registration(event.registrationId(), event.participant(), true));
        activeByParticipant.put(event.participant().key(), event.registrationId());
    }

    @EventSourcingHandler
    void on(RegistrationWithdrawn event) {
        Registration withdrawn = registrations.computeIfPresent(event.registrationId(),
                (id, r) -> new Registration(id, r.participant(), false));
        if (withdrawn != null) {
            activeByParticipant.remove(withdrawn.participant().key(), event.registrationId());
        }
    }

    @EventSourcingHandler
    void on(ReviewOpened event) {
        reviews.put(event.reviewId(), new Review(event.reviewId(), event.kind(), event.year()));
        openReviewId = event.reviewId();
    }

    @EventSourcingHandler
    void on(RegistrationEvaluated event) {
        reviews.get(event.reviewId()).evaluations.put(event.registrationId(), event);
    }

    @EventSourcingHandler
    void on(ReviewConcluded event) {
        Review review = reviews.get(event.reviewId());
        review.concluded = true;
        review.nominees = event.nominees().size();
        openReviewId = null;
    }

    @EventSourcingHandler
    void on(TitleStandardsRegistered event) {
        titles.put(titleKey(event.registrationId(), event.awardType(), event.year()), new Title(event.standards(), false));
    }

    @EventSourcingHandler
    void on(SelfAssessmentRecorded event) {
        titles.computeIfPresent(titleKey(event.registrationId(), event.awardType(), event.year()),
                (key, title) -> new Title(title.standards(), true));
    }

    @EventSourcingHandler
    void on(ProgressReportSubmitted event) {
        progressReports.add(event.reportId());
    }

    @EventSourcingHandler
    void on(CampaignClosed event) {
        status = CampaignState.Status.CLOSED;
    }

    @EventSourcingHandler
    void on(CampaignCancelled event) {
        status = CampaignState.Status.CANCELLED;
    }
}
