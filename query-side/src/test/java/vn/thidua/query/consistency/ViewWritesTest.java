package vn.thidua.query.consistency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
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
    void writes_to_one_table_go_before_writes_to_others_but_not_past_a_write_that_may_touch_any() {
        transactions.run(() -> {
            writes.addTo("q_review_plan", INSERT, "kh-1", "huyen-a");
            // may read any table: it must see kh-1 and not kh-2
            writes.add("insert into q_registration_plan (campaign_id, issuer_id)"
                    + " select campaign_id, issuer_id from q_review_plan");
            writes.addTo("q_review_plan", INSERT, "kh-2", "huyen-a");
            writes.addTo("q_review_plan", MOVE, "huyen-b", "kh-2");
        });

        assertThat(issuers()).containsExactly("kh-1 huyen-a", "kh-2 huyen-b");
        assertThat(jdbc.queryForList("select campaign_id from q_registration_plan", String.class))
                .containsExactly("kh-1");
    }

    @Test
    void interleaved_writes_to_two_tables_go_as_one_batch_per_table() {
        CountingJdbcTemplate counting = new CountingJdbcTemplate(jdbc);
        ViewWrites interleaved = new ViewWrites(counting);
        String plan = "insert into q_registration_plan (campaign_id, issuer_id) values (?, ?)";

        transactions.run(() -> {
            for (String campaign : List.of("kh-1", "kh-2", "kh-3")) {
                interleaved.addTo("q_review_plan", INSERT, campaign, "huyen-a");
                interleaved.addTo("q_registration_plan", plan, campaign, "huyen-a");
            }
        });

        assertThat(counting.statements).containsExactly(INSERT, plan);
        assertThat(issuers()).containsExactly("kh-1 huyen-a", "kh-2 huyen-a", "kh-3 huyen-a");
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

    /** Counts what is sent, one entry per statement or batch. */
    private static final class CountingJdbcTemplate extends JdbcTemplate {

        private final List<String> statements = new ArrayList<>();

        CountingJdbcTemplate(JdbcTemplate jdbc) {
            super(jdbc.getDataSource());
        }

        @Override
        public int update(String sql, Object... args) {
            statements.add(sql);
            return super.update(sql, args);
        }

        @Override
        public int[] batchUpdate(String sql, List<Object[]> batchArgs) {
            statements.add(sql);
            return super.batchUpdate(sql, batchArgs);
        }
    }

    private List<String> issuers() {
        return jdbc.queryForList("select campaign_id || ' ' || issuer_id from q_review_plan order by campaign_id",
                String.class);
    }
}
