package vn.thidua.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.thidua.standalone.Steps.expect;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import vn.thidua.platform.test.ApiClient;
import vn.thidua.platform.test.ApiClient.Answer;

/**
 * Split mode's own promises (issue 8), on two command sides and two query sides sharing one PostgreSQL schema:
 * concurrent commands for one aggregate through both command sides neither corrupt nor lose it; each event is
 * projected once although both query sides run every view; a transaction that commits after later ones does not
 * make the views skip its event; a read after a write sees it on either query side.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SplitModeTest {

    private static final String PROVINCE = "ubnd-tinh-gia-lai";
    private static final String DISTRICT = "ubnd-huyen-kbang";
    /** The national auditor: a ministry's auditor sees its sector tree only. */
    private static final String AUDITOR = "kiem-tra-trung-uong";

    private TestStore store;
    private SplitApp app;
    private JdbcTemplate jdbc;

    @BeforeAll
    void start() {
        store = TestStore.postgres();
        app = SplitApp.start(store.properties(), 2, 2);
        jdbc = app.commandSideBean(JdbcTemplate.class);
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.close();
        }
        store.close();
    }

    @Test
    void concurrent_commands_for_one_aggregate_on_both_command_sides_are_applied_or_refused_with_409_never_lost()
            throws Exception {
        String unit = "ubnd-xa-lo-ku";
        long before = sequenceNumbers(unit).size();
        int commands = 20;
        ExecutorService senders = Executors.newFixedThreadPool(commands);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Answer>> sent = new ArrayList<>();
        try {
            for (int i = 0; i < commands; i++) {
                ApiClient client = app.at(app.commandSides().get(i % 2)).as(PROVINCE, AppUnderTest.PASSWORD);
                String body = "{\"name\": \"Ủy ban nhân dân xã Lơ Ku " + i + "\"}";
                sent.add(senders.submit(() -> {
                    go.await();
                    return client.post("/api/units/" + unit + "/rename", body);
                }));
            }
            go.countDown();
            int applied = 0;
            for (Future<Answer> future : sent) {
                Answer answer = future.get(60, TimeUnit.SECONDS);
                if (answer.status() == 409) {
                    assertThat(answer.rule()).as(answer.toString()).isNotBlank();
                } else {
                    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
                    applied++;
                }
            }
            assertThat(applied).isPositive();

            List<Long> sequence = sequenceNumbers(unit);
            assertThat(sequence).hasSize((int) before + applied);
            for (int i = 0; i < sequence.size(); i++) {
                assertThat(sequence.get(i)).as("sequence without gap or duplicate").isEqualTo(i);
            }
            int expectedRenames = applied;
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                JsonNode audit = expect(200, app.as(AUDITOR).get("/api/audit?size=500&type=OrgUnitRenamed&aggregate=" + unit)).json();
                assertThat(audit.path("totalItems").asLong()).isEqualTo(expectedRenames);
            });
            String lastName = jdbc.queryForObject("select convert_from(payload, 'UTF8') from domain_event_entry"
                    + " where aggregate_identifier = ? order by sequence_number desc limit 1", String.class, unit);
            for (ConfigurableApplicationContext querySide : app.querySides()) {
                JsonNode view = expect(200, app.at(querySide).as(PROVINCE, AppUnderTest.PASSWORD).get("/api/units/" + unit)).json();
                assertThat(lastName).contains("\"name\":\"" + view.path("unit").path("name").asString() + "\"");
            }
        } finally {
            senders.shutdownNow();
        }
    }

    @Test
    void each_event_is_projected_once_although_both_query_sides_run_every_view() {
        for (int i = 0; i < 6; i++) {
            expect(201, app.as(DISTRICT).post("/api/persons", """
                    {"personId": "kb-once-%d", "fullName": "Rơ Mah Once %d", "unitId": "%s"}""".formatted(i, i, DISTRICT)));
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(count("select count(*) from q_audit_event"))
                .isEqualTo(count("select count(*) from domain_event_entry")));
        assertThat(count("select count(*) from (select event_id from q_audit_event group by event_id having count(*) > 1) d"))
                .isZero();
        // one query side links the whole audit chain, which the other verifies intact from the shared store
        for (ConfigurableApplicationContext querySide : app.querySides()) {
            JsonNode verification = expect(200, app.at(querySide).as(AUDITOR, AppUnderTest.PASSWORD)
                    .get("/api/audit/verify")).json();
            assertThat(verification.path("intact").asBoolean()).as(verification.toString()).isTrue();
            assertThat(verification.path("verified").asLong()).isEqualTo(count("select count(*) from domain_event_entry"));
        }
        // every segment of every view is processed by exactly one of the query sides
        Map<String, Integer> processing = new TreeMap<>();
        for (ConfigurableApplicationContext querySide : app.querySides()) {
            querySide.getBean(EventProcessingConfiguration.class).eventProcessors().forEach((name, processor) -> {
                if (processor instanceof StreamingEventProcessor streaming) {
                    streaming.processingStatus().keySet().forEach(segment -> processing.merge(name + "/" + segment, 1, Integer::sum));
                }
            });
        }
        assertThat(processing).isNotEmpty().allSatisfy((segment, instances) -> assertThat(instances).as(segment).isEqualTo(1));
    }

    @Test
    void a_read_right_after_a_write_sees_it_on_every_query_side() {
        ApiClient reader0 = app.at(app.querySides().get(0)).as(PROVINCE, AppUnderTest.PASSWORD);
        ApiClient reader1 = app.at(app.querySides().get(1)).as(PROVINCE, AppUnderTest.PASSWORD);
        for (int i = 0; i < 10; i++) {
            String name = "Ủy ban nhân dân huyện Kbang " + i;
            expect(200, app.at(app.commandSides().get(i % 2)).as(PROVINCE, AppUnderTest.PASSWORD)
                    .post("/api/units/" + DISTRICT + "/rename", "{\"name\": \"" + name + "\"}"));
            for (ApiClient reader : List.of(i % 2 == 0 ? reader0 : reader1, i % 2 == 0 ? reader1 : reader0)) {
                Answer read = expect(200, reader.get("/api/units/" + DISTRICT));
                assertThat(read.json().path("unit").path("name").asString()).as("round " + i).isEqualTo(name);
                assertThat(read.header("Thidua-Views-Behind")).isNull();
            }
        }
    }

    /** Jobs live in the shared database: behind a load balancer, the poll and the download reach any query side. */
    @Test
    void a_phase_report_started_on_one_query_side_is_followed_and_read_on_the_other() {
        new Steps(app).launch(PROVINCE, "gl-split-report", PROVINCE, "7/KH-UBND", null, 2024, 2025, """
                [{"awardType": "MINISTERIAL_OR_PROVINCIAL_COMMENDATION", "targetKind": "INDIVIDUAL",
                  "quota": {"limit": 5}}]""");
        ApiClient first = app.at(app.querySides().get(0)).as(AUDITOR, AppUnderTest.PASSWORD);
        ApiClient second = app.at(app.querySides().get(1)).as(AUDITOR, AppUnderTest.PASSWORD);

        String location = expect(202, first.post("/api/reports/phase", "{\"campaignId\": \"gl-split-report\"}"))
                .header("Location");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(second.download(location, "text/csv").status()).isEqualTo(200));

        byte[] csv = second.download(location, "text/csv").body();
        assertThat(first.download(location, "text/csv").body()).isEqualTo(csv);
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains("gl-split-report");
        assertThat(app.at(app.querySides().get(1)).as("phan-tich-bo-ldtbxh", AppUnderTest.PASSWORD).get(location)
                .status()).as("another user's job").isEqualTo(404);
    }

    /**
     * An event whose transaction took its global index early and commits late, after later events were projected:
     * the views' gap-aware tokens remember the hole and fetch the event when it appears.
     */
    @Test
    void an_event_committed_after_later_ones_is_not_skipped_by_the_views() throws Exception {
        String probe = "gap-probe-" + System.nanoTime();
        EventStorageEngine engine = app.commandSideBean(EventStorageEngine.class);
        TransactionTemplate transaction = new TransactionTemplate(app.commandSideBean(PlatformTransactionManager.class));
        CountDownLatch appended = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> late = CompletableFuture.runAsync(() -> transaction.executeWithoutResult(status -> {
            engine.appendEvents(new GenericDomainEventMessage<>("GapProbe", probe, 0, "committed late"));
            appended.countDown();
            try {
                assertThat(release.await(60, TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }));
        try {
            assertThat(appended.await(20, TimeUnit.SECONDS)).isTrue();
            long heldIndex = count("select coalesce(max(global_index), 0) from domain_event_entry");
            for (int i = 0; i < 3; i++) {
                expect(201, app.as(DISTRICT).post("/api/persons", """
                        {"personId": "kb-after-gap-%d", "fullName": "Rơ Mah Sau %d", "unitId": "%s"}""".formatted(i, i, DISTRICT)));
            }
            // the views have passed the hole: the later events are in the log, the held one is not yet committed
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                    aggregates(app.as(AUDITOR).get("/api/audit?size=50&type=PersonRegistered")))
                    .contains("kb-after-gap-0", "kb-after-gap-1", "kb-after-gap-2"));
            assertThat(count("select count(*) from domain_event_entry where global_index > " + heldIndex)).isPositive();
            assertThat(aggregates(app.as(AUDITOR).get("/api/audit?aggregate=" + probe))).isEmpty();
        } finally {
            release.countDown();
        }
        late.get(20, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(aggregates(app.as(AUDITOR).get("/api/audit?aggregate=" + probe))).containsExactly(probe));
    }

    private List<Long> sequenceNumbers(String aggregate) {
        return jdbc.queryForList("select sequence_number from domain_event_entry where aggregate_identifier = ?"
                + " order by sequence_number", Long.class, aggregate);
    }

    private long count(String sql) {
        Long count = jdbc.queryForObject(sql, Long.class);
        return count == null ? 0 : count;
    }

    private static List<String> aggregates(Answer answer) {
        List<String> ids = new ArrayList<>();
        expect(200, answer).json().path("items").forEach(e -> ids.add(e.path("aggregateId").asString()));
        return ids;
    }
}
