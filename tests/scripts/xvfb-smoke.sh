#!/usr/bin/env bash
# Starts the desktop app in a real X server (Xvfb), waits for its main window, takes a
# screenshot of the screen and checks it is not blank.
#   xvfb-smoke.sh LIENTHONG_BINARY OUT.png [ARGS...]
set -euo pipefail
app=${1:?usage: xvfb-smoke.sh BINARY OUT.png [ARGS...]}
out=${2:?usage: xvfb-smoke.sh BINARY OUT.png [ARGS...]}
shift 2
mkdir -p "$(dirname "$out")"
rm -f "$out"

export LT_SMOKE_APP="$app" LT_SMOKE_OUT="$out"
export XDG_CONFIG_HOME=$(mktemp -d)  # a fresh profile: the app's first start
trap 'rm -rf "$XDG_CONFIG_HOME"' EXIT

xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
  set -u
  "$LT_SMOKE_APP" "$@" >"$LT_SMOKE_OUT.log" 2>&1 &
  pid=$!
  for _ in $(seq 200); do
    if xwininfo -root -tree 2>/dev/null | grep -q "LienThong"; then break; fi
    if ! kill -0 "$pid" 2>/dev/null; then echo "the app exited early:"; cat "$LT_SMOKE_OUT.log"; exit 1; fi
    sleep 0.1
  done
  xwininfo -root -tree | grep -q "LienThong" || { echo "no LienThong window after 20 s"; kill "$pid"; exit 1; }
  sleep 1.5   # let the first paint land
  import -window root "$LT_SMOKE_OUT"
  kill "$pid"; wait "$pid" 2>/dev/null || true
' smoke "$@"

[ -s "$out" ] || { echo "no screenshot written"; exit 1; }
colours=$(convert "$out" -format "%k" info:)
echo "screenshot: $out ($colours colours)"
if [ "$colours" -lt 50 ]; then
  echo "the screen looks blank"
  exit 1
fi
