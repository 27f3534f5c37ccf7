package vn.thidua.command.proposal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.thidua.api.orgunit.Level;

/**
 * P6: how many working days a proposal may stay pending at a unit of each level, counted in Vietnam from the day
 * after it arrived, Saturdays, Sundays and the listed holidays not counting; it is due at the end of the last one.
 */
public record TimeLimits(Map<Level, Integer> workingDays, List<LocalDate> holidays) {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    public TimeLimits {
        workingDays = workingDays == null ? Map.of() : Map.copyOf(workingDays);
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
        for (Level level : Level.values()) {
            Integer days = workingDays.get(level);
            if (days == null || days < 1) {
                throw new IllegalArgumentException("time-limits.working-days needs a positive number of days for "
                        + level + ", found " + days);
            }
        }
    }

    public int workingDaysAt(Level level) {
        return workingDays.get(level);
    }

    public Instant dueAt(Instant arrived, Level level) {
        Set<LocalDate> daysOff = Set.copyOf(holidays);
        LocalDate day = arrived.atZone(VIETNAM).toLocalDate();
        for (int counted = 0; counted < workingDaysAt(level); ) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                    && !daysOff.contains(day)) {
                counted++;
            }
        }
        return day.plusDays(1).atStartOfDay(VIETNAM).toInstant();
    }
}
