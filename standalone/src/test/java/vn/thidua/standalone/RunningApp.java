package vn.thidua.standalone;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import vn.thidua.platform.security.Role;
import vn.thidua.platform.security.UserAccounts;
import vn.thidua.platform.test.ApiClient;

/** The standalone app started the way a user starts it, on a database a test chooses; closable to restart it. */
final class RunningApp implements AppUnderTest {

    private final ConfigurableApplicationContext context;

    private RunningApp(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /**
     * The properties go in as command-line arguments: they must win over application.yml, as a user's would. The
     * demo scenarios stay off unless a test asks for them: they would write alongside the test's own requests.
     */
    static RunningApp start(Map<String, Object> properties) {
        Map<String, Object> all = new HashMap<>(properties);
        all.put("server.port", "0");
        all.putIfAbsent("thidua.demo.scenarios", "false");
        String[] args = all.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new RunningApp(new SpringApplicationBuilder(StandaloneApplication.class).run(args));
    }

    @Override
    public ApiClient anonymous() {
        return ApiClient.at(baseUrl());
    }

    /** Where a browser finds the app. */
    String baseUrl() {
        return "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @Override
    public <T> T commandSideBean(Class<T> type) {
        return bean(type);
    }

    @Override
    public <T> T querySideBean(Class<T> type) {
        return bean(type);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    <T> T bean(Class<T> type, String name) {
        return context.getBean(name, type);
    }

    /**
     * A user of {@code unit} with {@code roles} and the demo password, hashed at bcrypt's lowest cost: a test that
     * sends a thousand requests then spends seconds in bcrypt, not minutes (any cost verifies the same way).
     */
    void addUser(String username, String unit, Role... roles) {
        bean(UserAccounts.class).addIfAbsent(username, username, "{bcrypt}" + new BCryptPasswordEncoder(4).encode(PASSWORD),
                unit, Set.of(roles));
    }

    @Override
    public long eventCount() {
        Long count = bean(JdbcTemplate.class).queryForObject("select count(*) from domain_event_entry", Long.class);
        return count == null ? 0 : count;
    }

    @Override
    public void close() {
        context.close();
    }
}
