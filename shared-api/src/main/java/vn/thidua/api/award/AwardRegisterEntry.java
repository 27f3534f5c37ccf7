package vn.thidua.api.award;

import java.time.Instant;
import java.time.LocalDate;

import vn.thidua.api.campaign.CampaignId;
import vn.thidua.api.campaign.TargetKind;
import vn.thidua.api.decision.DecisionId;
import vn.thidua.api.decision.GrantId;
import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.api.person.PersonId;

/**
 * One grant in the register: the decision (number, date in Vietnam, deciding unit, year), the awardee (a unit, or
 * a person of a unit) and, once revoked, why and when; a revoked grant stays in the register (D4).
 */
public record AwardRegisterEntry(String decisionNumber, LocalDate decisionDate, OrgUnitId decidingUnit,
                                 String decidingUnitName, int year, AwardType awardType, TargetKind participantKind,
                                 PersonId personId, String personName, OrgUnitId unitId, String unitName,
                                 CampaignId campaignId, String ruleSetVersion, boolean revoked, String revocationReason,
                                 Instant revokedAt, DecisionId decisionId, GrantId grantId) {
}
