package vn.thidua.platform.axon;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.stereotype.Component;

/** Registers every {@link InTransactionProjection} as a subscribing processor that propagates its failures. */
@Component
class InTransactionProjections {

    @Autowired
    void register(EventProcessingConfigurer processing, ApplicationContext context) {
        for (Object projection : context.getBeansWithAnnotation(InTransactionProjection.class).values()) {
            Class<?> type = AopUtils.getTargetClass(projection);
            ProcessingGroup group = AnnotationUtils.findAnnotation(type, ProcessingGroup.class);
            if (group == null) {
                throw new IllegalStateException(type.getName() + " is an in-transaction projection without @ProcessingGroup");
            }
            processing.registerSubscribingEventProcessor(group.value())
                    .registerListenerInvocationErrorHandler(group.value(), configuration -> PropagatingErrorHandler.instance());
        }
    }
}
