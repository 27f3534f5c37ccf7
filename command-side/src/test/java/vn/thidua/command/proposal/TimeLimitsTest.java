package vn.thidua.command.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.thidua.api.orgunit.Level;

/** P6's calendar: working days are Monday to Friday, less the holidays; a stay is due at the end of its last one. */
class TimeLimitsTest {

    private static final Map<Level, Integer> DAYS = Map.of(Level.COMMUNE, 20, Level.DISTRICT, 20, Level.PROVINCE, 25,
            Level.MINISTRY, 25, Level.NATIONAL, 20);
    /** Friday 24 January 2025, 16:00 in Vietnam, the last working day before Tết. */
    private static final Instant BEFORE_TET = Instant.parse("2025-01-24T09:00:00Z");

    @Test
    void P6_weekends_do_not_count() {
        TimeLimits limits = new TimeLimits(DAYS, List.of());
        // 20 working days from Friday 24 January: 27 January to 21 February, due at the end of Friday 21 February
        assertThat(limits.dueAt(BEFORE_TET, Level.DISTRICT)).isEqualTo(Instant.parse("2025-02-21T17:00:00Z"));
    }

    @Test
    void P6_holidays_do_not_count() {
        TimeLimits limits = new TimeLimits(DAYS, List.of(LocalDate.parse("2025-01-27"), LocalDate.parse("2025-01-28"),
                LocalDate.parse("2025-01-29"), LocalDate.parse("2025-01-30"), LocalDate.parse("2025-01-31")));
        // the five days of Tết push the end a full week, to the end of Friday 28 February
        assertThat(limits.dueAt(BEFORE_TET, Level.DISTRICT)).isEqualTo(Instant.parse("2025-02-28T17:00:00Z"));
    }

    @Test
    void P6_each_level_has_its_own_limit() {
        TimeLimits limits = new TimeLimits(DAYS, List.of());
        // 25 working days at a province: five more than at a district
        assertThat(limits.dueAt(BEFORE_TET, Level.PROVINCE)).isEqualTo(Instant.parse("2025-02-28T17:00:00Z"));
    }
}
