package vn.thidua.query.consistency;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A view's SQL writes, held until its transaction commits and then sent as JDBC batches: a processor handles up to
 * {@code thidua.views.batch-size} events per transaction ({@link ViewProcessorTuning}) and a rebuild writes a row for
 * nearly every event, so over a network (PostgreSQL) one round trip per statement adds up; on embedded H2, where
 * there is no round trip, {@code ViewBenchmark} measured only a few per cent less CPU. Consecutive writes with the
 * same SQL go in one batch; the order of the writes is kept, so each statement still sees what the earlier ones of
 * the transaction did, and self-idempotent SQL (insert when absent, update when older) stays so.
 *
 * <p>A handler that reads the view's tables while it handles an event calls {@link #flush()} first. Outside a
 * transaction a write runs at once. A write that fails at commit fails the whole batch, which the processor then
 * retries, rather than parking the one event: on PostgreSQL a failed statement aborts the transaction anyway.
 */
@Component
public class ViewWrites {

    private final JdbcTemplate jdbc;

    ViewWrites(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void add(String sql, Object... args) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            jdbc.update(sql, args);
            return;
        }
        pending().add(new Write(sql, args));
    }

    /** Sends the writes held so far, so that a read in the same transaction sees them. */
    public void flush() {
        if (TransactionSynchronizationManager.getResource(this) instanceof Pending pending) {
            pending.send(jdbc);
        }
    }

    private List<Write> pending() {
        if (TransactionSynchronizationManager.getResource(this) instanceof Pending pending) {
            return pending.writes;
        }
        Pending pending = new Pending();
        TransactionSynchronizationManager.bindResource(this, pending);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                pending.send(jdbc);
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(ViewWrites.this);
            }
        });
        return pending.writes;
    }

    private record Write(String sql, Object[] args) {
    }

    private static final class Pending {

        private final List<Write> writes = new ArrayList<>();

        void send(JdbcTemplate jdbc) {
            int start = 0;
            while (start < writes.size()) {
                String sql = writes.get(start).sql();
                int end = start + 1;
                while (end < writes.size() && writes.get(end).sql().equals(sql)) {
                    end++;
                }
                if (end - start == 1) {
                    jdbc.update(sql, writes.get(start).args());
                } else {
                    jdbc.batchUpdate(sql, writes.subList(start, end).stream().map(Write::args).toList());
                }
                start = end;
            }
            writes.clear();
        }
    }
}
