package vn.thidua.query.title;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import vn.thidua.api.award.AwardType;
import vn.thidua.api.title.TitleAssessments;

/** A title a collective registered for a year: its totals, who scored it, and where recognition stands. */
@Entity
@Table(name = "q_title_assessment")
class TitleAssessmentView {

    /** {@code campaignId/registrationId/awardType/year}; ids hold no '/'. */
    @Id
    @Column(name = "assessment_key")
    String assessmentKey;
    @Column(name = "campaign_id")
    String campaignId;
    @Column(name = "registration_id")
    String registrationId;
    @Column(name = "unit_id")
    String unitId;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "award_type")
    AwardType awardType;
    @Column(name = "title_year")
    int titleYear;
    @Column(name = "rule_set_version")
    String ruleSetVersion;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    TitleAssessments.Outcome outcome;
    @Column(name = "self_total")
    Integer selfTotal;
    @Column(name = "self_sequence")
    Long selfSequence;
    @Column(name = "committee_total")
    Integer committeeTotal;
    @Column(name = "committee_sequence")
    Long committeeSequence;
    @Column(name = "scored_by")
    String scoredBy;
    @Column(name = "proposal_id")
    String proposalId;
    @Column(name = "decision_id")
    String decisionId;

    protected TitleAssessmentView() {
    }

    TitleAssessmentView(String assessmentKey) {
        this.assessmentKey = assessmentKey;
    }

    static String key(String campaignId, String registrationId, AwardType awardType, int year) {
        return campaignId + "/" + registrationId + "/" + awardType + "/" + year;
    }

    /** Outcomes only move forward: a repeated earlier event cannot take a recognition back. */
    void advanceTo(TitleAssessments.Outcome next) {
        if (outcome == null || next.compareTo(outcome) > 0) {
            outcome = next;
        }
    }
}
