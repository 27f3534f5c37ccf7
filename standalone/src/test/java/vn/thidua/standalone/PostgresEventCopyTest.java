package vn.thidua.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.thidua.api.orgunit.Level;
import vn.thidua.api.orgunit.OrgUnitCreated;
import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.api.orgunit.UnitKind;

/**
 * The benchmarks' direct PostgreSQL writer stores what the app's storage engine would: events copied in, with text
 * that COPY's formats treat specially in their payloads and metadata, read back through Axon (by aggregate and as
 * a stream) with the same payloads, metadata, identifiers and timestamps, at global indexes 1, 2, 3; the app then
 * appends after them; and the table keeps the constraints Flyway made, though the copy dropped two for the load.
 */
class PostgresEventCopyTest {

    private static final String AWKWARD = "Xã Ia Ko \\ \\x00 \t tab \n dòng mới \r \"ngoặc\" ; \\N";
    private static final String CONSTRAINTS = """
            select conname || ' ' || pg_get_constraintdef(oid) from pg_constraint
            where conrelid = 'domain_event_entry'::regclass order by conname""";

    @Test
    void copied_events_read_back_through_axon_as_the_engine_stores_them_and_the_app_appends_after_them() {
        try (TestStore store = TestStore.postgres().with("thidua.demo.enabled", "false");
             RunningApp app = RunningApp.start(store.properties())) {
            JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
            List<String> constraints = jdbc.queryForList(CONSTRAINTS, String.class);
            List<DomainEventMessage<?>> events = List.of(
                    unitCreated("xa-ia-ko", 0, AWKWARD, "2022-01-01T01:00:00.123Z"),
                    unitCreated("xa-ia-ko-2", 0, "Xã thứ hai", "2022-01-01T01:01:30Z"),
                    unitCreated("xa-ia-ko-3", 0, AWKWARD.repeat(400), "2022-01-01T01:03:00Z"));

            PostgresEventCopy copy = new PostgresEventCopy(app.bean(DataSource.class),
                    app.bean(Configuration.class).eventSerializer());
            copy.write(events.subList(0, 2));
            copy.write(events.subList(2, 3));
            copy.finish();

            EventStore eventStore = app.bean(EventStore.class);
            DomainEventMessage<?> read = eventStore.readEvents("xa-ia-ko").next();
            assertThat(read.getIdentifier()).isEqualTo(events.get(0).getIdentifier());
            assertThat(read.getType()).isEqualTo("OrgUnit");
            assertThat(read.getPayload()).isEqualTo(events.get(0).getPayload());
            assertThat(read.getMetaData()).isEqualTo(events.get(0).getMetaData());
            assertThat(read.getTimestamp()).isEqualTo(events.get(0).getTimestamp());
            assertThat(streamed(eventStore, 3)).containsExactly(
                    Map.entry(1L, events.get(0).getPayload()), Map.entry(2L, events.get(1).getPayload()),
                    Map.entry(3L, events.get(2).getPayload()));

            BenchmarkHistory.throughEngine(app.bean(EventStorageEngine.class),
                    new TransactionTemplate(app.bean(PlatformTransactionManager.class)))
                    .write(List.of(unitCreated("xa-ia-ko", 1, "sau bản sao", "2022-01-01T01:04:30Z")));
            assertThat(streamed(eventStore, 4)).last().isEqualTo(Map.entry(4L, new OrgUnitCreated(
                    new OrgUnitId("xa-ia-ko"), "sau bản sao", "UB", Level.COMMUNE, UnitKind.PEOPLES_COMMITTEE, null,
                    null, Set.of())));
            assertThat(jdbc.queryForList(CONSTRAINTS, String.class)).isEqualTo(constraints).hasSize(3);
        }
    }

    /** The first {@code count} events of the store as Axon streams them: global index and payload. */
    private static List<Map.Entry<Long, Object>> streamed(EventStore eventStore, int count) {
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(null)) {
            return stream.asStream().limit(count)
                    .map(event -> Map.entry(event.trackingToken().position().orElseThrow(), (Object) event.getPayload()))
                    .toList();
        }
    }

    private static DomainEventMessage<?> unitCreated(String unit, long sequence, String name, String timestamp) {
        return new GenericDomainEventMessage<>("OrgUnit", unit, sequence, new OrgUnitCreated(new OrgUnitId(unit), name,
                "UB", Level.COMMUNE, UnitKind.PEOPLES_COMMITTEE, null, null, Set.of()),
                Map.of("actorUnit", "bo-bench", "actor", AWKWARD), UUID.randomUUID().toString(), Instant.parse(timestamp));
    }
}
