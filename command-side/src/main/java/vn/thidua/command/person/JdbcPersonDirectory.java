package vn.thidua.command.person;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.api.person.PersonId;
import vn.thidua.api.person.PersonRegistered;
import vn.thidua.platform.axon.InTransactionProjection;

@Component
@InTransactionProjection
@ProcessingGroup(JdbcPersonDirectory.PROCESSING_GROUP)
class JdbcPersonDirectory implements PersonDirectory {

    static final String PROCESSING_GROUP = "person-directory";
    private static final RowMapper<Entry> ENTRY = (rs, row) -> new Entry(new PersonId(rs.getString("person_id")),
            rs.getString("full_name"), new OrgUnitId(rs.getString("unit_id")), rs.getString("category"));

    private static final int IDS_PER_QUERY = 1000;

    private final JdbcTemplate jdbc;

    JdbcPersonDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Entry> find(PersonId personId) {
        return jdbc.query("select * from cmd_person where person_id = ?", ENTRY, personId.value()).stream().findFirst();
    }

    /** In statements of at most {@value #IDS_PER_QUERY} ids, each a placeholder, as both H2 and PostgreSQL take them. */
    @Override
    public Map<PersonId, Entry> findAll(Collection<PersonId> personIds) {
        List<String> ids = personIds.stream().map(PersonId::value).distinct().toList();
        Map<PersonId, Entry> found = new HashMap<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            List<String> slice = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
            String placeholders = String.join(",", Collections.nCopies(slice.size(), "?"));
            jdbc.query("select * from cmd_person where person_id in (" + placeholders + ")", ENTRY, slice.toArray())
                    .forEach(entry -> found.put(entry.personId(), entry));
        }
        return found;
    }

    @Override
    public List<Entry> membersOf(OrgUnitId unitId) {
        return jdbc.query("select * from cmd_person where unit_id = ? order by person_id", ENTRY, unitId.value());
    }

    @EventHandler
    void on(PersonRegistered event) {
        jdbc.update("insert into cmd_person (person_id, full_name, unit_id, category) values (?, ?, ?, ?)",
                event.personId().value(), event.fullName(), event.unitId().value(), event.category());
    }
}
