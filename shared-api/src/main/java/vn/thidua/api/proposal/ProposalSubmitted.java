package vn.thidua.api.proposal;

import java.time.Instant;
import java.util.List;

import org.axonframework.serialization.Revision;

import vn.thidua.api.award.AwardType;
import vn.thidua.api.campaign.CampaignId;
import vn.thidua.api.campaign.Participant;
import vn.thidua.api.campaign.RegistrationId;
import vn.thidua.api.campaign.ReviewId;
import vn.thidua.api.orgunit.OrgUnitId;

/**
 * {@code category} is the nominee's category (e.g. EDUCATION) for reserved quota shares; {@code usedInitiative}
 * says the eligibility route used an initiative, so every dossier of it carries the initiative's certificate.
 * {@code dueAt} is when its stay at {@code pendingAt} ends (P6), under the rule set in force when it arrived; null for
 * a proposal submitted before revision 2, when no due date was recorded.
 */
@Revision("2")
public record ProposalSubmitted(ProposalId proposalId,
                                CampaignId campaignId,
                                ReviewId reviewId,
                                RegistrationId registrationId,
                                Participant participant,
                                String category,
                                AwardType awardType,
                                OrgUnitId proposerUnit,
                                OrgUnitId pendingAt,
                                boolean usedInitiative,
                                List<DossierItem> dossier,
                                CouncilVote vote,
                                Instant dueAt) {
}
