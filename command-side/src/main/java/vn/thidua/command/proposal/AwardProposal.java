package vn.thidua.command.proposal;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import vn.thidua.api.MetadataKeys;
import vn.thidua.api.RuleViolationException;
import vn.thidua.api.award.AwardType;
import vn.thidua.api.campaign.CampaignId;
import vn.thidua.api.campaign.Participant;
import vn.thidua.api.campaign.RegistrationId;
import vn.thidua.api.campaign.ReviewId;
import vn.thidua.api.decision.DecisionId;
import vn.thidua.api.decision.GrantId;
import vn.thidua.api.orgunit.Level;
import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.api.proposal.CouncilVote;
import vn.thidua.api.proposal.DossierItem;
import vn.thidua.api.proposal.ForwardProposal;
import vn.thidua.api.proposal.ProposalApproved;
import vn.thidua.api.proposal.ProposalForwarded;
import vn.thidua.api.proposal.ProposalId;
import vn.thidua.api.proposal.ProposalOverdue;
import vn.thidua.api.proposal.ProposalRejected;
import vn.thidua.api.proposal.ProposalResubmitted;
import vn.thidua.api.proposal.ProposalReturned;
import vn.thidua.api.proposal.ProposalState;
import vn.thidua.api.proposal.ProposalStatus;
import vn.thidua.api.proposal.ProposalSubmitted;
import vn.thidua.api.proposal.ProposalWithdrawn;
import vn.thidua.api.proposal.RejectProposal;
import vn.thidua.api.proposal.ResubmitProposal;
import vn.thidua.api.proposal.ReturnProposal;
import vn.thidua.api.proposal.SubmitProposal;
import vn.thidua.api.proposal.WithdrawProposal;
import vn.thidua.api.title.ScoreTitleCriteria;
import vn.thidua.api.title.TitleCriteriaScored;
import vn.thidua.api.title.TitleStandard;
import vn.thidua.command.award.Categories;
import vn.thidua.command.campaign.CampaignDirectory;
import vn.thidua.command.orgunit.UnitAuthorization;
import vn.thidua.command.orgunit.UnitDirectory;
import vn.thidua.command.person.PersonDirectory;
import vn.thidua.command.rules.RuleSet;
import vn.thidua.command.rules.RuleSets;
import vn.thidua.command.title.TitleRegistrations;
import vn.thidua.command.title.TitleScores;

/**
 * A dossier travelling up the hierarchy (P1-P7). Each hop goes to the parent the holding unit has at that moment,
 * so a later re-parenting never rewrites the route taken; a proposal pending at a unit that was merged away is
 * handled by the surviving unit, which also stands for a merged proposer.
 */
@Aggregate
class AwardProposal {

    @AggregateIdentifier
    private ProposalId proposalId;
    private CampaignId campaignId;
    private ReviewId reviewId;
    private RegistrationId registrationId;
    private Participant participant;
    private String category;
    private AwardType awardType;
    private OrgUnitId proposerUnit;
    private OrgUnitId pendingAt;
    /** The unit that sent it to where it is pending: a return goes back there. */
    private OrgUnitId sentBy;
    /** While RETURNED: the unit that returned it, where a resubmission goes. */
    private OrgUnitId returnedBy;
    private boolean usedInitiative;
    private ProposalStatus status;
    private int hops;
    /** Counts each arrival at a unit, so a time limit set for an earlier stay is recognised as stale. */
    private int arrivals;
    private boolean overdue;
    private DecisionId decisionId;
    /** The recognising body's latest points per criterion, for a title scored on its criteria (T2, T3). */
    private Map<String, Integer> titleScores = Map.of();

    private static final String HOP_TIME_LIMIT = "hop-time-limit";
    /** Who acts when a time limit passes (A2): the system, not whoever last sent the proposal on. */
    private static final MetaData SYSTEM = MetaData.with(MetadataKeys.ACTOR, "system")
            .and(MetadataKeys.ACTOR_UNIT, UnitAuthorization.SYSTEM_UNIT);

    /** The time limit of one stay at a unit (P6). */
    record HopTimeLimit(OrgUnitId unit, int arrival, int workingDays, Instant dueAt) {
    }

    AwardProposal() {
    }

    /**
     * A creation handler rather than a constructor: in a constructor Axon applies the event only once it returns,
     * and the time limit scheduled here needs the proposal to know its id and where it is pending.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    ProposalState handle(SubmitProposal command, NomineeDirectory nominees, NomineeClaims claims, CampaignDirectory campaigns,
                  UnitDirectory units, PersonDirectory persons, RuleSets rules, DeadlineManager deadlines,
                  @MetaDataValue(MetadataKeys.ACTOR_UNIT) String actorUnit) {
        RuleSet inForce = rules.inForce();
        CampaignDirectory.Entry campaign = campaigns.find(command.campaignId()).orElseThrow(() ->
                RuleViolationException.notFound("P1", "campaign " + command.campaignId() + " does not exist"));
        OrgUnitId proposer = campaign.issuerId();
        UnitAuthorization.requireActingFor(actorUnit, proposer, "P1",
                "only " + proposer + ", whose review named the nominee, proposes");
        NomineeDirectory.Entry nominee = nominees.find(command.campaignId(), command.reviewId(), command.registrationId(),
                command.awardType()).orElseThrow(() -> RuleViolationException.conflict("P1", "registration "
                + command.registrationId() + " was not named for " + command.awardType() + " when review "
                + command.reviewId() + " of " + command.campaignId() + " concluded"));
        UnitDirectory.Entry proposerEntry = units.find(proposer).orElseThrow();
        if (proposerEntry.authority().contains(command.awardType())) {
            throw RuleViolationException.conflict("P1", proposer + " decides " + command.awardType()
                    + " itself: issue a decision within its authority instead of a proposal");
        }
        if (proposerEntry.parentId() == null) {
            throw RuleViolationException.conflict("P1", proposer + " has no unit above it to propose to");
        }
        List<?> missing = inForce.dossier().missing(command.awardType(), nominee.usedInitiative(), command.dossier());
        if (!missing.isEmpty()) {
            throw RuleViolationException.conflict("P1", "the dossier for " + command.awardType() + " lacks " + missing);
        }
        inForce.dossier().shortfall(command.awardType(), command.vote()).ifPresent(shortfall -> {
            throw RuleViolationException.conflict("P1", "the council vote is not enough: " + shortfall);
        });
        claims.holder(command.campaignId(), nominee.participant(), command.awardType()).ifPresent(holder -> {
            throw RuleViolationException.conflict("P7", nominee.participant().key() + " is already proposed for or granted "
                    + command.awardType() + " in campaign " + command.campaignId() + " (" + holder
                    + "); one achievement, one award");
        });
        HopTimeLimit limit = timeLimitAt(proposerEntry.parentId(), inForce.timeLimits(), units);
        apply(new ProposalSubmitted(command.proposalId(), command.campaignId(), command.reviewId(),
                command.registrationId(), nominee.participant(), Categories.of(nominee.participant(), units, persons),
                command.awardType(), proposer, proposerEntry.parentId(), nominee.usedInitiative(), command.dossier(),
                command.vote(), limit.dueAt()));
        startTimeLimit(deadlines, limit);
        return state();
    }

    @CommandHandler
    ProposalState handle(ForwardProposal command, UnitDirectory units, RuleSets rules, DeadlineManager deadlines,
                         @MetaDataValue(MetadataKeys.ACTOR_UNIT) String actorUnit) {
        RuleSet inForce = rules.inForce();
        OrgUnitId holder = requirePendingAt(units, actorUnit);
        UnitDirectory.Entry unit = units.find(holder).orElseThrow();
        if (unit.authority().contains(awardType)) {
            throw RuleViolationException.conflict("P3", holder + " decides " + awardType
                    + " itself: it approves, returns or rejects, and does not forward");
        }
        if (unit.parentId() == null) {
            throw RuleViolationException.conflict("P3", holder + " has no unit above it to forward to");
        }
        requireVote(inForce.dossier(), command.vote(), "P3");
        HopTimeLimit limit = timeLimitAt(unit.parentId(), inForce.timeLimits(), units);
        apply(new ProposalForwarded(proposalId, holder, unit.parentId(), command.vote(), command.remarks(), limit.dueAt()));
        startTimeLimit(deadlines, limit);
        return state();
    }

    @CommandHandler
    ProposalState handle(ReturnProposal command, UnitDirectory units, DeadlineManager deadlines,
                         @MetaDataValue(MetadataKeys.ACTOR_UNIT) String actorUnit) {
        OrgUnitId holder = requirePendingAt(units, actorUnit);
        if (command.reason() == null) {
            throw RuleViolationException.conflict("P3", "a return for supplementation needs its reason");
        }
        if (command.missingItems().isEmpty()) {
            throw RuleViolationException.conflict("P3", "a return for supplementation names what is missing");
        }
        apply(new ProposalReturned(proposalId, holder, sentBy, command.reason(), command.missingItems()));
        deadlines.cancelAll(timeLimitOf(proposalId));
        return state();
    }

    @CommandHandler
    ProposalState handle(ResubmitProposal command, UnitDirectory units, RuleSets rules, DeadlineManager deadlines,
                         @MetaDataValue(MetadataKeys.ACTOR_UNIT) String actorUnit) {
        RuleSet inForce = rules.inForce();
        requireNotFinal();
        if (status != ProposalStatus.RETURNED) {
            throw RuleViolationException.conflict("P4", "only a returned proposal is resubmitted; " + proposalId + " is " + status);
        }
        OrgUnitId holder = units.survivorOf(pendingAt);
        requireActor(actorUnit, holder, "P4", "the unit it was returned to");
        if (command.dossier() != null) {
            List<?> missing = inForce.dossier().missing(awardType, usedInitiative, command.dossier());
            if (!missing.isEmpty()) {
                throw RuleViolationException.conflict("P4", "the amended dossier lacks " + missing);
            }
        }
        if (command.vote() != null) {
            requireVote(inForce.dossier(), command.vote(), "P4");
        }
        HopTimeLimit limit = timeLimitAt(returnedBy, inForce.timeLimits(), units);
        apply(new ProposalResubmitted(proposalId, holder, returnedBy, command.dossier(), command.vote(), command.remarks(),
                limit.dueAt()));
        startTimeLimit(deadlines, limit);
        return state();
    }

    @CommandHandler
    ProposalState handle(RejectProposal command, UnitDirectory units, DeadlineManager deadlines,
                         @MetaDataValue(MetadataKeys.ACTOR_UNIT) String actorUnit) {
        OrgUnitId holder = requirePendingAt(units, actorUnit);
        if (command.reason() == null) {
            throw RuleViolationException.conflict("P3", "a rejection needs its reason");
        }
        apply(new ProposalRejected(proposalId, holder, command.reason()));
        deadlines.cancelAll(timeLimitOf(proposalId));
        return state();
    }

    @CommandHandler
    ProposalState handle(WithdrawProposal command, UnitDirectory units, DeadlineManager deadlines,
                         @MetaDataValue(MetadataKeys.ACTOR_UNIT) String actorUnit) {
        requireNotFinal();
        requireActor(actorUnit, units.survivorOf(proposerUnit), "P4", "the proposing unit");
        apply(new ProposalWithdrawn(proposalId, pendingAt, command.reason()));
        deadlines.cancelAll(timeLimitOf(proposalId));
        return state();
    }

    /**
     * T2: the recognising body scores while the proposal is pending at it, and only a unit whose authority includes
     * the title; T1: only the criteria the unit registered for the year under review, each within its maximum.
     */
    @CommandHandler
    ProposalState handle(ScoreTitleCriteria command, UnitDirectory units, NomineeDirectory nominees,
                         TitleRegistrations titles, @MetaDataValue(MetadataKeys.ACTOR_UNIT) String actorUnit) {
        if (status != ProposalStatus.PENDING) {
            throw RuleViolationException.conflict("T2", "the title is scored only while the proposal is pending at the "
                    + "recognising body; " + proposalId + " is " + status);
        }
        OrgUnitId holder = units.survivorOf(pendingAt);
        requireActor(actorUnit, holder, "T2", "the unit it is pending at");
        if (!units.find(holder).orElseThrow().authority().contains(awardType)) {
            throw RuleViolationException.conflict("T2", holder + " does not recognise " + awardType
                    + ": only the unit with that authority scores it; forward the proposal to it");
        }
        int year = nominees.find(campaignId, reviewId, registrationId, awardType).orElseThrow().year();
        List<TitleStandard> registered = titles.find(campaignId, registrationId, awardType, year).orElseThrow(() ->
                RuleViolationException.conflict("T1", participant.key() + " registered no standards of " + awardType
                        + " for " + year + " in " + campaignId + ": nothing to score against"));
        int total = TitleScores.requireWithinRegistered(registered, command.scores());
        apply(new TitleCriteriaScored(proposalId, holder, campaignId, registrationId, awardType, year, command.scores(),
                total, command.remarks()));
        return state();
    }

    /**
     * The checks of an approval that belong to the proposal (P2, P3, P5); the decision service adds eligibility,
     * quota and numbering around it. Answers the approving unit.
     */
    OrgUnitId requireApprovable(UnitDirectory units, DossierRules dossiers, CouncilVote vote, String actorUnit) {
        OrgUnitId holder = requirePendingAt(units, actorUnit);
        if (!units.find(holder).orElseThrow().authority().contains(awardType)) {
            throw RuleViolationException.conflict("P3", holder + " does not decide " + awardType
                    + ": only the deciding level approves; forward it, return it or reject it");
        }
        requireVote(dossiers, vote, "P3");
        return holder;
    }

    void approve(OrgUnitId holder, CouncilVote vote, DecisionId decision, GrantId grantId, String ruleSetVersion,
                 DeadlineManager deadlines) {
        apply(new ProposalApproved(proposalId, holder, vote, decision, grantId, ruleSetVersion));
        deadlines.cancelAll(timeLimitOf(proposalId));
    }

    /**
     * P6: a proposal still pending where the limit was set, past it, is marked overdue, once. The event is the
     * system's doing (A2): no request and no user caused it.
     */
    @DeadlineHandler
    void on(HopTimeLimit limit) {
        if (status == ProposalStatus.PENDING && arrivals == limit.arrival() && !overdue) {
            apply(new ProposalOverdue(proposalId, pendingAt, limit.workingDays(), limit.dueAt()),
                    SYSTEM.and(MetadataKeys.CORRELATION_ID, "time-limit-" + proposalId + "-" + limit.arrival()));
        }
    }

    /**
     * The time limit of the stay at {@code unit} that begins now (P6), decided once under the rule set in force: the
     * arrival event records its due date and the deadline is scheduled for that same instant.
     */
    private HopTimeLimit timeLimitAt(OrgUnitId unit, TimeLimits limits, UnitDirectory units) {
        OrgUnitId holder = units.survivorOf(unit);
        Level level = units.find(holder).map(UnitDirectory.Entry::level).orElseThrow();
        return new HopTimeLimit(holder, arrivals + 1, limits.workingDaysAt(level),
                limits.dueAt(GenericEventMessage.clock.instant(), level));
    }

    /** Arrived: the time limit of the stay before ends, the one of this stay begins. */
    private void startTimeLimit(DeadlineManager deadlines, HopTimeLimit limit) {
        deadlines.cancelAll(timeLimitOf(proposalId));
        deadlines.schedule(limit.dueAt(), timeLimitOf(proposalId), limit);
    }

    /**
     * Each proposal's time limits are a deadline name (a Quartz job group) of their own, so ending one is one lookup
     * of that proposal's job. Cancelling by scope within one name shared by every proposal made Quartz list and load
     * every limit pending in the country on each forward, and fail (500) when another proposal's forward deleted one
     * of them between the list and the load. The handler above matches by payload, not by name, so limits scheduled
     * under the old shared name still fire; a limit left over from an earlier stay finds another arrival count and
     * does nothing.
     */
    static String timeLimitOf(ProposalId proposalId) {
        return HOP_TIME_LIMIT + "/" + proposalId.value();
    }

    /** What a grant needs to know of the proposal. */
    record Nominee(CampaignId campaignId, ReviewId reviewId, RegistrationId registrationId, Participant participant,
                   String category, AwardType awardType) {
    }

    Nominee nominee() {
        return new Nominee(campaignId, reviewId, registrationId, participant, category, awardType);
    }

    Map<String, Integer> titleScores() {
        return titleScores;
    }

    ProposalId id() {
        return proposalId;
    }

    ProposalState state() {
        return new ProposalState(proposalId, status, awardType, participant, proposerUnit,
                status == ProposalStatus.PENDING || status == ProposalStatus.RETURNED ? pendingAt : null, hops, decisionId);
    }

    /** P2 and P5: a live, pending proposal, acted on by a user of the unit it is pending at. */
    private OrgUnitId requirePendingAt(UnitDirectory units, String actorUnit) {
        requireNotFinal();
        if (status == ProposalStatus.RETURNED) {
            throw RuleViolationException.conflict("P3", proposalId + " was returned to " + pendingAt
                    + " and waits for its resubmission");
        }
        OrgUnitId holder = units.survivorOf(pendingAt);
        requireActor(actorUnit, holder, "P2", "the unit it is pending at");
        return holder;
    }

    private void requireNotFinal() {
        if (status.isFinal()) {
            throw RuleViolationException.conflict("P5", proposalId + " is " + status + ", which is final");
        }
    }

    private void requireVote(DossierRules dossiers, CouncilVote vote, String rule) {
        dossiers.shortfall(awardType, vote).ifPresent(shortfall -> {
            throw RuleViolationException.conflict(rule, "the council vote is not enough: " + shortfall);
        });
    }

    private static void requireActor(String actorUnit, OrgUnitId unit, String rule, String who) {
        UnitAuthorization.requireActingFor(actorUnit, unit, rule, "only " + who + ", " + unit + ", acts on it now");
    }

    @EventSourcingHandler
    void on(ProposalSubmitted event) {
        proposalId = event.proposalId();
        campaignId = event.campaignId();
        reviewId = event.reviewId();
        registrationId = event.registrationId();
        participant = event.participant();
        category = event.category();
        awardType = event.awardType();
        proposerUnit = event.proposerUnit();
        pendingAt = event.pendingAt();
        sentBy = event.proposerUnit();
        usedInitiative = event.usedInitiative();
        status = ProposalStatus.PENDING;
        hops = 1;
        arrivals = 1;
    }

    @EventSourcingHandler
    void on(ProposalForwarded event) {
        sentBy = event.fromUnit();
        pendingAt = event.toUnit();
        hops++;
        arrivals++;
        overdue = false;
    }

    @EventSourcingHandler
    void on(ProposalReturned event) {
        returnedBy = event.fromUnit();
        pendingAt = event.toUnit();
        status = ProposalStatus.RETURNED;
    }

    @EventSourcingHandler
    void on(ProposalResubmitted event) {
        sentBy = event.fromUnit();
        pendingAt = event.toUnit();
        arrivals++;
        overdue = false;
        returnedBy = null;
        status = ProposalStatus.PENDING;
    }

    @EventSourcingHandler
    void on(TitleCriteriaScored event) {
        titleScores = event.scores();
    }

    @EventSourcingHandler
    void on(ProposalOverdue event) {
        overdue = true;
    }

    @EventSourcingHandler
    void on(ProposalRejected event) {
        status = ProposalStatus.REJECTED;
    }

    @EventSourcingHandler
    void on(ProposalWithdrawn event) {
        status = ProposalStatus.WITHDRAWN;
    }

    @EventSourcingHandler
    void on(ProposalApproved event) {
        status = ProposalStatus.APPROVED;
        decisionId = event.decisionId();
    }
}
