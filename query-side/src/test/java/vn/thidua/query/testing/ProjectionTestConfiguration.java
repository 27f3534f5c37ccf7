package vn.thidua.query.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.platform.axon.TypedIdModule;

/**
 * The query side's components minus what needs Axon or the web (controllers, the read-after-write filter, the
 * processor admin, the phase report that reads the event store), and only
 * the persistence auto-configurations: {@code QuerySideConfiguration} and {@code PlatformAutoConfiguration} would
 * bring in Axon, security and the server. Entities and repositories are found from {@code vn.thidua.query}, as
 * {@code QuerySideConfiguration} has them found in the app.
 */
@Configuration(proxyBeanMethods = false)
@ImportAutoConfiguration({DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
        JdbcTemplateAutoConfiguration.class, JdbcClientAutoConfiguration.class, FlywayAutoConfiguration.class,
        HibernateJpaAutoConfiguration.class,
        DataJpaRepositoriesAutoConfiguration.class, TransactionAutoConfiguration.class})
@AutoConfigurationPackage(basePackages = "vn.thidua.query")
@ComponentScan(basePackages = "vn.thidua.query", excludeFilters = {
        @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = {Configuration.class, RestController.class}),
        @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = OncePerRequestFilter.class),
        @ComponentScan.Filter(type = FilterType.REGEX, pattern = "vn\\.thidua\\.query\\.(admin|report|boot)\\..*")})
public class ProjectionTestConfiguration {

    /** What the views take as now: 2 July 2025, 09:00 in Vietnam. */
    public static final Instant NOW = Instant.parse("2025-07-02T02:00:00Z");

    /** The audit log writes payloads as JSON with ids as bare strings, as the app's mapper does. */
    @Bean
    JsonMapper jsonMapper() {
        return JsonMapper.builder().addModule(new TypedIdModule()).build();
    }

    /** The audit log links an event the store has no row for from its form serialized as the store's serializer would. */
    @Bean
    Serializer eventSerializer() {
        return Jackson3Serializer.builder()
                .jsonMapperBuilderCustomizer(builder -> builder.addModule(new TypedIdModule())).build();
    }

    @Bean
    Clock clock() {
        return Clock.fixed(NOW, ZoneId.of("Asia/Ho_Chi_Minh"));
    }
}
