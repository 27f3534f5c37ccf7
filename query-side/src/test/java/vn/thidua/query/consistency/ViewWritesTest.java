package vn.thidua.query.consistency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.thidua.query.testing.ProjectionTest;
import vn.thidua.query.testing.Transactions;

/** The views' held writes, on one of the views' tables (each plan's issuer, as the review results keep it). */
@ProjectionTest
class ViewWritesTest {

    private static final String INSERT = "insert into q_review_plan (campaign_id, issuer_id) values (?, ?)";
    private static final String MOVE = "update q_review_plan set issuer_id = ? where campaign_id = ?";

    @Autowired
    private ViewWrites writes;
    @Autowired
    private Transactions transactions;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void writes_are_held_until_commit_and_then_run_in_the_order_they_were_made() {
        List<String> seenBeforeCommit = transactions.get(() -> {
            writes.add(MOVE, "huyen-b", "kh-1");
            writes.add(INSERT, "kh-1", "huyen-a");
            writes.add(INSERT, "kh-2", "huyen-a");
            writes.add(MOVE, "huyen-c", "kh-2");
            return issuers();
        });

        assertThat(seenBeforeCommit).isEmpty();
        // the first move found no row yet; running all moves first or last would move kh-1 or leave kh-2
        assertThat(issuers()).containsExactly("kh-1 huyen-a", "kh-2 huyen-c");
    }

    @Test
    void a_flush_lets_a_read_in_the_same_transaction_see_the_writes() {
        List<String> seen = transactions.get(() -> {
            writes.add(INSERT, "kh-1", "huyen-a");
            writes.flush();
            return issuers();
        });

        assertThat(seen).containsExactly("kh-1 huyen-a");
    }

    @Test
    void a_rolled_back_transaction_leaves_nothing_and_the_next_one_starts_empty() {
        assertThatThrownBy(() -> transactions.run(() -> {
            writes.add(INSERT, "kh-1", "huyen-a");
            throw new IllegalStateException("the batch failed");
        })).hasMessage("the batch failed");
        transactions.run(() -> writes.add(INSERT, "kh-2", "huyen-a"));

        assertThat(issuers()).containsExactly("kh-2 huyen-a");
    }

    @Test
    void outside_a_transaction_a_write_runs_at_once() {
        writes.add(INSERT, "kh-1", "huyen-a");

        assertThat(issuers()).containsExactly("kh-1 huyen-a");
    }

    private List<String> issuers() {
        return jdbc.queryForList("select campaign_id || ' ' || issuer_id from q_review_plan order by campaign_id",
                String.class);
    }
}
