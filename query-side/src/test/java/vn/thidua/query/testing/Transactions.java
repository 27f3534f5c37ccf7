package vn.thidua.query.testing;

import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a handler call in its own transaction, as Axon does for each event (the tracking processor's unit of work)
 * and each query (the query bus): JPA changes are written at commit, so that the next call, and plain JDBC, see them.
 */
@Component
public class Transactions {

    private final TransactionTemplate template;

    Transactions(PlatformTransactionManager transactions) {
        this.template = new TransactionTemplate(transactions);
    }

    public void run(Runnable work) {
        template.executeWithoutResult(status -> work.run());
    }

    public <T> T get(Supplier<T> work) {
        return template.execute(status -> work.get());
    }
}
