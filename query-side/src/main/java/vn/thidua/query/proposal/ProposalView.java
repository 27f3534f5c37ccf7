package vn.thidua.query.proposal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import vn.thidua.api.award.AwardType;
import vn.thidua.api.campaign.Participant;
import vn.thidua.api.campaign.TargetKind;
import vn.thidua.api.decision.DecisionId;
import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.api.person.PersonId;
import vn.thidua.api.proposal.ProposalId;
import vn.thidua.api.proposal.ProposalStatus;
import vn.thidua.api.proposal.ProposalSummary;

/** A proposal as the tracker shows it; {@code lastSequence} makes a repeated delivery of its event harmless. */
@Entity
@Table(name = "q_proposal")
class ProposalView {

    @Id
    @Column(name = "proposal_id")
    String proposalId;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    ProposalStatus status;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "award_type")
    AwardType awardType;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "participant_kind")
    TargetKind participantKind;
    @Column(name = "participant_unit")
    String participantUnit;
    @Column(name = "participant_person")
    String participantPerson;
    @Column(name = "proposer_unit")
    String proposerUnit;
    @Column(name = "pending_at")
    String pendingAt;
    @Column(name = "pending_since")
    Instant pendingSince;
    /** When the current stay is due to end (P6); null when the arrival recorded none. */
    @Column(name = "due_at")
    Instant dueAt;
    boolean overdue;
    @Column(name = "decision_id")
    String decisionId;
    @Column(name = "last_sequence")
    long lastSequence;

    protected ProposalView() {
    }

    ProposalSummary summary() {
        return new ProposalSummary(new ProposalId(proposalId), status, awardType,
                new Participant(participantKind, new OrgUnitId(participantUnit),
                        participantPerson == null ? null : new PersonId(participantPerson)),
                new OrgUnitId(proposerUnit), pendingAt == null ? null : new OrgUnitId(pendingAt), pendingSince, dueAt, overdue,
                decisionId == null ? null : new DecisionId(decisionId));
    }
}
