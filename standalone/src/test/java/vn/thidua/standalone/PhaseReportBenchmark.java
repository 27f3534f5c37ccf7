package vn.thidua.standalone;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import javax.sql.DataSource;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.transaction.support.TransactionTemplate;

import vn.thidua.api.campaign.CampaignId;
import vn.thidua.api.report.PhaseReport;
import vn.thidua.api.report.PhaseReportRequest;
import vn.thidua.platform.test.TestDatabases;
import vn.thidua.query.report.PhaseReports;

/**
 * Not run in CI (no {@code bench.events} property there). Fills an H2 file store through the storage engine with a
 * national plan cascaded to 63 provinces, 630 districts and 9,450 communes (one plan each), registrations, a final
 * review per commune with its ratings and nominees, proposals going up three hops to an approval and a grant; then
 * times the phase report of the national plan against a raw JDBC loop that reads and deserializes every payload of
 * the same rows, in the same JVM, and prints both throughputs, their ratio and the heap peak. Run with
 * {@code ./mvnw -B -q verify -pl standalone -am -Dtest=PhaseReportBenchmark -Dbench.events=1000000
 * -Dsurefire.failIfNoSpecifiedTests=false} and read the lines starting with "BENCH" in the test's output file.
 */
@EnabledIfSystemProperty(named = "bench.events", matches = "\\d+")
class PhaseReportBenchmark {

    @TempDir
    Path data;

    @Test
    void report_throughput_against_a_raw_jdbc_loop() throws Exception {
        long target = Long.parseLong(System.getProperty("bench.events"));

        Map<String, Object> properties = new java.util.HashMap<>(TestDatabases.h2File(data));
        properties.put("thidua.demo.enabled", "false");
        try (RunningApp app = RunningApp.start(properties)) {
            app.bean(EventProcessingConfiguration.class).eventProcessors().values().forEach(EventProcessor::shutDown);
            BenchmarkHistory history = new BenchmarkHistory(app.bean(EventStorageEngine.class), new TransactionTemplate(
                    app.bean(org.springframework.transaction.PlatformTransactionManager.class)));
            long started = System.nanoTime();
            long appended = history.generate(target);
            System.out.printf("BENCH generated %,d events in %s%n", appended, Duration.ofNanos(System.nanoTime() - started));

            Serializer serializer = app.bean(org.axonframework.config.Configuration.class).eventSerializer();
            DataSource dataSource = app.bean(DataSource.class);
            PhaseReports reports = app.bean(PhaseReports.class);
            for (int round = 1; round <= 2; round++) {
                System.gc();
                long rawStart = System.nanoTime();
                long raw = BenchmarkHistory.rawLoop(dataSource, serializer);
                double rawSeconds = (System.nanoTime() - rawStart) / 1e9;

                System.gc();
                BenchmarkHistory.HeapPeak peak = BenchmarkHistory.HeapPeak.start();
                long reportStart = System.nanoTime();
                PhaseReport report = reports.run(new PhaseReportRequest(new CampaignId(BenchmarkHistory.NATIONAL_PLAN),
                        null, null, null, null));
                double reportSeconds = (System.nanoTime() - reportStart) / 1e9;
                long heap = peak.stop();
                System.out.printf("BENCH round %d: raw JDBC read+deserialize %,d rows in %.1f s = %,.0f events/s;"
                                + " report %,d plans in %.1f s = %,.0f events/s; ratio %.2f; heap peak during report %,d MB%n",
                        round, raw, rawSeconds, raw / rawSeconds, report.cascade().size(), reportSeconds,
                        appended / reportSeconds, rawSeconds / reportSeconds, heap / (1024 * 1024));
            }
        }
    }
}
