#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on loopback, for the order journal's PostgreSQL tests and benchmarks.
#
#   eval "$(scripts/postgres-throwaway.sh start)"   # prints export lines: IMAGERY_TEST_POSTGRES, IMAGERY_POSTGRES_DATA
#   scripts/postgres-throwaway.sh stop [DATA_DIR]   # stops the cluster and deletes its data folder (default: $IMAGERY_POSTGRES_DATA)
#
# start finds the server programs of the newest installed major version (Debian's /usr/lib/postgresql/N/bin), installs
# the distribution's `postgresql` package with apt when there are none (as root), runs initdb -A trust on a fresh
# temporary folder (as the `postgres` user when run as root: the server refuses to run as root), and starts the server
# on 127.0.0.1 on a free port, its socket in the data folder. Nothing outside that folder is touched.
set -euo pipefail

server_bin() {
  local dir
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5 -n -r); do
    if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then echo "$dir"; return 0; fi
  done
  if command -v pg_config >/dev/null && [ -x "$(pg_config --bindir)/initdb" ]; then pg_config --bindir; return 0; fi
  return 1
}

as_owner() {  # runs a command as the data folder's owner
  if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/sh -c "$(printf '%q ' "$@")"; else "$@"; fi
}

free_port() {
  local port
  for port in $(seq 15432 15631); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return 0; fi
  done
  echo "no free port in 15432-15631" >&2
  return 1
}

start() {
  local bin
  if ! bin=$(server_bin); then
    if [ "$(id -u)" -ne 0 ]; then
      echo "No PostgreSQL server programs found; install the 'postgresql' package (apt-get install postgresql) or run this as root." >&2
      exit 1
    fi
    echo "No PostgreSQL server programs found; installing the 'postgresql' package with apt." >&2
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
    bin=$(server_bin)
  fi

  local data port
  data=$(mktemp -d "${TMPDIR:-/tmp}/imagery-postgres.XXXXXX")
  if [ "$(id -u)" -eq 0 ]; then chown postgres: "$data"; fi
  chmod 700 "$data"
  as_owner "$bin/initdb" -D "$data" -A trust -U postgres --no-instructions -E UTF8 >/dev/null
  port=$(free_port)
  as_owner "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $data -c fsync=off -c max_connections=200" start >/dev/null
  echo "export IMAGERY_TEST_POSTGRES='Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres;Pooling=true'"
  echo "export IMAGERY_POSTGRES_DATA='$data'"
  echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port, data in $data" >&2
}

stop() {
  local data="${1:-${IMAGERY_POSTGRES_DATA:-}}" bin
  if [ -z "$data" ] || [ ! -f "$data/PG_VERSION" ]; then
    echo "stop needs the data folder start printed (IMAGERY_POSTGRES_DATA); '$data' is not a cluster." >&2
    exit 2
  fi
  bin=$(server_bin)
  as_owner "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null || true
  rm -rf "$data"
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  *) echo "usage: $0 start | stop [DATA_DIR]" >&2; exit 2 ;;
esac
