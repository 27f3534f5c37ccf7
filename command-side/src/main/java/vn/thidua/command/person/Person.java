package vn.thidua.command.person;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import vn.thidua.api.MetadataKeys;
import vn.thidua.api.RuleViolationException;
import vn.thidua.api.person.PersonId;
import vn.thidua.api.person.PersonRegistered;
import vn.thidua.api.person.RegisterPerson;
import vn.thidua.command.orgunit.UnitAuthorization;
import vn.thidua.command.orgunit.UnitDirectory;

/** A person of a unit: data created by command, so an individual participant is never free text (C4). */
@Aggregate
class Person {

    @AggregateIdentifier
    private PersonId personId;

    Person() {
    }

    @CommandHandler
    Person(RegisterPerson command, UnitDirectory units, @MetaDataValue(MetadataKeys.ACTOR_UNIT) String actorUnit) {
        UnitDirectory.Entry unit = units.find(command.unitId()).orElseThrow(() ->
                RuleViolationException.notFound("C4", "unit " + command.unitId() + " does not exist"));
        if (unit.merged()) {
            throw RuleViolationException.conflict("C4", "unit " + unit.id() + " was merged into " + unit.mergedInto());
        }
        UnitAuthorization.requireAncestorOrSelf(units, actorUnit, unit.id(), "C4",
                "only the person's unit or a unit above it may record a person of " + unit.id());
        apply(new PersonRegistered(command.personId(), command.fullName(), command.unitId(), command.position(),
                command.category()));
    }

    @EventSourcingHandler
    void on(PersonRegistered event) {
        personId = event.personId();
    }
}
