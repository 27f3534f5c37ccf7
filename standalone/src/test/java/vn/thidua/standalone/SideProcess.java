package vn.thidua.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import vn.thidua.platform.test.ApiClient;

/**
 * One side of the split mode run from its exec jar as a JVM of its own, as a user runs it, so a test can kill it as
 * a crash does ({@code kill -9}: no shutdown hook, no claim released, no transaction finished) and start it again on
 * the same port and settings. The jars are those the reactor packages before this module's tests.
 */
final class SideProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Path jar;
    private final String name;
    private final int port;
    private final Map<String, Object> properties;
    private final Path logs;
    private Process process;
    private int starts;

    private SideProcess(Path jar, String name, int port, Map<String, Object> properties, Path logs) {
        this.jar = jar;
        this.name = name;
        this.port = port;
        this.properties = properties;
        this.logs = logs;
    }

    /**
     * Starts {@code module}'s exec jar ({@code command-side} or {@code query-side}) on a free loopback port with
     * {@code properties} as command-line arguments; its output goes to {@code logs/name.log}. Returns at once: see
     * {@link #awaitHealthy()}.
     */
    static SideProcess start(String module, String name, Map<String, Object> properties, Path logs) throws IOException {
        SideProcess side = new SideProcess(jar(module), name, freePort(), new TreeMap<>(properties),
                Files.createDirectories(logs));
        side.launch();
        return side;
    }

    /** Starts the JVM again after {@link #kill()}, with the same port and settings, logging to a new file. */
    void restart() throws IOException {
        assertThat(process.isAlive()).as(name + " is still running").isFalse();
        launch();
    }

    private void launch() throws IOException {
        Map<String, Object> all = new TreeMap<>(properties);
        all.put("server.port", port);
        all.put("server.address", "127.0.0.1");
        List<String> command = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx384m", "-XX:TieredStopAtLevel=1", "-jar", jar.toAbsolutePath().toString()));
        all.forEach((key, value) -> command.add("--" + key + "=" + value));
        Path log = logs.resolve(name + (starts++ == 0 ? "" : "-restart-" + (starts - 1)) + ".log");
        process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        // should the test JVM itself be stopped (a build cancelled), its JVMs must not outlive it holding ports
        Process started = process;
        Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly));
    }

    void awaitHealthy() {
        HttpRequest health = HttpRequest.newBuilder(URI.create(url() + "/actuator/health"))
                .timeout(Duration.ofSeconds(5)).build();
        await().atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(500)).until(() -> {
            assertThat(process.isAlive()).as(name + " stopped while starting; see its log in " + logs.toAbsolutePath())
                    .isTrue();
            try {
                HttpResponse<String> answer = HTTP.send(health, HttpResponse.BodyHandlers.ofString());
                return answer.statusCode() == 200 && answer.body().contains("\"UP\"");
            } catch (IOException notYet) {
                return false;
            }
        });
    }

    /** {@code kill -9}, and waits until the JVM is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
    }

    /** A graceful stop ({@code SIGTERM}): the JVM releases its token claims and finishes what it was doing. */
    void stop() throws InterruptedException {
        process.destroy();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(name + " stopped within 60 s").isTrue();
    }

    long pid() {
        return process.pid();
    }

    /** Axon's token owner of this JVM ({@code pid@host}) up to the host. */
    String tokenOwnerPrefix() {
        return process.pid() + "@";
    }

    String name() {
        return name;
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    ApiClient as(String username) {
        return ApiClient.at(url()).as(username, AppUnderTest.PASSWORD);
    }

    @Override
    public void close() {
        try {
            kill();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Path jar(String module) throws IOException {
        Path target = Paths.get("..", module, "target");
        try (Stream<Path> files = Files.exists(target) ? Files.list(target) : Stream.empty()) {
            return files.filter(f -> f.getFileName().toString().matches(module + "-.*-exec\\.jar")).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + module + " exec jar in " + target.toAbsolutePath()
                            + ": run the reactor (./mvnw verify -pl standalone -am) so " + module + " is packaged first"));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
