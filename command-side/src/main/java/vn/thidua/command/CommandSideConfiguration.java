package vn.thidua.command;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.ComponentScan;

import vn.thidua.platform.PlatformAutoConfiguration;

/** The command side as a library: aggregates, their helpers and the command API join any Boot app that has it. * Ordered before JPA so that its package is scanned for entities and repositories.
 */
@AutoConfiguration(after = PlatformAutoConfiguration.class,
        beforeName = {"org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration",
        "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration"})
@AutoConfigurationPackage
@ComponentScan
@ConfigurationPropertiesScan
public class CommandSideConfiguration {
}
