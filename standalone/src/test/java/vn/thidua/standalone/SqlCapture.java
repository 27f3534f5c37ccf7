package vn.thidua.standalone;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * The SQL one request issues, as the database sees it: a {@link BeanPostProcessor} (added to a context by
 * {@code spring.main.sources}) that wraps the {@link DataSource} bean, so Hibernate, Axon's stores, Quartz and the
 * idempotency store all go through it. Only connections taken while {@link #start() recording} are wrapped, and only
 * by request threads ({@code http-*}): the rest of the time it costs nothing, and the views' and processors' own
 * polling never lands in the capture. It records transaction boundaries, each statement with its parameters (byte
 * arrays of JSON as their text, for the pgbench script's payloads) and every execution of a prepared statement,
 * counting the statements and the time spent in them.
 */
public class SqlCapture implements BeanPostProcessor {

    private final AtomicBoolean recording = new AtomicBoolean();
    private final List<String> lines = new ArrayList<>();
    private final AtomicLong statements = new AtomicLong();
    private final AtomicLong jdbcNanos = new AtomicLong();

    /** What was recorded: the lines, how many statements were executed and the time spent executing them. */
    record Recording(List<String> lines, long statements, Duration inJdbc) {
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof DataSource dataSource)) {
            return bean;
        }
        return Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Object result = invoke(dataSource, method, args);
                    boolean requestThread = Thread.currentThread().getName().startsWith("http-");
                    return result instanceof Connection connection && recording.get() && requestThread
                            ? wrap(Connection.class, connection, this::onConnection) : result;
                });
    }

    void start() {
        synchronized (lines) {
            lines.clear();
        }
        statements.set(0);
        jdbcNanos.set(0);
        recording.set(true);
    }

    Recording stop() {
        recording.set(false);
        synchronized (lines) {
            return new Recording(List.copyOf(lines), statements.get(), Duration.ofNanos(jdbcNanos.get()));
        }
    }

    private void record(String line) {
        synchronized (lines) {
            lines.add(line);
        }
    }

    private Object onConnection(Connection connection, Method method, Object[] args) throws Throwable {
        switch (method.getName()) {
            case "setAutoCommit" -> record(Boolean.FALSE.equals(args[0]) ? "BEGIN" : "-- autocommit on");
            case "commit" -> record("COMMIT");
            case "rollback" -> record("ROLLBACK");
            default -> {
            }
        }
        Object result = invoke(connection, method, args);
        if (result instanceof PreparedStatement statement && method.getName().equals("prepareStatement")) {
            String sql = (String) args[0];
            Map<Integer, String> parameters = new TreeMap<>();
            return wrap(PreparedStatement.class, statement, (target, call, callArgs) -> {
                String name = call.getName();
                boolean noArguments = callArgs == null || callArgs.length == 0;
                if (name.startsWith("set") && callArgs != null && callArgs.length >= 2 && callArgs[0] instanceof Integer i) {
                    parameters.put(i, shown(callArgs[1]));
                } else if (name.equals("executeBatch")) {
                    record("-- executeBatch");
                } else if (noArguments && (name.equals("addBatch") || name.startsWith("execute"))) {
                    record(sql + "  -- " + parameters + (name.equals("addBatch") ? " (batched)" : ""));
                    parameters.clear();
                }
                return name.startsWith("execute") ? timed(target, call, callArgs) : invoke(target, call, callArgs);
            });
        }
        if (result instanceof Statement statement && method.getName().equals("createStatement")) {
            return wrap(Statement.class, statement, (target, call, callArgs) -> {
                if (call.getName().startsWith("execute") && callArgs != null && callArgs.length > 0
                        && callArgs[0] instanceof String sql) {
                    record(sql);
                }
                return call.getName().startsWith("execute") ? timed(target, call, callArgs) : invoke(target, call, callArgs);
            });
        }
        return result;
    }

    private Object timed(Object target, Method method, Object[] args) throws Throwable {
        long started = System.nanoTime();
        try {
            return invoke(target, method, args);
        } finally {
            statements.incrementAndGet();
            jdbcNanos.addAndGet(System.nanoTime() - started);
        }
    }

    private static String shown(Object value) {
        if (value instanceof byte[] bytes) {
            // the events' JSON as text; anything else (Quartz's serialized job data) by its size
            return bytes.length > 0 && bytes[0] == '{' ? "'" + new String(bytes, StandardCharsets.UTF_8) + "'"
                    : "<" + bytes.length + " bytes>";
        }
        return value instanceof String || value instanceof java.util.Date ? "'" + value + "'" : String.valueOf(value);
    }

    private interface Call<T> {
        Object on(T target, Method method, Object[] args) throws Throwable;
    }

    private static <T> T wrap(Class<T> type, T target, Call<T> call) {
        InvocationHandler handler = (proxy, method, args) -> call.on(target, method, args);
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
