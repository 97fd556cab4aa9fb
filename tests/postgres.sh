#!/usr/bin/env bash
# A throwaway PostgreSQL server for the storage tests: its own cluster in a temp folder, on 127.0.0.1, on a free port.
#
#   eval "$(tests/postgres.sh start)"   # starts it and exports CROSSDEPT_TEST_POSTGRES (an Npgsql connection string)
#   tests/postgres.sh env               # prints that export line again
#   tests/postgres.sh stop              # stops it and removes the folder
#
# Needs Debian's postgresql package (apt-get install -y postgresql). Run as root (the cluster runs as the postgres
# user) or as the postgres user. CROSSDEPT_PG_DIR picks the folder (default /tmp/crossdept-pg).
set -euo pipefail

dir=${CROSSDEPT_PG_DIR:-/tmp/crossdept-pg}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [[ -z "$bin" ]]; then
  echo "postgres.sh: PostgreSQL is not installed (apt-get install -y postgresql)" >&2
  exit 1
fi

as_postgres() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  local port
  for port in $(seq 54329 54499); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return 0; fi
  done
  echo "postgres.sh: no free port between 54329 and 54499" >&2
  return 1
}

case "${1:-}" in
  start)
    if [[ -f "$dir/env" ]] && as_postgres "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
      cat "$dir/env"; exit 0
    fi
    rm -rf "$dir"
    mkdir -p "$dir/socket"
    [[ $(id -u) -eq 0 ]] && chown -R postgres:postgres "$dir"
    port=$(free_port)
    # trust on a loopback-only, throwaway cluster: nothing else can reach it.
    as_postgres "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --no-sync >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    as_postgres "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir/socket -c max_connections=200" start >/dev/null \
      || { cat "$dir/server.log" >&2; exit 1; }
    as_postgres "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres crossdept_test
    echo "export CROSSDEPT_TEST_POSTGRES='Host=127.0.0.1;Port=$port;Username=postgres;Database=crossdept_test'" >"$dir/env"
    cat "$dir/env"
    ;;
  env)
    cat "$dir/env"
    ;;
  stop)
    if [[ -d "$dir/data" ]]; then
      as_postgres "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 start|env|stop" >&2
    exit 2
    ;;
esac
