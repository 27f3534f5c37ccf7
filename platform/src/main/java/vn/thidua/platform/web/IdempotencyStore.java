package vn.thidua.platform.web;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The table of used Idempotency-Keys (A1); shared by every instance through the database. */
@Component
public class IdempotencyStore {

    private final JdbcTemplate jdbc;

    public IdempotencyStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredAnswer> find(String key) {
        return jdbc.query("""
                        select fingerprint, status, content_type, location, body
                        from idempotency_key where idempotency_key = ?""",
                (rs, row) -> {
                    int status = rs.getInt("status");
                    return new StoredAnswer(rs.getString("fingerprint"), rs.wasNull(), status,
                            rs.getString("content_type"), rs.getString("location"), rs.getBytes("body"));
                }, key).stream().findFirst();
    }

    /** Fails with a duplicate-key error when another request holds or held the key. */
    void claim(String key, String fingerprint, String username) {
        jdbc.update("insert into idempotency_key (idempotency_key, fingerprint, username, created_at) values (?, ?, ?, ?)",
                key, fingerprint, username, Timestamp.from(Instant.now()));
    }

    void complete(String key, StoredAnswer answer) {
        jdbc.update("update idempotency_key set status = ?, content_type = ?, location = ?, body = ? where idempotency_key = ?",
                answer.status(), answer.contentType(), answer.location(), answer.body(), key);
    }
}
