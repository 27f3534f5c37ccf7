package vn.thidua.command.award;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.thidua.api.RuleViolationException;
import vn.thidua.api.orgunit.OrgUnitCreated;
import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.platform.axon.InTransactionProjection;

/**
 * D2: decision numbers run 1, 2, 3 … per unit and year. Each unit has one counter row, made with the unit, which
 * a numbering locks for the rest of the command's transaction: concurrent decisions of one unit queue on it, and a
 * refused command rolls its number back, so there is neither a gap nor a duplicate.
 */
@Component
@InTransactionProjection
@ProcessingGroup(DecisionNumbers.PROCESSING_GROUP)
class DecisionNumbers {

    static final String PROCESSING_GROUP = "decision-numbers";

    private final JdbcTemplate jdbc;

    DecisionNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    int next(OrgUnitId unit, int year) {
        record Counter(int year, int lastNumber) {
        }
        Counter counter = jdbc.queryForObject(
                "select decision_year, last_number from cmd_decision_counter where unit_id = ? for update",
                (rs, row) -> new Counter(rs.getInt("decision_year"), rs.getInt("last_number")), unit.value());
        if (year < counter.year()) {
            throw RuleViolationException.conflict("D2", unit + " already numbers its decisions of " + counter.year()
                    + "; a decision of " + year + " cannot be issued now");
        }
        int number = counter.year() == year ? counter.lastNumber() + 1 : 1;
        jdbc.update("update cmd_decision_counter set decision_year = ?, last_number = ? where unit_id = ?",
                year, number, unit.value());
        return number;
    }

    @EventHandler
    void on(OrgUnitCreated event) {
        jdbc.update("insert into cmd_decision_counter (unit_id, decision_year, last_number) values (?, 0, 0)",
                event.unitId().value());
    }
}
