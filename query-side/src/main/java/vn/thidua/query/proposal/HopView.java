package vn.thidua.query.proposal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One step of a proposal's route, keyed by the event that made it. */
@Entity
@Table(name = "q_proposal_hop")
class HopView {

    @Id
    @Column(name = "event_id")
    String eventId;
    @Column(name = "proposal_id")
    String proposalId;
    @Column(name = "sequence_number")
    long sequenceNumber;
    String action;
    @Column(name = "from_unit")
    String fromUnit;
    @Column(name = "to_unit")
    String toUnit;
    String actor;
    @Column(name = "acted_at")
    Instant actedAt;
    String remarks;
    /** When the stay this hop began was due to end (P6); null for a hop that is no arrival, or recorded none. */
    @Column(name = "due_at")
    Instant dueAt;

    protected HopView() {
    }
}
