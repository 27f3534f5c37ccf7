package vn.thidua.standalone.scenario;

import java.util.List;

/**
 * An outcome the plan implies. A refusal is checked when its step plays; the others through the views once the
 * scenario has run, as read by the user of {@code reader} (a granted award by the user of the deciding unit).
 */
public sealed interface Expectation {

    /** A step is refused: the answer's status and the problem's {@code rule}, and a part of its detail. */
    record Refused(String step, int status, String rule, String detail) implements Expectation {
    }

    /**
     * {@code awardType} granted, not revoked, to {@code awardee} (a person for an individual, a unit for a
     * collective) by {@code decidingUnit}, in a decision whose number matches {@code decisionNumber}.
     */
    record Granted(String awardType, String awardee, String decidingUnit, String decisionNumber) implements Expectation {
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
