package vn.thidua.command.proposal;

import java.util.Optional;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.thidua.api.RuleViolationException;
import vn.thidua.api.award.AwardType;
import vn.thidua.api.campaign.CampaignId;
import vn.thidua.api.campaign.Participant;
import vn.thidua.api.decision.AwardGranted;
import vn.thidua.api.decision.GrantRevoked;
import vn.thidua.api.proposal.ProposalRejected;
import vn.thidua.api.proposal.ProposalSubmitted;
import vn.thidua.api.proposal.ProposalWithdrawn;
import vn.thidua.platform.axon.InTransactionProjection;

/** A claim is taken on submission or direct grant, confirmed on approval, freed on rejection, withdrawal, revocation. */
@Component
@InTransactionProjection
@ProcessingGroup(JdbcNomineeClaims.PROCESSING_GROUP)
class JdbcNomineeClaims implements NomineeClaims {

    static final String PROCESSING_GROUP = "nominee-claims";

    private final JdbcTemplate jdbc;

    JdbcNomineeClaims(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> holder(CampaignId campaignId, Participant participant, AwardType awardType) {
        return jdbc.queryForList("""
                        select holder from cmd_nominee_claim
                        where campaign_id = ? and participant_key = ? and award_type = ?""",
                String.class, campaignId.value(), participant.key(), awardType.name()).stream().findFirst();
    }

    @EventHandler
    void on(ProposalSubmitted event) {
        claim(event.campaignId(), event.participant(), event.awardType(), event.proposalId().value());
    }

    @EventHandler
    void on(AwardGranted event) {
        if (event.proposalId() == null) {
            claim(event.campaignId(), event.participant(), event.awardType(), event.grantId().value());
        }
    }

    @EventHandler
    void on(ProposalRejected event) {
        release(event.proposalId().value());
    }

    @EventHandler
    void on(ProposalWithdrawn event) {
        release(event.proposalId().value());
    }

    /** The grant of an approved proposal carries the proposal's id, so the claim taken on submission stands for it. */
    @EventHandler
    void on(GrantRevoked event) {
        release(event.grantId().value());
    }

    private void claim(CampaignId campaignId, Participant participant, AwardType awardType, String holder) {
        try {
            jdbc.update("insert into cmd_nominee_claim (campaign_id, participant_key, award_type, holder) values (?, ?, ?, ?)",
                    campaignId.value(), participant.key(), awardType.name(), holder);
        } catch (DuplicateKeyException claimedMeanwhile) {
            throw RuleViolationException.conflict("P7", participant.key() + " was just proposed for or granted "
                    + awardType + " in campaign " + campaignId + " by another request; one achievement, one award");
        }
    }

    private void release(String holder) {
        jdbc.update("delete from cmd_nominee_claim where holder = ?", holder);
    }
}
