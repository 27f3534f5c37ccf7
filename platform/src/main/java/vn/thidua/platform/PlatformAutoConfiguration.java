package vn.thidua.platform;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.context.annotation.ComponentScan;

/**
 * The infrastructure both sides run on, switched on by having this jar on the classpath, so that the command
 * side, the query side and the standalone launcher all get the same serializer, metadata, security and errors.
 * Ordered before JPA so that its package is scanned for entities and repositories.
 */
@AutoConfiguration(beforeName = {"org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration",
        "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration"})
@AutoConfigurationPackage
@ComponentScan
public class PlatformAutoConfiguration {
}
