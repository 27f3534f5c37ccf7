package vn.thidua.query.title;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A proposal a title was scored on: approvals and rejections of it find the assessment by id, not by a query. */
@Entity
@Table(name = "q_title_proposal")
class TitleProposalView {

    @Id
    @Column(name = "proposal_id")
    String proposalId;
    @Column(name = "assessment_key")
    String assessmentKey;

    protected TitleProposalView() {
    }

    TitleProposalView(String proposalId, String assessmentKey) {
        this.proposalId = proposalId;
        this.assessmentKey = assessmentKey;
    }
}
