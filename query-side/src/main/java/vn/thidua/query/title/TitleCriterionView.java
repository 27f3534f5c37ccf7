package vn.thidua.query.title;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One registered criterion of a title: its maximum, the unit's own points and the recognising body's. */
@Entity
@Table(name = "q_title_criterion")
class TitleCriterionView {

    @Id
    @Column(name = "criterion_key")
    String criterionKey;
    @Column(name = "assessment_key")
    String assessmentKey;
    int position;
    @Column(name = "standard_code")
    String standardCode;
    @Column(name = "standard_name")
    String standardName;
    @Column(name = "criterion_code")
    String criterionCode;
    @Column(name = "criterion_name")
    String criterionName;
    @Column(name = "max_points")
    int maxPoints;
    @Column(name = "self_points")
    Integer selfPoints;
    @Column(name = "committee_points")
    Integer committeePoints;

    protected TitleCriterionView() {
    }

    TitleCriterionView(String assessmentKey, int position, String standardCode, String standardName,
                       String criterionCode, String criterionName, int maxPoints) {
        this.criterionKey = assessmentKey + "/" + criterionCode;
        this.assessmentKey = assessmentKey;
        this.position = position;
        this.standardCode = standardCode;
        this.standardName = standardName;
        this.criterionCode = criterionCode;
        this.criterionName = criterionName;
        this.maxPoints = maxPoints;
    }
}
