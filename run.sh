#!/usr/bin/env bash
# ./run.sh                 install what is missing, build, start the desktop app
# ./run.sh --headless      the same inside a virtual X server (Xvfb); writes a screenshot
# ./run.sh --cli ARGS...   run lienthong-cli instead (e.g. ./run.sh --cli --help)
# Other arguments go to the app (e.g. ./run.sh --lang en).
set -euo pipefail
cd "$(dirname "$0")"
./scripts/install-deps.sh
./scripts/build.sh

if [ "${1:-}" = "--cli" ]; then
  shift
  exec build/bin/lienthong-cli "$@"
fi

headless=0
if [ "${1:-}" = "--headless" ]; then
  headless=1
  shift
fi
if [ "$headless" = 0 ] && [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "run.sh: no display found (DISPLAY/WAYLAND_DISPLAY unset): starting headless."
  headless=1
fi
if [ "$headless" = 1 ]; then
  exec tests/scripts/xvfb-smoke.sh build/bin/lienthong build/screenshots/run.png "$@"
fi
exec build/bin/lienthong "$@"
