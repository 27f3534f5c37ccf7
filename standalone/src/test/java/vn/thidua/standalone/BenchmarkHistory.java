package vn.thidua.standalone;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.api.award.AwardType;
import vn.thidua.api.campaign.AwardPlanItem;
import vn.thidua.api.campaign.CampaignId;
import vn.thidua.api.campaign.CampaignLaunched;
import vn.thidua.api.campaign.Criterion;
import vn.thidua.api.campaign.Nominee;
import vn.thidua.api.campaign.Participant;
import vn.thidua.api.campaign.ParticipantRegistered;
import vn.thidua.api.campaign.Period;
import vn.thidua.api.campaign.Quota;
import vn.thidua.api.campaign.Rating;
import vn.thidua.api.campaign.RegistrationEvaluated;
import vn.thidua.api.campaign.RegistrationId;
import vn.thidua.api.campaign.ReviewConcluded;
import vn.thidua.api.campaign.ReviewId;
import vn.thidua.api.campaign.ReviewKind;
import vn.thidua.api.campaign.ReviewOpened;
import vn.thidua.api.campaign.ScheduledReview;
import vn.thidua.api.campaign.Target;
import vn.thidua.api.campaign.TargetKind;
import vn.thidua.api.decision.AwardGranted;
import vn.thidua.api.decision.DecisionId;
import vn.thidua.api.decision.GrantId;
import vn.thidua.api.orgunit.Level;
import vn.thidua.api.orgunit.OrgUnitCreated;
import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.api.orgunit.UnitKind;
import vn.thidua.api.person.PersonId;
import vn.thidua.api.proposal.CouncilVote;
import vn.thidua.api.proposal.DocumentKind;
import vn.thidua.api.proposal.DossierItem;
import vn.thidua.api.proposal.ProposalApproved;
import vn.thidua.api.proposal.ProposalForwarded;
import vn.thidua.api.proposal.ProposalId;
import vn.thidua.api.proposal.ProposalSubmitted;

/**
 * A realistic history for the benchmarks, written in batches to a {@link Sink} (no command handling): through the
 * storage engine ({@link #throughEngine}), or straight into PostgreSQL ({@link PostgresEventCopy}), both with the
 * app's event serializer. A national plan cascaded to 63 provinces, 630 districts and 9,450 communes (one
 * plan each), registrations, a final review per commune with its ratings and nominees, proposals going up three
 * hops to an approval and a grant. Also the raw JDBC loop the benchmarks compare against, and a heap sampler.
 */
final class BenchmarkHistory {

    static final int PROVINCES = 63;
    static final int DISTRICTS_PER_PROVINCE = 10;
    static final int COMMUNES_PER_DISTRICT = 15;
    static final int PROPOSALS_PER_COMMUNE = 3;
    static final String NATIONAL_PLAN = "qg-2022";
    private static final int BATCH = 5_000;
    private static final CouncilVote VOTE = new CouncilVote(7, 8, 9, false);

    private final Sink sink;
    private final List<DomainEventMessage<?>> batch = new ArrayList<>();
    private Instant clock = Instant.parse("2022-01-01T01:00:00Z");
    private long appended;

    /** Where the history goes, a batch at a time in the order generated. */
    interface Sink {

        void write(List<DomainEventMessage<?>> events);

        /** After the last batch: the history is stored and the app can append after it. */
        default void finish() {
        }
    }

    BenchmarkHistory(Sink sink) {
        this.sink = sink;
    }

    /** Appends each batch through the engine the app appends with, in a transaction of its own. */
    static Sink throughEngine(EventStorageEngine engine, TransactionTemplate transactions) {
        return events -> transactions.executeWithoutResult(tx -> engine.appendEvents(List.<EventMessage<?>>copyOf(events)));
    }

    /** About {@code target} events: the cascade is fixed, the registrations per commune make up the rest. */
    long generate(long target) {
        int communes = PROVINCES * DISTRICTS_PER_PROVINCE * COMMUNES_PER_DISTRICT;
        // units and plans ~2 x 10.1k, per commune: review, conclusion, 4 events and a grant per proposal
        long fixed = 2L * (1 + PROVINCES * (1 + DISTRICTS_PER_PROVINCE * (1 + COMMUNES_PER_DISTRICT)))
                + (long) communes * (2 + 5 * PROPOSALS_PER_COMMUNE);
        generateCascade((int) Math.max(PROPOSALS_PER_COMMUNE, (target - fixed) / (2L * communes)));
        flush();
        sink.finish();
        return appended;
    }

    /** Reads and deserializes every stored payload in global order, as a replay must at the least. */
    static long rawLoop(DataSource dataSource, Serializer serializer) throws Exception {
        long rows = 0;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(
                    "select global_index, payload_type, payload_revision, payload from domain_event_entry order by global_index")) {
                statement.setFetchSize(1000);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        Object payload = serializer.deserialize(new SimpleSerializedObject<>(rs.getBytes(4), byte[].class,
                                rs.getString(2), rs.getString(3)));
                        if (payload != null) {
                            rows++;
                        }
                    }
                }
            }
            connection.commit();
        }
        return rows;
    }

    private void generateCascade(int registrationsPerCommune) {
        unit("bo-bench", "Bộ", Level.MINISTRY, null);
        plan(NATIONAL_PLAN, "bo-bench", null);
        for (int p = 0; p < PROVINCES; p++) {
            String province = "tinh-" + p;
            unit(province, "Tỉnh " + p, Level.PROVINCE, "bo-bench");
            plan("kh-" + province, province, "qg-2022");
            for (int d = 0; d < DISTRICTS_PER_PROVINCE; d++) {
                String district = province + "-huyen-" + d;
                unit(district, "Huyện " + d, Level.DISTRICT, province);
                plan("kh-" + district, district, "kh-" + province);
                for (int c = 0; c < COMMUNES_PER_DISTRICT; c++) {
                    String commune = district + "-xa-" + c;
                    unit(commune, "Xã " + c, Level.COMMUNE, district);
                }
            }
        }
        for (int p = 0; p < PROVINCES; p++) {
            for (int d = 0; d < DISTRICTS_PER_PROVINCE; d++) {
                String district = "tinh-" + p + "-huyen-" + d;
                for (int c = 0; c < COMMUNES_PER_DISTRICT; c++) {
                    commune(district + "-xa-" + c, district, "tinh-" + p, registrationsPerCommune);
                }
            }
        }
    }

    private void commune(String commune, String district, String province, int registrations) {
        String campaign = "kh-" + commune;
        CampaignId campaignId = new CampaignId(campaign);
        OrgUnitId unit = new OrgUnitId(commune);
        long sequence = 0;
        append("Campaign", campaign, sequence++, launched(campaign, commune, "kh-" + district));
        List<RegistrationEvaluated> ratings = new ArrayList<>();
        for (int r = 0; r < registrations; r++) {
            Participant person = Participant.individual(new PersonId(commune + "-cb-" + r), unit);
            append("Campaign", campaign, sequence++, new ParticipantRegistered(campaignId,
                    new RegistrationId(commune + "-dk-" + r), person, List.of("Hoàn thành xuất sắc nhiệm vụ")));
        }
        ReviewId review = new ReviewId("tk-2025");
        append("Campaign", campaign, sequence++, new ReviewOpened(campaignId, review, ReviewKind.FINAL, 2025, "Tổng kết"));
        for (int r = 0; r < registrations; r++) {
            RegistrationEvaluated rating = new RegistrationEvaluated(campaignId, review,
                    new RegistrationId(commune + "-dk-" + r),
                    Participant.individual(new PersonId(commune + "-cb-" + r), unit), 2025,
                    Rating.values()[r % Rating.values().length], Map.of("KC", 8 + r % 3), null);
            ratings.add(rating);
            append("Campaign", campaign, sequence++, rating);
        }
        List<Nominee> nominees = new ArrayList<>();
        for (int n = 0; n < PROPOSALS_PER_COMMUNE; n++) {
            nominees.add(new Nominee(new RegistrationId(commune + "-dk-" + n), ratings.get(n).participant(),
                    AwardType.MINISTERIAL_OR_PROVINCIAL_COMMENDATION, Rating.EXCELLENT, "TWO_GRASSROOTS_TITLES", false,
                    false, null));
        }
        append("Campaign", campaign, sequence, new ReviewConcluded(campaignId, review, ReviewKind.FINAL, 2025, ratings, nominees));
        for (int n = 0; n < PROPOSALS_PER_COMMUNE; n++) {
            String proposal = commune + "-p-" + n;
            ProposalId proposalId = new ProposalId(proposal);
            Nominee nominee = nominees.get(n);
            append("AwardProposal", proposal, 0, new ProposalSubmitted(proposalId, campaignId, review,
                    nominee.registrationId(), nominee.participant(), null, nominee.awardType(), unit,
                    new OrgUnitId(district), false, List.of(new DossierItem(DocumentKind.SUBMISSION, "Tờ trình")), VOTE,
                    due()));
            append("AwardProposal", proposal, 1, new ProposalForwarded(proposalId, new OrgUnitId(district),
                    new OrgUnitId(province), VOTE, null, due()));
            append("AwardProposal", proposal, 2, new ProposalForwarded(proposalId, new OrgUnitId(province),
                    new OrgUnitId("bo-bench"), VOTE, null, due()));
            DecisionId decision = new DecisionId(proposal + "-qd");
            GrantId grant = new GrantId(proposal + "-g");
            append("AwardProposal", proposal, 3, new ProposalApproved(proposalId, new OrgUnitId("bo-bench"), VOTE,
                    decision, grant, "2022.1"));
            append("AwardDecision", decision.value(), 0, new AwardGranted(decision, grant, n + "/QĐ-BỘ",
                    new OrgUnitId("bo-bench"), 2025, campaignId, nominee.registrationId(), nominee.participant(), null,
                    nominee.awardType(), new CampaignId(NATIONAL_PLAN), proposalId, "2022.1"));
        }
    }

    private void unit(String id, String name, Level level, String parent) {
        append("OrgUnit", id, 0, new OrgUnitCreated(new OrgUnitId(id), name, "UB", level, UnitKind.PEOPLES_COMMITTEE,
                parent == null ? null : new OrgUnitId(parent), null, java.util.Set.of()));
    }

    private void plan(String id, String issuer, String parent) {
        append("Campaign", id, 0, launched(id, issuer, parent));
    }

    private static CampaignLaunched launched(String id, String issuer, String parent) {
        return new CampaignLaunched(new CampaignId(id), new OrgUnitId(issuer), "KH-" + id, "Kế hoạch thi đua " + id,
                new Period(LocalDate.of(2022, 1, 1), LocalDate.of(2025, 12, 31)),
                parent == null ? null : new CampaignId(parent),
                List.of(new Target(TargetKind.INDIVIDUAL, "Kỷ cương, trách nhiệm",
                        List.of(new Criterion("KC", "Chấp hành kỷ cương", 10)))),
                List.of(new AwardPlanItem(AwardType.MINISTERIAL_OR_PROVINCIAL_COMMENDATION, TargetKind.INDIVIDUAL,
                        parent == null ? new Quota(50_000, null, null, null) : null)),
                List.of(new ScheduledReview(ReviewKind.FINAL, 2025, null)), List.of("Quyết định số 733/QĐ-TTg"));
    }

    /** Four weeks on, about 20 working days: a plausible due date for a hop, not the time limits' calendar. */
    private Instant due() {
        return clock.plus(Duration.ofDays(28));
    }

    private void append(String type, String aggregate, long sequence, Object payload) {
        clock = clock.plusSeconds(90);
        batch.add(new GenericDomainEventMessage<>(type, aggregate, sequence, payload,
                Map.of("actorUnit", "bo-bench", "actor", "bench"), UUID.randomUUID().toString(), clock));
        if (batch.size() >= BATCH) {
            flush();
        }
    }

    private void flush() {
        if (batch.isEmpty()) {
            return;
        }
        sink.write(batch);
        appended += batch.size();
        batch.clear();
    }

    /** The highest heap use seen every 50 ms while a run goes. */
    static final class HeapPeak {
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicLong peak = new AtomicLong();
        private final Thread sampler;

        private HeapPeak() {
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            sampler = new Thread(() -> {
                while (running.get()) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.setDaemon(true);
        }

        static HeapPeak start() {
            HeapPeak peak = new HeapPeak();
            peak.sampler.start();
            return peak;
        }

        long stop() throws InterruptedException {
            running.set(false);
            sampler.join();
            return peak.get();
        }
    }
}
