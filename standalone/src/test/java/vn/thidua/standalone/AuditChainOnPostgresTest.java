package vn.thidua.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.SQLException;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;

/**
 * On PostgreSQL the application's role may only insert and select events (V1_1_0). To tamper, the test must first
 * grant itself UPDATE back as the table's owner: which is the point, only the owner (a DBA) can, and verify still
 * names what was changed.
 */
class AuditChainOnPostgresTest extends AuditChainTest {

    private static final String PERMISSION_DENIED = "42501";

    @Override
    TestStore store(Path data) {
        return TestStore.postgres();
    }

    @Override
    void asTheOwner(Runnable change) {
        jdbc.execute("grant update on domain_event_entry to current_user");
        try {
            change.run();
        } finally {
            jdbc.execute("revoke update on domain_event_entry from current_user");
        }
    }

    @Test
    @Order(4)
    void the_applications_role_cannot_update_delete_or_truncate_events_but_inserts_and_reads_them() {
        assertPermissionDenied("update domain_event_entry set payload = payload");
        assertPermissionDenied("delete from domain_event_entry");
        assertPermissionDenied("truncate domain_event_entry");

        long before = app.eventCount();
        new Steps(app).person("ubnd-xa-lo-ku", "lk-lo-thi-mai", "Lò Thị Mai", "ubnd-xa-lo-ku");
        assertThat(app.eventCount()).isEqualTo(before + 1);
    }

    private void assertPermissionDenied(String sql) {
        assertThatThrownBy(() -> jdbc.execute(sql)).as(sql).isInstanceOf(DataAccessException.class)
                .satisfies(e -> assertThat(((DataAccessException) e).getMostSpecificCause())
                        .isInstanceOfSatisfying(SQLException.class,
                                cause -> assertThat(cause.getSQLState()).isEqualTo(PERMISSION_DENIED))
                        .hasMessageContaining("permission denied for table domain_event_entry"));
    }
}
