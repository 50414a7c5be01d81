#!/usr/bin/env bash
# Makes sure what the test suite needs is on this machine: Debian's Chromium for the browser
# tests, a PostgreSQL on 127.0.0.1:5432 (trust auth, database `test`) for the second engine, and
# the tools of the official e-invoice validator (../shared/einvoice: Java, Saxon, xmllint, poppler).
# Uses the PostgreSQL already listening when there is one; otherwise installs and starts one.
# Needs root only when something is missing. Safe to run again: it does nothing then.
set -euo pipefail

pg_listening() { (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null; }
as_root() {
  if [ "$(id -u)" != 0 ]; then
    echo "ensure-test-env: $1 is missing and installing it needs root (apt-get)." >&2
    exit 1
  fi
}

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
if ! pg_listening && ! ls /etc/postgresql/*/main >/dev/null 2>&1; then missing+=(postgresql); fi
command -v java >/dev/null || missing+=(default-jre-headless)
ls /usr/share/java/Saxon-HE*.jar >/dev/null 2>&1 || missing+=(libsaxonhe-java)
command -v xmllint >/dev/null || missing+=(libxml2-utils)
command -v pdfdetach >/dev/null || missing+=(poppler-utils)
if [ ${#missing[@]} -gt 0 ]; then
  as_root "${missing[*]}"
  echo "ensure-test-env: installing ${missing[*]} from Debian's packages"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if ! pg_listening; then
  as_root "a running PostgreSQL"
  version=$(ls /etc/postgresql | sort -V | tail -1)
  hba=/etc/postgresql/$version/main/pg_hba.conf
  # Tests connect over loopback without a password, as on the project's machines.
  if ! grep -q '^host all all 127.0.0.1/32 trust' "$hba"; then
    sed -i '1i host all all 127.0.0.1/32 trust\nhost all all ::1/128 trust' "$hba"
  fi
  pg_ctlcluster --skip-systemctl-redirect "$version" main start
  for _ in $(seq 1 30); do pg_listening && break; sleep 1; done
fi

if command -v psql >/dev/null; then
  if ! psql -h 127.0.0.1 -U postgres -d postgres -tAc "select 1 from pg_database where datname='test'" 2>/dev/null | grep -q 1; then
    psql -h 127.0.0.1 -U postgres -d postgres -c 'create database test' >/dev/null
  fi
fi
