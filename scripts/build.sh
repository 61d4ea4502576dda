#!/usr/bin/env bash
# Configures (once) and builds LienThong in build/ (Release, Ninja, ccache when present).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f build/CMakeCache.txt ]; then
  cmake --preset default
fi
cmake --build --preset default
