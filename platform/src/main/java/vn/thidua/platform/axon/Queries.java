package vn.thidua.platform.axon;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/** Asks a query and waits for its answer, giving back the handler's own exception rather than a wrapper. */
@Component
public class Queries {

    private static final long TIMEOUT_SECONDS = 30;

    private final QueryGateway gateway;

    public Queries(QueryGateway gateway) {
        this.gateway = gateway;
    }

    public <R> R ask(Object query, Class<R> responseType) {
        CompletableFuture<R> answer = gateway.query(query, ResponseTypes.instanceOf(responseType));
        try {
            return answer.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + query.getClass().getSimpleName(), e);
        } catch (ExecutionException | CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException(query.getClass().getSimpleName() + " got no answer in " + TIMEOUT_SECONDS + " s", e);
        }
    }
}
