package vn.thidua.platform;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.context.annotation.ComponentScan;

/**
 * The infrastructure both sides run on, switched on by having this jar on the classpath, so that the command
 * side, the query side and the standalone launcher all get the same serializer, metadata, security and errors.
 * Ordered before JPA so that its package is scanned for entities and repositories, and before Axon so that its
 * event store is the one in use.
 */
@AutoConfiguration(beforeName = {"org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration",
        "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
        "org.axonframework.springboot.autoconfig.AxonAutoConfiguration"})
@AutoConfigurationPackage
@ComponentScan
public class PlatformAutoConfiguration {
}
