package vn.thidua.query.report;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.thidua.api.RuleViolationException;
import vn.thidua.api.report.PhaseReport;
import vn.thidua.api.report.PhaseReportJob;

/**
 * Report runs in this JVM: at most {@value #THREADS} at a time, {@value #QUEUED} waiting, the last {@value #KEPT}
 * jobs remembered (with their reports, in memory) for the user who started them. A restart forgets them; the
 * report can be run again with the same result.
 */
@Component
class PhaseReportJobs {

    static final int THREADS = 2;
    static final int QUEUED = 20;
    static final int KEPT = 100;
    private static final Logger log = LoggerFactory.getLogger(PhaseReportJobs.class);

    enum Status { RUNNING, DONE, FAILED }

    static final class Job {
        final String id;
        final String owner;
        final AtomicLong read = new AtomicLong();
        final AtomicLong total = new AtomicLong();
        volatile Status status = Status.RUNNING;
        volatile PhaseReport report;
        volatile RuntimeException failure;

        Job(String id, String owner) {
            this.id = id;
            this.owner = owner;
        }

        PhaseReportJob state() {
            return new PhaseReportJob(id, status.name(), read.get(), total.get());
        }
    }

    private final PhaseReports reports;
    private final ThreadPoolExecutor executor;
    private final Map<String, Job> jobs = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Job> eldest) {
            return size() > KEPT;
        }
    };

    PhaseReportJobs(PhaseReports reports) {
        this.reports = reports;
        AtomicInteger threads = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(THREADS, THREADS, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUED),
                task -> {
                    Thread thread = new Thread(task, "phase-report-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /** Checks the request now, so that a caller's mistake is answered at once rather than by a failed job. */
    Job start(PhaseReports.Prepared prepared, String owner) {
        Job job = new Job(UUID.randomUUID().toString(), owner);
        synchronized (jobs) {
            jobs.put(job.id, job);
        }
        try {
            executor.execute(() -> run(job, prepared));
        } catch (RejectedExecutionException e) {
            synchronized (jobs) {
                jobs.remove(job.id);
            }
            throw RuleViolationException.conflict(PhaseReports.RULE,
                    "too many reports are waiting to run; repeat the request later");
        }
        return job;
    }

    private void run(Job job, PhaseReports.Prepared prepared) {
        try {
            job.report = reports.run(prepared, new PhaseReports.Progress() {
                @Override
                public void total(long events) {
                    job.total.set(events);
                }

                @Override
                public void read(long events) {
                    job.read.set(events);
                }
            });
            job.status = Status.DONE;
        } catch (RuntimeException e) {
            log.warn("Phase report {} failed", job.id, e);
            job.failure = e;
            job.status = Status.FAILED;
        }
    }

    /** Someone else's job is as unknown as a forgotten one. */
    Job find(String id, String user) {
        Job job;
        synchronized (jobs) {
            job = jobs.get(id);
        }
        if (job == null || !job.owner.equals(user)) {
            throw RuleViolationException.notFound(PhaseReports.RULE, "no report job " + id + " of yours is known here");
        }
        return job;
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
