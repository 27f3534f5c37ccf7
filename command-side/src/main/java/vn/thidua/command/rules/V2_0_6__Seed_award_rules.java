package vn.thidua.command.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import vn.thidua.api.rules.RuleSetVersion;

/**
 * Seeds the shipped defaults as the first published rule set, read from the same file the tests read, so that the
 * rules in force are in the database from the first start and no command depends on a file that may later change.
 * It is a Java migration (a bean Flyway picks up) only so the document is not copied into SQL; it is checked first,
 * so a broken default stops the migration instead of the first decision.
 */
@Component
class V2_0_6__Seed_award_rules extends BaseJavaMigration {

    static final RuleSetVersion VERSION = new RuleSetVersion("2022.1");

    @Override
    public void migrate(Context context) throws IOException, java.sql.SQLException {
        String document;
        try (InputStream in = new ClassPathResource(RuleSet.DEFAULTS).getInputStream()) {
            document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        RuleSet.read(VERSION, document);
        try (PreparedStatement insert = context.getConnection().prepareStatement(
                "insert into cmd_rule_set (version, position, document, published_at, published_by) values (?, 1, ?, ?, ?)")) {
            insert.setString(1, VERSION.value());
            insert.setString(2, document);
            insert.setTimestamp(3, Timestamp.from(Instant.now()));
            insert.setString(4, "migration V2_0_6 (Law 06/2022/QH15)");
            insert.executeUpdate();
        }
    }
}
