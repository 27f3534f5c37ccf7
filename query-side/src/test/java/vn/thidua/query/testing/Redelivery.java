package vn.thidua.query.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The at-least-once check every view must pass: deliver a history, then deliver all of it again newest first (each
 * old event after the events that followed it, which a missing sequence guard cannot survive), and find the view's
 * tables unchanged.
 */
@Component
public class Redelivery {

    private final Transactions transactions;
    private final ViewTables tables;

    Redelivery(Transactions transactions, ViewTables tables) {
        this.transactions = transactions;
        this.tables = tables;
    }

    public void assertNewestFirstChangesNothing(List<Runnable> history, String... viewTables) {
        history.forEach(transactions::run);
        var before = tables.rows(viewTables);

        for (int i = history.size() - 1; i >= 0; i--) {
            transactions.run(history.get(i));
        }

        assertThat(tables.rows(viewTables)).isEqualTo(before);
    }
}
