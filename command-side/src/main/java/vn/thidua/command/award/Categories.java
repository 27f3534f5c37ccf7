package vn.thidua.command.award;

import vn.thidua.api.campaign.Participant;
import vn.thidua.command.orgunit.UnitDirectory;
import vn.thidua.command.person.PersonDirectory;

/** The category a nominee counts in for reserved quota shares (D3): a person's own, else their unit's. */
public final class Categories {

    private Categories() {
    }

    public static String of(Participant participant, UnitDirectory units, PersonDirectory persons) {
        String own = participant.personId() == null ? null
                : persons.find(participant.personId()).map(PersonDirectory.Entry::category).orElse(null);
        return own != null ? own : units.find(participant.unitId()).map(UnitDirectory.Entry::category).orElse(null);
    }
}
