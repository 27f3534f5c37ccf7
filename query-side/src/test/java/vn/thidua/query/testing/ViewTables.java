package vn.thidua.query.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The views' tables as rows, to compare a view before and after, and to empty them all between tests. */
@Component
public class ViewTables {

    private final JdbcTemplate jdbc;

    ViewTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every row of each table, in a fixed order (by all columns), so that equal views give equal snapshots. */
    public Map<String, List<Map<String, Object>>> rows(String... tables) {
        Map<String, List<Map<String, Object>>> snapshot = new LinkedHashMap<>();
        for (String table : tables) {
            int columns = jdbc.queryForObject("""
                    select count(*) from information_schema.columns
                    where table_schema = 'PUBLIC' and table_name = upper(?)""", Integer.class, table);
            if (columns == 0) {
                throw new IllegalArgumentException("no table " + table);
            }
            String orderBy = IntStream.rangeClosed(1, columns).mapToObj(Integer::toString).collect(Collectors.joining(", "));
            snapshot.put(table, jdbc.queryForList("select * from " + table + " order by " + orderBy));
        }
        return snapshot;
    }

    /** Each of {@code tables} without a row, named when it has one. */
    public void assertEmpty(String... tables) {
        for (String table : tables) {
            assertThat(count(table)).as(table).isZero();
        }
    }

    public int count(String table) {
        return rows(table).get(table).size();
    }

    /** Deletes every row of every view table ({@code q_...}); Flyway's history and the platform's tables stay. */
    void deleteAll() {
        jdbc.queryForList("""
                        select table_name from information_schema.tables
                        where table_schema = 'PUBLIC' and table_type = 'BASE TABLE' and table_name like 'Q\\_%' escape '\\'""",
                String.class).forEach(table -> jdbc.update("delete from " + table));
    }
}
