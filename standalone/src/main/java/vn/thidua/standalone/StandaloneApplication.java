package vn.thidua.standalone;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import vn.thidua.standalone.scenario.ScenarioCommand;

/**
 * Both sides in one JVM on an embedded H2 file database, with demo data on the first start; with {@code report} as
 * the first argument, the phase report on the command line instead ({@link ReportCommand}); with {@code scenario},
 * scenario files played against a running instance ({@link ScenarioCommand}).
 */
@SpringBootApplication
public class StandaloneApplication {

    public static void main(String[] args) {
        if (args.length > 0 && ReportCommand.NAME.equals(args[0])) {
            System.exit(ReportCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        if (args.length > 0 && ScenarioCommand.NAME.equals(args[0])) {
            System.exit(ScenarioCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        SpringApplication.run(StandaloneApplication.class, args);
    }
}
