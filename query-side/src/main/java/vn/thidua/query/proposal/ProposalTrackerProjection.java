package vn.thidua.query.proposal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

import vn.thidua.api.MetadataKeys;
import vn.thidua.api.RuleViolationException;
import vn.thidua.api.Viewer;
import vn.thidua.api.campaign.Participant;
import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.api.proposal.ProposalApproved;
import vn.thidua.api.proposal.ProposalForwarded;
import vn.thidua.api.proposal.ProposalOverdue;
import vn.thidua.api.proposal.ProposalPage;
import vn.thidua.api.proposal.ProposalRejected;
import vn.thidua.api.proposal.ProposalResubmitted;
import vn.thidua.api.proposal.ProposalReturned;
import vn.thidua.api.proposal.ProposalStatus;
import vn.thidua.api.proposal.ProposalSubmitted;
import vn.thidua.api.proposal.ProposalTracker;
import vn.thidua.api.proposal.ProposalTrackerQuery;
import vn.thidua.api.proposal.ProposalWithdrawn;
import vn.thidua.api.proposal.UnitInboxQuery;
import vn.thidua.api.proposal.UnitOutboxQuery;
import vn.thidua.api.proposal.UnitOverdueQuery;
import vn.thidua.query.consistency.ViewWrites;
import vn.thidua.query.orgunit.UnitScope;

/** The proposal tracker (DESIGN §6): where each proposal is, its route hop by hop, each unit's inbox, outbox and overdue list. */
@Component
@ProcessingGroup(ProposalTrackerProjection.PROCESSING_GROUP)
class ProposalTrackerProjection {

    static final String PROCESSING_GROUP = "proposal-tracker";
    private static final String PROPOSAL = "q_proposal";
    private static final String HOP = "q_proposal_hop";
    private static final int MAX_PAGE_SIZE = 500;

    /** A change to a proposal, once per event of it: a repeated delivery finds its sequence already taken. */
    private static final String ONCE = " where proposal_id = ? and last_sequence <= ?";
    private static final String MOVE = "update q_proposal set status = ?, pending_at = ?, pending_since = ?, due_at = ?,"
            + " overdue = false, last_sequence = ?" + ONCE;

    private final ProposalViews proposals;
    private final HopViews hops;
    private final UnitScope scope;
    private final Clock clock;
    private final ViewWrites writes;
    private final ViewWrites.InsertIfAbsent proposalRow;
    private final ViewWrites.InsertIfAbsent hopRow;

    ProposalTrackerProjection(ProposalViews proposals, HopViews hops, UnitScope scope, Clock clock, ViewWrites writes) {
        this.proposals = proposals;
        this.hops = hops;
        this.scope = scope;
        this.clock = clock;
        this.writes = writes;
        this.proposalRow = writes.insertIfAbsent(PROPOSAL, List.of("proposal_id", "status", "award_type",
                "participant_kind", "participant_unit", "participant_person", "proposer_unit", "pending_at",
                "pending_since", "due_at", "overdue", "last_sequence"), "proposal_id");
        this.hopRow = writes.insertIfAbsent(HOP, List.of("event_id", "proposal_id", "sequence_number", "action",
                "from_unit", "to_unit", "actor", "acted_at", "remarks", "due_at"), "event_id");
    }

    @ResetHandler
    void reset() {
        hops.deleteAllInBatch();
        proposals.deleteAllInBatch();
    }

    @EventHandler
    void on(ProposalSubmitted event, EventMessage<?> message, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(MetadataKeys.ACTOR) String actor) {
        Participant participant = event.participant();
        writes.add(proposalRow, event.proposalId().value(), ProposalStatus.PENDING.name(), event.awardType().name(),
                participant.kind().name(), participant.unitId().value(),
                participant.personId() == null ? null : participant.personId().value(), event.proposerUnit().value(),
                event.pendingAt().value(), utc(at), utc(event.dueAt()), false, sequence);
        hop(message, event.proposalId().value(), sequence, "SUBMITTED", event.proposerUnit(), event.pendingAt(), actor,
                at, null, event.dueAt());
    }

    @EventHandler
    void on(ProposalForwarded event, EventMessage<?> message, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(MetadataKeys.ACTOR) String actor) {
        moved(event.proposalId().value(), sequence, ProposalStatus.PENDING, event.toUnit(), at, event.dueAt());
        hop(message, event.proposalId().value(), sequence, "FORWARDED", event.fromUnit(), event.toUnit(), actor, at,
                event.remarks(), event.dueAt());
    }

    @EventHandler
    void on(ProposalReturned event, EventMessage<?> message, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(MetadataKeys.ACTOR) String actor) {
        moved(event.proposalId().value(), sequence, ProposalStatus.RETURNED, event.toUnit(), at, null);
        hop(message, event.proposalId().value(), sequence, "RETURNED", event.fromUnit(), event.toUnit(), actor, at,
                event.reason() + (event.missingItems().isEmpty() ? "" : " — " + String.join("; ", event.missingItems())),
                null);
    }

    @EventHandler
    void on(ProposalResubmitted event, EventMessage<?> message, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(MetadataKeys.ACTOR) String actor) {
        moved(event.proposalId().value(), sequence, ProposalStatus.PENDING, event.toUnit(), at, event.dueAt());
        hop(message, event.proposalId().value(), sequence, "RESUBMITTED", event.fromUnit(), event.toUnit(), actor, at,
                event.remarks(), event.dueAt());
    }

    @EventHandler
    void on(ProposalRejected event, EventMessage<?> message, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(MetadataKeys.ACTOR) String actor) {
        moved(event.proposalId().value(), sequence, ProposalStatus.REJECTED, null, at, null);
        hop(message, event.proposalId().value(), sequence, "REJECTED", event.atUnit(), null, actor, at, event.reason(),
                null);
    }

    @EventHandler
    void on(ProposalWithdrawn event, EventMessage<?> message, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(MetadataKeys.ACTOR) String actor) {
        moved(event.proposalId().value(), sequence, ProposalStatus.WITHDRAWN, null, at, null);
        hop(message, event.proposalId().value(), sequence, "WITHDRAWN", event.pendingAt(), null, actor, at, event.reason(),
                null);
    }

    @EventHandler
    void on(ProposalApproved event, EventMessage<?> message, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(MetadataKeys.ACTOR) String actor) {
        writes.addTo(PROPOSAL, "update q_proposal set decision_id = ?, last_sequence = ?" + ONCE,
                event.decisionId().value(), sequence, event.proposalId().value(), sequence);
        moved(event.proposalId().value(), sequence, ProposalStatus.APPROVED, null, at, null);
        hop(message, event.proposalId().value(), sequence, "APPROVED", event.atUnit(), null, actor, at,
                "decision " + event.decisionId(), null);
    }

    @EventHandler
    void on(ProposalOverdue event, @SequenceNumber long sequence) {
        writes.addTo(PROPOSAL, "update q_proposal set overdue = true, last_sequence = ?" + ONCE, sequence,
                event.proposalId().value(), sequence);
    }

    @QueryHandler
    ProposalTracker handle(ProposalTrackerQuery query) {
        ProposalView proposal = proposals.findById(query.proposalId().value()).orElseThrow(() ->
                RuleViolationException.notFound("P2", "proposal " + query.proposalId() + " does not exist"));
        List<HopView> route = hops.findByProposalIdOrderBySequenceNumber(proposal.proposalId);
        String viewer = query.viewer().unitId().value();
        boolean onRoute = route.stream().anyMatch(hop -> viewer.equals(hop.fromUnit) || viewer.equals(hop.toUnit));
        if (!onRoute && !scope.sees(query.viewer(), new OrgUnitId(proposal.proposerUnit))) {
            throw RuleViolationException.forbidden("P2", "proposal " + query.proposalId() + " is neither of your subtree"
                    + " nor on its way through your unit " + viewer);
        }
        List<ProposalTracker.Hop> steps = new ArrayList<>();
        for (int i = 0; i < route.size(); i++) {
            HopView hop = route.get(i);
            Instant left = i + 1 < route.size() ? route.get(i + 1).actedAt : clock.instant();
            long days = hop.toUnit == null ? 0 : Duration.between(hop.actedAt, left).toDays();
            steps.add(new ProposalTracker.Hop(hop.action, hop.fromUnit == null ? null : new OrgUnitId(hop.fromUnit),
                    hop.toUnit == null ? null : new OrgUnitId(hop.toUnit), hop.actor, hop.actedAt, hop.remarks, days,
                    hop.dueAt));
        }
        return new ProposalTracker(proposal.summary(), steps);
    }

    @QueryHandler
    ProposalPage handle(UnitInboxQuery query) {
        requireWithin(query.viewer(), query.unitId(), "inbox");
        return page(query.page(), query.size(), request -> proposals.findByPendingAtAndStatus(query.unitId().value(),
                ProposalStatus.PENDING, request));
    }

    @QueryHandler
    ProposalPage handle(UnitOutboxQuery query) {
        requireWithin(query.viewer(), query.unitId(), "outbox");
        return page(query.page(), query.size(), request -> proposals.findOutbox(query.unitId().value(),
                List.of(ProposalStatus.PENDING, ProposalStatus.RETURNED), request));
    }

    @QueryHandler
    ProposalPage handle(UnitOverdueQuery query) {
        requireWithin(query.viewer(), query.unitId(), "overdue list");
        String prefix = scope.subtreePrefix(new Viewer(query.unitId(), false)).orElseThrow();
        return page(query.page(), query.size(), request -> proposals.findOverdueWithin(prefix, request));
    }

    private void requireWithin(Viewer viewer, OrgUnitId unit, String list) {
        if (!scope.sees(viewer, unit)) {
            throw RuleViolationException.forbidden("P2", "the " + list + " of " + unit
                    + " is for that unit and the units above it; you act for " + viewer.unitId());
        }
    }

    /** Longest waiting first; the proposal id breaks ties so pages never overlap. */
    private static ProposalPage page(int page, int size, Function<Pageable, Page<ProposalView>> find) {
        int boundedSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        int boundedPage = Math.max(0, page);
        Page<ProposalView> found = find.apply(PageRequest.of(boundedPage, boundedSize, Sort.by("pendingSince", "proposalId")));
        return new ProposalPage(found.map(ProposalView::summary).getContent(), boundedPage, boundedSize,
                found.getTotalElements());
    }

    /**
     * {@code dueAt}: the time limit of the new stay, if the move is an arrival that recorded one (P6). Written with
     * plain SQL sent in JDBC batches at commit ({@link ViewWrites}), as the hops: no handler reads these tables, and
     * loading the proposal and looking for its hop cost two round trips per event on PostgreSQL.
     */
    private void moved(String proposalId, long sequence, ProposalStatus status, OrgUnitId to, Instant at, Instant dueAt) {
        writes.addTo(PROPOSAL, MOVE, status.name(), to == null ? null : to.value(), to == null ? null : utc(at),
                utc(dueAt), sequence, proposalId, sequence);
    }

    private void hop(EventMessage<?> message, String proposalId, long sequence, String action, OrgUnitId from,
                     OrgUnitId to, String actor, Instant at, String remarks, Instant dueAt) {
        writes.add(hopRow, message.getIdentifier(), proposalId, sequence, action, from == null ? null : from.value(),
                to == null ? null : to.value(), actor, utc(at), remarks, utc(dueAt));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
