package vn.thidua.standalone;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Both sides in one JVM on an embedded H2 file database, with demo data on the first start; with {@code report} as
 * the first argument, the phase report on the command line instead ({@link ReportCommand}).
 */
@SpringBootApplication
public class StandaloneApplication {

    public static void main(String[] args) {
        if (args.length > 0 && ReportCommand.NAME.equals(args[0])) {
            System.exit(ReportCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        SpringApplication.run(StandaloneApplication.class, args);
    }
}
