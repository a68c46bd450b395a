#!/usr/bin/env bash
# A throwaway PostgreSQL server for Dagster's run, event and schedule storage (dagster-postgres):
# Debian's postgresql binaries, a cluster in a temporary folder, listening on 127.0.0.1 only.
# Used by .ci/run and by developers; the tests (tests/test_postgres_storage.py) find it through
# `scripts/postgres.sh env`.
#
#   scripts/postgres.sh start    # initdb on first use, then start; prints the settings (as `env`)
#   scripts/postgres.sh stop
#   scripts/postgres.sh status   # exit 0 when it answers
#   scripts/postgres.sh env      # DAGSTER_PG_* lines for `eval "$(scripts/postgres.sh env)"`
#
# Settings (environment): JIXIAO_PG_DIR (default /tmp/jixiao-postgres: data, socket and log),
# JIXIAO_PG_PORT (default 55432). The cluster has one login role, jixiao (password jixiao), and
# the database dagster. It is for tests and local use: never expose it beyond 127.0.0.1.
# As root the server runs as the user postgres (Debian's package creates it); PostgreSQL refuses
# to run as root.
set -euo pipefail

DIR="${JIXIAO_PG_DIR:-/tmp/jixiao-postgres}"
PORT="${JIXIAO_PG_PORT:-55432}"
DATA="$DIR/data"
LOG="$DIR/server.log"
USER_NAME=jixiao
PASSWORD=jixiao
DB=dagster

bindir() {
    local found
    found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    if [ -n "$found" ] && [ -x "$found/pg_ctl" ]; then
        echo "$found"
    elif command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/pg_ctl" ]; then
        pg_config --bindir
    else
        echo "scripts/postgres.sh: no PostgreSQL server binaries; install them with" \
             "'apt-get update && apt-get install -y postgresql'" >&2
        exit 2
    fi
}

# Run a command as the server's owner: postgres when we are root, else ourselves.
as_owner() {
    if [ "$(id -u)" = 0 ]; then
        su postgres -s /bin/sh -c "$(printf '%q ' "$@")"
    else
        "$@"
    fi
}

print_env() {
    echo "DAGSTER_PG_HOST=127.0.0.1"
    echo "DAGSTER_PG_PORT=$PORT"
    echo "DAGSTER_PG_USER=$USER_NAME"
    echo "DAGSTER_PG_PASSWORD=$PASSWORD"
    echo "DAGSTER_PG_DB=$DB"
}

answers() {
    "$(bindir)/pg_isready" -q -h 127.0.0.1 -p "$PORT" 2>/dev/null
}

start() {
    local bin
    bin=$(bindir)
    mkdir -p "$DIR"
    if [ "$(id -u)" = 0 ]; then
        chown postgres: "$DIR"
    fi
    chmod 700 "$DIR"
    if [ ! -s "$DATA/PG_VERSION" ]; then
        local pwfile="$DIR/pwfile"
        echo "$PASSWORD" >"$pwfile"
        [ "$(id -u)" = 0 ] && chown postgres: "$pwfile"
        as_owner "$bin/initdb" -D "$DATA" -U "$USER_NAME" --pwfile="$pwfile" \
            --auth-host=scram-sha-256 --auth-local=trust -E UTF8 --locale=C.UTF-8 >"$DIR/initdb.log"
        rm -f "$pwfile"
    fi
    if as_owner "$bin/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
        print_env  # already running
        return 0
    fi
    as_owner "$bin/pg_ctl" -D "$DATA" -l "$LOG" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -c port=$PORT -c unix_socket_directories=$DIR -c max_connections=200 -c fsync=off" \
        start >/dev/null
    # the database Dagster uses (created once)
    if ! as_owner "$bin/psql" -h "$DIR" -p "$PORT" -U "$USER_NAME" -d postgres -tAc \
            "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1; then
        as_owner "$bin/createdb" -h "$DIR" -p "$PORT" -U "$USER_NAME" "$DB"
    fi
    print_env
}

stop() {
    if [ -s "$DATA/PG_VERSION" ]; then
        as_owner "$(bindir)/pg_ctl" -D "$DATA" -m fast -w stop >/dev/null 2>&1 || true
    fi
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    status) answers ;;
    env) print_env ;;
    *) echo "usage: $0 start|stop|status|env" >&2; exit 2 ;;
esac
