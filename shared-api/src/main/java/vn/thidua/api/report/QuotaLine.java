package vn.thidua.api.report;

/**
 * A quota of a plan at the window end: {@code allowed} is the limit, or {@code percent} of the grants of
 * {@code percentOf} counted against the same plan; {@code used} counts the grants against it not revoked.
 */
public record QuotaLine(String campaignId, String awardType, String targetKind, Integer limit, Integer percent,
                        String percentOf, long allowed, long used) {
}
