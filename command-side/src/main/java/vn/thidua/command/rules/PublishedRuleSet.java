package vn.thidua.command.rules;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import vn.thidua.api.MetadataKeys;
import vn.thidua.api.RuleViolationException;
import vn.thidua.api.orgunit.Level;
import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.api.rules.PublishRuleSet;
import vn.thidua.api.rules.RuleSetPublished;
import vn.thidua.api.rules.RuleSetVersion;
import vn.thidua.command.orgunit.UnitAuthorization;
import vn.thidua.command.orgunit.UnitDirectory;

/**
 * One published version of the award rules. A version is never changed once published: a correction is a new
 * version, so that every decision keeps meaning what it meant under the version it records.
 */
@Aggregate
class PublishedRuleSet {

    @AggregateIdentifier
    private RuleSetVersion version;

    PublishedRuleSet() {
    }

    @CommandHandler
    PublishedRuleSet(PublishRuleSet command, RuleSetDirectory published, UnitDirectory units,
                     @MetaDataValue(MetadataKeys.ACTOR_UNIT) String actorUnit) {
        if (!UnitAuthorization.isSystem(actorUnit) && !atNationalLevel(units, actorUnit)) {
            throw RuleViolationException.forbidden("R1", "award rules are the law's: only the national level publishes"
                    + " them (you act for " + actorUnit + ")");
        }
        if (published.contains(command.version())) {
            throw RuleViolationException.conflict("R2", "rule set " + command.version()
                    + " is already published; a version never changes, publish the correction under a new version");
        }
        RuleSet.read(command.version(), command.document());
        apply(new RuleSetPublished(command.version(), command.document()));
    }

    private static boolean atNationalLevel(UnitDirectory units, String actorUnit) {
        try {
            return units.find(new OrgUnitId(actorUnit)).map(unit -> unit.level() == Level.NATIONAL).orElse(false);
        } catch (IllegalArgumentException notAUnit) {
            return false;
        }
    }

    @EventSourcingHandler
    void on(RuleSetPublished event) {
        version = event.version();
    }
}
