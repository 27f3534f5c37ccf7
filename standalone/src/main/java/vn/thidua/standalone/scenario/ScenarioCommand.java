package vn.thidua.standalone.scenario;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * {@code java -jar standalone.jar scenario [--base-url URL] --password P [--user U | --user unit=user …]
 * [--until step] file.yml …}: plays scenario files against a running instance over its HTTP API, without starting
 * one. {@code --user U} acts as U for every step (a single-user run); {@code --user unit=user} names the user acting
 * for a unit (repeatable; other units act through the user named after them, as the demo's users are). Exit status
 * 0 when every scenario ran as it says, 1 when one differed, 2 for a bad command line or a malformed file.
 */
public final class ScenarioCommand {

    public static final String NAME = "scenario";
    static final int OK = 0;
    static final int DIFFERED = 1;
    static final int REFUSED = 2;
    private static final String USAGE = "usage: scenario [--base-url http://localhost:8080] --password <password>"
            + " [--user <user> | --user <unit>=<user> ...] [--until <step id>] <scenario.yml> ...";

    record Options(String baseUrl, String password, UnaryOperator<String> users, String until, List<Path> files) {
    }

    private ScenarioCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Options options;
        List<Scenario> scenarios = new ArrayList<>();
        try {
            options = parse(args);
            for (Path file : options.files()) {
                scenarios.add(ScenarioFile.read(file));
            }
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return REFUSED;
        } catch (MalformedScenarioException e) {
            err.println(e.getMessage());
            return REFUSED;
        }
        ScenarioRunner runner = new ScenarioRunner(options.baseUrl(), options.password(), options.users());
        int status = OK;
        for (Scenario scenario : scenarios) {
            out.println("== " + scenario.id() + ": " + scenario.title());
            try {
                ScenarioRunner.Run run = runner.play(scenario, options.until(), answer -> out.println("  " + answer));
                run.failures().forEach(failure -> err.println("  DIFFERS " + failure));
                out.println(run.succeeded()
                        ? "  " + (run.complete() ? "ran as the scenario says" : "stopped as asked, after " + options.until())
                        : "  " + run.failures().size() + " difference(s)");
                status = run.succeeded() ? status : DIFFERED;
            } catch (MalformedScenarioException e) {
                err.println(e.getMessage());
                return REFUSED;
            } catch (IllegalStateException e) {
                err.println("  the server could not be used: " + e.getMessage());
                return DIFFERED;
            }
        }
        return status;
    }

    static Options parse(String[] args) {
        String baseUrl = "http://localhost:8080";
        String password = null;
        String until = null;
        String singleUser = null;
        Map<String, String> users = new HashMap<>();
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                files.add(Path.of(arg));
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(arg + " needs a value");
            }
            String value = args[++i];
            switch (arg) {
                case "--base-url" -> baseUrl = value;
                case "--password" -> password = value;
                case "--until" -> until = value;
                case "--user" -> {
                    int equals = value.indexOf('=');
                    if (equals < 0) {
                        singleUser = value;
                    } else {
                        users.put(value.substring(0, equals), value.substring(equals + 1));
                    }
                }
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        if (password == null) {
            throw new IllegalArgumentException("--password is required");
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("name at least one scenario file");
        }
        if (singleUser != null && !users.isEmpty()) {
            throw new IllegalArgumentException("--user <user> acts for every unit; it cannot be combined with --user <unit>=<user>");
        }
        String everyone = singleUser;
        UnaryOperator<String> userOfUnit = everyone != null ? unit -> everyone : unit -> users.getOrDefault(unit, unit);
        return new Options(baseUrl, password, userOfUnit, until, List.copyOf(files));
    }
}
