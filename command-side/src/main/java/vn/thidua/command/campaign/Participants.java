package vn.thidua.command.campaign;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import vn.thidua.api.RuleViolation;
import vn.thidua.api.RuleViolationException;
import vn.thidua.api.campaign.Participant;
import vn.thidua.api.campaign.TargetKind;
import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.api.person.PersonId;
import vn.thidua.command.orgunit.UnitDirectory;
import vn.thidua.command.person.PersonDirectory;

/**
 * C4's who may take part in a plan: the issuer, or a unit or a person of a unit below it. One instance serves one
 * command: the persons it names are looked up together, and each unit is judged once however many rows name it,
 * so a bulk registration of thousands of rows costs a few queries rather than thousands.
 */
final class Participants {

    private final UnitDirectory units;
    private final OrgUnitId issuerId;
    private final Map<PersonId, PersonDirectory.Entry> persons;
    private final Map<OrgUnitId, Optional<RuleViolation>> verdicts = new HashMap<>();

    Participants(UnitDirectory units, PersonDirectory persons, OrgUnitId issuerId, Collection<Participant> participants) {
        this.units = units;
        this.issuerId = issuerId;
        this.persons = persons.findAll(participants.stream()
                .filter(participant -> participant.kind() == TargetKind.INDIVIDUAL)
                .map(Participant::personId).toList());
    }

    /** The participant with its unit filled in (a person's unit as the directory has it now). */
    Participant resolve(Participant participant) {
        OrgUnitId unit = participant.kind() == TargetKind.INDIVIDUAL
                ? Optional.ofNullable(persons.get(participant.personId())).map(PersonDirectory.Entry::unitId)
                        .orElseThrow(() -> RuleViolationException.notFound("C4", "person " + participant.personId()
                                + " does not exist"))
                : participant.unitId();
        verdicts.computeIfAbsent(unit, this::judge).ifPresent(refusal -> {
            throw new RuleViolationException(refusal);
        });
        return participant.withUnit(unit);
    }

    private Optional<RuleViolation> judge(OrgUnitId unit) {
        Optional<UnitDirectory.Entry> entry = units.find(unit);
        if (entry.isEmpty()) {
            return Optional.of(RuleViolation.notFound("C4", "unit " + unit + " does not exist"));
        }
        if (entry.get().merged()) {
            return Optional.of(RuleViolation.conflict("C4", "unit " + unit + " was merged into " + entry.get().mergedInto()));
        }
        if (!units.isAncestorOrSelf(issuerId, unit)) {
            return Optional.of(RuleViolation.conflict("C4", "participants are the issuer " + issuerId
                    + " or units and persons below it; " + unit + " is not"));
        }
        return Optional.empty();
    }
}
