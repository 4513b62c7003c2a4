#!/usr/bin/env bash
# Starts the local PostgreSQL and MariaDB servers if they are not answering (the machines start them at boot).
set -u

if ! pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then
  echo "[ci] starting PostgreSQL"
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start || true
fi
if ! mariadb-admin -h 127.0.0.1 -P 3306 -u root ping >/dev/null 2>&1; then
  echo "[ci] starting MariaDB"
  start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd || true
fi

for attempt in $(seq 1 30); do
  if pg_isready -h 127.0.0.1 -p 5432 -q && mariadb-admin -h 127.0.0.1 -P 3306 -u root ping >/dev/null 2>&1; then
    exit 0
  fi
  sleep 1
done
echo "[ci] PostgreSQL or MariaDB did not come up" >&2
exit 1
