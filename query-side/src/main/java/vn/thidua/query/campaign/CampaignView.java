package vn.thidua.query.campaign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import vn.thidua.api.award.AwardType;
import vn.thidua.api.campaign.AwardPlanItem;
import vn.thidua.api.campaign.CampaignId;
import vn.thidua.api.campaign.CampaignState;
import vn.thidua.api.campaign.CampaignSummary;
import vn.thidua.api.campaign.Period;
import vn.thidua.api.campaign.Quota;
import vn.thidua.api.campaign.ReservedShare;
import vn.thidua.api.campaign.ReviewKind;
import vn.thidua.api.campaign.ScheduledReview;
import vn.thidua.api.campaign.TargetKind;
import vn.thidua.api.orgunit.OrgUnitId;

/**
 * A plan as it stands, with its award plan and schedule as they were last launched or amended; {@code lastSequence}
 * makes a repeated delivery of its event harmless. The plan's lists are a few rows each, so they come with it.
 */
@Entity
@Table(name = "q_campaign")
class CampaignView {

    @Id
    @Column(name = "campaign_id")
    String campaignId;
    @Column(name = "issuer_id")
    String issuerId;
    @Column(name = "plan_number")
    String planNumber;
    String title;
    @Column(name = "period_from")
    LocalDate periodFrom;
    @Column(name = "period_to")
    LocalDate periodTo;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    CampaignState.Status status;
    @Column(name = "parent_campaign_id")
    String parentCampaignId;
    @Column(name = "last_sequence")
    long lastSequence;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "q_campaign_award", joinColumns = @JoinColumn(name = "campaign_id"))
    @OrderColumn(name = "item_index")
    List<AwardRow> awardPlan = new ArrayList<>();

    /** The reserved shares of all quotas, each naming its award plan item by award type and target kind. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "q_campaign_reserved", joinColumns = @JoinColumn(name = "campaign_id"))
    @OrderColumn(name = "item_index")
    List<ReservedRow> reserved = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "q_campaign_schedule", joinColumns = @JoinColumn(name = "campaign_id"))
    @OrderColumn(name = "item_index")
    List<ScheduleRow> schedule = new ArrayList<>();

    protected CampaignView() {
    }

    CampaignView(String campaignId) {
        this.campaignId = campaignId;
    }

    void plan(String title, Period period, List<AwardPlanItem> awards, List<ScheduledReview> reviews) {
        this.title = title;
        periodFrom = period.from();
        periodTo = period.to();
        awardPlan.clear();
        reserved.clear();
        for (AwardPlanItem item : awards) {
            Quota quota = item.quota();
            awardPlan.add(new AwardRow(item.awardType(), item.targetKind(), quota == null ? null : quota.limit(),
                    quota == null ? null : quota.percent(), quota == null ? null : quota.percentOf()));
            if (quota != null) {
                quota.reserved().forEach(share -> reserved.add(new ReservedRow(item.awardType(), item.targetKind(),
                        share.category(), share.count())));
            }
        }
        schedule.clear();
        reviews.forEach(review -> schedule.add(new ScheduleRow(review.kind(), review.year(), review.title())));
    }

    CampaignSummary summary() {
        return new CampaignSummary(new CampaignId(campaignId), new OrgUnitId(issuerId), planNumber, title,
                new Period(periodFrom, periodTo), status,
                parentCampaignId == null ? null : new CampaignId(parentCampaignId));
    }

    List<AwardPlanItem> awardPlanItems() {
        return awardPlan.stream().map(row -> new AwardPlanItem(row.awardType, row.targetKind, row.quota(reserved)))
                .toList();
    }

    List<ScheduledReview> scheduledReviews() {
        return schedule.stream().map(row -> new ScheduledReview(row.kind, row.reviewYear, row.title)).toList();
    }

    @Embeddable
    static class AwardRow {
        @Enumerated(EnumType.STRING)
        @JdbcTypeCode(SqlTypes.VARCHAR)
        @Column(name = "award_type")
        AwardType awardType;
        @Enumerated(EnumType.STRING)
        @JdbcTypeCode(SqlTypes.VARCHAR)
        @Column(name = "target_kind")
        TargetKind targetKind;
        @Column(name = "quota_limit")
        Integer quotaLimit;
        @Column(name = "quota_percent")
        Integer quotaPercent;
        @Enumerated(EnumType.STRING)
        @JdbcTypeCode(SqlTypes.VARCHAR)
        @Column(name = "quota_percent_of")
        AwardType quotaPercentOf;

        protected AwardRow() {
        }

        AwardRow(AwardType awardType, TargetKind targetKind, Integer quotaLimit, Integer quotaPercent,
                 AwardType quotaPercentOf) {
            this.awardType = awardType;
            this.targetKind = targetKind;
            this.quotaLimit = quotaLimit;
            this.quotaPercent = quotaPercent;
            this.quotaPercentOf = quotaPercentOf;
        }

        Quota quota(List<ReservedRow> reserved) {
            if (quotaLimit == null && quotaPercent == null) {
                return null;
            }
            List<ReservedShare> shares = reserved.stream()
                    .filter(share -> share.awardType == awardType && share.targetKind == targetKind)
                    .map(share -> new ReservedShare(share.category, share.shareCount)).toList();
            return new Quota(quotaLimit, quotaPercent, quotaPercentOf, shares);
        }
    }

    @Embeddable
    static class ReservedRow {
        @Enumerated(EnumType.STRING)
        @JdbcTypeCode(SqlTypes.VARCHAR)
        @Column(name = "award_type")
        AwardType awardType;
        @Enumerated(EnumType.STRING)
        @JdbcTypeCode(SqlTypes.VARCHAR)
        @Column(name = "target_kind")
        TargetKind targetKind;
        String category;
        @Column(name = "share_count")
        int shareCount;

        protected ReservedRow() {
        }

        ReservedRow(AwardType awardType, TargetKind targetKind, String category, int shareCount) {
            this.awardType = awardType;
            this.targetKind = targetKind;
            this.category = category;
            this.shareCount = shareCount;
        }
    }

    @Embeddable
    static class ScheduleRow {
        @Enumerated(EnumType.STRING)
        @JdbcTypeCode(SqlTypes.VARCHAR)
        ReviewKind kind;
        @Column(name = "review_year")
        int reviewYear;
        String title;

        protected ScheduleRow() {
        }

        ScheduleRow(ReviewKind kind, int reviewYear, String title) {
            this.kind = kind;
            this.reviewYear = reviewYear;
            this.title = title;
        }
    }
}
