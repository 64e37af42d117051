#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for the tests, on a free loopback port.
#   eval "$(scripts/pg-cluster.sh start DIR)"   prints AMANAH_TEST_PG=... exports
#   scripts/pg-cluster.sh stop DIR
# As root the server runs as the `postgres` user (PostgreSQL refuses to run as root).
# Roles: amanah_super (superuser, for tests that tamper with rows behind the app's back)
# and amanah (an ordinary role with CREATEDB, what the app connects as). Both use
# passwords over TCP, so a wrong password is refused as on a real server.
set -euo pipefail

cmd="${1:?usage: pg-cluster.sh start|stop DIR}"
dir="${2:?usage: pg-cluster.sh start|stop DIR}"
pgbin="$(ls -d /usr/lib/postgresql/15/bin 2>/dev/null || true)"
if [ -z "$pgbin" ]; then
    echo "pg-cluster: PostgreSQL 15 is not installed (scripts/bootstrap.sh installs it)" >&2
    exit 1
fi

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

case "$cmd" in
start)
    mkdir -p "$dir"
    data="$dir/data"
    pw="$dir/superpw"
    echo "amanah-super-test" >"$pw"
    if [ "$(id -u)" -eq 0 ]; then
        chown -R postgres:postgres "$dir"
        chmod 700 "$dir"
    fi
    as_owner "$pgbin/initdb" -D "$data" -U amanah_super --pwfile="$pw" -A scram-sha-256 --auth-local=trust \
        -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    started=0
    for attempt in $(seq 1 20); do
        port=$((20000 + (RANDOM % 30000)))
        if (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            continue # taken
        fi
        if as_owner "$pgbin/pg_ctl" -D "$data" -l "$dir/server.log" -w -t 30 \
            -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=200" \
            start >/dev/null 2>&1; then
            started=1
            break
        fi
    done
    if [ "$started" != 1 ]; then
        echo "pg-cluster: the server did not start; its log:" >&2
        cat "$dir/server.log" >&2 || true
        exit 1
    fi
    as_owner "$pgbin/psql" -q -h "$dir" -p "$port" -U amanah_super -d postgres -v ON_ERROR_STOP=1 \
        -c "CREATE ROLE amanah LOGIN CREATEDB PASSWORD 'amanah-test'" >/dev/null
    echo "$port" >"$dir/port"
    echo "export AMANAH_TEST_PG='postgresql://amanah:amanah-test@127.0.0.1:$port/postgres'"
    echo "export AMANAH_TEST_PG_SUPER='postgresql://amanah_super:amanah-super-test@127.0.0.1:$port/postgres'"
    ;;
stop)
    if [ -d "$dir/data" ]; then
        as_owner "$pgbin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: pg-cluster.sh start|stop DIR" >&2
    exit 2
    ;;
esac
