package vn.thidua.command.award;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.bind.Name;

import vn.thidua.api.award.AwardType;
import vn.thidua.api.campaign.TargetKind;

/**
 * The eligibility rules as written in a rule set document (DESIGN §5), before their conditions are read:
 * {@link ConfiguredEligibilityRules} parses and checks them when the rule set is read. The wording of conditions is documented
 * beside the data and in {@link ConditionParser}.
 */
public record EligibilityProperties(Map<AwardType, RuleSpec> rules) {

    public EligibilityProperties {
        rules = rules == null ? Map.of() : Map.copyOf(rules);
    }

    /** Alternative routes to one award, and the legal text they come from. */
    public record RuleSpec(String source, List<RouteSpec> routes) {

        public RuleSpec {
            routes = routes == null ? List.of() : List.copyOf(routes);
        }
    }

    /** Conditions that must all hold; {@code for} (optional) limits the route to one kind of nominee. */
    public record RouteSpec(String name, @Name("for") TargetKind only, List<String> all) {

        public RouteSpec {
            all = all == null ? List.of() : List.copyOf(all);
        }
    }
}
