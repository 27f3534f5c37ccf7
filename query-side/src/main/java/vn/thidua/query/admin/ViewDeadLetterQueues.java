package vn.thidua.query.admin;

import java.util.Set;
import java.util.TreeSet;

import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.deadletter.jpa.JpaSequencedDeadLetterQueue;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.stereotype.Component;

import vn.thidua.platform.axon.InTransactionProjection;

/**
 * A poison event must not stop a view, nor be skipped with only a log line: each view's processing group parks the
 * events it fails on in a JPA dead-letter queue (table {@code dead_letter_entry}), together with the later events of
 * the same aggregate, and goes on with the others. Every processing group of the application gets one except the
 * in-transaction projections, whose failures must fail the command instead. Groups are found from their handler
 * beans, so a new view needs no entry here. A reset clears the group's queue: the replay handles every event again.
 * The sequence identifier cache spares the query "is this aggregate's sequence parked?" for every event while the
 * queue is empty, as it nearly always is; only the segment's owner parks into it, so its cache is never stale.
 */
@Component
class ViewDeadLetterQueues implements ConfigurerModule {

    private final ListableBeanFactory beans;

    ViewDeadLetterQueues(ListableBeanFactory beans) {
        this.beans = beans;
    }

    @Override
    public void configureModule(Configurer configurer) {
        for (String group : viewGroups()) {
            configurer.eventProcessing()
                    .registerDeadLetterQueue(group, config -> JpaSequencedDeadLetterQueue.builder()
                            .processingGroup(group)
                            .entityManagerProvider(config.getComponent(EntityManagerProvider.class))
                            .transactionManager(config.getComponent(TransactionManager.class))
                            .genericSerializer(config.serializer())
                            .eventSerializer(config.eventSerializer())
                            .build())
                    .registerDeadLetteringEventHandlerInvokerConfiguration(group,
                            (config, invoker) -> invoker.allowReset(true).enableSequenceIdentifierCache());
        }
    }

    private Set<String> viewGroups() {
        Set<String> groups = new TreeSet<>();
        for (String name : beans.getBeanNamesForAnnotation(ProcessingGroup.class)) {
            if (beans.findAnnotationOnBean(name, InTransactionProjection.class) == null) {
                groups.add(beans.findAnnotationOnBean(name, ProcessingGroup.class).value());
            }
        }
        return groups;
    }
}
