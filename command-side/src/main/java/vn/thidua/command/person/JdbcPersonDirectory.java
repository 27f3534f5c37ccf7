package vn.thidua.command.person;

import java.util.List;
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

    private final JdbcTemplate jdbc;

    JdbcPersonDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Entry> find(PersonId personId) {
        return jdbc.query("select * from cmd_person where person_id = ?", ENTRY, personId.value()).stream().findFirst();
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
