#!/usr/bin/env bash
# Fails when a C++ source of the project is not formatted per .clang-format.
#   check-format.sh SOURCE_DIR
set -euo pipefail
src=${1:?usage: check-format.sh SOURCE_DIR}
cd "$src"
command -v clang-format >/dev/null || { echo "clang-format is not installed"; exit 1; }
mapfile -t files < <(find app core ui server tests bench -name '*.cpp' -o -name '*.h' | sort)
[ ${#files[@]} -gt 0 ] || { echo "no sources found"; exit 1; }
clang-format --dry-run --Werror "${files[@]}"
echo "${#files[@]} files formatted"
