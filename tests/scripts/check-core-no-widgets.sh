#!/usr/bin/env bash
# Proves the layering rule is enforced: configuring the project with a core that links
# Qt Widgets must fail with a clear message.
#   check-core-no-widgets.sh SOURCE_DIR
set -uo pipefail
src=${1:?usage: check-core-no-widgets.sh SOURCE_DIR}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if cmake -S "$src" -B "$tmp" -G Ninja -DLT_BUILD_TESTS=OFF -DLT_BUILD_BENCH=OFF \
     -DLT_SELFTEST_CORE_LINKS_WIDGETS=ON >"$tmp/log" 2>&1; then
  echo "configuring succeeded although lienthong_core links Qt Widgets"
  exit 1
fi
if ! grep -q "lienthong_core must not link Qt6::Widgets" "$tmp/log"; then
  echo "configuring failed, but not for the layering rule:"
  cat "$tmp/log"
  exit 1
fi
echo "configuration refused a core that links Qt Widgets, as it must"
