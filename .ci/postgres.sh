#!/usr/bin/env bash
# Throwaway PostgreSQL cluster for tests (CI and local development).
#
# Usage:
#   .ci/postgres.sh start DIR PORT   initialise DIR (if needed), start a server
#                                    listening only on 127.0.0.1:PORT, make sure
#                                    the superuser role `portal` (password
#                                    `portal`) and the database `portal` exist,
#                                    wait until it accepts connections, and print
#                                    the DATABASE_URL on stdout (nothing else
#                                    goes to stdout). Idempotent: on a cluster
#                                    that is already running it just prints the
#                                    URL.
#   .ci/postgres.sh stop DIR         stop the server of DIR (pg_ctl stop -m fast,
#                                    via DIR/data/postmaster.pid). A no-op when
#                                    it is not running. DIR is left in place.
#
# Example (local):
#   export DATABASE_URL="$(.ci/postgres.sh start /tmp/portal-pg 54329)"
#   REQUIRE_POSTGRES=1 make test
#   .ci/postgres.sh stop /tmp/portal-pg && rm -rf /tmp/portal-pg
#
# Needs Debian's `postgresql` package (apt-get install postgresql); the binaries
# are taken from the newest /usr/lib/postgresql/*/bin (override with PG_BINDIR).
# When run as root the server runs as the `postgres` OS user and DIR is chowned
# to it, so DIR's parent directories must be traversable by `postgres` (e.g. use
# a directory under /tmp, not under /root). As another user it runs as that user.
#
# Layout: DIR/data (cluster; also holds the unix socket, local connections are
# `trust` and reachable only by the owner), DIR/postgres.log (server log).
# Tuned for speed, not safety: fsync, synchronous_commit and full_page_writes
# are off. Never point this at data you care about.
set -euo pipefail

PG_ROLE=portal
PG_PASSWORD=portal
PG_DB=portal

die() { echo "postgres.sh: $*" >&2; exit 1; }
log() { echo "postgres.sh: $*" >&2; }

usage() {
    sed -n '2,/^set -euo/p' "$0" | sed -e '/^set -euo/d' -e 's/^# \{0,1\}//' >&2
    exit 2
}

find_bindir() {
    if [[ -n "${PG_BINDIR:-}" ]]; then
        [[ -x "$PG_BINDIR/pg_ctl" ]] || die "PG_BINDIR=$PG_BINDIR has no pg_ctl"
        echo "$PG_BINDIR"
        return
    fi
    local d best=""
    # Pick the highest installed major version that has a server.
    while IFS= read -r d; do
        [[ -x "$d/pg_ctl" && -x "$d/initdb" && -x "$d/postgres" ]] && best="$d"
    done < <(compgen -G '/usr/lib/postgresql/*/bin' | sort -V)
    [[ -n "$best" ]] || die "no PostgreSQL server found under /usr/lib/postgresql/*/bin (apt-get install postgresql)"
    echo "$best"
}

# Run a command as the cluster owner (postgres when we are root), from a
# directory it can read so initdb/pg_ctl do not complain about the cwd.
as_owner() {
    if [[ $EUID -eq 0 ]]; then
        (cd / && runuser -u postgres -- "$@")
    else
        (cd / && "$@")
    fi
}

abs_dir() {
    mkdir -p -- "$1"
    (cd -- "$1" && pwd -P)
}

is_running() {
    # pg_ctl status: 0 = running, 3 = not running, 4 = no/invalid data dir.
    [[ -f "$DATA/postmaster.pid" ]] && as_owner "$BIN/pg_ctl" status -D "$DATA" >/dev/null 2>&1
}

running_port() {
    # Line 4 of postmaster.pid is the port the server listens on.
    sed -n '4p' "$DATA/postmaster.pid" 2>/dev/null | tr -d '[:space:]'
}

port_in_use() {
    # A successful TCP connect means some process already listens there.
    timeout 3 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null
}

print_url() {
    echo "postgres://$PG_ROLE:$PG_PASSWORD@127.0.0.1:$1/$PG_DB"
}

psql_local() {
    # Superuser connection over the private unix socket in $DATA.
    as_owner "$BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$DATA" -p "$1" -U postgres -d postgres "${@:2}"
}

ensure_role_and_db() {
    local port=$1
    psql_local "$port" -c "DO \$\$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$PG_ROLE') THEN
    CREATE ROLE $PG_ROLE LOGIN SUPERUSER CREATEDB PASSWORD '$PG_PASSWORD';
  ELSE
    ALTER ROLE $PG_ROLE LOGIN SUPERUSER CREATEDB PASSWORD '$PG_PASSWORD';
  END IF;
END
\$\$;" >/dev/null
    if [[ "$(psql_local "$port" -At -c "SELECT 1 FROM pg_database WHERE datname = '$PG_DB'")" != 1 ]]; then
        psql_local "$port" -c "CREATE DATABASE $PG_DB OWNER $PG_ROLE" >/dev/null
    fi
}

wait_ready() {
    local port=$1 i
    for ((i = 0; i < 120; i++)); do
        if "$BIN/pg_isready" -q -h 127.0.0.1 -p "$port" -d postgres -t 2; then
            return 0
        fi
        sleep 0.5
    done
    return 1
}

cmd_start() {
    [[ $# -eq 2 ]] || usage
    local port=$2
    if ! [[ "$port" =~ ^[0-9]{1,5}$ ]] || ((10#$port < 1 || 10#$port > 65535)); then
        die "bad port: $port"
    fi
    port=$((10#$port))
    DIR=$(abs_dir "$1")
    DATA="$DIR/data"
    LOGFILE="$DIR/postgres.log"

    # Safety: only ever chown/initialise an empty directory or one of ours.
    if [[ ! -e "$DATA" ]] && [[ -n "$(ls -A -- "$DIR")" ]]; then
        die "$DIR is not empty and holds no cluster (no $DATA); refusing to use it"
    fi

    if [[ $EUID -eq 0 ]]; then
        id postgres >/dev/null 2>&1 || die "no 'postgres' OS user (is the postgresql package installed?)"
        chown -R postgres: "$DIR"
        as_owner test -w "$DIR" \
            || die "user 'postgres' cannot write to $DIR (is a parent directory private? use e.g. /tmp/...)"
    fi

    if is_running; then
        local rport
        rport=$(running_port)
        [[ "$rport" == "$port" ]] || log "warning: cluster in $DIR is already running on port $rport, not $port"
        wait_ready "$rport" || die "cluster in $DIR is running but not accepting connections on 127.0.0.1:$rport"
        ensure_role_and_db "$rport"
        print_url "$rport"
        return 0
    fi

    if port_in_use "$port"; then
        die "something else is already listening on 127.0.0.1:$port"
    fi

    if [[ ! -s "$DATA/PG_VERSION" ]]; then
        log "initialising cluster in $DATA ($("$BIN/postgres" --version))"
        as_owner "$BIN/initdb" -D "$DATA" -U postgres -E UTF8 --locale=C.UTF-8 \
            --auth-local=trust --auth-host=scram-sha-256 --no-sync >/dev/null \
            || die "initdb failed"
        as_owner tee "$DATA/pg_hba.conf" >/dev/null <<'EOF'
# Written by .ci/postgres.sh: unix socket (private directory) trusted,
# TCP only from 127.0.0.1 with a password.
local   all   all                  trust
host    all   all   127.0.0.1/32   scram-sha-256
EOF
        echo "include_if_exists = 'ci.conf'" | as_owner tee -a "$DATA/postgresql.conf" >/dev/null
    fi

    # Rewritten on every start so the requested port always applies.
    as_owner tee "$DATA/ci.conf" >/dev/null <<EOF
# Written by .ci/postgres.sh on each start; throwaway test cluster.
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$DATA'
unix_socket_permissions = 0700
max_connections = 200
fsync = off
synchronous_commit = off
full_page_writes = off
password_encryption = 'scram-sha-256'
EOF

    log "starting PostgreSQL on 127.0.0.1:$port (log: $LOGFILE)"
    if ! as_owner "$BIN/pg_ctl" start -D "$DATA" -l "$LOGFILE" -w -t 60 >/dev/null; then
        tail -n 30 "$LOGFILE" >&2 2>/dev/null || true
        die "pg_ctl start failed"
    fi
    if ! wait_ready "$port"; then
        tail -n 30 "$LOGFILE" >&2 2>/dev/null || true
        die "server did not accept connections on 127.0.0.1:$port"
    fi
    ensure_role_and_db "$port"
    print_url "$port"
}

cmd_stop() {
    [[ $# -eq 1 ]] || usage
    [[ -d "$1" ]] || { log "$1 does not exist; nothing to stop"; return 0; }
    DIR=$(cd -- "$1" && pwd -P)
    DATA="$DIR/data"
    local pidfile="$DATA/postmaster.pid" pid
    if [[ ! -f "$pidfile" ]]; then
        log "no server running in $DIR"
        return 0
    fi
    pid=$(sed -n '1p' "$pidfile" | tr -d '[:space:]')
    if as_owner "$BIN/pg_ctl" stop -D "$DATA" -m fast -w -t 60 >/dev/null 2>&1; then
        log "stopped server in $DIR"
        return 0
    fi
    # pg_ctl failed: fall back to the pid from the pid file (immediate shutdown).
    if [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null \
        && [[ "$(cat "/proc/$pid/comm" 2>/dev/null)" == postgres ]]; then
        log "pg_ctl stop failed; sending SIGQUIT to postmaster $pid"
        kill -QUIT "$pid" 2>/dev/null || true
        local i
        for ((i = 0; i < 40; i++)); do
            kill -0 "$pid" 2>/dev/null || { log "stopped server in $DIR"; return 0; }
            sleep 0.25
        done
        kill -KILL "$pid" 2>/dev/null || true
        die "had to SIGKILL postmaster $pid"
    fi
    log "no server running in $DIR (stale pid file)"
}

[[ $# -ge 1 ]] || usage
BIN=$(find_bindir)
case "$1" in
    start) shift; cmd_start "$@" ;;
    stop) shift; cmd_stop "$@" ;;
    -h|--help|help) usage ;;
    *) usage ;;
esac
