package vn.thidua.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.thidua.standalone.Steps.expect;
import static vn.thidua.standalone.Steps.individual;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.thidua.api.MetadataKeys;
import vn.thidua.api.proposal.ProposalOverdue;
import vn.thidua.platform.test.TestDatabases;

/**
 * P6's time limits are persistent: a limit set before a restart fires after it. The first run has the scheduler
 * stopped and a clock six weeks behind, so the proposal's 20 working days at the district are already over when
 * the second run starts the scheduler, which fires the limit it finds in the database.
 */
class DeadlineRestartTest {

    private static final String UNION = "cd-ubnd-tam-duong";

    @Test
    void P6_a_time_limit_set_before_a_restart_fires_after_it(@TempDir Path data) throws Exception {
        Map<String, Object> h2 = TestDatabases.h2File(data);
        Map<String, Object> schedulerStopped = new HashMap<>(h2);
        schedulerStopped.put("spring.quartz.auto-startup", "false");
        Clock realClock = GenericEventMessage.clock;
        try (RunningApp app = RunningApp.start(schedulerStopped)) {
            GenericEventMessage.clock = Clock.offset(realClock, Duration.ofDays(-42));
            Steps steps = new Steps(app);
            steps.launch(UNION, "cd-td-2025", UNION, "05/KH-CĐCS", null, 2025, 2025, """
                    [{"awardType": "GRASSROOTS_EMULATION_FIGHTER", "targetKind": "INDIVIDUAL"}]""");
            steps.person(UNION, "td-ly-van-sang", "Lý Văn Sáng", UNION);
            steps.register(UNION, "cd-td-2025", "dk-sang", individual("td-ly-van-sang"));
            steps.finalReview(UNION, "cd-td-2025", "tk-2025", 2025, "EXCELLENT", "GRASSROOTS_EMULATION_FIGHTER",
                    List.of("dk-sang"));
            expect(201, steps.propose(UNION, "p-cstdcs-sang", "cd-td-2025", "tk-2025", "dk-sang",
                    "GRASSROOTS_EMULATION_FIGHTER"));
        } finally {
            GenericEventMessage.clock = realClock;
        }
        try (RunningApp app = RunningApp.start(h2)) {
            TrackedEventMessage<?> overdue = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> overdueEvent(app), Optional::isPresent).orElseThrow();
            ProposalOverdue event = (ProposalOverdue) overdue.getPayload();
            assertThat(event.pendingAt().value()).isEqualTo("ldld-tam-duong");
            assertThat(event.workingDays()).isEqualTo(20);
            assertThat(overdue.getMetaData())
                    .containsEntry(MetadataKeys.ACTOR, "system")
                    .containsEntry(MetadataKeys.ACTOR_UNIT, "_system");

            // reads wait for the views to pass the store's head, so the overdue mark is there without polling
            assertThat(app.as("ldld-tam-duong").get("/api/units/ldld-tam-duong/overdue").body()).contains("p-cstdcs-sang");
            assertThat(app.as("ldld-lai-chau").get("/api/units/ldld-lai-chau/overdue").body())
                    .as("a unit sees where the units below it are late").contains("p-cstdcs-sang");
            assertThat(app.as("ldld-quang-nam").get("/api/units/ldld-quang-nam/overdue").body())
                    .doesNotContain("p-cstdcs-sang");
            assertThat(app.as(UNION).get("/api/units/ldld-tam-duong/overdue").rule()).isEqualTo("P2");
            assertThat(app.as(UNION).get("/api/units/" + UNION + "/outbox").body()).contains("p-cstdcs-sang");
            assertThat(app.as("ldld-tam-duong").get("/api/units/ldld-tam-duong/outbox").body())
                    .doesNotContain("p-cstdcs-sang");
        }
    }

    private static Optional<TrackedEventMessage<?>> overdueEvent(RunningApp app) throws Exception {
        try (BlockingStream<TrackedEventMessage<?>> events = app.bean(EventStore.class).openStream(null)) {
            while (events.hasNextAvailable()) {
                TrackedEventMessage<?> event = events.nextAvailable();
                if (event.getPayload() instanceof ProposalOverdue) {
                    return Optional.of(event);
                }
            }
        }
        return Optional.empty();
    }
}
