package vn.thidua.standalone;

import java.util.UUID;

import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jpa.JpaTokenStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.TokenStoreProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon's token store names its owner after the JVM ({@code pid@host}): two contexts in one JVM would each take
 * the other's claims for their own and both process every segment. Each context of {@link SplitApp} gets an owner
 * of its own, as each JVM of the real split mode has; otherwise the store is Axon's, built as its auto-configuration
 * builds it.
 */
@Configuration(proxyBeanMethods = false)
class DistinctTokenOwner {

    @Bean
    TokenStore tokenStore(Serializer serializer, TokenStoreProperties properties, EntityManagerProvider entityManagerProvider) {
        return JpaTokenStore.builder()
                .entityManagerProvider(entityManagerProvider)
                .serializer(serializer)
                .claimTimeout(properties.getClaimTimeout())
                .nodeId("split-" + UUID.randomUUID())
                .build();
    }
}
