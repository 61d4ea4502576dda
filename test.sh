#!/usr/bin/env bash
# ./test.sh [CTEST ARGS...]   install what is missing, build, run the whole test suite.
# Examples: ./test.sh -L core      ./test.sh -R tst_workflow      ./test.sh -LE slow
set -euo pipefail
cd "$(dirname "$0")"
./scripts/install-deps.sh
./scripts/build.sh
ctest --preset default "$@"
