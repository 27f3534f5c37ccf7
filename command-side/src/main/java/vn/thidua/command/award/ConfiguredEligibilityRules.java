package vn.thidua.command.award;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

import vn.thidua.api.award.AwardType;
import vn.thidua.api.campaign.TargetKind;

/**
 * The eligibility rules of a rule set (DESIGN §5), read and checked once when the rule set is read, so that a
 * mistake in the data refuses the rule set instead of surfacing in a verdict. A rule is a list of alternative
 * routes, a route a list of conditions that must all hold; the verdict names the first route that holds, or else
 * every failed condition of every route.
 */
public final class ConfiguredEligibilityRules implements EligibilityRules {

    static final String DEFAULT_ROUTE = "default (unsourced): rated EXCELLENT this year";
    private static final String PREFIX = "eligibility";

    private record Rule(List<Route> routes) {
    }

    /** {@code only} is null for a route open to both kinds of nominee. */
    private record Route(String name, TargetKind only, List<Requirement> requirements) {
    }

    /** A condition with the text it was read from, which a failure quotes. */
    private record Requirement(String text, Condition condition) {
    }

    private final String version;
    private final Map<AwardType, Rule> rules = new EnumMap<>(AwardType.class);

    public ConfiguredEligibilityRules(String version, EligibilityProperties properties) {
        this.version = version;
        Rule fallback = new Rule(List.of(new Route(DEFAULT_ROUTE, null,
                List.of(new Requirement("rating >= EXCELLENT", ConditionParser.parse("rating >= EXCELLENT"))))));
        for (AwardType type : AwardType.values()) {
            EligibilityProperties.RuleSpec spec = properties.rules().get(type);
            rules.put(type, spec == null ? fallback : read(type, spec));
        }
        rules.keySet().forEach(type -> refuseCycle(type, new ArrayList<>()));
    }

    @Override
    public Verdict check(AwardType awardType, Candidate candidate) {
        TargetKind kind = candidate.participant().kind();
        if (!admits(awardType, kind)) {
            return Verdict.notEligible(List.of(awardType + " is not awarded to " + kind + " nominees"));
        }
        List<String> failures = new ArrayList<>();
        for (Route route : rules.get(awardType).routes()) {
            if (route.only() != null && route.only() != kind) {
                failures.add(route.name() + " — only for " + route.only() + " nominees");
                continue;
            }
            List<String> routeFailures = new ArrayList<>();
            boolean usedInitiative = false;
            for (Requirement requirement : route.requirements()) {
                Condition.Outcome outcome = requirement.condition().evaluate(candidate, this);
                if (outcome.holds()) {
                    usedInitiative |= outcome.usedInitiative();
                } else {
                    routeFailures.add(route.name() + " — " + requirement.text() + ": " + outcome.found());
                }
            }
            if (routeFailures.isEmpty()) {
                return Verdict.eligible(route.name(), usedInitiative);
            }
            failures.addAll(routeFailures);
        }
        return Verdict.notEligible(failures);
    }

    @Override
    public String version() {
        return version;
    }

    private static boolean admits(AwardType type, TargetKind kind) {
        return switch (type.nominees()) {
            case BOTH -> true;
            case INDIVIDUAL -> kind == TargetKind.INDIVIDUAL;
            case COLLECTIVE -> kind == TargetKind.COLLECTIVE;
        };
    }

    private static Rule read(AwardType type, EligibilityProperties.RuleSpec spec) {
        String at = PREFIX + ".rules[" + type + "]";
        if (spec.source() == null || spec.source().isBlank()) {
            throw invalid(at + ".source", spec.source(), "every rule names its legal source, or says it has none");
        }
        if (spec.routes().isEmpty()) {
            throw invalid(at + ".routes", null, type + " needs at least one route");
        }
        List<Route> routes = new ArrayList<>();
        for (int r = 0; r < spec.routes().size(); r++) {
            EligibilityProperties.RouteSpec route = spec.routes().get(r);
            String routeAt = at + ".routes[" + r + "]";
            if (route.name() == null || route.name().isBlank()) {
                throw invalid(routeAt + ".name", route.name(), "a route of " + type + " needs a name, which verdicts quote");
            }
            if (route.all().isEmpty()) {
                throw invalid(routeAt + ".all", null, "route '" + route.name() + "' of " + type + " has no conditions");
            }
            List<Requirement> requirements = new ArrayList<>();
            for (int c = 0; c < route.all().size(); c++) {
                String text = route.all().get(c);
                try {
                    requirements.add(new Requirement(text, ConditionParser.parse(text)));
                } catch (IllegalArgumentException e) {
                    throw invalid(routeAt + ".all[" + c + "]", text,
                            "condition '" + text + "' of " + type + ", route '" + route.name() + "': " + e.getMessage());
                }
            }
            routes.add(new Route(route.name(), route.only(), List.copyOf(requirements)));
        }
        return new Rule(List.copyOf(routes));
    }

    /** Depth first along "eligible X" and "members with X": a rule reached again from itself would never end. */
    private void refuseCycle(AwardType type, List<AwardType> path) {
        if (path.contains(type)) {
            String cycle = path.subList(path.indexOf(type), path.size()).stream().map(Enum::name)
                    .collect(Collectors.joining(" -> ")) + " -> " + type;
            throw invalid(PREFIX + ".rules[" + type + "]", cycle, "a rule depends on itself: " + cycle);
        }
        path.add(type);
        dependencies(type).forEach(next -> refuseCycle(next, path));
        path.remove(path.size() - 1);
    }

    private Set<AwardType> dependencies(AwardType type) {
        Set<AwardType> dependencies = EnumSet.noneOf(AwardType.class);
        rules.get(type).routes().forEach(route -> route.requirements()
                .forEach(requirement -> dependencies.addAll(requirement.condition().dependsOn())));
        return dependencies;
    }

    private static InvalidConfigurationPropertyValueException invalid(String property, Object value, String reason) {
        return new InvalidConfigurationPropertyValueException(property, value, reason);
    }
}
