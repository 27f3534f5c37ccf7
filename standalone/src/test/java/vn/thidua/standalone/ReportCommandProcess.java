package vn.thidua.standalone;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The {@code report} command run as an analyst runs it, in a JVM of its own: {@code java <options>
 * StandaloneApplication report <arguments>} on this build's classpath (the repackaged jar of {@code java -jar} is
 * made after the tests), with the store's settings as {@code --name=value} arguments.
 */
final class ReportCommandProcess {

    /** The exit status, or null when the JVM outlasted its time limit and was stopped; what it wrote on stderr. */
    record Outcome(Integer status, String stderr, Duration took) {
    }

    private ReportCommandProcess() {
    }

    static Outcome run(List<String> jvmOptions, Map<String, Object> store, Duration limit, Path logs, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), StandaloneApplication.class.getName(),
                ReportCommand.NAME));
        command.addAll(List.of(arguments));
        store.forEach((key, value) -> command.add("--" + key + "=" + value));
        Path stdout = Files.createTempFile(Files.createDirectories(logs), "report", ".out");
        Path stderr = Files.createTempFile(logs, "report", ".err");
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        boolean finished = process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
        if (!finished) {
            process.destroyForcibly().waitFor();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        return new Outcome(finished ? process.exitValue() : null, Files.readString(stderr, StandardCharsets.UTF_8), took);
    }
}
