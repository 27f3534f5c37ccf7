package vn.thidua.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.standalone.Steps.expect;
import static vn.thidua.standalone.ViewReplay.count;

import java.net.ConnectException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import vn.thidua.platform.test.ApiClient;
import vn.thidua.platform.test.ApiClient.Answer;

/**
 * Issue 12's crash test: two command sides and two query sides as JVMs of their own on one PostgreSQL store take a
 * load of commands over HTTP, each with its Idempotency-Key, from several senders spread over both command sides,
 * while one command side and one query side are killed ({@code kill -9}) mid-way and started again. A sender whose
 * command side refuses the connection sends to the other one, as a load balancer would; a command whose connection
 * was cut after it was sent has an unknown outcome. Afterwards: every command answered 2xx has its event stored
 * exactly once, every refused one none, every cut one all or nothing; sending any of them again with its key gives
 * the first answer (or, for a cut command that left nothing, does it now, once); and every view equals a fresh
 * replay, with the audit chain intact.
 * <p>
 * Size: {@code -Dcrash.commands} (2,000 by default), {@code -Dcrash.rounds} of kills (1 by default: one command
 * side and one query side), {@code -Dcrash.senders} (8). {@code bin/reliability.sh} runs the long version.
 */
class CrashTest {

    private static final String OFFICER = "crash-officer";
    private static final String UNIT = "ubnd-xa-lo-ku";
    /** A unit outside the officer's subtree: C4 refuses the registration of its people. */
    private static final String FOREIGN_UNIT = "ldld-lai-chau";
    /** Registered before the load: registering it again is refused, its id being taken. */
    private static final String TAKEN_PERSON = "crash-taken";

    private final int commands = Integer.getInteger("crash.commands", 2_000);
    private final int rounds = Integer.getInteger("crash.rounds", 1);
    private final int senders = Integer.getInteger("crash.senders", 8);
    private final Path logs = Paths.get("target", "crash");
    private final List<SideProcess> commandSides = new ArrayList<>();
    private final List<SideProcess> querySides = new ArrayList<>();
    /** The officer's client of each command side: a port outlives a kill, so a client does too. */
    private final List<ApiClient> officers = new ArrayList<>();
    private TestStore store;

    /** What a sender planned: a person of the officer's unit (accepted), or one of two refusals. */
    private enum Plan {
        REGISTER, FOREIGN_UNIT, TAKEN_ID;

        static Plan of(int n) {
            return switch (n % 10) {
                case 3 -> FOREIGN_UNIT;
                case 7 -> TAKEN_ID;
                default -> REGISTER;
            };
        }
    }

    /** What the sender saw: an answer, or {@code cut} when the connection broke after the request went out. */
    private record Outcome(Answer answer, String cut) {

        boolean ok() {
            return answer != null && answer.status() / 100 == 2;
        }

        boolean refused() {
            return answer != null && !ok();
        }
    }

    @AfterEach
    void stop() {
        querySides.forEach(SideProcess::close);
        commandSides.forEach(SideProcess::close);
        if (store != null) {
            store.close();
        }
    }

    @Test
    void after_kill_9_of_a_command_side_and_a_query_side_no_answered_command_is_lost_or_doubled_and_views_equal_a_replay()
            throws Exception {
        long started = System.nanoTime();
        store = TestStore.postgres();
        JdbcTemplate jdbc = jdbc(store.properties());
        startSides();
        addOfficer(jdbc);
        commandSides.forEach(side -> officers.add(side.as(OFFICER)));
        expect(201, officers.get(0).post("/api/persons", body(TAKEN_PERSON, UNIT)));
        log("4 JVMs up after %.1f s", seconds(started));

        AtomicReferenceArray<Outcome> outcomes = new AtomicReferenceArray<>(commands + 1);
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(senders + 1);
        int kills;
        long loadStarted = System.nanoTime();
        try {
            List<Future<?>> sending = new ArrayList<>();
            for (int s = 0; s < senders; s++) {
                sending.add(pool.submit(() -> {
                    for (int n; (n = next.incrementAndGet()) <= commands; ) {
                        outcomes.set(n, send(n));
                    }
                    return null;
                }));
            }
            Future<Integer> killing = pool.submit(() -> killRounds(next, jdbc));
            for (Future<?> future : sending) {
                future.get(30, TimeUnit.MINUTES);
            }
            log("%d commands answered in %.1f s", commands, seconds(loadStarted));
            kills = killing.get(10, TimeUnit.MINUTES);
        } finally {
            pool.shutdownNow();
        }

        Map<String, Long> eventsByKey = eventsByCommandId(jdbc);
        int ok = 0;
        int refused = 0;
        List<Integer> cut = new ArrayList<>();
        long lost = 0;
        long duplicated = 0;
        long leftByRefused = 0;
        for (int n = 1; n <= commands; n++) {
            Outcome outcome = outcomes.get(n);
            long stored = eventsByKey.getOrDefault(key(n), 0L);
            duplicated += stored > 1 ? 1 : 0;
            if (outcome.ok()) {
                ok++;
                lost += stored == 0 ? 1 : 0;
                assertThat(Plan.of(n)).as("command %d answered %s", n, outcome.answer()).isEqualTo(Plan.REGISTER);
            } else if (outcome.refused()) {
                refused++;
                leftByRefused += stored;
                assertThat(outcome.answer().status()).as("command %d: %s", n, outcome.answer()).isBetween(400, 499);
                assertThat(Plan.of(n)).as("command %d answered %s", n, outcome.answer()).isNotEqualTo(Plan.REGISTER);
            } else {
                cut.add(n);
                log("command %d cut: %s", n, outcome.cut());
            }
        }
        System.out.printf("RELIABILITY runs=1 commands=%d ok=%d refused=%d cut=%d kills=%d lost=%d duplicated=%d%n",
                commands, ok, refused, cut.size(), kills, lost, duplicated);
        assertThat(kills).as("JVMs killed while the load ran").isGreaterThanOrEqualTo(2);
        assertThat(lost).as("commands answered 2xx without their event").isZero();
        assertThat(duplicated).as("commands whose event is stored more than once").isZero();
        assertThat(leftByRefused).as("events left by refused commands").isZero();
        assertThat(ok).as("the load was accepted").isGreaterThan(commands / 2);

        resendAll(outcomes, eventsByKey);
        Map<String, Long> afterResend = eventsByCommandId(jdbc);
        for (int n = 1; n <= commands; n++) {
            assertThat(afterResend.getOrDefault(key(n), 0L)).as("events of command %d after it was sent again", n)
                    .isEqualTo(Plan.of(n) == Plan.REGISTER ? 1L : 0L);
        }
        long cutDone = cut.stream().filter(n -> eventsByKey.containsKey(key(n))).count();
        log("sent all %d commands again: each has its first answer and its event once; of the %d cut the first time,"
                + " %d had been done and were answered from the store, %d had left nothing and were handled now",
                commands, cut.size(), cutDone, cut.size() - cutDone);

        // an instance reports the progress of the segments it holds, and a replay needs all of a view's segments in
        // one instance: the other query side stops as an operator stops it, and the survivor takes its segments over
        querySides.get(1).stop();
        ApiClient auditor = querySides.get(0).as(ViewReplay.AUDITOR);
        List<String> views = ViewReplay.views(jdbc, auditor);
        assertThat(views).contains("audit-log", "units", "proposal-tracker");
        ViewReplay.awaitCaughtUp(jdbc, auditor, views);
        long replayFrom = System.nanoTime();
        ViewReplay.assertLiveEqualsFreshReplay(jdbc, auditor, views);
        log("%d views equal a fresh replay of %d events (replayed in %.1f s); whole test %.1f s", views.size(),
                count(jdbc, "select count(*) from domain_event_entry"), seconds(replayFrom), seconds(started));
    }

    /**
     * The first command side migrates the schema and loads the demo units and users; the others start beside each
     * other once it is up. Pools of 8: four JVMs and their restarts share PostgreSQL's connections with other tests.
     */
    private void startSides() throws Exception {
        Map<String, Object> properties = new HashMap<>(store.properties());
        properties.put("spring.datasource.hikari.maximum-pool-size", "8");
        properties.put("thidua.demo.enabled", "true");
        commandSides.add(SideProcess.start("command-side", "command-side-0", properties, logs));
        commandSides.get(0).awaitHealthy();
        properties.put("thidua.demo.enabled", "false");
        commandSides.add(SideProcess.start("command-side", "command-side-1", properties, logs));
        for (int i = 0; i < 2; i++) {
            querySides.add(SideProcess.start("query-side", "query-side-" + i, properties, logs));
        }
        commandSides.get(1).awaitHealthy();
        querySides.forEach(SideProcess::awaitHealthy);
    }

    /**
     * An officer whose password is hashed at bcrypt's lowest cost: the load then spends its time in commands, not in
     * checking passwords (any cost verifies the same way).
     */
    private static void addOfficer(JdbcTemplate jdbc) {
        jdbc.update("insert into app_user (username, display_name, password_hash, unit_id, roles) values (?, ?, ?, ?, ?)",
                OFFICER, "Cán bộ thử tải", "{bcrypt}" + new BCryptPasswordEncoder(4).encode(AppUnderTest.PASSWORD),
                UNIT, "OFFICER");
    }

    /**
     * Each round kills one command side and one query side once the load has reached its share, then starts them
     * again and waits until they are healthy, while the load goes on against the survivors. A round whose share
     * comes while the previous round's JVMs are still starting waits for them (killing the only running instance of
     * a side would not test a crash the system survives), and is left out if the load ends meanwhile. Returns how
     * many JVMs were killed.
     */
    private int killRounds(AtomicInteger sent, JdbcTemplate jdbc) throws Exception {
        int kills = 0;
        for (int round = 1; round <= rounds; round++) {
            int at = round * commands / (rounds + 1);
            while (sent.get() < at) {
                Thread.sleep(5);
            }
            if (sent.get() >= commands) {
                log("round %d left out: the load ended before the JVMs of the round before were up again", round);
                break;
            }
            SideProcess commandSide = commandSides.get((round - 1) % 2);
            SideProcess querySide = querySides.get((round - 1) % 2);
            long events = count(jdbc, "select count(*) from domain_event_entry");
            commandSide.kill();
            querySide.kill();
            kills += 2;
            log("round %d: killed %s (pid %d) and %s (pid %d) at command %d, %d events stored", round,
                    commandSide.name(), commandSide.pid(), querySide.name(), querySide.pid(), Math.min(sent.get(), commands),
                    events);
            long restarting = System.nanoTime();
            commandSide.restart();
            querySide.restart();
            commandSide.awaitHealthy();
            querySide.awaitHealthy();
            log("round %d: both back after %.1f s, at command %d", round, seconds(restarting),
                    Math.min(sent.get(), commands));
        }
        return kills;
    }

    /** Command {@code n} to the command side it falls to, or to the other one while that one refuses connections. */
    private Outcome send(int n) throws InterruptedException {
        for (int attempt = 0; ; attempt++) {
            try {
                return new Outcome(officers.get((n + attempt) % 2).post("/api/persons", body(n), key(n)), null);
            } catch (IllegalStateException e) {
                if (!(e.getCause() instanceof ConnectException) || attempt >= 100) {
                    return new Outcome(null, String.valueOf(e.getCause()));
                }
                if (attempt % 2 == 1) {
                    Thread.sleep(100);
                }
            }
        }
    }

    /**
     * Every command once more with its key, from several senders: an answered one gets its first answer back,
     * marked as replayed, and stores nothing more; a cut one gets the answer it would have had, replayed when its
     * event was already there.
     */
    private void resendAll(AtomicReferenceArray<Outcome> outcomes, Map<String, Long> eventsByKey) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        try {
            List<Future<?>> sending = new ArrayList<>();
            for (int s = 0; s < senders; s++) {
                sending.add(pool.submit(() -> {
                    for (int n; (n = next.incrementAndGet()) <= commands; ) {
                        Outcome first = outcomes.get(n);
                        Answer again = officers.get(n % 2).post("/api/persons", body(n), key(n));
                        if (first.cut() == null) {
                            assertThat(again.status()).as("command %d again", n).isEqualTo(first.answer().status());
                            assertThat(again.body()).as("command %d again", n).isEqualTo(first.answer().body());
                            assertThat(again.header("Idempotent-Replayed")).as("command %d again", n).isEqualTo("true");
                        } else {
                            assertThat(again.status() / 100).as("cut command %d again: %s", n, again)
                                    .isEqualTo(Plan.of(n) == Plan.REGISTER ? 2 : 4);
                            if (eventsByKey.containsKey(key(n))) {
                                assertThat(again.header("Idempotent-Replayed")).as("cut command %d, done, again", n)
                                        .isEqualTo("true");
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : sending) {
                future.get(30, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** How many stored events each command caused, by the command id (A1: its Idempotency-Key) in their metadata. */
    private static Map<String, Long> eventsByCommandId(JdbcTemplate jdbc) {
        Map<String, Long> events = new HashMap<>();
        jdbc.query("select convert_from(meta_data, 'UTF8')::jsonb ->> 'commandId', count(*) from domain_event_entry"
                + " group by 1", row -> {
            if (row.getString(1) != null) {
                events.put(row.getString(1), row.getLong(2));
            }
        });
        return events;
    }

    private static String body(int n) {
        return switch (Plan.of(n)) {
            case REGISTER -> body("crash-" + n, UNIT);
            case FOREIGN_UNIT -> body("crash-" + n, FOREIGN_UNIT);
            case TAKEN_ID -> body(TAKEN_PERSON, UNIT);
        };
    }

    private static String body(String personId, String unit) {
        return """
                {"personId": "%s", "fullName": "Người thử tải %s", "unitId": "%s"}""".formatted(personId, personId, unit);
    }

    private static String key(int n) {
        return "crash-command-" + n;
    }

    private static JdbcTemplate jdbc(Map<String, Object> properties) {
        return new JdbcTemplate(new DriverManagerDataSource((String) properties.get("spring.datasource.url"),
                (String) properties.get("spring.datasource.username"),
                (String) properties.get("spring.datasource.password")));
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void log(String format, Object... arguments) {
        System.out.printf("CRASH " + format + "%n", arguments);
    }
}
