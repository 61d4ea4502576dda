#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL cluster on a free loopback port, owned by an
# unprivileged user, and LT_TEST_POSTGRES_URL pointing at an empty database in it:
#   with-postgres.sh COMMAND [ARGS...]
set -euo pipefail
[ $# -ge 1 ] || { echo "usage: with-postgres.sh COMMAND [ARGS...]" >&2; exit 2; }
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$pgbin/initdb" ] || { echo "with-postgres: PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; }

dir=$(mktemp -d /tmp/lt-pg.XXXXXX)
chmod 755 "$dir"
as_pg=()
if [ "$(id -u)" -eq 0 ]; then
  # PostgreSQL refuses to run as root.
  user=postgres
  id "$user" >/dev/null 2>&1 || user=nobody
  chown "$user" "$dir"
  as_pg=(runuser -u "$user" --)
fi
cleanup() {
  "${as_pg[@]}" "$pgbin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap cleanup EXIT

"${as_pg[@]}" "$pgbin/initdb" -D "$dir/data" -A trust -U lt -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
  || { cat "$dir/initdb.log" >&2; exit 1; }
started=0
for _ in $(seq 20); do
  port=$(( 20000 + RANDOM % 40000 ))
  if "${as_pg[@]}" "$pgbin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
       -o "-h 127.0.0.1 -p $port -k $dir -c fsync=off -c full_page_writes=off" start >/dev/null 2>&1; then
    started=1
    break
  fi
done
[ "$started" = 1 ] || { echo "with-postgres: the cluster did not start" >&2; cat "$dir/server.log" >&2; exit 1; }
"$pgbin/psql" -h 127.0.0.1 -p "$port" -U lt -d postgres -qc "CREATE DATABASE lienthong" >/dev/null
export LT_TEST_POSTGRES_URL="postgresql://lt@127.0.0.1:$port/lienthong"
status=0
"$@" || status=$?
exit $status
