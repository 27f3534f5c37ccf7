package vn.thidua.api.rules;

import java.time.Instant;

/** One published version of the award rules; {@code inForce} for the latest, which commands decide by. */
public record RuleSetSummary(RuleSetVersion version, int position, Instant publishedAt, String publishedBy,
                             boolean inForce) {
}
