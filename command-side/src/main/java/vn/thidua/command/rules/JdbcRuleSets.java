package vn.thidua.command.rules;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.thidua.api.MetadataKeys;
import vn.thidua.api.RuleViolationException;
import vn.thidua.api.rules.RuleSetPublished;
import vn.thidua.api.rules.RuleSetSummary;
import vn.thidua.api.rules.RuleSetVersion;
import vn.thidua.platform.axon.InTransactionProjection;

/**
 * {@code cmd_rule_set}, kept in the publishing command's transaction: the row with the highest position is in force
 * for every command-side instance from the moment that transaction commits. Each command asks for the version in
 * force (one indexed row); a document is read into a {@link RuleSet} once per version and instance.
 */
@Component
@InTransactionProjection
@ProcessingGroup(JdbcRuleSets.PROCESSING_GROUP)
class JdbcRuleSets implements RuleSets, RuleSetDirectory {

    static final String PROCESSING_GROUP = "rule-set-directory";

    private final JdbcTemplate jdbc;
    private final Map<RuleSetVersion, RuleSet> read = new ConcurrentHashMap<>();

    JdbcRuleSets(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public RuleSet inForce() {
        RuleSetVersion version = jdbc.query("select version from cmd_rule_set order by position desc fetch first 1 rows only",
                        (rs, row) -> new RuleSetVersion(rs.getString(1))).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("no rule set in force: migration V2_0_6 seeds one"));
        return read.computeIfAbsent(version, v -> RuleSet.read(v, document(v).orElseThrow()));
    }

    @Override
    public boolean contains(RuleSetVersion version) {
        Integer count = jdbc.queryForObject("select count(*) from cmd_rule_set where version = ?", Integer.class,
                version.value());
        return count != null && count > 0;
    }

    @Override
    public List<RuleSetSummary> all() {
        List<RuleSetSummary> published = jdbc.query(
                "select version, position, published_at, published_by from cmd_rule_set order by position",
                (rs, row) -> new RuleSetSummary(new RuleSetVersion(rs.getString("version")), rs.getInt("position"),
                        rs.getTimestamp("published_at").toInstant(), rs.getString("published_by"), false));
        RuleSetSummary latest = published.isEmpty() ? null : published.get(published.size() - 1);
        return published.stream().map(summary -> summary == latest
                ? new RuleSetSummary(summary.version(), summary.position(), summary.publishedAt(), summary.publishedBy(), true)
                : summary).toList();
    }

    @Override
    public Optional<String> document(RuleSetVersion version) {
        return jdbc.queryForList("select document from cmd_rule_set where version = ?", String.class, version.value())
                .stream().findFirst();
    }

    /** Two publications at once: the second waits on the unique position and is refused, never silently reordered. */
    @EventHandler
    void on(RuleSetPublished event, @Timestamp Instant publishedAt, @MetaDataValue(MetadataKeys.ACTOR) String actor) {
        try {
            jdbc.update("""
                            insert into cmd_rule_set (version, position, document, published_at, published_by)
                            select ?, coalesce(max(position), 0) + 1, ?, ?, ? from cmd_rule_set""",
                    event.version().value(), event.document(), java.sql.Timestamp.from(publishedAt), actor);
        } catch (DuplicateKeyException publishedMeanwhile) {
            throw RuleViolationException.conflict("R2", "another rule set was published at the same moment as "
                    + event.version() + "; publish it again to put it in force after that one");
        }
    }
}
