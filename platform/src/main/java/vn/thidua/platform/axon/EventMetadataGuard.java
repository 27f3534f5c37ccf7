package vn.thidua.platform.axon;

import java.util.List;
import java.util.function.BiFunction;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;

import vn.thidua.api.MetadataKeys;
import vn.thidua.api.RuleViolationException;

/**
 * A2: no event reaches the store without the acting user, the user's unit and the request's correlation. The
 * check runs when the event is published, inside the command's unit of work, so a violation rolls it back.
 */
public final class EventMetadataGuard implements MessageDispatchInterceptor<EventMessage<?>> {

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        return (index, event) -> {
            for (String key : MetadataKeys.REQUIRED_ON_EVENTS) {
                Object value = event.getMetaData().get(key);
                if (value == null || value.toString().isBlank()) {
                    throw RuleViolationException.invalid("A2", "event " + event.getPayloadType().getSimpleName()
                            + " has no '" + key + "' in its metadata; every event names the acting user, unit and request");
                }
            }
            return event;
        };
    }
}
