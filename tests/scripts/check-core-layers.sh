#!/usr/bin/env bash
# Proves the layering rules are enforced: configuring the project must fail, with the rule's
# message, when the core links Qt Widgets, when a core module links a module the layer table
# (cmake/layers.cmake) does not allow, and when it includes such a module's header.
#   check-core-layers.sh SOURCE_DIR
set -uo pipefail
src=${1:?usage: check-core-layers.sh SOURCE_DIR}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failed=0
expect_refusal() { # OPTION EXPECTED-MESSAGE
  rm -rf "$tmp/build"
  if cmake -S "$src" -B "$tmp/build" -G Ninja -DLT_BUILD_TESTS=OFF -DLT_BUILD_BENCH=OFF \
       "-D$1=ON" >"$tmp/log" 2>&1; then
    echo "FAIL: configuring with $1 succeeded"
    failed=1
  elif ! tr -s ' \n' ' ' <"$tmp/log" | grep -qF "$2"; then
    echo "FAIL: configuring with $1 failed, but not for the layering rule:"
    cat "$tmp/log"
    failed=1
  else
    echo "ok: $1 refused: $2"
  fi
}
expect_refusal LT_SELFTEST_CORE_LINKS_WIDGETS "lienthong_core must not link Qt6::Widgets"
expect_refusal LT_SELFTEST_FORBIDDEN_EDGE "core/model must not link core/store"
expect_refusal LT_SELFTEST_FORBIDDEN_INCLUDE "core/model must not use core/sync"
# And the real tree configures: the check does not refuse everything.
rm -rf "$tmp/build"
if ! cmake -S "$src" -B "$tmp/build" -G Ninja -DLT_BUILD_TESTS=OFF -DLT_BUILD_BENCH=OFF \
     >"$tmp/log" 2>&1; then
  echo "FAIL: the project itself does not configure:"
  cat "$tmp/log"
  failed=1
fi
exit $failed
