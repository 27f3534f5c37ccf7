package vn.thidua.api.report;

import java.math.BigDecimal;

/**
 * The stays of proposals at units of one level that ended in the window (forwarded, returned, resubmitted or
 * decided): how many, and their median and 95th percentile (nearest rank) in days to one decimal.
 */
public record LevelDays(String level, long stays, BigDecimal medianDays, BigDecimal p95Days) {
}
