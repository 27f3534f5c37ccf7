package vn.thidua.command.award;

import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import vn.thidua.api.RuleViolationException;
import vn.thidua.api.award.AwardType;
import vn.thidua.api.campaign.CampaignId;
import vn.thidua.api.campaign.Participant;
import vn.thidua.api.campaign.Rating;
import vn.thidua.api.campaign.RegistrationId;
import vn.thidua.api.campaign.TargetKind;
import vn.thidua.api.decision.DecisionId;
import vn.thidua.api.decision.DecisionState;
import vn.thidua.api.decision.GrantId;
import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.api.proposal.ProposalId;
import vn.thidua.command.achievement.AchievementLedger;
import vn.thidua.command.campaign.CampaignDirectory;
import vn.thidua.command.orgunit.UnitDirectory;
import vn.thidua.command.rules.RuleSet;

/**
 * Grants awards into decisions, for approvals (D2) and for decisions within a unit's own authority (D1) alike:
 * checks eligibility once more, picks the plan whose quota applies (D3), and issues or joins the numbered decision.
 * The quota itself is taken by {@link JdbcQuotaLedger} in the same transaction.
 */
@Component
public class Decisions {

    /** A grant to make: who, for what, from which review, and the proposal it came up as, if any. */
    public record NewGrant(CampaignId campaignId, RegistrationId registrationId, Participant participant,
                           String category, AwardType awardType, ProposalId proposalId) {
    }

    /** What eligibility needs of a nominee besides its past: the review's rating and year, and the proposer's mark. */
    public record Nominee(Participant participant, AwardType awardType, Rating rating, int year,
                          boolean outstanding) {
    }

    private final Repository<AwardDecision> decisions;
    private final DecisionNumbers numbers;
    private final UnitDirectory units;
    private final CampaignDirectory campaigns;
    private final AchievementLedger ledger;
    private final Clock clock;
    private final EventStore eventStore;

    Decisions(Repository<AwardDecision> decisions, DecisionNumbers numbers, UnitDirectory units,
              CampaignDirectory campaigns, AchievementLedger ledger, Clock clock, EventStore eventStore) {
        this.eventStore = eventStore;
        this.decisions = decisions;
        this.numbers = numbers;
        this.units = units;
        this.campaigns = campaigns;
        this.ledger = ledger;
        this.clock = clock;
    }

    /**
     * The eligibility of DESIGN §5, checked again when the award is decided; the error names what failed. A title
     * scored on its criteria has no eligibility by rating: it is recognised on a scored proposal (T3).
     */
    public void requireEligible(RuleSet rules, String rule, Nominee nominee) {
        if (rules.titleScoring().schemeFor(nominee.awardType()).isPresent()) {
            throw RuleViolationException.conflict("T3", nominee.awardType() + " is recognised only on a proposal "
                    + "scored by the recognising body (rules " + rules.version() + "), not decided on a rating");
        }
        EligibilityRules eligibility = rules.eligibility();
        Participant participant = nominee.participant();
        Candidate candidate = new Candidate(participant, nominee.year(), nominee.rating(), nominee.outstanding(),
                ledger.historyOf(participant), participant.kind() == TargetKind.COLLECTIVE
                ? ledger.membersOf(participant.unitId(), nominee.year()) : List.of());
        Verdict verdict = eligibility.check(nominee.awardType(), candidate);
        if (!verdict.eligible()) {
            throw RuleViolationException.conflict(rule, participant.key() + " is not eligible for " + nominee.awardType()
                    + " (rules " + eligibility.version() + "): " + String.join("; ", verdict.failures()));
        }
    }

    /** Issues decision {@code decisionId} of {@code unit} with the next number, or joins it, and adds the grants. */
    public DecisionState grant(RuleSet rules, DecisionId decisionId, OrgUnitId unit, List<NewGrant> grants,
                               List<GrantId> grantIds) {
        int year = Year.now(clock).getValue();
        String version = rules.version().value();
        Aggregate<AwardDecision> decision = load(decisionId).orElseGet(() -> issue(decisionId, unit, year, version));
        decision.execute(d -> d.requireJoinable(unit, year));
        for (int i = 0; i < grants.size(); i++) {
            NewGrant grant = grants.get(i);
            CampaignId quotaCampaign = quotaCampaign(grant.campaignId(), unit).orElse(null);
            GrantId grantId = grantIds.get(i);
            decision.execute(d -> d.grant(grantId, grant, quotaCampaign, version));
        }
        return decision.invoke(AwardDecision::state);
    }

    /** Grant ids for a decision's direct grants: the decision id and the grant's place in it. */
    public List<GrantId> nextGrantIds(DecisionId decisionId, int count) {
        int already = load(decisionId).map(d -> d.invoke(AwardDecision::grantCount)).orElse(0);
        List<GrantId> ids = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            ids.add(new GrantId(decisionId.value() + "-" + (already + i)));
        }
        return ids;
    }

    /** D3: the plan of the deciding unit that the grant counts against: the nominee's plan or the ancestor plan it issued. */
    private Optional<CampaignId> quotaCampaign(CampaignId campaignId, OrgUnitId decidingUnit) {
        Optional<CampaignDirectory.Entry> current = campaigns.find(campaignId);
        while (current.isPresent()) {
            CampaignDirectory.Entry campaign = current.get();
            if (campaign.issuerId().equals(decidingUnit)) {
                return Optional.of(campaign.campaignId());
            }
            current = campaign.parentCampaignId() == null ? Optional.empty() : campaigns.find(campaign.parentCampaignId());
        }
        return Optional.empty();
    }

    /** Asks the store first: loading a decision not yet issued works too, but Axon logs it as a warning each time. */
    private Optional<Aggregate<AwardDecision>> load(DecisionId decisionId) {
        if (eventStore.lastSequenceNumberFor(decisionId.value()).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(decisions.load(decisionId.value()));
    }

    private Aggregate<AwardDecision> issue(DecisionId decisionId, OrgUnitId unit, int year, String ruleSetVersion) {
        String abbreviation = units.find(unit).map(UnitDirectory.Entry::abbreviation).orElseThrow();
        int number = numbers.next(unit, year);
        try {
            return decisions.newInstance(() -> new AwardDecision(decisionId, unit, year, number,
                    number + "/QĐ-" + abbreviation, ruleSetVersion));
        } catch (Exception e) {
            throw new IllegalStateException("could not issue decision " + decisionId, e);
        }
    }
}
