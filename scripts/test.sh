#!/usr/bin/env bash
# The whole test suite, set-up included. On a fresh Debian machine (as root) it installs what is
# missing — PostgreSQL, Chromium and its driver, a CJK font — starts PostgreSQL, creates a fresh
# test database with a random password, then runs `mvn verify`: unit tests, then Arquillian tests
# in a managed WildFly (unpacked under arquillian-tests/target) against that database, including
# headless-Chromium tests.
#
# To use a PostgreSQL of your own instead, set LEGALAID_DB_URL, LEGALAID_DB_USER and
# LEGALAID_DB_PASSWORD (an empty database the user owns) and LEGALAID_DB_ADMIN_USER /
# LEGALAID_DB_ADMIN_PASSWORD (a superuser: the audit-tamper test needs one to bypass the
# append-only trigger, as an attacker with database superuser rights would).
# Extra arguments go to Maven, e.g.  scripts/test.sh -Dit.test=AuditTrailIT
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '[test.sh] %s\n' "$*"; }

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
[ -e /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] || missing+=(fonts-wqy-microhei)
if [ -z "${LEGALAID_DB_URL:-}" ] && ! command -v pg_ctlcluster >/dev/null 2>&1; then
    missing+=(postgresql)
fi
if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" -ne 0 ]; then
        log "missing Debian packages: ${missing[*]} — run as root or install them first." >&2
        exit 2
    fi
    log "installing ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

random_secret() { head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n'; }

if [ -z "${LEGALAID_DB_URL:-}" ]; then
    if [ "$(id -u)" -ne 0 ]; then
        log "no LEGALAID_DB_URL and not root: cannot set up the local PostgreSQL." >&2
        exit 2
    fi
    version=$(ls /usr/lib/postgresql | sort -n | tail -n 1)
    if ! pg_lsclusters -h | awk '{print $1"/"$2}' | grep -qx "$version/main"; then
        log "creating PostgreSQL $version cluster"
        pg_createcluster "$version" main >/dev/null
    fi
    pg_ctlcluster "$version" main start 2>/dev/null || true
    port=$(pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $3}')
    for _ in $(seq 1 30); do
        su postgres -c "psql -p $port -Atc 'select 1'" >/dev/null 2>&1 && break
        sleep 1
    done
    app_password=$(random_secret)
    admin_password=$(random_secret)
    db="${LEGALAID_TEST_DB:-legalaid_test}"   # also the name of its owner role
    [[ "$db" =~ ^[a-z_][a-z0-9_]*$ ]] || { log "LEGALAID_TEST_DB must be a plain lower-case name" >&2; exit 2; }
    log "creating a fresh database $db on port $port"
    su postgres -c "psql -p $port -v ON_ERROR_STOP=1 -q" <<SQL
SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '$db';
DROP DATABASE IF EXISTS $db;
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$db') THEN CREATE ROLE $db LOGIN; END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${db}_su') THEN CREATE ROLE ${db}_su LOGIN SUPERUSER; END IF;
END \$\$;
ALTER ROLE $db PASSWORD '$app_password' NOSUPERUSER;
ALTER ROLE ${db}_su PASSWORD '$admin_password';
CREATE DATABASE $db OWNER $db ENCODING 'UTF8' TEMPLATE template0;
SQL
    export LEGALAID_DB_URL="jdbc:postgresql://127.0.0.1:$port/$db"
    export LEGALAID_DB_USER="$db"
    export LEGALAID_DB_PASSWORD="$app_password"
    export LEGALAID_DB_ADMIN_USER="${db}_su"
    export LEGALAID_DB_ADMIN_PASSWORD="$admin_password"
fi

# The first administrator of the empty test database (see InitialData); client-side tests sign
# in with it to set up their own units and accounts through the API.
export LEGALAID_BOOTSTRAP_ADMIN_PASSWORD="Aa1-$(random_secret)"

# A second suite can run beside this one with LEGALAID_IT_PORT_OFFSET=100 LEGALAID_TEST_DB=other.
offset="${LEGALAID_IT_PORT_OFFSET:-0}"
log "running mvn verify"
exec mvn -B verify -Dit.port.offset="$offset" -Dit.http.port=$((8080 + offset)) \
    -Dit.management.port=$((9990 + offset)) "$@"
