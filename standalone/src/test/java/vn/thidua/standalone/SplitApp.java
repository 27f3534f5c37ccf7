package vn.thidua.standalone;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.thidua.command.CommandSideConfiguration;
import vn.thidua.command.boot.CommandSideApplication;
import vn.thidua.platform.test.ApiClient;
import vn.thidua.query.QuerySideConfiguration;
import vn.thidua.query.boot.QuerySideApplication;

/**
 * The split mode (DESIGN §7) in one JVM: any number of command-side and query-side Spring contexts, each on its own
 * port, sharing one PostgreSQL schema, started from their own launchers and settings files as the jars start. Its
 * clients send each request to the side that owns the path (DESIGN §8), taking the instances of a side in turn, so
 * that consecutive requests of a test land on different instances.
 */
final class SplitApp implements AppUnderTest {

    private final List<ConfigurableApplicationContext> commandSides;
    private final List<ConfigurableApplicationContext> querySides;
    private final AtomicInteger nextCommandSide = new AtomicInteger();
    private final AtomicInteger nextQuerySide = new AtomicInteger();

    private SplitApp(List<ConfigurableApplicationContext> commandSides, List<ConfigurableApplicationContext> querySides) {
        this.commandSides = commandSides;
        this.querySides = querySides;
    }

    /**
     * The first command side starts alone: it migrates the schema and loads the demo data (units, users) that the
     * others then find in the database, as {@code bin/split-local.sh} does.
     */
    static SplitApp start(Map<String, Object> store, int commandSideCount, int querySideCount) {
        List<ConfigurableApplicationContext> commandSides = new ArrayList<>();
        List<ConfigurableApplicationContext> querySides = new ArrayList<>();
        try {
            for (int i = 0; i < commandSideCount; i++) {
                commandSides.add(commandSide(store, i));
            }
            for (int i = 0; i < querySideCount; i++) {
                querySides.add(querySide(store));
            }
        } catch (RuntimeException e) {
            querySides.forEach(ConfigurableApplicationContext::close);
            commandSides.forEach(ConfigurableApplicationContext::close);
            throw e;
        }
        return new SplitApp(commandSides, querySides);
    }

    /**
     * Quartz keeps its schedulers and their connections in JVM-wide registries keyed by the scheduler's name: two
     * contexts in one JVM under one name would use each other's connections. So the second and later command sides
     * here each form a deadline cluster of their own, where separate JVMs share one (a deadline is fired by a command
     * side of the context that set it; none of the tests here waits for one).
     */
    static ConfigurableApplicationContext commandSide(Map<String, Object> store, int index) {
        Map<String, Object> properties = new HashMap<>(store);
        properties.put("thidua.demo.enabled", index == 0);
        if (index > 0) {
            properties.put("spring.quartz.scheduler-name", "quartzScheduler-" + index);
        }
        // the test classpath holds both sides, each a Boot auto-configuration: a jar of one side has only its own
        properties.put("spring.autoconfigure.exclude", QuerySideConfiguration.class.getName());
        return new SpringApplicationBuilder(CommandSideApplication.class, DistinctTokenOwner.class)
                .properties("spring.config.name=command-side")
                .run(arguments(properties));
    }

    static ConfigurableApplicationContext querySide(Map<String, Object> store) {
        Map<String, Object> properties = new HashMap<>(store);
        properties.put("spring.autoconfigure.exclude", CommandSideConfiguration.class.getName());
        return new SpringApplicationBuilder(QuerySideApplication.class, DistinctTokenOwner.class)
                .properties("spring.config.name=query-side")
                .run(arguments(properties));
    }

    /**
     * Command-line arguments win over the settings files, as a user's would. Four instances with the default pool
     * of 20 would hold most of PostgreSQL's 100 connections; 6 each is plenty for a test's load.
     */
    private static String[] arguments(Map<String, Object> properties) {
        Map<String, Object> all = new HashMap<>(properties);
        all.put("server.port", "0");
        all.putIfAbsent("spring.datasource.hikari.maximum-pool-size", "6");
        return all.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    }

    @Override
    public ApiClient anonymous() {
        return ApiClient.routed(this::baseUrl);
    }

    /** A client of one instance only, whatever the path. */
    ApiClient at(ConfigurableApplicationContext instance) {
        return ApiClient.at(url(instance));
    }

    List<ConfigurableApplicationContext> commandSides() {
        return commandSides;
    }

    List<ConfigurableApplicationContext> querySides() {
        return querySides;
    }

    /**
     * The command side serves every write and its own reads (the rule sets); the query side the views, its admin
     * and the phase report, whose jobs live in the instance that started them (hence always the first).
     */
    private String baseUrl(String method, String path) {
        if (path.startsWith("/api/reports")) {
            return url(querySides.get(0));
        }
        boolean commandSide = path.startsWith("/api/rule-sets")
                || !"GET".equals(method) && !path.startsWith("/api/admin");
        return commandSide ? next(commandSides, nextCommandSide) : next(querySides, nextQuerySide);
    }

    private static String next(List<ConfigurableApplicationContext> instances, AtomicInteger counter) {
        return url(instances.get(Math.floorMod(counter.getAndIncrement(), instances.size())));
    }

    static String url(ConfigurableApplicationContext instance) {
        return "http://localhost:" + ((WebServerApplicationContext) instance).getWebServer().getPort();
    }

    @Override
    public <T> T commandSideBean(Class<T> type) {
        return commandSides.get(0).getBean(type);
    }

    @Override
    public <T> T querySideBean(Class<T> type) {
        return querySides.get(0).getBean(type);
    }

    @Override
    public long eventCount() {
        Long count = commandSideBean(JdbcTemplate.class).queryForObject("select count(*) from domain_event_entry", Long.class);
        return count == null ? 0 : count;
    }

    @Override
    public void close() {
        querySides.forEach(ConfigurableApplicationContext::close);
        commandSides.forEach(ConfigurableApplicationContext::close);
    }
}
