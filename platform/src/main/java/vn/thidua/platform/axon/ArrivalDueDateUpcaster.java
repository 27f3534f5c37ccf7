package vn.thidua.platform.axon;

import java.util.Set;

import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

import tools.jackson.databind.node.ObjectNode;

import vn.thidua.api.proposal.ProposalForwarded;
import vn.thidua.api.proposal.ProposalResubmitted;
import vn.thidua.api.proposal.ProposalSubmitted;

/**
 * Revision 2 of a proposal's arrival events records when its stay at the unit it arrives at is due to end (P6). An
 * arrival stored before has no revision and no due date: it is read as revision 2 with {@code dueAt} null. The date
 * is not recomputed here: it follows from the working days and holidays of the rule set in force at the arrival,
 * which the upcaster does not know (a rule set published since may differ), so a recomputed date could state a
 * limit nobody set. The tracker shows such a hop's due date as unknown.
 */
final class ArrivalDueDateUpcaster extends SingleEventUpcaster {

    private static final Set<String> ARRIVALS = Set.of(ProposalSubmitted.class.getName(),
            ProposalForwarded.class.getName(), ProposalResubmitted.class.getName());
    private static final String REVISION = "2";

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        return event.getType().getRevision() == null && ARRIVALS.contains(event.getType().getName());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        return event.upcastPayload(new SimpleSerializedType(event.getType().getName(), REVISION), ObjectNode.class,
                payload -> payload.putNull("dueAt"));
    }
}
