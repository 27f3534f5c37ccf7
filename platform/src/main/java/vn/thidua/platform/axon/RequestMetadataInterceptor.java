package vn.thidua.platform.axon;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;

import vn.thidua.api.MetadataKeys;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.web.RequestIds;

/**
 * Stamps each command sent while serving an HTTP request with the authenticated user, the user's unit, the
 * request's correlation id and its command id (the Idempotency-Key). Metadata the sender set itself wins, so a
 * start-up task can act as the system user.
 */
final class RequestMetadataInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            Map<String, Object> stamp = new HashMap<>();
            CurrentUser.find().ifPresent(user -> {
                stamp.put(MetadataKeys.ACTOR, user.getUsername());
                stamp.put(MetadataKeys.ACTOR_UNIT, user.unitId());
            });
            RequestIds.correlationId().ifPresent(id -> stamp.put(MetadataKeys.CORRELATION_ID, id));
            RequestIds.commandId().ifPresent(id -> stamp.put(MetadataKeys.COMMAND_ID, id));
            stamp.keySet().removeAll(command.getMetaData().keySet());
            return stamp.isEmpty() ? command : command.andMetaData(stamp);
        };
    }
}
