package vn.thidua.api.report;

/**
 * A report being built: {@code status} RUNNING, DONE or FAILED; the store is read to its head, so {@code eventsRead}
 * of {@code eventsTotal} measures the progress.
 */
public record PhaseReportJob(String jobId, String status, long eventsRead, long eventsTotal) {
}
