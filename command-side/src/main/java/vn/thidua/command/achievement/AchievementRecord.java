package vn.thidua.command.achievement;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import vn.thidua.api.MetadataKeys;
import vn.thidua.api.RuleViolationException;
import vn.thidua.api.achievement.AchievementsImported;
import vn.thidua.api.achievement.ImportAchievements;
import vn.thidua.api.campaign.Participant;
import vn.thidua.api.campaign.TargetKind;
import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.command.orgunit.UnitAuthorization;
import vn.thidua.command.orgunit.UnitDirectory;
import vn.thidua.command.person.PersonDirectory;

/**
 * The achievement record of one collective or person for the years before this system (DESIGN §5): imported
 * ratings, awards with their decision numbers, initiatives and disciplinary years, which eligibility reads (C7).
 */
@Aggregate
class AchievementRecord {

    @AggregateIdentifier
    private String recordId;

    AchievementRecord() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ImportAchievements command, UnitDirectory units, PersonDirectory persons,
                @MetaDataValue(MetadataKeys.ACTOR_UNIT) String actorUnit) {
        OrgUnitId unit = unitOf(command.participant(), units, persons);
        UnitAuthorization.requireAncestorOrSelf(units, actorUnit, unit, "C7",
                "only the participant's unit or a unit above it may record its achievements");
        apply(new AchievementsImported(command.participant().withUnit(unit), command.ratings(), command.awards(),
                command.initiatives(), command.disciplinedYears()));
    }

    private static OrgUnitId unitOf(Participant participant, UnitDirectory units, PersonDirectory persons) {
        if (participant.kind() == TargetKind.INDIVIDUAL) {
            return persons.find(participant.personId()).map(PersonDirectory.Entry::unitId).orElseThrow(() ->
                    RuleViolationException.notFound("C7", "person " + participant.personId() + " does not exist"));
        }
        return units.find(participant.unitId()).map(UnitDirectory.Entry::id).orElseThrow(() ->
                RuleViolationException.notFound("C7", "unit " + participant.unitId() + " does not exist"));
    }

    @EventSourcingHandler
    void on(AchievementsImported event) {
        recordId = event.participant().key();
    }
}
