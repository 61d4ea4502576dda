#!/usr/bin/env bash
# Starts the demo server in the background, once: data in build/run/server, listening on
# http://127.0.0.1:${LT_DEMO_PORT:-8765}. The first start generates the demo administration
# (5,000 documents with their PDFs), which takes about half a minute.
#   scripts/demo-server.sh [stop]
set -euo pipefail
cd "$(dirname "$0")/.."
dir=build/run
port=${LT_DEMO_PORT:-8765}
mkdir -p "$dir"
running() { [ -f "$dir/server.pid" ] && kill -0 "$(cat "$dir/server.pid")" 2>/dev/null; }

if [ "${1:-}" = "stop" ]; then
  if running; then kill "$(cat "$dir/server.pid")"; fi
  rm -f "$dir/server.pid"
  exit 0
fi
if running; then
  echo "The demo server is running: http://127.0.0.1:$port"
  exit 0
fi
[ -f "$dir/server/server.db" ] || echo "Creating the demo administration (about half a minute, once)…"
build/bin/lienthong-server --data "$dir/server" --demo --listen "127.0.0.1:$port" \
  >"$dir/server.out" 2>"$dir/server.log" &
echo $! >"$dir/server.pid"
for _ in $(seq 900); do
  if grep -q "listening on" "$dir/server.out" 2>/dev/null; then
    echo "The demo server is running: $(sed -n 's/^listening on //p' "$dir/server.out")"
    exit 0
  fi
  if ! running; then
    echo "The demo server did not start:" >&2
    cat "$dir/server.log" >&2
    exit 1
  fi
  sleep 0.2
done
echo "The demo server did not start in 3 minutes; see $dir/server.log" >&2
exit 1
