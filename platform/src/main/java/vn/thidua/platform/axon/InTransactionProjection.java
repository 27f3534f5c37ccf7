package vn.thidua.platform.axon;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;

/**
 * A command-side lookup table kept in the very transaction that appends the events (set-based validation): a
 * subscribing processor whose failures fail the command, instead of being logged and skipped.
 */
public final class InTransactionProjection {

    private InTransactionProjection() {
    }

    public static void register(EventProcessingConfigurer processing, String processingGroup) {
        processing.registerSubscribingEventProcessor(processingGroup)
                .registerListenerInvocationErrorHandler(processingGroup, configuration -> PropagatingErrorHandler.instance());
    }
}
