package vn.thidua.api.proposal;

/**
 * A council's vote: members in favour, present and in total. Shares are always taken over {@code total} (all
 * members), never over those present (DESIGN §5).
 */
public record CouncilVote(int inFavour, int present, int total, boolean secretBallot) {

    public CouncilVote {
        if (total <= 0 || present < 0 || inFavour < 0 || present > total || inFavour > present) {
            throw new IllegalArgumentException("a council vote needs 0 <= inFavour <= present <= total and total > 0, found "
                    + inFavour + "/" + present + "/" + total);
        }
    }

    /** Whether the share in favour of all members reaches {@code percent} (strictly more when {@code strict}). */
    public boolean reaches(int percent, boolean strict) {
        long scaled = 100L * inFavour;
        long needed = (long) percent * total;
        return strict ? scaled > needed : scaled >= needed;
    }

    @Override
    public String toString() {
        return inFavour + " of " + total + " members in favour (" + present + " present"
                + (secretBallot ? ", secret ballot)" : ")");
    }
}
