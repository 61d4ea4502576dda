#!/usr/bin/env bash
# Fails when a user-visible string is missing from a catalogue or has no translation: runs
# lupdate over the sources into copies of translations/lienthong_{vi,en}.ts and looks for
# changes and unfinished messages.
#   check-translations.sh SOURCE_DIR LUPDATE
set -euo pipefail
src=${1:?usage: check-translations.sh SOURCE_DIR LUPDATE}
lupdate=${2:?usage: check-translations.sh SOURCE_DIR LUPDATE}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
for lang in vi en; do
  ts="$src/translations/lienthong_$lang.ts"
  cp "$ts" "$tmp/lienthong_$lang.ts"
  (cd "$src" && "$lupdate" -silent -no-obsolete -locations none -I . core ui app server \
     -ts "$tmp/lienthong_$lang.ts")
  if ! diff -q "$ts" "$tmp/lienthong_$lang.ts" >/dev/null; then
    echo "translations/lienthong_$lang.ts is out of date with the sources; run"
    echo "  cmake --build build --target update_translations   and translate what is new:"
    diff -u "$ts" "$tmp/lienthong_$lang.ts" | grep '^[+-] *<source>' | head -40
    status=1
    continue
  fi
  unfinished=$(grep -c 'type="unfinished"' "$tmp/lienthong_$lang.ts" || true)
  if [ "$unfinished" -ne 0 ]; then
    echo "$lang: $unfinished translations are unfinished:"
    grep -B3 'type="unfinished"' "$tmp/lienthong_$lang.ts" | grep '<source>' | head -40
    status=1
    continue
  fi
  echo "$lang: $(grep -c '<message' "$tmp/lienthong_$lang.ts") messages, all translated"
done
exit $status
