package vn.thidua.query.report;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.thidua.api.RuleViolation;
import vn.thidua.api.RuleViolationException;
import vn.thidua.api.report.PhaseReport;
import vn.thidua.api.report.PhaseReportJob;
import vn.thidua.query.report.PhaseReportFiles.Format;

/**
 * Report runs: at most {@value #THREADS} at a time in this JVM, {@value #QUEUED} waiting. Each job's progress and,
 * once done, its report in the three renderings live in {@code q_report_job}, so any query side answers for a job
 * whichever instance runs it (split mode behind a load balancer), and a finished report outlives a restart. A job
 * whose instance stopped stops advancing: after {@link #STALE} without progress it answers as failed, and can be run
 * again with the same result. The newest {@value #KEPT} jobs are kept.
 */
@Component
class PhaseReportJobs {

    static final int THREADS = 2;
    static final int QUEUED = 20;
    static final int KEPT = 100;
    static final Duration STALE = Duration.ofMinutes(2);
    private static final Logger log = LoggerFactory.getLogger(PhaseReportJobs.class);

    enum Status { RUNNING, DONE, FAILED }

    /**
     * A job as stored; a running job that stopped advancing reads as failed. A failed job has the refusal that ended
     * it, or none when it broke (its cause is in the log of the instance that ran it).
     */
    record Job(String id, String owner, Status status, long read, long total, RuleViolation refusal) {

        PhaseReportJob state() {
            return new PhaseReportJob(id, status.name(), read, total);
        }
    }

    private final PhaseReports reports;
    private final PhaseReportFiles files;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ThreadPoolExecutor executor;

    PhaseReportJobs(PhaseReports reports, PhaseReportFiles files, JdbcClient jdbc, Clock clock) {
        this.reports = reports;
        this.files = files;
        this.jdbc = jdbc;
        this.clock = clock;
        AtomicInteger threads = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(THREADS, THREADS, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUED),
                task -> {
                    Thread thread = new Thread(task, "phase-report-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /** The request was checked before ({@link PhaseReports#prepare}), so a caller's mistake is answered at once. */
    Job start(PhaseReports.Prepared prepared, String owner) {
        String id = UUID.randomUUID().toString();
        Instant now = clock.instant();
        jdbc.sql("""
                        insert into q_report_job (job_id, owner, status, events_read, events_total, started_at,
                            updated_at) values (?, ?, ?, 0, 0, ?, ?)""")
                .params(id, owner, Status.RUNNING.name(), utc(now), utc(now)).update();
        try {
            executor.execute(() -> run(id, prepared));
        } catch (RejectedExecutionException e) {
            jdbc.sql("delete from q_report_job where job_id = ?").param(id).update();
            throw RuleViolationException.conflict(PhaseReports.RULE,
                    "too many reports are waiting to run; repeat the request later");
        }
        jdbc.sql("""
                        delete from q_report_job where job_id not in
                            (select job_id from q_report_job order by started_at desc limit ?)""")
                .param(KEPT).update();
        return new Job(id, owner, Status.RUNNING, 0, 0, null);
    }

    private void run(String id, PhaseReports.Prepared prepared) {
        try {
            PhaseReport report = reports.run(prepared, new PhaseReports.Progress() {
                @Override
                public void total(long events) {
                    jdbc.sql("update q_report_job set events_total = ?, updated_at = ? where job_id = ?")
                            .params(events, utc(clock.instant()), id).update();
                }

                @Override
                public void read(long events) {
                    jdbc.sql("update q_report_job set events_read = ?, updated_at = ? where job_id = ?")
                            .params(events, utc(clock.instant()), id).update();
                }
            });
            jdbc.sql("""
                            update q_report_job set status = ?, report_json = ?, report_csv = ?, report_xlsx = ?,
                                updated_at = ? where job_id = ?""")
                    .params(Status.DONE.name(), files.render(report, Format.JSON), files.render(report, Format.CSV),
                            files.render(report, Format.XLSX), utc(clock.instant()), id)
                    .update();
        } catch (RuntimeException e) {
            log.warn("Phase report {} failed", id, e);
            RuleViolation refusal = e instanceof RuleViolationException refused ? refused.violation() : null;
            jdbc.sql("""
                            update q_report_job set status = ?, failure_rule = ?, failure_kind = ?, failure_detail = ?,
                                updated_at = ? where job_id = ?""")
                    .params(Status.FAILED.name(), refusal == null ? null : refusal.rule(),
                            refusal == null ? null : refusal.kind().name(), refusal == null ? null : refusal.detail(),
                            utc(clock.instant()), id)
                    .update();
        }
    }

    /** Someone else's job is as unknown as a forgotten one. */
    Job find(String id, String user) {
        return jdbc.sql("""
                        select job_id, owner, status, events_read, events_total, failure_rule, failure_kind,
                            failure_detail, updated_at from q_report_job where job_id = ? and owner = ?""")
                .params(id, user)
                .query((row, index) -> job(row.getString("job_id"), row.getString("owner"),
                        Status.valueOf(row.getString("status")), row.getLong("events_read"),
                        row.getLong("events_total"), row.getString("failure_rule"), row.getString("failure_kind"),
                        row.getString("failure_detail"), row.getObject("updated_at", OffsetDateTime.class)
                                .toInstant()))
                .optional().orElseThrow(() -> RuleViolationException.notFound(PhaseReports.RULE,
                        "no report job " + id + " of yours is known"));
    }

    /** The report of a finished job, as rendered when it finished. */
    byte[] rendered(Job job, Format format) {
        Optional<byte[]> bytes = jdbc.sql("select report_" + format.extension() + " from q_report_job where job_id = ?")
                .param(job.id()).query(byte[].class).optional();
        return bytes.orElseThrow(() -> RuleViolationException.notFound(PhaseReports.RULE,
                "no report job " + job.id() + " of yours is known"));
    }

    private Job job(String id, String owner, Status status, long read, long total, String rule, String kind,
                    String detail, Instant updatedAt) {
        if (status == Status.RUNNING && updatedAt.plus(STALE).isBefore(clock.instant())) {
            return new Job(id, owner, Status.FAILED, read, total, new RuleViolation(PhaseReports.RULE,
                    RuleViolation.Kind.CONFLICT, "the instance running report job " + id + " stopped before it"
                    + " finished; start the report again (it gives the same result)"));
        }
        RuleViolation refusal = rule == null ? null : new RuleViolation(rule, RuleViolation.Kind.valueOf(kind), detail);
        return new Job(id, owner, status, read, total, refusal);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
