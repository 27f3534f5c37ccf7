package vn.thidua.api.report;

/**
 * Grants decided in the window for the plan, by award type and the level of the deciding unit; {@code revoked} of
 * them were revoked by the window end, {@code standing} were not.
 */
public record AwardCount(String awardType, String level, long granted, long revoked, long standing) {
}
