package vn.thidua.standalone;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.thidua.platform.test.TestDatabases;

/**
 * The store a replay benchmark runs the app on, chosen by system properties, and its filling with
 * {@link BenchmarkHistory}:
 * <ul>
 * <li>by default the embedded H2 file, filled through the storage engine; {@code -Dbench.dir=/some/dir} keeps it
 * there (else a temporary directory);</li>
 * <li>{@code -Dbench.store=postgres}: a schema of the test PostgreSQL ({@link TestDatabases#postgres}), filled by
 * {@link PostgresEventCopy}; {@code -Dbench.schema=name} keeps that schema, else a fresh one is dropped at the
 * end.</li>
 * </ul>
 * A kept store is filled only when it has no events yet, so the history of one size is generated once and
 * measured many times.
 */
final class BenchmarkStore implements AutoCloseable {

    private final Map<String, Object> properties;
    private final String where;
    private final Path h2Directory;
    private final String schemaToDrop;

    private BenchmarkStore(Map<String, Object> properties, String where, Path h2Directory, String schemaToDrop) {
        this.properties = properties;
        this.where = where;
        this.h2Directory = h2Directory;
        this.schemaToDrop = schemaToDrop;
    }

    static BenchmarkStore chosen(Path temporary) throws IOException {
        String store = System.getProperty("bench.store", "h2");
        if (store.equals("postgres")) {
            String kept = System.getProperty("bench.schema");
            String schema = kept == null ? TestDatabases.freshSchemaName() : kept;
            return new BenchmarkStore(TestDatabases.postgres(schema), "PostgreSQL schema " + schema, null,
                    kept == null ? schema : null);
        }
        if (!store.equals("h2")) {
            throw new IllegalArgumentException("bench.store is h2 (the default) or postgres, not " + store);
        }
        Path data = System.getProperty("bench.dir") == null ? temporary
                : Files.createDirectories(Paths.get(System.getProperty("bench.dir")));
        return new BenchmarkStore(TestDatabases.h2File(data), "H2 file in " + data, data, null);
    }

    Map<String, Object> properties() {
        return properties;
    }

    /** Where the H2 file is, or empty on PostgreSQL. */
    Optional<Path> h2Directory() {
        return Optional.ofNullable(h2Directory);
    }

    /**
     * The number of events in the app's store, after generating about {@code target} of them when it had none. The
     * app's event processors must be shut down: they would read the history while it is written.
     */
    long fill(RunningApp app, long target) {
        long events = app.eventCount();
        if (events > 0) {
            System.out.printf("BENCH reusing the %,d events of the %s%n", events, where);
            return events;
        }
        BenchmarkHistory.Sink sink = h2Directory == null
                ? new PostgresEventCopy(app.bean(DataSource.class), app.bean(Configuration.class).eventSerializer())
                : BenchmarkHistory.throughEngine(app.bean(EventStorageEngine.class),
                        new TransactionTemplate(app.bean(PlatformTransactionManager.class)));
        long started = System.nanoTime();
        events = new BenchmarkHistory(sink).generate(target);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        System.out.printf("BENCH generated %,d events in %s = %,.0f events/s (%s, %s)%n", events, took,
                events / (took.toNanos() / 1e9), where, h2Directory == null ? "COPY" : "through the storage engine");
        return events;
    }

    @Override
    public void close() {
        if (schemaToDrop != null) {
            TestDatabases.dropPostgresSchema(schemaToDrop);
        }
    }
}
