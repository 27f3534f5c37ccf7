#!/usr/bin/env bash
# The split mode of DESIGN §7 on this machine, without Docker or Axon Server: two command-side and two query-side
# JVMs sharing one PostgreSQL database (event store, tokens, views, users, idempotency keys), listening on the
# loopback interface only.
#
#   bin/split-local.sh          build the jars if missing, check PostgreSQL, start the four JVMs, wait until healthy
#   bin/split-local.sh stop     stop the JVMs this script started (the pids under target/split-local/)
#   bin/split-local.sh status   show which of them run
#
# The JVMs run from copies of the jars (target/split-local/*.jar), so a build in the tree does not disturb them.
# Settings (environment): SPLIT_DB (database, default thidua_split, created owned by DB_USER when missing — needs
# root for runuser), DB_HOST, DB_PORT, DB_USER, DB_PASSWORD (default localhost, 5432, thidua, thidua),
# SPLIT_WAIT (seconds to wait for each JVM's health, default 180), JAVA (default java), JAVA_OPTS.
# Logs and pids: target/split-local/<name>.log|.pid. Delete the database to start afresh:
#   runuser -u postgres -- psql -c 'drop database thidua_split'
set -euo pipefail
cd "$(dirname "$0")/.."

DB_HOST="${DB_HOST:-localhost}"
DB_PORT="${DB_PORT:-5432}"
DB_USER="${DB_USER:-thidua}"
DB_PASSWORD="${DB_PASSWORD:-thidua}"
SPLIT_DB="${SPLIT_DB:-thidua_split}"
SPLIT_WAIT="${SPLIT_WAIT:-180}"
JAVA="${JAVA:-java}"
JAVA_OPTS="${JAVA_OPTS:--Xmx512m}"
RUN_DIR="target/split-local"

# name port jar-module extra-arguments
INSTANCES=(
    "command-side-1 8081 command-side --thidua.demo.enabled=true"
    "query-side-1 8082 query-side"
    "command-side-2 8083 command-side"
    "query-side-2 8084 query-side"
)

die() { echo "split-local: $*" >&2; exit 1; }

pid_of() {
    local file="$RUN_DIR/$1.pid"
    [ -f "$file" ] && cat "$file"
}

running() {
    local pid
    pid=$(pid_of "$1") || return 1
    [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null
}

stop() {
    local entry name pid
    for entry in "${INSTANCES[@]}"; do
        read -r name _ <<<"$entry"
        if running "$name"; then
            pid=$(pid_of "$name")
            echo "stopping $name (pid $pid)"
            kill "$pid"
        fi
    done
    # Spring Boot shuts down gracefully on SIGTERM; give it time, then insist
    for entry in "${INSTANCES[@]}"; do
        read -r name _ <<<"$entry"
        pid=$(pid_of "$name") || continue
        for _ in $(seq 1 30); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 1
        done
        if kill -0 "$pid" 2>/dev/null; then
            echo "$name (pid $pid) did not stop in 30 s: killing it"
            kill -9 "$pid" 2>/dev/null || true
        fi
        rm -f "$RUN_DIR/$name.pid"
    done
    echo "stopped"
}

status() {
    local entry name port
    for entry in "${INSTANCES[@]}"; do
        read -r name port _ <<<"$entry"
        if running "$name"; then
            echo "$name  http://localhost:$port  pid $(pid_of "$name")  $(curl -fs "http://127.0.0.1:$port/actuator/health" || echo 'not healthy')"
        else
            echo "$name  not running"
        fi
    done
}

jar_of() {
    ls "$1"/target/"$1"-*-exec.jar 2>/dev/null | head -n 1
}

# The JVMs run from copies: a build in the same tree (./mvnw package) rewrites target/*.jar under a running JVM,
# which then fails to load classes from its nested jars.
snapshot_jar() {
    local module="$1" copy="$RUN_DIR/$1.jar"
    for _ in 1 2 3 4 5; do
        cp "$(jar_of "$module")" "$copy.tmp" && unzip -tqq "$copy.tmp" >/dev/null 2>&1 && mv "$copy.tmp" "$copy" && return
        echo "$(jar_of "$module") is being rewritten (a build is running?); retrying in 10 s"
        sleep 10
    done
    die "could not copy a complete $(jar_of "$module")"
}

build_if_missing() {
    if [ -z "$(jar_of command-side)" ] || [ -z "$(jar_of query-side)" ]; then
        echo "building the jars (./mvnw -q -DskipTests package)"
        ./mvnw -q -DskipTests package
    fi
    [ -n "$(jar_of command-side)" ] && [ -n "$(jar_of query-side)" ] || die "the build made no *-exec.jar"
}

prepare_postgres() {
    command -v pg_isready >/dev/null || die "PostgreSQL client tools are missing; install PostgreSQL (bash .ci/run does) and retry"
    if ! pg_isready -q -h "$DB_HOST" -p "$DB_PORT"; then
        die "PostgreSQL does not answer on $DB_HOST:$DB_PORT. Start it (e.g. pg_ctlcluster <version> main start, or bash .ci/run, which also installs it) and retry"
    fi
    if PGPASSWORD="$DB_PASSWORD" psql -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d "$SPLIT_DB" -qtAc 'select 1' >/dev/null 2>&1; then
        return
    fi
    echo "creating database $SPLIT_DB owned by $DB_USER"
    if [ "$(id -u)" != 0 ] || ! command -v runuser >/dev/null; then
        die "cannot reach database $SPLIT_DB as $DB_USER; as the postgres superuser run:
    create role \"$DB_USER\" login password '$DB_PASSWORD';   -- if missing
    create database \"$SPLIT_DB\" owner \"$DB_USER\";"
    fi
    psql_admin() { runuser -u postgres -- psql -p "$DB_PORT" -v ON_ERROR_STOP=1 -qtA "$@"; }
    if [ "$(psql_admin -c "select 1 from pg_roles where rolname = '$DB_USER'")" != "1" ]; then
        psql_admin -c "create role \"$DB_USER\" login password '$DB_PASSWORD'"
    fi
    if [ "$(psql_admin -c "select 1 from pg_database where datname = '$SPLIT_DB'")" != "1" ]; then
        psql_admin -c "create database \"$SPLIT_DB\" owner \"$DB_USER\""
    fi
    PGPASSWORD="$DB_PASSWORD" psql -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d "$SPLIT_DB" -qtAc 'select 1' >/dev/null \
        || die "database $SPLIT_DB exists but $DB_USER cannot log in to it with the given password"
}

launch() {
    local name="$1" port="$2" module="$3"
    shift 3
    if running "$name"; then
        die "$name runs already (pid $(pid_of "$name")); bin/split-local.sh stop first"
    fi
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        die "port $port is in use by another program"
    fi
    # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
    DB_URL="jdbc:postgresql://$DB_HOST:$DB_PORT/$SPLIT_DB" DB_USER="$DB_USER" DB_PASSWORD="$DB_PASSWORD" \
        nohup "$JAVA" $JAVA_OPTS -jar "$RUN_DIR/$module.jar" \
        --spring.profiles.active=postgres --server.port="$port" --server.address=127.0.0.1 "$@" \
        >"$RUN_DIR/$name.log" 2>&1 </dev/null &
    echo $! >"$RUN_DIR/$name.pid"
    echo "started $name on port $port (pid $!, log $RUN_DIR/$name.log)"
}

await_healthy() {
    local name="$1" port="$2" deadline=$((SECONDS + SPLIT_WAIT))
    until curl -fs "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
        if ! running "$name"; then
            tail -n 40 "$RUN_DIR/$name.log" >&2 || true
            die "$name stopped while starting; see $RUN_DIR/$name.log"
        fi
        if [ "$SECONDS" -ge "$deadline" ]; then
            die "$name is not healthy after ${SPLIT_WAIT} s; see $RUN_DIR/$name.log (bin/split-local.sh stop to clean up)"
        fi
        sleep 1
    done
    echo "$name is UP: http://localhost:$port"
}

start() {
    mkdir -p "$RUN_DIR"
    build_if_missing
    prepare_postgres
    snapshot_jar command-side
    snapshot_jar query-side
    local entry name port module extra
    # the first command side migrates the schema and loads the demo data before the others start
    read -r name port module extra <<<"${INSTANCES[0]}"
    # shellcheck disable=SC2086
    launch "$name" "$port" "$module" $extra
    await_healthy "$name" "$port"
    for entry in "${INSTANCES[@]:1}"; do
        read -r name port module extra <<<"$entry"
        # shellcheck disable=SC2086
        launch "$name" "$port" "$module" $extra
    done
    for entry in "${INSTANCES[@]:1}"; do
        read -r name port _ <<<"$entry"
        await_healthy "$name" "$port"
    done
    cat <<EOF

Thi đua runs split on PostgreSQL (database $SPLIT_DB on $DB_HOST:$DB_PORT):
  commands (POST)  http://localhost:8081   http://localhost:8083
  queries  (GET)   http://localhost:8082   http://localhost:8084
  health           http://localhost:<port>/actuator/health, OpenAPI at /swagger-ui.html on each
Demo users: a user per demo unit (e.g. ldld-lai-chau, ubnd-huyen-kbang, trung-uong), password thidua2026.
  curl -u ldld-lai-chau:thidua2026 http://localhost:8082/api/units
  curl -u ubnd-tinh-gia-lai:thidua2026 -H 'Content-Type: application/json' \\
       -H "Idempotency-Key: \$(cat /proc/sys/kernel/random/uuid)" \\
       http://localhost:8083/api/units/ubnd-huyen-kbang/rename -d '{"name":"Ủy ban nhân dân huyện Kbang"}'
Logs and pids in $RUN_DIR/. Stop with: bin/split-local.sh stop
EOF
}

case "${1:-start}" in
    start) start ;;
    stop) stop ;;
    status) status ;;
    *) die "usage: bin/split-local.sh [start|stop|status]" ;;
esac
