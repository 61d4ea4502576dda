#!/usr/bin/env bash
# ./run.sh                 install what is missing, build, start the demo server in the
#                          background and open the desktop app signed in as "leader"
# ./run.sh --headless      the same inside a virtual X server (Xvfb); writes a screenshot
# ./run.sh --cli ARGS...   run lienthong-cli on the demo profile (e.g. ./run.sh --cli ls,
#                          ./run.sh --cli tokens, ./run.sh --cli sign --token "Lanh dao" …)
# Other arguments go to the app (e.g. ./run.sh --lang en). LT_DEMO_USER picks another demo
# login (clerk, specialist, head, deputy); every demo password is demo123.
set -euo pipefail
cd "$(dirname "$0")"
./scripts/install-deps.sh
./scripts/build.sh
./scripts/demo-server.sh
trap './scripts/demo-server.sh stop' EXIT

port=${LT_DEMO_PORT:-8765}
user=${LT_DEMO_USER:-leader}

# Demo USB tokens (SoftHSM2, PIN 1234): the leader's and the agency's, under one test CA.
tokens=build/run/token
if [ ! -f "$tokens/softhsm2.conf" ]; then
  LT_TOKEN_LABEL="Lanh dao" LT_TOKEN_SUBJECT="/C=VN/O=Ủy ban nhân dân tỉnh Thử Nghiệm/title=Chủ tịch/CN=Đỗ Xuân Linh" \
    tests/support/scripts/make-test-token.sh "$tokens" >/dev/null
  LT_TOKEN_LABEL="Van thu" LT_TOKEN_SUBJECT="/C=VN/O=Ủy ban nhân dân tỉnh Thử Nghiệm/CN=Ủy ban nhân dân tỉnh Thử Nghiệm" \
    tests/support/scripts/make-test-token.sh "$tokens" >/dev/null
fi
export SOFTHSM2_CONF="$PWD/$tokens/softhsm2.conf"
export LIENTHONG_PKCS11_MODULE=$(sed -n 's/^LT_TEST_MODULE=//p' "$tokens/token.env")
profile=build/run/profile-$user
cli=(build/bin/lienthong-cli --profile "$profile")

if [ "${1:-}" = "--cli" ]; then
  shift
  "${cli[@]}" "$@"
  exit $?
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

# Sign in (the session goes to the system keychain), take the documents, open the app.
start() {
  echo demo123 | "${cli[@]}" login --server "http://127.0.0.1:$port" --user "$user" --password-stdin
  # The demo CA is trusted by this profile, so that "Ký số" in the app checks the chain.
  "${cli[@]}" settings --clear-lists --ca-certificate "$tokens/root.pem" \
    --ca-certificate "$tokens/intermediate.pem" >/dev/null
  "${cli[@]}" sync
  if [ "$headless" = 1 ]; then
    tests/scripts/xvfb-smoke.sh build/bin/lienthong build/screenshots/run.png --profile "$profile" "$@"
  else
    build/bin/lienthong --profile "$profile" "$@"
  fi
}

if [ "$headless" = 1 ] || [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
  # No desktop session: a private D-Bus session with a keyring of its own.
  export -f start
  export headless profile port user tokens
  export cli_profile="$profile"
  tests/support/scripts/with-keyring.sh bash -c "$(declare -p cli); start \"\$@\"" start "$@"
else
  start "$@"
fi
