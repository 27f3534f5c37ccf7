package vn.thidua.query.consistency;

import java.sql.DatabaseMetaData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A view's SQL writes, held until its transaction commits and then sent as JDBC batches: a processor handles up to
 * {@code thidua.views.batch-size} events per transaction ({@link ViewProcessorTuning}) and a rebuild writes a row for
 * nearly every event, so over a network (PostgreSQL) one round trip per statement adds up; on embedded H2, where
 * there is no round trip, {@code ViewBenchmark} measured only a few per cent less CPU. Consecutive writes with the
 * same SQL go in one batch; the order of the writes is kept, so each statement still sees what the earlier ones of
 * the transaction did, and self-idempotent SQL (insert when absent, update when older) stays so. A write that says
 * it reads and writes one table only ({@link #addTo}, {@link #insertIfAbsent}) keeps its order among the writes to
 * that table but may go before writes to other tables, up to the last write that did not say (which keeps its
 * place): a registration and its commitments, handled in turn, then go as two batches, not as many short ones.
 *
 * <p>A handler that reads the view's tables while it handles an event calls {@link #flush()} first. Outside a
 * transaction a write runs at once. A write that fails at commit fails the whole batch, which the processor then
 * retries, rather than parking the one event: on PostgreSQL a failed statement aborts the transaction anyway.
 */
@Component
public class ViewWrites {

    private final JdbcTemplate jdbc;
    private final boolean postgres;

    ViewWrites(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.postgres = isPostgres(jdbc.getDataSource());
    }

    /**
     * An insert that does nothing when a row with the same key is there: delivery is at least once, and a repeated
     * event must leave its row as the first delivery wrote it. {@code keyColumns} are the table's primary key.
     *
     * <p>On PostgreSQL it is {@code insert … values … on conflict do nothing}, which the driver sends as one insert of
     * many rows for a JDBC batch ({@code reWriteBatchedInserts}, as in the profile): a rebuild inserts a row for nearly
     * every event. Elsewhere (H2) it is {@code insert … select … where not exists}, which no driver rewrites but
     * every database takes.
     */
    public InsertIfAbsent insertIfAbsent(String table, List<String> columns, String... keyColumns) {
        String placeholders = String.join(", ", Collections.nCopies(columns.size(), "?"));
        String into = "insert into " + table + " (" + String.join(", ", columns) + ")";
        int[] keys = Arrays.stream(keyColumns).mapToInt(key -> {
            int position = columns.indexOf(key);
            if (position < 0) {
                throw new IllegalArgumentException("key column " + key + " is not among the columns of " + table);
            }
            return position;
        }).toArray();
        if (postgres) {
            return new InsertIfAbsent(table, into + " values (" + placeholders + ") on conflict ("
                    + String.join(", ", keyColumns) + ") do nothing", new int[0]);
        }
        String absent = Arrays.stream(keyColumns).map(key -> key + " = ?").collect(Collectors.joining(" and "));
        return new InsertIfAbsent(table, into + " select " + placeholders + " where not exists (select 1 from "
                + table + " where " + absent + ")", keys);
    }

    /** Adds {@code insert} with one value per column, in the order of its columns. */
    public void add(InsertIfAbsent insert, Object... values) {
        Object[] args = Arrays.copyOf(values, values.length + insert.keyPositions.length);
        for (int i = 0; i < insert.keyPositions.length; i++) {
            args[values.length + i] = values[insert.keyPositions[i]];
        }
        addTo(insert.table, insert.sql, args);
    }

    /** The SQL of an insert-if-absent for this database, and where its key values repeat among the arguments. */
    public static final class InsertIfAbsent {

        private final String table;
        private final String sql;
        private final int[] keyPositions;

        private InsertIfAbsent(String table, String sql, int[] keyPositions) {
            this.table = table;
            this.sql = sql;
            this.keyPositions = keyPositions;
        }
    }

    private static boolean isPostgres(DataSource dataSource) {
        try {
            return "PostgreSQL".equals(JdbcUtils.extractDatabaseMetaData(dataSource,
                    DatabaseMetaData::getDatabaseProductName));
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("cannot tell which database holds the views", e);
        }
    }

    /** A write that may read or write any table: it keeps its place among all the writes of the transaction. */
    public void add(String sql, Object... args) {
        hold(new Write(null, sql, args));
    }

    /** A write that reads and writes {@code table} only: it keeps its place among the writes to that table. */
    public void addTo(String table, String sql, Object... args) {
        hold(new Write(table, sql, args));
    }

    private void hold(Write write) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            jdbc.update(write.sql(), write.args());
            return;
        }
        pending().add(write);
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

    /** {@code table} is null for a write that may touch any table. */
    private record Write(String table, String sql, Object[] args) {
    }

    private static final class Pending {

        private final List<Write> writes = new ArrayList<>();

        void send(JdbcTemplate jdbc) {
            List<Write> writes = byTable(this.writes);
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
            this.writes.clear();
        }

        /**
         * The writes in an order that runs the same: between two writes that may touch any table, the single-table
         * writes grouped by table, in the order each table was first written, each table's own in their order.
         */
        private static List<Write> byTable(List<Write> writes) {
            List<Write> ordered = new ArrayList<>(writes.size());
            Map<String, List<Write>> run = new LinkedHashMap<>();
            for (Write write : writes) {
                if (write.table() != null) {
                    run.computeIfAbsent(write.table(), table -> new ArrayList<>()).add(write);
                    continue;
                }
                run.values().forEach(ordered::addAll);
                run.clear();
                ordered.add(write);
            }
            run.values().forEach(ordered::addAll);
            return ordered;
        }
    }
}
