package vn.thidua.standalone;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import vn.thidua.api.MetadataKeys;
import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.api.person.PersonId;
import vn.thidua.api.person.RegisterPerson;

/**
 * The views' two performance targets (issue "views"), not run in CI: read the lines starting with "BENCH" in the
 * test's output file.
 * <ul>
 * <li>Rebuild: {@code -Dbench.events=1000000} fills the store with {@link BenchmarkHistory} (embedded H2 through the
 * storage engine by default; PostgreSQL by COPY with {@code -Dbench.store=postgres}; {@code -Dbench.dir} or
 * {@code -Dbench.schema} keeps it for the next run: {@link BenchmarkStore}), then times a raw JDBC
 * read+deserialize of every row and, one view at a time, a reset and full rebuild to the head; ratio = raw time /
 * rebuild time (target ≥ 0.5), and the same ratio of CPU times (the raw loop's thread, the processor's threads),
 * which other processes on the machine disturb less (on PostgreSQL it leaves out the database's own work); the heap
 * peak of each rebuild;
 * {@code -Dbench.views=registrations,campaigns} rebuilds only those; {@code -Dbench.h2-options=;CACHE_SIZE=262144}
 * appends settings to the H2 URL.</li>
 * <li>Lag: {@code -Dbench.lag=30} measures the maximum rate of a command (register a person, through the command
 * gateway with 8 senders), lets the views catch up, then sends at half that rate for that many seconds and
 * measures, for every command, the time from its completion until every view has passed the store's head as it
 * stood then (target p99 &lt; 1 s); always on embedded H2.</li>
 * </ul>
 * Command: {@code ./mvnw -B -q verify -pl standalone -am -Dtest=ViewBenchmark -Dbench.events=1000000 -Dbench.lag=30
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ViewBenchmark {

    private static final List<String> VIEWS = List.of("units", "campaigns", "registrations", "review-results",
            "proposal-tracker", "award-register", "quota-usage", "audit-log");
    private static final int SENDERS = 8;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    @TempDir
    Path data;

    @Test
    @EnabledIfSystemProperty(named = "bench.events", matches = "\\d+")
    void rebuild_throughput_against_a_raw_jdbc_loop() throws Exception {
        try (BenchmarkStore store = BenchmarkStore.chosen(data)) {
            rebuilds(store);
        }
    }

    private static void rebuilds(BenchmarkStore store) throws Exception {
        Map<String, Object> properties = new HashMap<>(store.properties());
        properties.put("thidua.demo.enabled", "false");
        if (store.h2Directory().isPresent()) {
            // e.g. ";CACHE_SIZE=262144" to weigh H2's page cache (16 MB by default) against the views' index upkeep
            properties.computeIfPresent("spring.datasource.url",
                    (key, url) -> url + System.getProperty("bench.h2-options", ""));
        }
        try (RunningApp app = RunningApp.start(properties)) {
            EventProcessingConfiguration processing = app.bean(EventProcessingConfiguration.class);
            // a processor shut down while its worker is still starting may never start again: let them settle first
            for (EventProcessor processor : processing.eventProcessors().values()) {
                while (processor instanceof StreamingEventProcessor streaming && streaming.processingStatus().isEmpty()) {
                    Thread.sleep(20);
                }
            }
            processing.eventProcessors().values().forEach(EventProcessor::shutDown);
            store.fill(app, Long.parseLong(System.getProperty("bench.events")));
            long head = app.bean(EventStore.class).createHeadToken().position().orElseThrow();
            System.out.printf("BENCH head of the store %,d%n", head);

            Serializer serializer = app.bean(org.axonframework.config.Configuration.class).eventSerializer();
            System.gc();
            long rawStart = System.nanoTime();
            long rawCpuStart = CPU.getCurrentThreadCpuTime();
            long rows = BenchmarkHistory.rawLoop(app.bean(DataSource.class), serializer);
            double rawCpuSeconds = (CPU.getCurrentThreadCpuTime() - rawCpuStart) / 1e9;
            double rawSeconds = (System.nanoTime() - rawStart) / 1e9;
            System.out.printf("BENCH raw JDBC read+deserialize %,d rows in %.1f s = %,.0f events/s; %.1f s CPU%n", rows,
                    rawSeconds, rows / rawSeconds, rawCpuSeconds);
            for (String view : System.getProperty("bench.views", String.join(",", VIEWS)).split(",")) {
                StreamingEventProcessor processor = processing.eventProcessor(view, StreamingEventProcessor.class)
                        .orElseThrow();
                processor.resetTokens();
                System.gc();
                BenchmarkHistory.HeapPeak peak = BenchmarkHistory.HeapPeak.start();
                long started = System.nanoTime();
                processor.start();
                while (minimumPosition(List.of(processor)) < head) {
                    Thread.sleep(20);
                }
                double seconds = (System.nanoTime() - started) / 1e9;
                double cpuSeconds = processorCpuSeconds(view);
                processor.shutDown();
                long heap = peak.stop();
                System.out.printf("BENCH rebuild %-16s %,d events in %.1f s = %,.0f events/s; ratio to raw %.2f;"
                                + " %.1f s CPU, CPU ratio to raw %.2f; heap peak %,d MB%n", view, rows, seconds,
                        rows / seconds, rawSeconds / seconds, cpuSeconds, rawCpuSeconds / cpuSeconds,
                        heap / (1024 * 1024));
            }
        }
    }

    @Test
    @EnabledIfSystemProperty(named = "bench.lag", matches = "\\d+")
    void projection_lag_at_half_the_maximum_command_rate() throws Exception {
        Duration window = Duration.ofSeconds(Long.parseLong(System.getProperty("bench.lag")));
        try (RunningApp app = RunningApp.start(TestStore.h2(data).properties())) {
            CommandGateway commands = app.bean(CommandGateway.class);
            EventStore store = app.bean(EventStore.class);
            List<StreamingEventProcessor> views = app.bean(EventProcessingConfiguration.class).eventProcessors().values()
                    .stream().filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                    .toList();
            AtomicLong sequence = new AtomicLong();

            double maximum = saturate(commands, sequence, window.dividedBy(2));
            System.out.printf("BENCH maximum rate with %d senders: %,.0f commands/s%n", SENDERS, maximum);
            long backlog = store.createHeadToken().position().orElseThrow();
            while (minimumPosition(views) < backlog) {
                Thread.sleep(50);
            }

            double rate = maximum / 2;
            ConcurrentLinkedQueue<long[]> pending = new ConcurrentLinkedQueue<>();
            List<Long> lags = new ArrayList<>();
            AtomicBoolean sending = new AtomicBoolean(true);
            Thread watcher = new Thread(() -> watch(views, pending, lags, sending));
            watcher.start();
            ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
            long intervalNanos = (long) (1e9 / rate);
            long start = System.nanoTime();
            long sent = 0;
            while (System.nanoTime() - start < window.toNanos()) {
                long due = start + sent * intervalNanos;
                while (System.nanoTime() < due) {
                    Thread.onSpinWait();
                }
                senders.execute(() -> {
                    register(commands, sequence.incrementAndGet());
                    pending.add(new long[] {store.createHeadToken().position().orElseThrow(), System.nanoTime()});
                });
                sent++;
            }
            senders.shutdown();
            senders.awaitTermination(1, TimeUnit.MINUTES);
            long head = store.createHeadToken().position().orElseThrow();
            views.forEach(view -> System.out.printf("BENCH when sending stopped, head %,d: %s at %,d%n", head,
                    view.getName(), minimumPosition(List.of(view))));
            sending.set(false);
            watcher.join();
            List<Long> sorted = lags.stream().sorted().toList();
            System.out.printf("BENCH lag at %,.0f commands/s (%,d commands in %s): p50 %d ms, p99 %d ms, max %d ms%n",
                    rate, sorted.size(), window, percentile(sorted, 50), percentile(sorted, 99),
                    sorted.get(sorted.size() - 1));
        }
    }

    /** Commands per second {@link #SENDERS} threads achieve back to back. */
    private static double saturate(CommandGateway commands, AtomicLong sequence, Duration duration)
            throws InterruptedException {
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        AtomicLong done = new AtomicLong();
        CountDownLatch finished = new CountDownLatch(SENDERS);
        long end = System.nanoTime() + duration.toNanos();
        for (int i = 0; i < SENDERS; i++) {
            senders.execute(() -> {
                while (System.nanoTime() < end) {
                    register(commands, sequence.incrementAndGet());
                    done.incrementAndGet();
                }
                finished.countDown();
            });
        }
        finished.await();
        senders.shutdown();
        return done.get() / (duration.toNanos() / 1e9);
    }

    /** Resolves each completed command once every view has passed the head it left. */
    private static void watch(List<StreamingEventProcessor> views, ConcurrentLinkedQueue<long[]> pending,
                              List<Long> lags, AtomicBoolean sending) {
        List<long[]> open = new ArrayList<>();
        while (sending.get() || !pending.isEmpty() || !open.isEmpty()) {
            for (long[] entry; (entry = pending.poll()) != null; ) {
                open.add(entry);
            }
            long position = minimumPosition(views);
            long now = System.nanoTime();
            open.removeIf(entry -> {
                if (entry[0] <= position) {
                    lags.add((now - entry[1]) / 1_000_000);
                    return true;
                }
                return false;
            });
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /**
     * The CPU time of the processor's threads (its worker runs the handlers and H2's work for them): on a machine
     * shared with other builds, wall-clock time also counts the waits for a core, which CPU time does not.
     */
    private static double processorCpuSeconds(String view) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith("EventProcessor[" + view + "]"))
                .mapToLong(thread -> CPU.getThreadCpuTime(thread.getId())).filter(nanos -> nanos > 0).sum() / 1e9;
    }

    private static long minimumPosition(List<StreamingEventProcessor> processors) {
        return processors.stream().flatMap(p -> p.processingStatus().values().stream())
                .mapToLong(status -> status.getCurrentPosition().orElse(-1)).min().orElse(-1);
    }

    private static void register(CommandGateway commands, long n) {
        commands.sendAndWait(new RegisterPerson(new PersonId("bench-" + n), "Người thử " + n,
                new OrgUnitId("ubnd-xa-lo-ku"), null, null), MetaData.from(Map.of(MetadataKeys.ACTOR, "ubnd-xa-lo-ku",
                MetadataKeys.ACTOR_UNIT, "ubnd-xa-lo-ku", MetadataKeys.CORRELATION_ID, UUID.randomUUID().toString())));
    }

    private static long percentile(List<Long> sorted, int percent) {
        return sorted.get(Math.max(0, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }
}
