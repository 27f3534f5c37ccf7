package vn.thidua.standalone;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.thidua.api.MetadataKeys;
import vn.thidua.api.award.AwardType;
import vn.thidua.api.campaign.AwardPlanItem;
import vn.thidua.api.campaign.BulkRegistrationResult;
import vn.thidua.api.campaign.CampaignId;
import vn.thidua.api.campaign.Criterion;
import vn.thidua.api.campaign.LaunchCampaign;
import vn.thidua.api.campaign.Participant;
import vn.thidua.api.campaign.Period;
import vn.thidua.api.campaign.Quota;
import vn.thidua.api.campaign.RegisterParticipant;
import vn.thidua.api.campaign.RegisterParticipants;
import vn.thidua.api.campaign.RegistrationId;
import vn.thidua.api.campaign.RegistrationRow;
import vn.thidua.api.campaign.ReviewKind;
import vn.thidua.api.campaign.ScheduledReview;
import vn.thidua.api.campaign.Target;
import vn.thidua.api.campaign.TargetKind;
import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.api.person.PersonId;

/**
 * Issue #12's bulk load, not run in CI: read the lines starting with "BENCH" in the test's output file.
 * {@code -Dbench.registrations=1000000} loads that many registrations through the bulk command
 * ({@link RegisterParticipants}, {@code bench.chunk} rows per command, 1000 by default, through the command gateway,
 * one sender) into plans of {@code bench.per-plan} registrations each (5000), then, in the same run, inserts the
 * very same event rows (payload and metadata bytes read back from the store, fresh event ids, the aggregate ids
 * prefixed) with a raw JDBC batch insert into a copy of the event table, one transaction per chunk as the commands
 * have, and prints both times and their ratio (target ≤ 2). Only the inserts are timed on the raw side.
 * <p>
 * Also printed: the latency of single registrations on a plan already holding {@code bench.per-plan} registrations,
 * the figure snapshotting changes. {@code -Dbench.snapshot-threshold=0} runs without snapshots (the before),
 * any other number with a snapshot every that many events (default: the app's). PostgreSQL by default,
 * {@code -Dbench.store=h2} for the embedded file database. The views are stopped while loading: the figure is the
 * write path's; they catch up afterwards as after any burst.
 * <p>
 * Persons: a bulk file names existing persons (C4); they go straight into the command side's person directory with
 * a JDBC batch (no RegisterPerson events), which the bulk path reads and which is not timed.
 * <p>
 * Command: {@code ./mvnw -B -q verify -pl standalone -am -Dtest=BulkLoadBenchmark -Dbench.registrations=1000000
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class BulkLoadBenchmark {

    private static final String ISSUER = "so-ldtbxh-ha-giang";
    private static final String MEMBERS_UNIT = "phong-ldtbxh-vi-xuyen";
    private static final List<String> COMMITMENTS = List.of("Hoàn thành xuất sắc nhiệm vụ được giao");
    private static final MetaData ACTING = MetaData.from(Map.of(MetadataKeys.ACTOR, ISSUER,
            MetadataKeys.ACTOR_UNIT, ISSUER, MetadataKeys.CORRELATION_ID, "bench-bulk-load"));
    private static final int SINGLES = 100;

    @TempDir
    Path data;

    @Test
    @EnabledIfSystemProperty(named = "bench.registrations", matches = "\\d+")
    void bulk_load_against_a_raw_jdbc_batch_insert_of_the_same_rows() throws Exception {
        int total = Integer.getInteger("bench.registrations");
        int perPlan = Integer.getInteger("bench.per-plan", 5000);
        int chunk = Integer.getInteger("bench.chunk", 1000);
        int plans = (total + perPlan - 1) / perPlan;
        boolean h2 = "h2".equals(System.getProperty("bench.store"));
        try (TestStore store = h2 ? TestStore.h2(data) : TestStore.postgres()) {
            Map<String, Object> properties = new HashMap<>(store.properties());
            if (System.getProperty("bench.snapshot-threshold") != null) {
                properties.put("thidua.snapshots.campaign-threshold", System.getProperty("bench.snapshot-threshold"));
            }
            try (RunningApp app = RunningApp.start(properties)) {
                stopViews(app);
                JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
                TransactionTemplate transactions = new TransactionTemplate(app.bean(PlatformTransactionManager.class));
                CommandGateway commands = app.bean(CommandGateway.class);
                addPersons(jdbc, total + SINGLES);
                for (int plan = 0; plan < plans; plan++) {
                    commands.sendAndWait(launch(plan), ACTING);
                }
                System.out.printf("BENCH %s, %,d registrations in %,d plans of %,d, %,d rows per command, snapshot threshold %s%n",
                        System.getProperty("bench.store", "postgres"), total, plans, perPlan, chunk,
                        properties.getOrDefault("thidua.snapshots.campaign-threshold", "default"));

                System.gc();
                long started = System.nanoTime();
                int person = 0;
                for (int plan = 0; plan < plans; plan++) {
                    int inPlan = Math.min(perPlan, total - plan * perPlan);
                    for (int from = 0; from < inPlan; from += chunk) {
                        List<RegistrationRow> rows = new ArrayList<>(chunk);
                        for (int i = from; i < Math.min(inPlan, from + chunk); i++) {
                            rows.add(new RegistrationRow(new RegistrationId("dk-" + person), individual(person), COMMITMENTS));
                            person++;
                        }
                        BulkRegistrationResult result = commands.sendAndWait(new RegisterParticipants(planId(plan), rows), ACTING);
                        if (result.refused() > 0) {
                            throw new IllegalStateException("refused rows: " + result.rows().stream()
                                    .filter(row -> !row.accepted()).limit(3).toList());
                        }
                    }
                }
                double bulkSeconds = (System.nanoTime() - started) / 1e9;
                System.out.printf("BENCH bulk path: %,d registrations in %.1f s = %,.0f events/s%n", total, bulkSeconds,
                        total / bulkSeconds);

                long singleStarted = System.nanoTime();
                for (int i = 0; i < SINGLES; i++) {
                    commands.sendAndWait(new RegisterParticipant(planId(0), new RegistrationId("dk-" + (total + i)),
                            individual(total + i), COMMITMENTS), ACTING);
                }
                System.out.printf("BENCH single registration on a plan of %,d registrations: %.1f ms each (%d commands)%n",
                        Math.min(perPlan, total), (System.nanoTime() - singleStarted) / 1e6 / SINGLES, SINGLES);

                double rawSeconds = rawInsert(jdbc, transactions, plans, chunk, h2);
                System.out.printf("BENCH raw JDBC batch insert: %,d rows in %.1f s = %,.0f events/s%n", total, rawSeconds,
                        total / rawSeconds);
                System.out.printf("BENCH ratio bulk path / raw insert: %.2f (target <= 2)%n", bulkSeconds / rawSeconds);
            }
        }
    }

    /**
     * The same event rows again, plan by plan: read back (not timed), then inserted in chunks of {@code chunk} rows,
     * one transaction each, into a table made like the event table, its global index from a sequence of its own.
     */
    private static double rawInsert(JdbcTemplate jdbc, TransactionTemplate transactions, int plans, int chunk, boolean h2) {
        if (h2) {
            jdbc.execute("create table raw_event_entry as select * from domain_event_entry with no data");
            jdbc.execute("alter table raw_event_entry add primary key (global_index)");
            jdbc.execute("alter table raw_event_entry add unique (event_identifier)");
            jdbc.execute("alter table raw_event_entry add unique (aggregate_identifier, sequence_number)");
        } else {
            jdbc.execute("create table raw_event_entry (like domain_event_entry including all)");
        }
        jdbc.execute("create sequence raw_event_entry_seq start with 1 increment by 1");
        String nextIndex = h2 ? "next value for raw_event_entry_seq" : "nextval('raw_event_entry_seq')";
        long nanos = 0;
        for (int plan = 0; plan < plans; plan++) {
            List<Object[]> rows = jdbc.query("""
                            select sequence_number, aggregate_identifier, payload_revision, payload_type, time_stamp, type,
                                   meta_data, payload
                            from domain_event_entry
                            where aggregate_identifier = ? and payload_type like '%ParticipantRegistered'
                            order by sequence_number""",
                    (rs, n) -> new Object[] {rs.getLong(1), "raw-" + rs.getString(2), UUID.randomUUID().toString(),
                            rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getBytes(7),
                            rs.getBytes(8)},
                    planId(plan).value());
            for (int from = 0; from < rows.size(); from += chunk) {
                List<Object[]> slice = rows.subList(from, Math.min(rows.size(), from + chunk));
                long started = System.nanoTime();
                transactions.executeWithoutResult(tx -> jdbc.batchUpdate("""
                        insert into raw_event_entry (global_index, sequence_number, aggregate_identifier, event_identifier,
                            payload_revision, payload_type, time_stamp, type, meta_data, payload)
                        values (%s, ?, ?, ?, ?, ?, ?, ?, ?, ?)""".formatted(nextIndex), slice));
                nanos += System.nanoTime() - started;
            }
        }
        return nanos / 1e9;
    }

    private static void addPersons(JdbcTemplate jdbc, int count) {
        List<Object[]> persons = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            persons.add(new Object[] {"bench-" + i, "Người thử " + i, MEMBERS_UNIT});
        }
        jdbc.batchUpdate("insert into cmd_person (person_id, full_name, unit_id) values (?, ?, ?)", persons);
    }

    /** The views would compete for the two cores; stopped as ViewBenchmark stops them, once they have started. */
    private static void stopViews(RunningApp app) throws InterruptedException {
        EventProcessingConfiguration processing = app.bean(EventProcessingConfiguration.class);
        for (EventProcessor processor : processing.eventProcessors().values()) {
            while (processor instanceof StreamingEventProcessor streaming && streaming.processingStatus().isEmpty()) {
                Thread.sleep(20);
            }
        }
        processing.eventProcessors().values().forEach(EventProcessor::shutDown);
    }

    private static LaunchCampaign launch(int plan) {
        return new LaunchCampaign(planId(plan), new OrgUnitId(ISSUER), plan + "/KH-BENCH", "Kế hoạch thi đua " + plan,
                new Period(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31)), null,
                List.of(new Target(TargetKind.INDIVIDUAL, "Kỷ cương, trách nhiệm",
                        List.of(new Criterion("KC", "Chấp hành kỷ cương", null)))),
                List.of(new AwardPlanItem(AwardType.ADVANCED_WORKER, TargetKind.INDIVIDUAL, new Quota(20, null, null, null))),
                List.of(new ScheduledReview(ReviewKind.FINAL, 2026, "Tổng kết")), List.of("Quyết định số 733/QĐ-TTg"));
    }

    private static CampaignId planId(int plan) {
        return new CampaignId("bench-plan-" + plan);
    }

    private static Participant individual(int person) {
        return Participant.individual(new PersonId("bench-" + person), null);
    }
}
