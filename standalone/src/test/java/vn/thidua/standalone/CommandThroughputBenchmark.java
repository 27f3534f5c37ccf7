package vn.thidua.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import vn.thidua.api.MetadataKeys;
import vn.thidua.api.award.AwardType;
import vn.thidua.api.campaign.CampaignId;
import vn.thidua.api.campaign.Participant;
import vn.thidua.api.campaign.RegistrationId;
import vn.thidua.api.campaign.ReviewId;
import vn.thidua.api.orgunit.OrgUnitId;
import vn.thidua.api.person.PersonId;
import vn.thidua.api.proposal.CouncilVote;
import vn.thidua.api.proposal.DocumentKind;
import vn.thidua.api.proposal.DossierItem;
import vn.thidua.api.proposal.ForwardProposal;
import vn.thidua.api.proposal.ProposalId;
import vn.thidua.api.proposal.ProposalSubmitted;
import vn.thidua.platform.test.TestDatabases;

/**
 * Command throughput (issue #12), not run in CI: "forward a proposal" (P3) over HTTP in split mode on PostgreSQL (a
 * command side and a query side, each its own Spring context on its own port, one schema), at concurrency 1, 8 and
 * 32, against pgbench running {@code bench/pgbench/forward.sql} (the SQL one forward issues, captured here by
 * {@link SqlCapture} and printed) at the same concurrency on the same database in the same run. Read the lines
 * starting with "BENCH".
 * <p>
 * Each proposal is seeded as a {@code ProposalSubmitted} event of huyện Kbang pending at tỉnh Gia Lai, with its hop
 * time limit there scheduled, and tỉnh Gia Lai's council forwards it (a Labour Order, which only the national level
 * decides). The same forward through the command gateway
 * of the same side, at concurrency 8, gives the cost without HTTP and security.
 * <p>
 * Authentication: HTTP Basic checks the demo password against its bcrypt hash (cost 10), tens of milliseconds of CPU
 * by design, on a client's first request and then every 10 minutes ({@code VerifiedPasswords}); the figure compared
 * with pgbench stays the bearer token's, as before that cache, so the two sessions compare. That is a second
 * command side in the {@code oauth2} profile, where a client signs in once and sends a bearer token (RS256 JWT,
 * verified against the configured public key), as a deployment with an identity provider runs.
 * <p>
 * Each line names the pending hop time limits of the side before and after: they stay level, as each forward ends
 * its proposal's limit (found under the proposal's own deadline name) and starts the next.
 * <p>
 * {@code -Dbench.commands=100} forwards per concurrency level with a token; {@code -Dbench.basic-commands} (20)
 * with Basic; {@code -Dbench.warm-up} forwards before measuring (a quarter of {@code bench.commands}, at least 50);
 * {@code -Dbench.half-seconds} (10) how long to send at half the maximum rate; {@code
 * -Dbench.pgbench-seconds} (10) per pgbench level; {@code -Dbench.pgbench} the binary, {@code
 * -Dbench.pgbench-script} the script.
 */
@EnabledIfSystemProperty(named = "bench.commands", matches = "\\d+")
class CommandThroughputBenchmark {

    private static final String DISTRICT = "ubnd-huyen-kbang";
    /** Forwards a Labour Order to the national level, which alone decides it. */
    private static final String PROVINCE = "ubnd-tinh-gia-lai";
    private static final String DEMO_PASSWORD = "thidua2026";
    /**
     * The deadline names of the proposals' stays at a unit (P6), as {@code AwardProposal.timeLimitOf} makes them:
     * this prefix and the proposal id.
     */
    private static final String HOP_TIME_LIMIT = "hop-time-limit/";
    private static final int[] CONCURRENCY = {1, 8, 32};
    private static final int GATEWAY_SENDERS = 8;
    private static final CouncilVote VOTE = new CouncilVote(7, 8, 9, false);
    private static final String FORWARD_BODY = "{\"vote\": {\"inFavour\": 7, \"present\": 8, \"total\": 9, \"secretBallot\": false}}";

    @TempDir
    Path work;

    private final AtomicInteger prepared = new AtomicInteger();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void forward_over_http_against_pgbench_running_its_sql() throws Exception {
        int perLevel = Integer.getInteger("bench.commands");
        int basicPerLevel = Integer.getInteger("bench.basic-commands", 20);
        int warmUp = Integer.getInteger("bench.warm-up", Math.max(50, perLevel / 4));
        Duration halfWindow = Duration.ofSeconds(Long.getLong("bench.half-seconds", 10));
        RSAKey key = new RSAKeyGenerator(2048).generate();
        Path pem = work.resolve("issuer.pem");
        Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(key.toRSAPublicKey().getEncoded())
                + "\n-----END PUBLIC KEY-----\n", StandardCharsets.US_ASCII);

        String schema = TestDatabases.freshSchemaName();
        Map<String, Object> store = new HashMap<>(TestDatabases.postgres(schema));
        // the jar's own pool (DB_POOL_SIZE), not the 6 SplitApp gives four instances sharing a test database
        store.put("spring.datasource.hikari.maximum-pool-size", "20");
        store.put("spring.main.sources", SqlCapture.class.getName());
        Map<String, Object> tokenStore = new HashMap<>(store);
        tokenStore.put("spring.profiles.active", "postgres,oauth2");
        tokenStore.put("thidua.oauth2.public-key-location", pem.toUri().toString());

        List<ConfigurableApplicationContext> sides = new ArrayList<>();
        Map<Integer, Result> overHttp = new HashMap<>();
        try {
            try {
                ConfigurableApplicationContext basicSide = SplitApp.commandSide(store, 0);
                sides.add(basicSide);
                ConfigurableApplicationContext tokenSide = SplitApp.commandSide(tokenStore, 1);
                sides.add(tokenSide);
                sides.add(SplitApp.querySide(store));
                String basic = "Basic " + Base64.getEncoder().encodeToString((PROVINCE + ":" + DEMO_PASSWORD)
                        .getBytes(StandardCharsets.UTF_8));
                Endpoint withToken = new Endpoint(tokenSide, "Bearer " + token(key));
                Endpoint withBasic = new Endpoint(basicSide, basic);

                // warm-up: class loading, JIT, pools; not reported
                closedLoop(withToken, prepare(sides, withToken, warmUp), 8);

                SqlCapture capture = tokenSide.getBean(SqlCapture.class);
                capture(capture, withToken, sides).lines().forEach(line -> System.out.println("BENCH sql " + line));

                for (int concurrency : CONCURRENCY) {
                    Result token = closedLoop(withToken, prepare(sides, withToken, perLevel), concurrency);
                    overHttp.put(concurrency, token);
                    token.print("HTTP forward, bearer token", concurrency);
                    closedLoop(withBasic, prepare(sides, withBasic, basicPerLevel), concurrency)
                            .print("HTTP forward, Basic (bcrypt once per 10 min)", concurrency);
                    if (concurrency == GATEWAY_SENDERS) {
                        gateway(withToken, prepare(sides, withToken, perLevel))
                                .print("gateway forward (no HTTP, no security)", concurrency);
                    }
                }

                capture(capture, withToken, sides);
                double maximum = overHttp.values().stream().mapToDouble(Result::rate).max().orElseThrow();
                double rate = maximum / 2;
                List<String> proposals = prepare(sides, withToken, (int) Math.ceil(rate * halfWindow.toSeconds()));
                openLoop(withToken, proposals, rate)
                        .print("HTTP forward, bearer token, at half the maximum rate %,.1f/s".formatted(rate), 0);
            } finally {
                Collections.reverse(sides);
                sides.forEach(ConfigurableApplicationContext::close);
            }
            // the apps are down: pgbench has the two cores to itself with PostgreSQL, as the app had
            for (int concurrency : CONCURRENCY) {
                Result http = overHttp.get(concurrency);
                Result pgbench = pgbench(schema, concurrency);
                pgbench.print("pgbench forward.sql", concurrency);
                System.out.printf("BENCH ratio HTTP/pgbench at concurrency %d: %.4f%n", concurrency,
                        http.rate() / pgbench.rate());
            }
        } finally {
            TestDatabases.dropPostgresSchema(schema);
        }
    }

    /**
     * A command side and what a client sends it to sign in, and the hop time limits its deadline scheduler holds.
     */
    private record Endpoint(ConfigurableApplicationContext side, String authorization) {

        String baseUrl() {
            return SplitApp.url(side);
        }

        long pendingDeadlines() {
            Long count = side.getBean(JdbcTemplate.class).queryForObject(
                    "select count(*) from qrtz_job_details where sched_name = ? and job_group like ?",
                    Long.class, side.getEnvironment().getProperty("spring.quartz.scheduler-name", "quartzScheduler"),
                    HOP_TIME_LIMIT + "%");
            return count == null ? 0 : count;
        }
    }

    /**
     * How many succeeded, in how long, their latencies in microseconds sorted, the pending deadlines before and after,
     * how many failed and the first failure.
     */
    private record Result(int count, double seconds, List<Long> micros, long pendingBefore, long pendingAfter,
                          int failed, String failure) {

        double rate() {
            return count / seconds;
        }

        void print(String what, int concurrency) {
            System.out.printf("BENCH %s%s: %,d commands in %.1f s = %,.1f/s, p50 %.1f ms, p99 %.1f ms%s%s%n", what,
                    concurrency > 0 ? " at concurrency " + concurrency : "", count, seconds, rate(),
                    percentile(50) / 1000.0, percentile(99) / 1000.0,
                    pendingBefore < 0 ? "" : ", pending deadlines %,d -> %,d".formatted(pendingBefore, pendingAfter),
                    failed == 0 ? "" : "; FAILED " + failed + ", first: " + failure);
        }

        long percentile(int percent) {
            return micros.isEmpty() ? 0 : micros.get(Math.max(0, (int) Math.ceil(percent / 100.0 * micros.size()) - 1));
        }
    }

    /** Collects the latencies of one measurement and its failures, which are reported, not thrown. */
    private static final class Tally {
        private final ConcurrentLinkedQueue<Long> micros = new ConcurrentLinkedQueue<>();
        private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        private final long started = System.nanoTime();

        void time(long fromNanos, Runnable command) {
            try {
                command.run();
                micros.add((System.nanoTime() - fromNanos) / 1000);
            } catch (RuntimeException e) {
                failures.add(e.getMessage() != null ? e.getMessage() : e.toString());
            }
        }

        Result result(Endpoint endpoint, long pendingBefore) {
            double seconds = (System.nanoTime() - started) / 1e9;
            return new Result(micros.size(), seconds, micros.stream().sorted().toList(), pendingBefore,
                    endpoint.pendingDeadlines(), failures.size(), failures.stream().findFirst().orElse(""));
        }
    }

    /** {@code concurrency} senders, each sending its next forward as soon as the last one answered. */
    private Result closedLoop(Endpoint endpoint, List<String> proposals, int concurrency) throws Exception {
        return closedLoop(endpoint, proposals, concurrency, proposal -> forward(endpoint, proposal));
    }

    /** The same command through the command gateway of the same side: the cost of HTTP and security left out. */
    private Result gateway(Endpoint endpoint, List<String> proposals) throws Exception {
        CommandGateway commands = endpoint.side().getBean(CommandGateway.class);
        return closedLoop(endpoint, proposals, GATEWAY_SENDERS, proposal -> commands.sendAndWait(
                new ForwardProposal(new ProposalId(proposal), VOTE, null), actedBy(PROVINCE)));
    }

    private Result closedLoop(Endpoint endpoint, List<String> proposals, int concurrency, Consumer<String> command)
            throws Exception {
        long pending = endpoint.pendingDeadlines();
        Tally tally = new Tally();
        AtomicInteger next = new AtomicInteger();
        ExecutorService senders = Executors.newFixedThreadPool(concurrency);
        for (int i = 0; i < concurrency; i++) {
            senders.execute(() -> {
                for (int n; (n = next.getAndIncrement()) < proposals.size(); ) {
                    String proposal = proposals.get(n);
                    tally.time(System.nanoTime(), () -> command.accept(proposal));
                }
            });
        }
        senders.shutdown();
        assertThat(senders.awaitTermination(30, TimeUnit.MINUTES)).isTrue();
        return tally.result(endpoint, pending);
    }

    /** One forward at concurrency 1, its SQL recorded: how many statements, how long in JDBC, of how long in all. */
    private SqlCapture.Recording capture(SqlCapture capture, Endpoint endpoint,
                                         List<ConfigurableApplicationContext> sides) throws Exception {
        List<String> one = prepare(sides, endpoint, 1);
        capture.start();
        Result result = closedLoop(endpoint, one, 1);
        SqlCapture.Recording recording = capture.stop();
        System.out.printf("BENCH one forward with %,d pending deadlines: %d statements, %.1f ms in JDBC of %.1f ms%n",
                result.pendingBefore(), recording.statements(), recording.inJdbc().toNanos() / 1e6,
                result.percentile(50) / 1000.0);
        return recording;
    }

    /**
     * Forwards sent on a fixed schedule whatever the answers do, each latency counted from when it was due, so a
     * stall shows in the figures instead of slowing the sender down (no coordinated omission).
     */
    private Result openLoop(Endpoint endpoint, List<String> proposals, double rate) throws Exception {
        long pending = endpoint.pendingDeadlines();
        Tally tally = new Tally();
        ExecutorService senders = Executors.newCachedThreadPool();
        long interval = (long) (1e9 / rate);
        long started = System.nanoTime();
        for (int n = 0; n < proposals.size(); n++) {
            long due = started + n * interval;
            while (System.nanoTime() < due) {
                Thread.onSpinWait();
            }
            String proposal = proposals.get(n);
            senders.execute(() -> tally.time(due, () -> forward(endpoint, proposal)));
        }
        senders.shutdown();
        assertThat(senders.awaitTermination(10, TimeUnit.MINUTES)).isTrue();
        return tally.result(endpoint, pending);
    }

    private void forward(Endpoint endpoint, String proposal) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint.baseUrl() + "/api/proposals/" + proposal + "/forward"))
                .header("Authorization", endpoint.authorization())
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(FORWARD_BODY)).build();
        HttpResponse<String> answer;
        try {
            answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("forward of " + proposal + " failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        }
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(answer.statusCode() + " " + answer.body());
        }
    }

    /**
     * {@code count} new proposals of the district pending at the province, their submissions appended to the store
     * in batches, each with its hop time limit scheduled in the deadline store of the side that will forward it (so
     * each forward cancels one, and the pending limits stay level while a measurement runs); then every view catches
     * up, so the measurement that follows does not share the machine with a backlog.
     */
    private List<String> prepare(List<ConfigurableApplicationContext> sides, Endpoint forwarder, int count)
            throws Exception {
        ConfigurableApplicationContext commandSide = sides.get(0);
        int first = prepared.get() + 1;
        prepared.addAndGet(count);
        List<String> ids = new ArrayList<>();
        for (int i = first; i < first + count; i++) {
            ids.add(proposalId(i));
        }
        EventStorageEngine engine = commandSide.getBean(EventStorageEngine.class);
        TransactionTemplate transactions = new TransactionTemplate(commandSide.getBean(PlatformTransactionManager.class));
        for (int from = 0; from < count; from += 1000) {
            List<EventMessage<?>> batch = ids.subList(from, Math.min(count, from + 1000)).stream()
                    .<EventMessage<?>>map(id -> new GenericDomainEventMessage<>("AwardProposal", id, 0, submitted(id),
                            actedBy(DISTRICT)))
                    .toList();
            transactions.executeWithoutResult(tx -> engine.appendEvents(batch));
        }
        DeadlineManager deadlines = forwarder.side().getBean(DeadlineManager.class);
        TransactionTemplate scheduling = new TransactionTemplate(forwarder.side().getBean(PlatformTransactionManager.class));
        Instant due = Instant.now().plus(Duration.ofDays(28));
        for (int from = 0; from < count; from += 100) {
            List<String> batch = ids.subList(from, Math.min(count, from + 100));
            scheduling.executeWithoutResult(tx -> batch.forEach(id -> deadlines.schedule(due, HOP_TIME_LIMIT + id,
                    "hop time limit of " + id, new AggregateScopeDescriptor("AwardProposal", id))));
        }
        awaitViews(sides);
        return ids;
    }

    /** Every processor of every side at the store's head (a processor whose segments another side holds counts there). */
    private static void awaitViews(List<ConfigurableApplicationContext> sides) throws InterruptedException {
        long head = sides.get(0).getBean(EventStore.class).createHeadToken().position().orElseThrow();
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (sides.stream().flatMap(side -> side.getBean(EventProcessingConfiguration.class).eventProcessors()
                        .values().stream())
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                .flatMap(processor -> processor.processingStatus().values().stream())
                .anyMatch(status -> status.getCurrentPosition().orElse(-1) < head)) {
            assertThat(System.nanoTime()).as("views caught up within 5 minutes").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    /**
     * pgbench at {@code concurrency} clients (threads: at most the two cores) running the forward script for {@code
     * seconds}, with per-transaction logs for the percentiles, on the benchmark's schema.
     */
    private Result pgbench(String schema, int concurrency) throws Exception {
        int seconds = Integer.getInteger("bench.pgbench-seconds", 10);
        URI database = URI.create(System.getenv().getOrDefault("THIDUA_TEST_PG_URL",
                "jdbc:postgresql://localhost:5432/thidua").substring("jdbc:".length()));
        Path script = Path.of(System.getProperty("bench.pgbench-script", "../bench/pgbench/forward.sql"));
        Path logs = Files.createDirectories(work.resolve("pgbench-" + concurrency));
        ProcessBuilder builder = new ProcessBuilder(System.getProperty("bench.pgbench",
                "/usr/lib/postgresql/15/bin/pgbench"), "-n", "-M", "prepared", "-c", String.valueOf(concurrency),
                "-j", String.valueOf(Math.min(concurrency, 2)), "-T", String.valueOf(seconds),
                "-D", "proposals=" + prepared.get(), "-l", "--log-prefix=" + logs.resolve("tx"),
                "-h", database.getHost(), "-p", String.valueOf(database.getPort() < 0 ? 5432 : database.getPort()),
                "-U", System.getenv().getOrDefault("DB_USER", "thidua"), "-f", script.toString(),
                database.getPath().substring(1));
        builder.environment().put("PGPASSWORD", System.getenv().getOrDefault("DB_PASSWORD", "thidua"));
        builder.environment().put("PGOPTIONS", "-c search_path=" + schema);
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        Matcher transactions = Pattern.compile("number of transactions actually processed: (\\d+)").matcher(output);
        Matcher failed = Pattern.compile("number of failed transactions: (\\d+)").matcher(output);
        assertThat(transactions.find()).as(output).isTrue();
        assertThat(!failed.find() || failed.group(1).equals("0")).as(output).isTrue();
        List<Long> micros;
        try (Stream<Path> files = Files.list(logs)) {
            micros = files.flatMap(CommandThroughputBenchmark::lines)
                    .map(line -> Long.parseLong(line.split(" ")[2])).sorted().toList();
        }
        return new Result(Integer.parseInt(transactions.group(1)), seconds, micros, -1, -1, 0, "");
    }

    private static Stream<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String proposalId(int n) {
        return "bench-p-" + n;
    }

    private static ProposalSubmitted submitted(String id) {
        return new ProposalSubmitted(new ProposalId(id), new CampaignId("kh-bench"), new ReviewId("tk-2025"),
                new RegistrationId("dk-" + id), Participant.individual(new PersonId("cb-" + id), new OrgUnitId(DISTRICT)),
                null, AwardType.LABOUR_ORDER_3, new OrgUnitId(DISTRICT), new OrgUnitId(PROVINCE), false,
                List.of(new DossierItem(DocumentKind.SUBMISSION, "Tờ trình số 12/TTr")), VOTE,
                Instant.now().plus(Duration.ofDays(28)));
    }

    private static MetaData actedBy(String unit) {
        return MetaData.from(Map.of(MetadataKeys.ACTOR, unit, MetadataKeys.ACTOR_UNIT, unit,
                MetadataKeys.CORRELATION_ID, UUID.randomUUID().toString()));
    }

    /** What the province's council would get from the identity provider on signing in, valid for the run. */
    private static String token(RSAKey key) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(PROVINCE).issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plus(Duration.ofHours(2))))
                .claim("unit", PROVINCE).claim("roles", List.of("OFFICER", "COUNCIL")).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
