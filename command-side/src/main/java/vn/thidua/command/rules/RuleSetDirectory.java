package vn.thidua.command.rules;

import java.util.List;
import java.util.Optional;

import vn.thidua.api.rules.RuleSetSummary;
import vn.thidua.api.rules.RuleSetVersion;

/** Every published version of the award rules, the seeded defaults included, in the order they were published. */
public interface RuleSetDirectory {

    boolean contains(RuleSetVersion version);

    List<RuleSetSummary> all();

    Optional<String> document(RuleSetVersion version);
}
