package vn.thidua.command.proposal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.thidua.api.award.AwardType;
import vn.thidua.api.proposal.CouncilVote;
import vn.thidua.api.proposal.DocumentKind;
import vn.thidua.api.proposal.DossierItem;

/**
 * What a dossier must hold (Art. 84: titles and commendations; the initiative certificate when the eligibility
 * route used one) and the council vote each award needs: part of the published rule set.
 */
public record DossierRules(Set<AwardType> titles, Set<DocumentKind> titleDocuments,
                           Set<DocumentKind> commendationDocuments, Council council) {

    public record Threshold(int percent, boolean strict, boolean secretBallot) {

        String describe() {
            return (strict ? "more than " : "at least ") + percent + "% of all council members"
                    + (secretBallot ? " by secret ballot" : "");
        }
    }

    public record Council(Threshold defaults, Map<AwardType, Threshold> overrides) {

        public Council {
            if (defaults == null) {
                throw new IllegalArgumentException("dossier.council.defaults is missing: every award needs a council vote rule");
            }
            overrides = overrides == null ? Map.of() : Map.copyOf(overrides);
        }
    }

    public DossierRules {
        titles = titles == null ? Set.of() : Set.copyOf(titles);
        titleDocuments = titleDocuments == null ? Set.of() : Set.copyOf(titleDocuments);
        commendationDocuments = commendationDocuments == null ? Set.of() : Set.copyOf(commendationDocuments);
    }

    /** The documents missing from {@code dossier} for {@code awardType}, in a stable order. */
    public List<DocumentKind> missing(AwardType awardType, boolean usedInitiative, List<DossierItem> dossier) {
        Set<DocumentKind> required = EnumSet.noneOf(DocumentKind.class);
        required.addAll(titles.contains(awardType) ? titleDocuments : commendationDocuments);
        if (usedInitiative) {
            required.add(DocumentKind.INITIATIVE_CERTIFICATE);
        }
        dossier.forEach(item -> required.remove(item.kind()));
        return new ArrayList<>(required);
    }

    /** Why {@code vote} is not enough for {@code awardType}, if it is not. */
    public Optional<String> shortfall(AwardType awardType, CouncilVote vote) {
        Threshold threshold = council.overrides().getOrDefault(awardType, council.defaults());
        if (threshold.secretBallot() && !vote.secretBallot()) {
            return Optional.of(awardType + " needs a secret ballot, found an open vote");
        }
        if (!vote.reaches(threshold.percent(), threshold.strict())) {
            return Optional.of(awardType + " needs " + threshold.describe() + ", found " + vote);
        }
        return Optional.empty();
    }
}
