package vn.thidua.command.rules;

/** The award rules commands decide by: the latest published version, at the moment the command is handled. */
@FunctionalInterface
public interface RuleSets {

    RuleSet inForce();
}
