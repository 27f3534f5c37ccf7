package vn.thidua.query.admin;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.thidua.api.RuleViolationException;
import vn.thidua.api.audit.DeadLetterGroup;
import vn.thidua.api.audit.DeadLetterReport;
import vn.thidua.api.audit.DeadLetterRetry;
import vn.thidua.api.audit.DeadLetterSummary;
import vn.thidua.api.audit.ReplayProgress;

/** Replays and dead letters of this application's tracking processors, for the admin API and the actuator. */
@Component
class ProcessorAdmin {

    static final String RULE = "ADMIN";
    private static final int LISTED_LETTERS = 100;

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final TransactionTemplate outsideTransaction;

    ProcessorAdmin(EventProcessingConfiguration processing, EventStore eventStore,
                   PlatformTransactionManager transactions) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.outsideTransaction = new TransactionTemplate(transactions);
        this.outsideTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
    }

    /**
     * Stops the processor, resets its token to the start of the store (its reset handler empties the view) and
     * starts it again. A POST runs in the request's transaction (Idempotency-Key): the reset must commit on its own
     * before the processor's threads claim the token again.
     */
    ReplayProgress replay(String group) {
        StreamingEventProcessor processor = streaming(group);
        try {
            outsideTransaction.executeWithoutResult(status -> {
                processor.shutDown();
                processor.resetTokens();
            });
        } catch (UnableToClaimTokenException claimedElsewhere) {
            throw RuleViolationException.conflict(RULE, "processing group " + group + " is running on another"
                    + " instance; stop it there before replaying");
        } finally {
            processor.start();
        }
        return progress(group);
    }

    ReplayProgress progress(String group) {
        StreamingEventProcessor processor = streaming(group);
        Collection<EventTrackerStatus> segments = processor.processingStatus().values();
        Long position = segments.isEmpty() || segments.stream().anyMatch(s -> s.getCurrentPosition().isEmpty())
                ? null
                : segments.stream().mapToLong(s -> s.getCurrentPosition().getAsLong()).min().orElseThrow();
        TrackingToken headToken = eventStore.createHeadToken();
        long head = headToken == null ? 0 : headToken.position().orElse(0);
        int percent = position == null ? 0 : head <= 0 ? 100 : (int) Math.min(100, position * 100 / head);
        boolean caughtUp = !segments.isEmpty() && segments.stream().allMatch(EventTrackerStatus::isCaughtUp);
        boolean error = processor.isError() || segments.stream().anyMatch(EventTrackerStatus::isErrorState);
        return new ReplayProgress(group, processor.isReplaying(), caughtUp, error, position, head, percent);
    }

    DeadLetterReport deadLetters() {
        List<DeadLetterGroup> groups = new ArrayList<>();
        for (String group : new TreeSet<>(processing.eventProcessors().keySet())) {
            processing.deadLetterQueue(group).ifPresent(queue -> groups.add(report(group, queue)));
        }
        return new DeadLetterReport(groups);
    }

    /** Handles each parked sequence once more; a letter that fails again stays, with its new cause. */
    DeadLetterRetry retry(String group) {
        streaming(group);
        SequencedDeadLetterQueue<EventMessage<?>> queue = processing.deadLetterQueue(group).orElseThrow(noQueue(group));
        SequencedDeadLetterProcessor<EventMessage<?>> letters =
                processing.sequencedDeadLetterProcessor(group).orElseThrow(noQueue(group));
        long sequences = queue.amountOfSequences();
        int succeeded = 0;
        for (long i = 0; i < sequences; i++) {
            if (Boolean.TRUE.equals(outsideTransaction.execute(status -> letters.processAny()))) {
                succeeded++;
            }
        }
        return new DeadLetterRetry(group, succeeded, queue.size());
    }

    private static DeadLetterGroup report(String group, SequencedDeadLetterQueue<EventMessage<?>> queue) {
        List<DeadLetterSummary> items = new ArrayList<>();
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
            for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                if (items.size() < LISTED_LETTERS) {
                    items.add(summary(letter));
                }
            }
        }
        return new DeadLetterGroup(group, queue.amountOfSequences(), queue.size(), items);
    }

    private static DeadLetterSummary summary(DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> event = letter.message();
        DomainEventMessage<?> domain = event instanceof DomainEventMessage<?> d ? d : null;
        return new DeadLetterSummary(event.getIdentifier(), event.getPayloadType().getSimpleName(),
                domain == null ? null : domain.getType(), domain == null ? null : domain.getAggregateIdentifier(),
                domain == null ? null : domain.getSequenceNumber(), event.getTimestamp(), letter.enqueuedAt(),
                letter.lastTouched(), letter.cause().map(c -> c.type()).orElse(null),
                letter.cause().map(c -> c.message()).orElse(null));
    }

    private StreamingEventProcessor streaming(String group) {
        EventProcessor processor = processing.eventProcessor(group).orElseThrow(() ->
                RuleViolationException.notFound(RULE, "there is no processing group " + group));
        if (processor instanceof StreamingEventProcessor streaming) {
            return streaming;
        }
        throw RuleViolationException.conflict(RULE, "processing group " + group + " handles events in the"
                + " transaction of the command that caused them; it has no token to replay from or letters to retry");
    }

    private static Supplier<RuleViolationException> noQueue(String group) {
        return () -> RuleViolationException.conflict(RULE, "processing group " + group + " has no dead-letter queue");
    }
}
