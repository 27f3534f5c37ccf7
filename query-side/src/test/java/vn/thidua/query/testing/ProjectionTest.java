package vn.thidua.query.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A projection test: the projections with their real repositories on an in-memory H2 that the query side's own
 * Flyway migrations built (and Hibernate validated), with the platform's settings, but no Axon, web server or
 * security. Tests call the handlers directly, each inside a transaction (see {@link Transactions}), and start on
 * empty views. One context serves every projection test, so the database is shared and emptied between tests.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest(classes = ProjectionTestConfiguration.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
                // the settings every process runs with: ddl-auto validate, Flyway's common + {vendor} locations
                "spring.config.import=classpath:thidua-platform.yml",
                "spring.datasource.url=jdbc:h2:mem:projections;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
                "spring.datasource.hikari.maximum-pool-size=4"})
@ExtendWith(EmptyViews.class)
public @interface ProjectionTest {
}
