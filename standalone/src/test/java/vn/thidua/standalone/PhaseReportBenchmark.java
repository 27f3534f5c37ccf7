package vn.thidua.standalone;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import vn.thidua.api.campaign.CampaignId;
import vn.thidua.api.report.PhaseReport;
import vn.thidua.api.report.PhaseReportRequest;
import vn.thidua.platform.test.TestDatabases;
import vn.thidua.query.report.PhaseReports;

/**
 * Not run in CI (no {@code bench.events} property there). Fills a store ({@link BenchmarkStore}: embedded H2 through
 * the storage engine by default, PostgreSQL by COPY with {@code -Dbench.store=postgres}) with a national plan
 * cascaded to 63 provinces, 630 districts and 9,450 communes (one plan each), registrations, a final review per
 * commune with its ratings and nominees, proposals going up three hops to an approval and a grant; then times the
 * phase report of the national plan against a raw JDBC loop that reads and deserializes every payload of the same
 * rows, in the same JVM, and prints both throughputs, their ratio and the heap peaks. Run with
 * {@code ./mvnw -B -q verify -pl standalone -am -Dtest=PhaseReportBenchmark -Dbench.events=1000000
 * -Dsurefire.failIfNoSpecifiedTests=false} and read the lines starting with "BENCH" in the test's output file.
 * <ul>
 * <li>{@code -Dbench.dir=/some/dir} (H2) or {@code -Dbench.schema=name} (PostgreSQL) keeps the store and fills it
 * only when it has no events yet, so the store of one size is generated once and measured many times.</li>
 * <li>{@code -Dbench.heap=true}, on an H2 store an earlier run filled (not on PostgreSQL), first runs the report as
 * an analyst does, {@code report --campaign ...} in a JVM of its own started cold on the test classpath, and
 * searches in 64 MB steps for the smallest {@code -Xmx} with which it completes; each run prints its time, so the
 * first of them is also a cold single run. It goes first because the embedded H2 file admits one process, and this
 * JVM keeps it locked once its app has opened it. {@code -Dbench.rounds=0} skips the in-JVM rounds (2 by
 * default).</li>
 * <li>{@code -Dthidua.events.batch-size=1000} (any property of the app) reads the store in larger batches.</li>
 * </ul>
 */
@EnabledIfSystemProperty(named = "bench.events", matches = "\\d+")
class PhaseReportBenchmark {

    private static final int HEAP_STEP_MB = 64;
    private static final int ROOMY_MB = 4096;

    @TempDir
    Path temporary;

    @Test
    void report_throughput_against_a_raw_jdbc_loop() throws Exception {
        long target = Long.parseLong(System.getProperty("bench.events"));
        try (BenchmarkStore store = BenchmarkStore.chosen(temporary)) {
            Optional<Path> h2 = store.h2Directory();
            if (Boolean.getBoolean("bench.heap") && h2.isPresent() && Files.exists(h2.get().resolve("thidua.mv.db"))) {
                smallestHeap(h2.get(), target, Duration.ofMinutes(15));
            }
            Map<String, Object> properties = new HashMap<>(store.properties());
            properties.put("thidua.demo.enabled", "false");
            properties.put("spring.quartz.auto-startup", "false");
            try (RunningApp app = RunningApp.start(properties)) {
                app.bean(EventProcessingConfiguration.class).eventProcessors().values().forEach(EventProcessor::shutDown);
                long events = store.fill(app, target);
                rounds(app, events);
            }
        }
    }

    private static void rounds(RunningApp app, long events) throws Exception {
        Serializer serializer = app.bean(org.axonframework.config.Configuration.class).eventSerializer();
        DataSource dataSource = app.bean(DataSource.class);
        PhaseReports reports = app.bean(PhaseReports.class);
        for (int round = 1; round <= Integer.getInteger("bench.rounds", 2); round++) {
            System.gc();
            BenchmarkHistory.HeapPeak rawPeak = BenchmarkHistory.HeapPeak.start();
            long rawStart = System.nanoTime();
            long raw = BenchmarkHistory.rawLoop(dataSource, serializer);
            double rawSeconds = (System.nanoTime() - rawStart) / 1e9;
            long rawHeap = rawPeak.stop();

            System.gc();
            BenchmarkHistory.HeapPeak peak = BenchmarkHistory.HeapPeak.start();
            long reportStart = System.nanoTime();
            PhaseReport report = reports.run(new PhaseReportRequest(new CampaignId(BenchmarkHistory.NATIONAL_PLAN),
                    null, null, null, null));
            double reportSeconds = (System.nanoTime() - reportStart) / 1e9;
            long heap = peak.stop();
            System.out.printf("BENCH round %d: raw JDBC read+deserialize %,d rows in %.1f s = %,.0f events/s"
                            + " (heap peak %,d MB); report %,d plans in %.1f s = %,.0f events/s; ratio %.2f;"
                            + " heap peak during report %,d MB%n",
                    round, raw, rawSeconds, raw / rawSeconds, rawHeap / (1024 * 1024), report.cascade().size(),
                    reportSeconds, events / reportSeconds, rawSeconds / reportSeconds, heap / (1024 * 1024));
        }
    }

    /**
     * One run with a roomy heap and a GC log gives the most the heap held after a collection; from that many 64 MB
     * steps, the runs go down while the report completes, or up until it does. A run that fails, or outlasts
     * {@code limit} (a heap so tight that the JVM only collects garbage), does not complete.
     */
    private void smallestHeap(Path data, long events, Duration limit) throws Exception {
        Path gcLog = temporary.resolve("gc.log");
        ReportCommandProcess.Outcome roomy = ReportCommandProcess.run(List.of("-Xmx" + ROOMY_MB + "m", "-Xlog:gc:file=" + gcLog),
                TestDatabases.h2File(data), limit, temporary, "--campaign", BenchmarkHistory.NATIONAL_PLAN,
                "--out", temporary.resolve("report.json").toString());
        long afterGcMb = mostAfterCollection(gcLog);
        System.out.printf("BENCH command-line report with -Xmx%dm (cold JVM, start included): status %s in %.1f s"
                + " = %,.0f events/s; heap after collections at most %,d MB%n", ROOMY_MB, roomy.status(),
                roomy.took().toNanos() / 1e9, events / (roomy.took().toNanos() / 1e9), afterGcMb);
        int steps = (int) Math.max(1, (afterGcMb + HEAP_STEP_MB - 1) / HEAP_STEP_MB);
        if (reportCompletes(data, events, steps * HEAP_STEP_MB, limit)) {
            while (steps > 1 && reportCompletes(data, events, (steps - 1) * HEAP_STEP_MB, limit)) {
                steps--;
            }
        } else {
            do {
                steps++;
            } while (!reportCompletes(data, events, steps * HEAP_STEP_MB, limit) && steps < ROOMY_MB / HEAP_STEP_MB);
        }
        System.out.printf("BENCH smallest -Xmx with which the command-line report of %,d events completes: %d MB%n",
                events, steps * HEAP_STEP_MB);
    }

    /** The largest "after" of G1's "used before->used after(committed)" pause lines, in MB. */
    private static long mostAfterCollection(Path gcLog) throws IOException {
        Matcher pause = Pattern.compile("(\\d+)M->(\\d+)M\\(").matcher(Files.readString(gcLog));
        long most = 0;
        while (pause.find()) {
            most = Math.max(most, Long.parseLong(pause.group(2)));
        }
        return most;
    }

    private boolean reportCompletes(Path data, long events, int heapMb, Duration limit) throws Exception {
        Path out = temporary.resolve("report-" + heapMb + ".json");
        ReportCommandProcess.Outcome run = ReportCommandProcess.run(List.of("-Xmx" + heapMb + "m"),
                TestDatabases.h2File(data), limit, temporary, "--campaign", BenchmarkHistory.NATIONAL_PLAN,
                "--out", out.toString());
        boolean completed = Integer.valueOf(0).equals(run.status()) && Files.size(out) > 0;
        double seconds = run.took().toNanos() / 1e9;
        String firstError = run.stderr().lines().findFirst().orElse("");
        System.out.printf("BENCH command-line report with -Xmx%dm: %s in %.1f s (JVM start included) = %,.0f events/s%s%n",
                heapMb, completed ? "completed" : run.status() == null ? "stopped after the time limit" : "failed",
                seconds, events / seconds, completed ? "" : " (" + firstError + ")");
        return completed;
    }
}
