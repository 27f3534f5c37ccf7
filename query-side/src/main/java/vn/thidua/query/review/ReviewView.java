package vn.thidua.query.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import vn.thidua.api.campaign.ReviewKind;
import vn.thidua.api.campaign.ReviewResults;

/** A review of a plan: which kind, of which year, open or concluded. */
@Entity
@Table(name = "q_review")
class ReviewView {

    /** {@code campaignId/reviewId}: a review id is unique only within its plan; ids hold no '/'. */
    @Id
    @Column(name = "review_key")
    String reviewKey;
    @Column(name = "campaign_id")
    String campaignId;
    @Column(name = "review_id")
    String reviewId;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    ReviewKind kind;
    @Column(name = "review_year")
    int reviewYear;
    String title;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    ReviewResults.Status status;

    protected ReviewView() {
    }

    static String key(String... parts) {
        return String.join("/", parts);
    }
}
