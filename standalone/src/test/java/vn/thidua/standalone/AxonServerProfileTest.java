package vn.thidua.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.axonframework.axonserver.connector.AxonServerConfiguration;
import org.axonframework.axonserver.connector.ErrorCode;
import org.axonframework.axonserver.connector.command.AxonServerCommandBus;
import org.axonframework.axonserver.connector.command.AxonServerRemoteCommandHandlingException;
import org.axonframework.axonserver.connector.command.CommandSerializer;
import org.axonframework.axonserver.connector.event.axon.AxonServerEventStore;
import org.axonframework.axonserver.connector.query.AxonServerQueryBus;
import org.axonframework.axonserver.connector.query.AxonServerRemoteQueryHandlingException;
import org.axonframework.axonserver.connector.query.QuerySerializer;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandResultMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.queryhandling.GenericQueryResponseMessage;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.QueryExecutionException;
import org.axonframework.queryhandling.QueryResponseMessage;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.web.servlet.HandlerExceptionResolver;

import io.axoniq.axonserver.grpc.command.CommandResponse;
import io.axoniq.axonserver.grpc.query.QueryResponse;

import vn.thidua.api.RuleViolation;
import vn.thidua.platform.test.TestDatabases;

/**
 * The third way to run (DESIGN §7): profiles {@code postgres,axonserver} put Axon Server's connector in place of
 * the embedded event store and buses, and a rule refused behind Axon Server reaches the HTTP caller with its rule.
 * No Axon Server runs here: the app is pointed at a closed loopback port and must still start and stop promptly.
 * It does without special settings: the connector's first attempt (when the buses subscribe their handlers, or
 * eagerly in {@code AxonServerConnectionManager#start} with heartbeats on) is bounded by
 * {@code axon.axonserver.connect-timeout}, fails, is logged and is retried in the background every
 * {@code axon.axonserver.reconnect-interval}; tracking processors retry with their own back-off.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class AxonServerProfileTest {

    /** Nothing listens on port 1 of the loopback interface: every connection attempt is refused at once. */
    private static final String UNREACHABLE_AXON_SERVER = "127.0.0.1:1";

    private final String schema = TestDatabases.freshSchemaName();
    private ConfigurableApplicationContext axonServerApp;

    @BeforeAll
    void startWithAxonServerProfile() {
        Map<String, Object> properties = new HashMap<>(TestDatabases.postgres(schema));
        properties.put("spring.profiles.active", "postgres,axonserver");
        properties.put("axon.axonserver.servers", UNREACHABLE_AXON_SERVER);
        // the first connection attempt runs on the starting thread (when the buses subscribe their handlers) and
        // lasts at most this long per server; a refused port fails at once, a silent one would take the 5 s default
        properties.put("axon.axonserver.connect-timeout", "1000");
        // commands cannot be routed without Axon Server: the demo loader would wait for an answer at start-up
        properties.put("thidua.demo.enabled", "false");
        axonServerApp = start(properties);
    }

    @AfterAll
    void stopAndDropSchema() {
        try {
            if (axonServerApp != null) {
                Instant closing = Instant.now();
                axonServerApp.close();
                assertThat(Duration.between(closing, Instant.now()))
                        .as("closing while Axon Server is unreachable").isLessThan(Duration.ofSeconds(30));
            }
        } finally {
            TestDatabases.dropPostgresSchema(schema);
        }
    }

    @Test
    void axonserver_profile_stores_events_and_routes_commands_and_queries_through_axon_server() {
        assertThat(axonServerApp.getBean(AxonServerConfiguration.class).getServers()).isEqualTo(UNREACHABLE_AXON_SERVER);
        assertThat(axonServerApp.getBean(EventStore.class)).isInstanceOf(AxonServerEventStore.class);
        assertThat(axonServerApp.getBean(CommandBus.class)).isInstanceOf(AxonServerCommandBus.class);
        assertThat(axonServerApp.getBean(QueryBus.class)).isInstanceOf(AxonServerQueryBus.class);
        assertThat(axonServerApp.getBeansOfType(EventStorageEngine.class))
                .as("no JPA event store next to Axon Server's").isEmpty();
    }

    @Test
    void default_profile_keeps_the_embedded_jpa_event_store_and_the_local_buses(@TempDir Path data) {
        Map<String, Object> properties = new HashMap<>(TestDatabases.h2File(data));
        properties.put("thidua.demo.enabled", "false");
        try (ConfigurableApplicationContext app = start(properties)) {
            assertThat(app.getBeansOfType(AxonServerConfiguration.class)).isEmpty();
            EventStore eventStore = app.getBean(EventStore.class);
            assertThat(eventStore).isInstanceOf(EmbeddedEventStore.class);
            assertThat(ReflectionTestUtils.getField(eventStore, "storageEngine")).isInstanceOf(JpaEventStorageEngine.class);
            assertThat(app.getBean(EventStorageEngine.class)).isInstanceOf(JpaEventStorageEngine.class);
            assertThat(app.getBean(CommandBus.class)).isInstanceOf(SimpleCommandBus.class);
            assertThat(app.getBean(QueryBus.class)).isInstanceOf(SimpleQueryBus.class);
        }
    }

    @Test
    void refused_command_keeps_its_rule_through_axon_servers_wire_format_and_answers_it_over_http() throws Exception {
        RuleViolation violation = RuleViolation.conflict("C5", "đợt sơ kết giữa kỳ đang mở: kết thúc đợt đó trước khi mở đợt tổng kết");
        // what RuleViolationInterceptor throws on the handling side
        CommandExecutionException thrown = new CommandExecutionException(violation.detail(), null, violation);

        // the details alone, through the serializer Axon uses for messages (jackson3), as a SerializedObject
        Serializer messageSerializer = axonServerApp.getBean("messageSerializer", Serializer.class);
        assertThat(messageSerializer).isInstanceOf(Jackson3Serializer.class);
        SerializedObject<byte[]> serializedDetails = messageSerializer.serialize(violation, byte[].class);
        assertThat(messageSerializer.<byte[], Object>deserialize(serializedDetails)).isEqualTo(violation);

        // the handling side's answer as the command bus's own serializer puts it on the wire (CommandResponse with
        // error code, ErrorMessage and the details as payload), and as the sending side's bus reads it back
        CommandSerializer commandSerializer = (CommandSerializer) ReflectionTestUtils.getField(
                axonServerApp.getBean(CommandBus.class), "serializer");
        assertThat(ReflectionTestUtils.getField(commandSerializer, "messageSerializer")).isSameAs(messageSerializer);
        CommandResponse onTheWire = CommandResponse.parseFrom(commandSerializer.serialize(
                GenericCommandResultMessage.asCommandResultMessage(thrown), "request-1").toByteArray());
        assertThat(onTheWire.getErrorCode()).isEqualTo(ErrorCode.COMMAND_EXECUTION_ERROR.errorCode());
        CommandResultMessage<Object> received = commandSerializer.deserialize(onTheWire);

        assertThat(received.exceptionResult()).isInstanceOf(CommandExecutionException.class)
                .hasCauseInstanceOf(AxonServerRemoteCommandHandlingException.class);
        CommandExecutionException remote = (CommandExecutionException) received.exceptionResult();
        assertThat(remote.getDetails()).contains(violation);

        MockHttpServletResponse answer = answerOverHttp(remote);
        assertThat(answer.getStatus()).isEqualTo(409);
        assertThat(answer.getContentAsString(StandardCharsets.UTF_8))
                .contains("\"rule\":\"C5\"")
                .contains(violation.detail());
    }

    @Test
    void refused_query_keeps_its_rule_through_axon_servers_wire_format() throws Exception {
        RuleViolation violation = RuleViolation.notFound("U1", "không có đơn vị ldld-khong-co");
        QueryExecutionException thrown = new QueryExecutionException(violation.detail(), null, violation);

        // the query bus's own serializer, on both ends of the hop
        QuerySerializer querySerializer = (QuerySerializer) ReflectionTestUtils.getField(
                axonServerApp.getBean(QueryBus.class), "serializer");
        QueryResponse onTheWire = QueryResponse.parseFrom(querySerializer.serializeResponse(
                new GenericQueryResponseMessage<>(String.class, thrown), "request-2").toByteArray());
        QueryResponseMessage<?> received = querySerializer.deserializeResponse(onTheWire);

        assertThat(received.exceptionResult()).isInstanceOf(QueryExecutionException.class)
                .hasCauseInstanceOf(AxonServerRemoteQueryHandlingException.class);
        assertThat(((QueryExecutionException) received.exceptionResult()).getDetails()).contains(violation);

        MockHttpServletResponse answer = answerOverHttp((Exception) received.exceptionResult());
        assertThat(answer.getStatus()).isEqualTo(404);
        assertThat(answer.getContentAsString(StandardCharsets.UTF_8)).contains("\"rule\":\"U1\"").contains(violation.detail());
    }

    /** As a user starts it: the properties as command-line arguments, so they win over application.yml. */
    private static ConfigurableApplicationContext start(Map<String, Object> properties) {
        Map<String, Object> all = new HashMap<>(properties);
        all.put("server.port", "0");
        String[] args = all.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new SpringApplicationBuilder(StandaloneApplication.class).run(args);
    }

    /** The app's own MVC exception resolution (the @ExceptionHandler methods of ProblemDetailsAdvice). */
    private MockHttpServletResponse answerOverHttp(Exception failure) {
        HandlerExceptionResolver resolver = axonServerApp.getBean("handlerExceptionResolver", HandlerExceptionResolver.class);
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/campaigns/c-1/reviews");
        request.addHeader("Accept", "application/problem+json, application/json");
        MockHttpServletResponse response = new MockHttpServletResponse();
        assertThat(resolver.resolveException(request, response, null, failure)).as("resolved").isNotNull();
        return response;
    }
}
