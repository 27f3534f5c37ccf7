package vn.thidua.command.orgunit;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import vn.thidua.api.MetadataKeys;
import vn.thidua.api.RuleViolationException;
import vn.thidua.api.award.AwardType;
import vn.thidua.api.orgunit.ChangeUnitAuthority;
import vn.thidua.api.orgunit.CreateOrgUnit;
import vn.thidua.api.orgunit.Level;
import vn.thidua.api.orgunit.MergeOrgUnit;
import vn.thidua.api.orgunit.OrgUnitCreated;
import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.api.orgunit.OrgUnitMerged;
import vn.thidua.api.orgunit.OrgUnitRenamed;
import vn.thidua.api.orgunit.OrgUnitReparented;
import vn.thidua.api.orgunit.RenameOrgUnit;
import vn.thidua.api.orgunit.ReparentOrgUnit;
import vn.thidua.api.orgunit.UnitAuthorityChanged;
import vn.thidua.command.rules.RuleSets;

/**
 * A unit of the hierarchy (U1, U2). Its parent is always strictly higher, so the hierarchy can never form a
 * cycle; a merged unit is kept, frozen, because past routes and decisions name it.
 */
@Aggregate
class OrgUnit {

    @AggregateIdentifier
    private OrgUnitId unitId;
    private Level level;
    private OrgUnitId parentId;
    private String name;
    private String abbreviation;
    private Set<AwardType> authority;
    private OrgUnitId mergedInto;

    OrgUnit() {
    }

    @CommandHandler
    OrgUnit(CreateOrgUnit command, UnitDirectory directory, RuleSets rules,
            @MetaDataValue(MetadataKeys.ACTOR_UNIT) String actorUnit) {
        if (command.level() == Level.NATIONAL) {
            if (command.parentId() != null) {
                throw RuleViolationException.conflict("U1", "a NATIONAL unit is the top of its tree and has no parent, found parent "
                        + command.parentId());
            }
            UnitAuthorization.requireSystem(actorUnit, "U1", "only the system may create a NATIONAL unit");
        } else {
            if (command.parentId() == null) {
                throw RuleViolationException.conflict("U1", "a " + command.level() + " unit needs a parent at a higher level");
            }
            requireActiveParentAbove(directory, command.parentId(), command.level());
            UnitAuthorization.requireAncestorOrSelf(directory, actorUnit, command.parentId(), "U1",
                    "only the parent unit " + command.parentId() + " or a unit above it may create units under it");
        }
        apply(new OrgUnitCreated(command.unitId(), command.name(), command.abbreviation(), command.level(),
                command.kind(), command.parentId(), command.category(),
                command.authority() != null ? command.authority() : rules.inForce().authority().forUnit(command.level(), command.kind())));
    }

    @CommandHandler
    void handle(RenameOrgUnit command, UnitDirectory directory, @MetaDataValue(MetadataKeys.ACTOR_UNIT) String actorUnit) {
        requireNotMerged();
        requireActorAbove(directory, actorUnit);
        String newAbbreviation = command.abbreviation() != null ? command.abbreviation() : abbreviation;
        if (command.name().equals(name) && newAbbreviation.equals(abbreviation)) {
            return;
        }
        apply(new OrgUnitRenamed(unitId, command.name(), newAbbreviation));
    }

    @CommandHandler
    void handle(ReparentOrgUnit command, UnitDirectory directory, @MetaDataValue(MetadataKeys.ACTOR_UNIT) String actorUnit) {
        requireNotMerged();
        if (level == Level.NATIONAL) {
            throw RuleViolationException.conflict("U1", "a NATIONAL unit has no level above it to be moved under");
        }
        requireActorAbove(directory, actorUnit);
        requireActiveParentAbove(directory, command.newParentId(), level);
        UnitAuthorization.requireAncestorOrSelf(directory, actorUnit, command.newParentId(), "U2",
                "only a unit above both the old and the new parent may move " + unitId);
        if (command.newParentId().equals(parentId)) {
            return;
        }
        apply(new OrgUnitReparented(unitId, parentId, command.newParentId()));
    }

    @CommandHandler
    void handle(MergeOrgUnit command, UnitDirectory directory, @MetaDataValue(MetadataKeys.ACTOR_UNIT) String actorUnit) {
        requireNotMerged();
        if (command.survivorId().equals(unitId)) {
            throw RuleViolationException.conflict("U2", "a unit cannot be merged into itself");
        }
        requireActorAbove(directory, actorUnit);
        UnitDirectory.Entry survivor = directory.find(command.survivorId()).orElseThrow(() ->
                RuleViolationException.notFound("U2", "the surviving unit " + command.survivorId() + " does not exist"));
        if (survivor.merged()) {
            throw RuleViolationException.conflict("U2", "the surviving unit " + survivor.id() + " was itself merged into "
                    + survivor.mergedInto());
        }
        if (level.isAbove(survivor.level())) {
            throw RuleViolationException.conflict("U2", "a " + level + " unit can only be merged into a unit at level "
                    + level + " or above, so that its children stay below their parent; " + survivor.id() + " is "
                    + survivor.level());
        }
        UnitAuthorization.requireAncestorOrSelf(directory, actorUnit, survivor.id(), "U2",
                "only a unit above both units may merge " + unitId + " into " + survivor.id());
        apply(new OrgUnitMerged(unitId, survivor.id()));
    }

    @CommandHandler
    void handle(ChangeUnitAuthority command, UnitDirectory directory,
                @MetaDataValue(MetadataKeys.ACTOR_UNIT) String actorUnit) {
        requireNotMerged();
        requireActorAbove(directory, actorUnit);
        if (command.authority().equals(authority)) {
            return;
        }
        apply(new UnitAuthorityChanged(unitId, command.authority()));
    }

    private void requireNotMerged() {
        if (mergedInto != null) {
            throw RuleViolationException.conflict("U2", "unit " + unitId + " was merged into " + mergedInto
                    + " and takes no further change");
        }
    }

    /** A unit's own officers do not restructure it: a unit above it does. */
    private void requireActorAbove(UnitDirectory directory, String actorUnit) {
        if (parentId == null) {
            UnitAuthorization.requireSystem(actorUnit, "U2", "only the system may change a NATIONAL unit");
            return;
        }
        UnitAuthorization.requireAncestorOrSelf(directory, actorUnit, parentId, "U2",
                "only a unit above " + unitId + " may change it");
    }

    private static void requireActiveParentAbove(UnitDirectory directory, OrgUnitId parentId, Level level) {
        UnitDirectory.Entry parent = directory.find(parentId).orElseThrow(() ->
                RuleViolationException.notFound("U1", "the parent unit " + parentId + " does not exist"));
        if (parent.merged()) {
            throw RuleViolationException.conflict("U1", "the parent unit " + parentId + " was merged into "
                    + parent.mergedInto() + "; choose that unit");
        }
        if (!parent.level().isAbove(level)) {
            throw RuleViolationException.conflict("U1", "a parent must be at a strictly higher level: expected above "
                    + level + ", found " + parentId + " at " + parent.level());
        }
    }

    @EventSourcingHandler
    void on(OrgUnitCreated event) {
        unitId = event.unitId();
        level = event.level();
        parentId = event.parentId();
        name = event.name();
        abbreviation = event.abbreviation();
        authority = event.authority();
    }

    @EventSourcingHandler
    void on(OrgUnitRenamed event) {
        name = event.name();
        abbreviation = event.abbreviation();
    }

    @EventSourcingHandler
    void on(OrgUnitReparented event) {
        parentId = event.newParentId();
    }

    @EventSourcingHandler
    void on(OrgUnitMerged event) {
        mergedInto = event.survivorId();
    }

    @EventSourcingHandler
    void on(UnitAuthorityChanged event) {
        authority = event.authority();
    }
}
