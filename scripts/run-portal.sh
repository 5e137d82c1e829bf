#!/usr/bin/env bash
# Serves the portal and runs its task worker (with the scheduler) side by side; stopping
# either (or Ctrl+C) stops both. Used by `make run`; HOST and PORT come from there.
set -euo pipefail
PY=${PY:-.venv/bin/python}
HOST=${HOST:-127.0.0.1}
PORT=${PORT:-8000}

"$PY" -m portal run_worker &
worker=$!
"$PY" -m portal runserver --noreload "$HOST:$PORT" &
server=$!
trap 'kill "$worker" "$server" 2>/dev/null || true; wait' EXIT INT TERM
# Whichever ends first (a crash, a port in use) ends the other.
wait -n "$worker" "$server"
