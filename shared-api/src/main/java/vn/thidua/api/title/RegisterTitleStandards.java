package vn.thidua.api.title;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import vn.thidua.api.Require;
import vn.thidua.api.award.AwardType;
import vn.thidua.api.campaign.CampaignId;
import vn.thidua.api.campaign.RegistrationId;

/**
 * At the start of the year a registered collective commits to the standards of a title scored on its criteria
 * (seed 004: "đăng ký thực hiện các tiêu chuẩn xây dựng cơ quan đạt chuẩn văn hóa ngay từ đầu năm"), T1.
 */
public record RegisterTitleStandards(@TargetAggregateIdentifier CampaignId campaignId,
                                     RegistrationId registrationId,
                                     AwardType awardType,
                                     int year,
                                     List<StandardCommitment> standards) {

    public RegisterTitleStandards {
        Require.present(campaignId, "campaignId");
        Require.present(registrationId, "registrationId");
        Require.present(awardType, "awardType");
        standards = List.copyOf(Require.present(standards, "standards"));
    }
}
