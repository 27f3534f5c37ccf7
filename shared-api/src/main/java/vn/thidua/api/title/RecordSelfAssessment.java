package vn.thidua.api.title;

import java.util.Map;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import vn.thidua.api.Require;
import vn.thidua.api.award.AwardType;
import vn.thidua.api.campaign.CampaignId;
import vn.thidua.api.campaign.RegistrationId;

/**
 * The unit's own scoring of its registered criteria, with its union, at year end ("phối hợp với BCH CĐCS chấm điểm
 * tổng kết"); recorded again, it replaces the earlier one (T1).
 */
public record RecordSelfAssessment(@TargetAggregateIdentifier CampaignId campaignId,
                                   RegistrationId registrationId,
                                   AwardType awardType,
                                   int year,
                                   Map<String, Integer> scores,
                                   String remarks) {

    public RecordSelfAssessment {
        Require.present(campaignId, "campaignId");
        Require.present(registrationId, "registrationId");
        Require.present(awardType, "awardType");
        scores = Require.points(scores, "scores");
        remarks = Require.optionalText(remarks, "remarks");
    }
}
