package vn.thidua.command.title;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.boot.context.properties.bind.Name;

import vn.thidua.api.award.AwardType;
import vn.thidua.api.title.TitleCriterion;
import vn.thidua.api.title.TitleStandard;

/**
 * The {@code title-scoring} section of a rule set: titles recognised on a scoring of their criteria rather than on
 * a rating (seed 004, "Cơ quan đạt chuẩn văn hóa"). Each scheme lists its standards with their criteria and
 * maximum points, and the pass conditions: a total and a minimum per standard (T3). Checked whole when the rule
 * set is read, so a scheme that no unit could pass refuses the rule set (R3) instead of every recognition.
 */
public record TitleSchemes(Map<AwardType, Scheme> schemes) {

    public static final TitleSchemes NONE = new TitleSchemes(Map.of());

    public TitleSchemes {
        schemes = schemes == null ? Map.of() : Map.copyOf(schemes);
        schemes.forEach((type, scheme) -> scheme.check(type));
    }

    public Optional<Scheme> schemeFor(AwardType type) {
        return Optional.ofNullable(schemes.get(type));
    }

    public record Scheme(String source, @Name("pass-total") int passTotal, List<Standard> standards) {

        public Scheme {
            standards = standards == null ? List.of() : List.copyOf(standards);
        }

        public Optional<Standard> standard(String code) {
            return standards.stream().filter(s -> s.code().equals(code)).findFirst();
        }

        public int maxPoints() {
            return standards.stream().mapToInt(Standard::maxPoints).sum();
        }

        /**
         * T3: every way {@code scores} falls short of a pass, each naming the standard (or the total) with what it
         * scored, of what, and what it needs. Points of criteria the scheme no longer has count for nothing.
         */
        public List<String> shortfalls(Map<String, Integer> scores) {
            List<String> shortfalls = new ArrayList<>();
            int total = 0;
            for (Standard standard : standards) {
                int points = standard.points(scores);
                total += points;
                if (points < standard.minimum()) {
                    shortfalls.add("standard " + standard.code() + " (" + standard.name() + ") scored " + points
                            + " of " + standard.maxPoints() + ", needs at least " + standard.minimum());
                }
            }
            if (total < passTotal) {
                shortfalls.add("the total scored " + total + " of " + maxPoints() + ", needs at least " + passTotal);
            }
            return shortfalls;
        }

        private void check(AwardType type) {
            String at = "title-scoring.schemes[" + type + "]";
            if (source == null || source.isBlank()) {
                throw new IllegalArgumentException(at + ".source: every scheme names its source, or says it has none");
            }
            if (standards.isEmpty()) {
                throw new IllegalArgumentException(at + ".standards: a scheme has at least one standard");
            }
            Set<String> codes = new HashSet<>();
            for (Standard standard : standards) {
                if (!codes.add(standard.code())) {
                    throw new IllegalArgumentException(at + ": standard " + standard.code() + " is given twice");
                }
                standard.check(at, codes);
            }
            if (passTotal <= 0 || passTotal > maxPoints()) {
                throw new IllegalArgumentException(at + ".pass-total: " + passTotal + " must lie between 1 and the "
                        + maxPoints() + " points the standards give");
            }
        }
    }

    public record Standard(String code, String name, int minimum, List<Criterion> criteria) {

        public Standard {
            criteria = criteria == null ? List.of() : List.copyOf(criteria);
        }

        public Optional<Criterion> criterion(String code) {
            return criteria.stream().filter(c -> c.code().equals(code)).findFirst();
        }

        int maxPoints() {
            return criteria.stream().mapToInt(Criterion::max).sum();
        }

        int points(Map<String, Integer> scores) {
            return criteria.stream().mapToInt(c -> scores.getOrDefault(c.code(), 0)).sum();
        }

        /** The standard as a unit registers it: with the criteria it took on, each with its maximum. */
        public TitleStandard registered(List<String> criterionCodes) {
            return new TitleStandard(code, name, criteria.stream().filter(c -> criterionCodes.contains(c.code()))
                    .map(c -> new TitleCriterion(c.code(), c.name(), c.max())).toList());
        }

        private void check(String at, Set<String> codes) {
            if (code == null || name == null || criteria.isEmpty()) {
                throw new IllegalArgumentException(at + ": standard " + code + " needs a code, a name and criteria");
            }
            for (Criterion criterion : criteria) {
                if (criterion.code() == null || criterion.name() == null || criterion.max() <= 0) {
                    throw new IllegalArgumentException(at + ": criterion " + criterion.code() + " of standard " + code
                            + " needs a code, a name and a positive max");
                }
                if (!codes.add(criterion.code())) {
                    throw new IllegalArgumentException(at + ": code " + criterion.code() + " is given twice");
                }
            }
            if (minimum < 0 || minimum > maxPoints()) {
                throw new IllegalArgumentException(at + ": the minimum " + minimum + " of standard " + code
                        + " must lie between 0 and its " + maxPoints() + " points");
            }
        }
    }

    public record Criterion(String code, String name, int max) {
    }
}
