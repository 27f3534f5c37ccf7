package vn.thidua.standalone.scenario;

import java.util.List;

/**
 * An outcome the plan implies, checked through the views once the scenario has run; {@code reader} is the unit
 * whose user reads it.
 */
public sealed interface Expectation {

    String reader();

    /** A step is refused: the answer's status and the problem's {@code rule}, and a part of its detail. */
    record Refused(String step, int status, String rule, String detail) implements Expectation {
        @Override
        public String reader() {
            return null;
        }
    }

    /**
     * {@code awardType} granted, not revoked, to {@code awardee} (a person for an individual, a unit for a
     * collective) by {@code decidingUnit}, in a decision whose number matches {@code decisionNumber}.
     */
    record Granted(String awardType, String awardee, String decidingUnit, String decisionNumber) implements Expectation {
        @Override
        public String reader() {
            return decidingUnit;
        }
    }

    /** A proposal's status, where it waits (when pending) and its route, hop by hop ({@code "FORWARDED a → b"}). */
    record ProposalAt(String proposal, String reader, String status, String pendingAt, List<String> route)
            implements Expectation {
    }

    /** The use of one quota of a campaign's award plan. */
    record QuotaUse(String campaign, String reader, String awardType, String targetKind, int used, int limit)
            implements Expectation {
    }

    /** A campaign's status and how far its reviews got. */
    record CampaignAt(String campaign, String reader, String status, Integer activeRegistrations,
                      Integer reviewsConcluded) implements Expectation {
    }
}
