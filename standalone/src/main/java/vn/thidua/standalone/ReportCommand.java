package vn.thidua.standalone;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import vn.thidua.api.RuleViolationException;
import vn.thidua.api.campaign.CampaignId;
import vn.thidua.api.campaign.ReviewId;
import vn.thidua.api.report.PhaseReport;
import vn.thidua.api.report.PhaseReportRequest;
import vn.thidua.query.report.PhaseReportFiles;
import vn.thidua.query.report.PhaseReports;

/**
 * {@code java -jar standalone.jar report --campaign <id> [--from D --to D | --review <rid>] [--as-of <instant>]
 * [--format json|csv|xlsx] [--out file]}: the phase report against the configured database, without the web
 * server, the demo data, the deadline scheduler or the views (which would otherwise catch up on the store). Any {@code --name=value} argument is a Spring property (e.g.
 * {@code --spring.datasource.url=...}). Exit status 0 with the report on the standard output or in the file; 2 with
 * the reason on the standard error.
 */
final class ReportCommand {

    static final String NAME = "report";
    static final int OK = 0;
    static final int REFUSED = 2;
    private static final String USAGE = "usage: report --campaign <id> [--from <yyyy-mm-dd> --to <yyyy-mm-dd> | --review <id>]"
            + " [--as-of <instant, e.g. 2023-01-31T10:00:00Z>] [--format json|csv|xlsx] [--out <file>]";

    record Options(PhaseReportRequest request, PhaseReportFiles.Format format, Path out, List<String> springArguments) {
    }

    private ReportCommand() {
    }

    /** Boots the application without a web server and runs the report once. */
    static int run(String[] args, OutputStream stdout, PrintStream stderr) {
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            stderr.println(e.getMessage());
            stderr.println(USAGE);
            return REFUSED;
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(StandaloneApplication.class)
                .web(WebApplicationType.NONE)
                .properties("thidua.demo.enabled=false", "spring.quartz.auto-startup=false", "thidua.views.auto-start=false",
                        "spring.main.banner-mode=off", "logging.threshold.console=OFF")
                .run(options.springArguments().toArray(String[]::new))) {
            return execute(context.getBean(PhaseReports.class), context.getBean(PhaseReportFiles.class), options,
                    stdout, stderr);
        } catch (RuntimeException e) {
            stderr.println("the report could not run: " + e.getMessage());
            return REFUSED;
        }
    }

    /** Runs the report on an application already started. */
    static int execute(PhaseReports reports, PhaseReportFiles files, Options options, OutputStream stdout,
                       PrintStream stderr) {
        try {
            PhaseReport report = reports.run(options.request());
            byte[] bytes = files.render(report, options.format());
            if (options.out() != null) {
                Files.write(options.out(), bytes);
            } else {
                stdout.write(bytes);
                stdout.flush();
            }
            return OK;
        } catch (RuleViolationException e) {
            stderr.println(e.getMessage());
            return REFUSED;
        } catch (IOException e) {
            stderr.println("the report could not be written: " + e.getMessage());
            return REFUSED;
        }
    }

    static Options parse(String[] args) {
        String campaign = null;
        String review = null;
        LocalDate from = null;
        LocalDate to = null;
        Instant asOf = null;
        PhaseReportFiles.Format format = PhaseReportFiles.Format.JSON;
        Path out = null;
        List<String> spring = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("--") && arg.contains("=")) {
                spring.add(arg);
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(arg.startsWith("--") ? arg + " needs a value" : "unexpected " + arg);
            }
            String value = args[++i];
            try {
                switch (arg) {
                    case "--campaign" -> campaign = value;
                    case "--review" -> review = value;
                    case "--from" -> from = LocalDate.parse(value);
                    case "--to" -> to = LocalDate.parse(value);
                    case "--as-of" -> asOf = Instant.parse(value);
                    case "--format" -> format = PhaseReportFiles.Format.valueOf(value.toUpperCase(Locale.ROOT));
                    case "--out" -> out = Path.of(value);
                    default -> throw new IllegalArgumentException("unknown option " + arg);
                }
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(arg + " is not valid: " + value);
            }
        }
        if (campaign == null) {
            throw new IllegalArgumentException("--campaign is required");
        }
        PhaseReportRequest request = new PhaseReportRequest(new CampaignId(campaign), from, to,
                review == null ? null : new ReviewId(review), asOf);
        return new Options(request, format, out, spring);
    }
}
