package vn.thidua.query.proposal;

import static vn.thidua.query.orgunit.UnitTree.TRUNG_UONG;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.api.RuleViolation.Kind.FORBIDDEN;
import static vn.thidua.api.RuleViolation.Kind.NOT_FOUND;
import static vn.thidua.query.orgunit.UnitTree.CD_TH_TAM_DUONG;
import static vn.thidua.query.orgunit.UnitTree.LAI_CHAU;
import static vn.thidua.query.orgunit.UnitTree.QUANG_NAM;
import static vn.thidua.query.orgunit.UnitTree.TAM_DUONG;
import static vn.thidua.query.orgunit.UnitTree.TONG_LDLD;
import static vn.thidua.query.testing.Refusals.refusalOf;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.thidua.api.Viewer;
import vn.thidua.api.MetadataKeys;
import vn.thidua.api.RuleViolation;
import vn.thidua.api.award.AwardType;
import vn.thidua.api.campaign.CampaignId;
import vn.thidua.api.campaign.Participant;
import vn.thidua.api.campaign.RegistrationId;
import vn.thidua.api.campaign.ReviewId;
import vn.thidua.api.decision.DecisionId;
import vn.thidua.api.decision.GrantId;
import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.api.proposal.CouncilVote;
import vn.thidua.api.proposal.DocumentKind;
import vn.thidua.api.proposal.DossierItem;
import vn.thidua.api.proposal.ProposalApproved;
import vn.thidua.api.proposal.ProposalForwarded;
import vn.thidua.api.proposal.ProposalId;
import vn.thidua.api.proposal.ProposalOverdue;
import vn.thidua.api.proposal.ProposalPage;
import vn.thidua.api.proposal.ProposalRejected;
import vn.thidua.api.proposal.ProposalResubmitted;
import vn.thidua.api.proposal.ProposalReturned;
import vn.thidua.api.proposal.ProposalStatus;
import vn.thidua.api.proposal.ProposalSubmitted;
import vn.thidua.api.proposal.ProposalSummary;
import vn.thidua.api.proposal.ProposalTracker;
import vn.thidua.api.proposal.ProposalTrackerQuery;
import vn.thidua.api.proposal.ProposalWithdrawn;
import vn.thidua.api.proposal.UnitInboxQuery;
import vn.thidua.api.proposal.UnitOutboxQuery;
import vn.thidua.api.proposal.UnitOverdueQuery;
import vn.thidua.query.orgunit.UnitTree;
import vn.thidua.query.testing.ProjectionTest;
import vn.thidua.query.testing.Transactions;
import vn.thidua.query.testing.ViewTables;

/**
 * The proposal tracker: a proposal of cd-th-tam-duong goes up through ldld-tam-duong to ldld-lai-chau, is returned,
 * resubmitted, falls overdue and is approved; the units' inboxes, outboxes and overdue lists follow it.
 */
@ProjectionTest
class ProposalTrackerProjectionTest {

    private static final ProposalId PROPOSAL = new ProposalId("de-nghi-1");
    private static final Instant SUBMITTED = Instant.parse("2025-06-02T02:00:00Z");
    private static final Instant FORWARDED = Instant.parse("2025-06-05T02:00:00Z");
    private static final Instant RETURNED = Instant.parse("2025-06-10T02:00:00Z");
    /** The clock stands 20 days later (ProjectionTestConfiguration.NOW). */
    private static final Instant RESUBMITTED = Instant.parse("2025-06-12T02:00:00Z");
    private static final Instant OVERDUE = Instant.parse("2025-06-27T02:00:00Z");
    private static final Instant APPROVED = Instant.parse("2025-06-30T02:00:00Z");
    private static final CouncilVote VOTE = new CouncilVote(6, 7, 7, true);
    /** The due dates each arrival recorded (P6): at ldld-tam-duong, then at ldld-lai-chau, twice. */
    private static final Instant DUE_AT_TAM_DUONG = Instant.parse("2025-06-30T17:00:00Z");
    private static final Instant DUE_AT_LAI_CHAU = Instant.parse("2025-07-10T17:00:00Z");
    private static final Instant DUE_AGAIN_AT_LAI_CHAU = Instant.parse("2025-07-17T17:00:00Z");

    @Autowired
    private ProposalTrackerProjection projection;
    @Autowired
    private UnitTree tree;
    @Autowired
    private Transactions transactions;
    @Autowired
    private ViewTables tables;

    @BeforeEach
    void units() {
        tree.tradeUnions();
    }

    @Test
    void the_tracker_shows_where_the_proposal_waits_and_its_route_hop_by_hop_with_days_at_each_unit() {
        deliver(upToResubmission(PROPOSAL));

        ProposalTracker tracker = tracker(TONG_LDLD, PROPOSAL);

        assertThat(tracker.proposal().status()).isEqualTo(ProposalStatus.PENDING);
        assertThat(tracker.proposal().pendingAt()).isEqualTo(LAI_CHAU);
        assertThat(tracker.proposal().pendingSince()).isEqualTo(RESUBMITTED);
        assertThat(tracker.proposal().dueAt()).isEqualTo(DUE_AGAIN_AT_LAI_CHAU);
        assertThat(tracker.proposal().proposerUnit()).isEqualTo(CD_TH_TAM_DUONG);
        assertThat(tracker.proposal().participant()).isEqualTo(Participant.collective(CD_TH_TAM_DUONG));
        assertThat(tracker.route()).containsExactly(
                new ProposalTracker.Hop("SUBMITTED", CD_TH_TAM_DUONG, TAM_DUONG, CD_TH_TAM_DUONG.value(), SUBMITTED,
                        null, 3, DUE_AT_TAM_DUONG),
                new ProposalTracker.Hop("FORWARDED", TAM_DUONG, LAI_CHAU, TAM_DUONG.value(), FORWARDED,
                        "đủ điều kiện", 5, DUE_AT_LAI_CHAU),
                new ProposalTracker.Hop("RETURNED", LAI_CHAU, TAM_DUONG, LAI_CHAU.value(), RETURNED,
                        "thiếu biên bản — biên bản họp hội đồng", 2, null),
                new ProposalTracker.Hop("RESUBMITTED", TAM_DUONG, LAI_CHAU, TAM_DUONG.value(), RESUBMITTED,
                        "đã bổ sung", 20, DUE_AGAIN_AT_LAI_CHAU));
    }

    @Test
    void P6_the_lists_show_the_due_date_of_the_current_stay_and_none_while_returned() {
        List<DomainEventMessage<?>> history = upToResubmission(PROPOSAL);
        deliver(history.subList(0, 1));
        assertThat(inbox(TAM_DUONG, TAM_DUONG, 0, 10).items()).singleElement()
                .satisfies(item -> assertThat(item.dueAt()).isEqualTo(DUE_AT_TAM_DUONG));

        deliver(history.subList(1, 3));
        assertThat(outbox(CD_TH_TAM_DUONG, CD_TH_TAM_DUONG).items()).singleElement()
                .satisfies(item -> assertThat(item.dueAt()).as("returned: no time limit runs").isNull());

        deliver(history.subList(3, 4));
        assertThat(inbox(LAI_CHAU, LAI_CHAU, 0, 10).items()).singleElement()
                .satisfies(item -> assertThat(item.dueAt()).isEqualTo(DUE_AGAIN_AT_LAI_CHAU));
    }

    @Test
    void P6_an_arrival_stored_without_a_due_date_shows_none() {
        deliver(List.of(event(PROPOSAL, 0, SUBMITTED, CD_TH_TAM_DUONG, submission(PROPOSAL, null))));

        ProposalTracker tracker = tracker(TAM_DUONG, PROPOSAL);

        assertThat(tracker.proposal().dueAt()).isNull();
        assertThat(tracker.route()).singleElement().satisfies(hop -> assertThat(hop.dueAt()).isNull());
        assertThat(inbox(TAM_DUONG, TAM_DUONG, 0, 10).items()).singleElement()
                .satisfies(item -> assertThat(item.dueAt()).isNull());
    }

    @Test
    void an_approved_proposal_names_its_decision_and_waits_nowhere() {
        List<DomainEventMessage<?>> history = upToResubmission(PROPOSAL);
        history.add(event(PROPOSAL, 4, APPROVED, LAI_CHAU, new ProposalApproved(PROPOSAL, LAI_CHAU, VOTE,
                new DecisionId("qd-125"), new GrantId("khen-1"), "2024.1")));
        deliver(history);

        ProposalTracker tracker = tracker(TONG_LDLD, PROPOSAL);

        assertThat(tracker.proposal().status()).isEqualTo(ProposalStatus.APPROVED);
        assertThat(tracker.proposal().decisionId()).isEqualTo(new DecisionId("qd-125"));
        assertThat(tracker.proposal().pendingAt()).isNull();
        assertThat(tracker.proposal().pendingSince()).isNull();
        assertThat(tracker.proposal().dueAt()).isNull();
        assertThat(tracker.route().get(4)).isEqualTo(new ProposalTracker.Hop("APPROVED", LAI_CHAU, null,
                LAI_CHAU.value(), APPROVED, "decision qd-125", 0, null));
        assertThat(inbox(LAI_CHAU, LAI_CHAU, 0, 10).items()).isEmpty();
    }

    @Test
    void rejected_and_withdrawn_proposals_leave_the_inbox_with_their_reason_on_the_route() {
        ProposalId rejected = new ProposalId("de-nghi-2");
        ProposalId withdrawn = new ProposalId("de-nghi-3");
        deliver(List.of(submitted(rejected, 0, SUBMITTED),
                event(rejected, 1, FORWARDED, TAM_DUONG, new ProposalRejected(rejected, TAM_DUONG, "không đủ điều kiện")),
                submitted(withdrawn, 0, SUBMITTED),
                event(withdrawn, 1, FORWARDED, CD_TH_TAM_DUONG, new ProposalWithdrawn(withdrawn, TAM_DUONG, "rút"))));

        assertThat(tracker(TAM_DUONG, rejected).proposal().status()).isEqualTo(ProposalStatus.REJECTED);
        assertThat(tracker(TAM_DUONG, rejected).route().get(1).remarks()).isEqualTo("không đủ điều kiện");
        assertThat(tracker(TAM_DUONG, withdrawn).proposal().status()).isEqualTo(ProposalStatus.WITHDRAWN);
        assertThat(inbox(TAM_DUONG, TAM_DUONG, 0, 10).items()).isEmpty();
    }

    @Test
    void an_overdue_proposal_is_listed_above_until_it_moves_on() {
        List<DomainEventMessage<?>> history = upToResubmission(PROPOSAL);
        history.add(event(PROPOSAL, 4, OVERDUE, LAI_CHAU, new ProposalOverdue(PROPOSAL, LAI_CHAU, 10, OVERDUE)));
        deliver(history);

        assertThat(ids(overdue(TONG_LDLD, TONG_LDLD, 0, 10))).containsExactly(PROPOSAL);
        assertThat(ids(overdue(LAI_CHAU, LAI_CHAU, 0, 10))).containsExactly(PROPOSAL);
        assertThat(overdue(TAM_DUONG, TAM_DUONG, 0, 10).items()).isEmpty();
        assertThat(tracker(LAI_CHAU, PROPOSAL).proposal().overdue()).isTrue();

        deliver(List.of(event(PROPOSAL, 5, OVERDUE.plusSeconds(3600), LAI_CHAU, new ProposalForwarded(PROPOSAL, LAI_CHAU, TONG_LDLD,
                VOTE, null, Instant.parse("2025-08-05T17:00:00Z")))));

        assertThat(overdue(TONG_LDLD, TONG_LDLD, 0, 10).items()).isEmpty();
        assertThat(tracker(TONG_LDLD, PROPOSAL).proposal().overdue()).isFalse();
    }

    @Test
    void the_outbox_holds_what_a_unit_sent_up_while_it_is_under_way_elsewhere() {
        List<DomainEventMessage<?>> history = upToResubmission(PROPOSAL);
        deliver(history.subList(0, 3));

        assertThat(ids(outbox(CD_TH_TAM_DUONG, CD_TH_TAM_DUONG))).containsExactly(PROPOSAL);
        assertThat(outbox(TAM_DUONG, TAM_DUONG).items()).as("returned to ldld-tam-duong: back in its hands").isEmpty();

        deliver(history.subList(3, 4));

        assertThat(ids(outbox(TAM_DUONG, TAM_DUONG))).containsExactly(PROPOSAL);
        assertThat(ids(inbox(LAI_CHAU, LAI_CHAU, 0, 10))).containsExactly(PROPOSAL);
    }

    @Test
    void the_inbox_pages_oldest_first_with_the_total() {
        ProposalId first = new ProposalId("de-nghi-c");
        ProposalId second = new ProposalId("de-nghi-a");
        ProposalId third = new ProposalId("de-nghi-b");
        deliver(List.of(submitted(first, 0, SUBMITTED), submitted(second, 0, FORWARDED), submitted(third, 0, FORWARDED)));

        ProposalPage page0 = inbox(TAM_DUONG, TAM_DUONG, 0, 2);
        ProposalPage page1 = inbox(TAM_DUONG, TAM_DUONG, 1, 2);

        assertThat(ids(page0)).containsExactly(first, second);
        assertThat(ids(page1)).containsExactly(third);
        assertThat(page1.totalItems()).isEqualTo(3);
        assertThat(inbox(TAM_DUONG, TAM_DUONG, -1, 10_000).size()).isEqualTo(500);
    }

    /** At-least-once delivery: every event again, newest first, so that each arrives after those that followed it. */
    @Test
    void redelivered_events_leave_the_view_unchanged() {
        List<DomainEventMessage<?>> history = upToResubmission(PROPOSAL);
        history.add(event(PROPOSAL, 4, OVERDUE, LAI_CHAU, new ProposalOverdue(PROPOSAL, LAI_CHAU, 10, OVERDUE)));
        history.add(event(PROPOSAL, 5, APPROVED, LAI_CHAU, new ProposalApproved(PROPOSAL, LAI_CHAU, VOTE,
                new DecisionId("qd-125"), new GrantId("khen-1"), "2024.1")));
        deliver(history);
        var before = tables.rows("q_proposal", "q_proposal_hop");

        List<DomainEventMessage<?>> again = new ArrayList<>(history);
        Collections.reverse(again);
        deliver(again);

        assertThat(tables.rows("q_proposal", "q_proposal_hop")).isEqualTo(before);
    }

    @Test
    void reset_empties_the_tracker_and_leaves_the_units_alone() {
        deliver(upToResubmission(PROPOSAL));

        transactions.run(projection::reset);

        assertThat(tables.count("q_proposal")).isZero();
        assertThat(tables.count("q_proposal_hop")).isZero();
        assertThat(tables.count("q_unit")).isEqualTo(6);
    }

    @Test
    void a_unit_neither_above_the_proposer_nor_on_the_route_is_refused_the_tracker_by_P2() {
        deliver(upToResubmission(PROPOSAL));

        RuleViolation refusal = refusalOf(() -> tracker(QUANG_NAM, PROPOSAL));

        assertThat(refusal.rule()).isEqualTo("P2");
        assertThat(refusal.kind()).isEqualTo(FORBIDDEN);
        assertThat(tracker(CD_TH_TAM_DUONG, PROPOSAL).route()).hasSize(4);
    }

    @Test
    void an_unknown_proposal_is_not_found_by_P2() {
        RuleViolation refusal = refusalOf(() -> tracker(TONG_LDLD, new ProposalId("khong-co")));

        assertThat(refusal.rule()).isEqualTo("P2");
        assertThat(refusal.kind()).isEqualTo(NOT_FOUND);
    }

    @Test
    void a_units_lists_are_refused_by_P2_to_units_below_or_beside_it() {
        deliver(upToResubmission(PROPOSAL));

        assertThat(refusalOf(() -> inbox(TAM_DUONG, LAI_CHAU, 0, 10)).rule()).isEqualTo("P2");
        assertThat(refusalOf(() -> outbox(QUANG_NAM, TAM_DUONG)).kind()).isEqualTo(FORBIDDEN);
        assertThat(refusalOf(() -> overdue(QUANG_NAM, LAI_CHAU, 0, 10)).kind()).isEqualTo(FORBIDDEN);
        assertThat(ids(inbox(TONG_LDLD, LAI_CHAU, 0, 10))).containsExactly(PROPOSAL);
    }

    @Test
    void an_auditor_reads_any_proposal_and_any_units_lists() {
        deliver(upToResubmission(PROPOSAL));
        Viewer auditor = new Viewer(TRUNG_UONG, true);

        assertThat(transactions.get(() -> projection.handle(new ProposalTrackerQuery(auditor, PROPOSAL))).route())
                .hasSize(4);
        assertThat(ids(transactions.get(() -> projection.handle(new UnitInboxQuery(auditor, LAI_CHAU, 0, 10)))))
                .containsExactly(PROPOSAL);
        assertThat(ids(transactions.get(() -> projection.handle(new UnitOutboxQuery(auditor, TAM_DUONG, 0, 10)))))
                .containsExactly(PROPOSAL);
    }

    /** Submitted by cd-th-tam-duong, forwarded to ldld-lai-chau, returned, and resubmitted there. */
    private static List<DomainEventMessage<?>> upToResubmission(ProposalId proposal) {
        List<DomainEventMessage<?>> history = new ArrayList<>();
        history.add(submitted(proposal, 0, SUBMITTED));
        history.add(event(proposal, 1, FORWARDED, TAM_DUONG,
                new ProposalForwarded(proposal, TAM_DUONG, LAI_CHAU, VOTE, "đủ điều kiện", DUE_AT_LAI_CHAU)));
        history.add(event(proposal, 2, RETURNED, LAI_CHAU,
                new ProposalReturned(proposal, LAI_CHAU, TAM_DUONG, "thiếu biên bản", List.of("biên bản họp hội đồng"))));
        history.add(event(proposal, 3, RESUBMITTED, TAM_DUONG, new ProposalResubmitted(proposal, TAM_DUONG, LAI_CHAU,
                List.of(new DossierItem(DocumentKind.COUNCIL_MINUTES, "05/BB-HĐ")), VOTE, "đã bổ sung",
                DUE_AGAIN_AT_LAI_CHAU)));
        return history;
    }

    private static DomainEventMessage<?> submitted(ProposalId proposal, long sequence, Instant at) {
        return event(proposal, sequence, at, CD_TH_TAM_DUONG, submission(proposal, DUE_AT_TAM_DUONG));
    }

    private static ProposalSubmitted submission(ProposalId proposal, Instant dueAt) {
        return new ProposalSubmitted(proposal, new CampaignId("thi-dua-2025"), new ReviewId("tong-ket-2025"),
                new RegistrationId("dang-ky-1"), Participant.collective(CD_TH_TAM_DUONG), "EDUCATION",
                AwardType.CERTIFICATE_OF_MERIT, CD_TH_TAM_DUONG, TAM_DUONG, false,
                List.of(new DossierItem(DocumentKind.SUBMISSION, "12/TTr-CĐ")), VOTE, dueAt);
    }

    /** An event as the store hands it over: of the proposal, numbered, timed, acted by the demo user of {@code unit}. */
    private static DomainEventMessage<?> event(ProposalId proposal, long sequence, Instant at, OrgUnitId unit,
                                               Object payload) {
        return new GenericDomainEventMessage<>("Proposal", proposal.value(), sequence, payload,
                Map.of(MetadataKeys.ACTOR, unit.value(), MetadataKeys.ACTOR_UNIT, unit.value(),
                        MetadataKeys.CORRELATION_ID, UUID.randomUUID().toString()),
                UUID.randomUUID().toString(), at);
    }

    /** Each event in its own transaction, to the handler of its type, with the parameters Axon would resolve. */
    private void deliver(List<DomainEventMessage<?>> events) {
        for (DomainEventMessage<?> message : events) {
            long sequence = message.getSequenceNumber();
            Instant at = message.getTimestamp();
            String actor = (String) message.getMetaData().get(MetadataKeys.ACTOR);
            Object payload = message.getPayload();
            transactions.run(() -> {
                if (payload instanceof ProposalSubmitted e) {
                    projection.on(e, message, sequence, at, actor);
                } else if (payload instanceof ProposalForwarded e) {
                    projection.on(e, message, sequence, at, actor);
                } else if (payload instanceof ProposalReturned e) {
                    projection.on(e, message, sequence, at, actor);
                } else if (payload instanceof ProposalResubmitted e) {
                    projection.on(e, message, sequence, at, actor);
                } else if (payload instanceof ProposalRejected e) {
                    projection.on(e, message, sequence, at, actor);
                } else if (payload instanceof ProposalWithdrawn e) {
                    projection.on(e, message, sequence, at, actor);
                } else if (payload instanceof ProposalApproved e) {
                    projection.on(e, message, sequence, at, actor);
                } else if (payload instanceof ProposalOverdue e) {
                    projection.on(e, sequence);
                } else {
                    throw new IllegalArgumentException("no handler for " + payload);
                }
            });
        }
    }

    private ProposalTracker tracker(OrgUnitId viewer, ProposalId proposal) {
        return transactions.get(() -> projection.handle(new ProposalTrackerQuery(new Viewer(viewer, false), proposal)));
    }

    private ProposalPage inbox(OrgUnitId viewer, OrgUnitId unit, int page, int size) {
        return transactions.get(() -> projection.handle(new UnitInboxQuery(new Viewer(viewer, false), unit, page, size)));
    }

    private ProposalPage outbox(OrgUnitId viewer, OrgUnitId unit) {
        return transactions.get(() -> projection.handle(new UnitOutboxQuery(new Viewer(viewer, false), unit, 0, 10)));
    }

    private ProposalPage overdue(OrgUnitId viewer, OrgUnitId unit, int page, int size) {
        return transactions.get(() -> projection.handle(new UnitOverdueQuery(new Viewer(viewer, false), unit, page, size)));
    }

    private static List<ProposalId> ids(ProposalPage page) {
        return page.items().stream().map(ProposalSummary::proposalId).toList();
    }
}
