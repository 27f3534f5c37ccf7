package vn.thidua.api.campaign;

import java.time.LocalDate;

import vn.thidua.api.Require;

/** A plan's period, both days included; {@code from} may equal {@code to} (C1). */
public record Period(LocalDate from, LocalDate to) {

    public Period {
        Require.present(from, "period.from");
        Require.present(to, "period.to");
    }

    public boolean isOrdered() {
        return !from.isAfter(to);
    }

    public boolean contains(Period other) {
        return !other.from().isBefore(from) && !other.to().isAfter(to);
    }

    public boolean containsYear(int year) {
        return from.getYear() <= year && year <= to.getYear();
    }

    @Override
    public String toString() {
        return from + ".." + to;
    }
}
