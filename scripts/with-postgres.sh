#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL cluster (Debian's server binaries).
#   scripts/with-postgres.sh --check      exit 0 when a server can be started here
#   scripts/with-postgres.sh CMD ARGS...  start a cluster, export DATABASE_URL, run CMD, stop
set -euo pipefail
bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1 || true)"
if [ "${1:-}" = "--check" ]; then
  [ -n "$bindir" ] && [ -x "$bindir/initdb" ]
  exit $?
fi
[ -n "$bindir" ] || { echo "no PostgreSQL server binaries found" >&2; exit 1; }
# A free port unless one is given, so several checkouts can test side by side.
port="${PG_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}"
dir="$(mktemp -d /tmp/policyguard-pg.XXXXXX)"
run_as=()
if [ "$(id -u)" -eq 0 ]; then
  # PostgreSQL refuses to run as root: hand the cluster to the postgres user.
  chown postgres "$dir"
  run_as=(runuser -u postgres --)
fi
cleanup() {
  "${run_as[@]}" "$bindir/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap cleanup EXIT
"${run_as[@]}" "$bindir/initdb" -D "$dir/data" -U policyguard --auth=trust -E UTF8 >/dev/null
"${run_as[@]}" "$bindir/pg_ctl" -D "$dir/data" -w -l "$dir/log" \
  -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
"${run_as[@]}" "$bindir/createdb" -h 127.0.0.1 -p "$port" -U policyguard policyguard
export DATABASE_URL="postgres://policyguard@127.0.0.1:$port/policyguard"
echo "PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on port $port"
"$@"
