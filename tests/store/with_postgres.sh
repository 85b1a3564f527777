#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL server: initdb in a temporary folder (as the
# unprivileged user "nobody" when run as root, since initdb refuses root), the server on a
# free port of 127.0.0.1 only, with PostGIS available; VIGIE_TEST_POSTGRES holds its URL while
# the command runs; the server and its folder are gone afterwards.
# Usage: with_postgres.sh COMMAND [ARGS...]
set -euo pipefail
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [[ -z "$bin" || ! -x "$bin/initdb" ]]; then
  echo "with_postgres.sh: PostgreSQL server binaries not found (apt install postgresql postgresql-15-postgis-3)" >&2
  exit 1
fi
dir=$(mktemp -d /tmp/vigie-pg.XXXXXX)
chmod 755 "$dir"
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
as_server=()
if [[ $(id -u) -eq 0 ]]; then
  chown nobody "$dir"
  as_server=(runuser -u nobody --)
fi
cleanup() {
  (cd "$dir" && "${as_server[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1) || true
  rm -rf "$dir"
}
trap cleanup EXIT
(cd "$dir" && "${as_server[@]}" "$bin/initdb" -D "$dir/data" -U vigie --auth=trust -E UTF8 --no-locale >"$dir/initdb.log" 2>&1) ||
  { cat "$dir/initdb.log" >&2; exit 1; }
(cd "$dir" && "${as_server[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
  -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50" start >/dev/null) ||
  { cat "$dir/server.log" >&2; exit 1; }
export VIGIE_TEST_POSTGRES="postgresql://vigie@127.0.0.1:$port/postgres"
"$@"
