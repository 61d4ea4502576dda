#!/usr/bin/env bash
# Fails when SQL is written outside the two database layers: the client's store (core/store/)
# and the server (server/). Everything else asks those layers.
#   check-sql-layer.sh SOURCE_DIR
set -uo pipefail
src=${1:?usage: check-sql-layer.sh SOURCE_DIR}
cd "$src" || exit 2
pattern='"[[:space:]]*(SELECT|INSERT INTO|UPDATE [a-z_]+ SET|DELETE FROM|CREATE (TABLE|INDEX|VIRTUAL)|ALTER TABLE|PRAGMA|WITH [a-z_]+ AS)[[:space:](]'
found=$(grep -rnE "$pattern" --include='*.cpp' --include='*.h' core ui app bench \
          | grep -v '^core/store/' || true)
if [ -n "$found" ]; then
  echo "SQL outside core/store and server/ (ask a repository of core/store instead):"
  echo "$found"
  exit 1
fi
# The check finds what it is meant to find: the store itself is full of SQL.
if ! grep -rqE "$pattern" core/store; then
  echo "the pattern finds no SQL even in core/store: the check is broken"
  exit 1
fi
echo "SQL only in core/store and server/"
