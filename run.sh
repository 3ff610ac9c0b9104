#!/usr/bin/env bash
# Runs legalaid for a look around: builds it, provisions WildFly from Maven Central under
# legalaid-ear/target/run-server, deploys the EAR with demo data, starts the server and prints
# the login address. Ctrl-C stops it.
#
# Database: the H2 that ships with WildFly (kept in legalaid-ear/target/run-db), or PostgreSQL
# when LEGALAID_DB_URL, LEGALAID_DB_USER and LEGALAID_DB_PASSWORD are set.
# Port: LEGALAID_HTTP_PORT (default 8080). Demo password: LEGALAID_DEMO_PASSWORD (default in README).
set -euo pipefail
cd "$(dirname "$0")"

port="${LEGALAID_HTTP_PORT:-8080}"
echo "Building legalaid and provisioning WildFly (the first run downloads about 300 MB from Maven Central)..."
mvn -B -q -Prun -DskipTests -pl legalaid-ear -am package

jboss_home=$(ls -d "$PWD"/legalaid-ear/target/run-server/wildfly-*/ | head -n 1)
mkdir -p legalaid-ear/target/run-db
export JAVA_OPTS="-Xms256m -Xmx1g -XX:MaxMetaspaceSize=384m -Djava.net.preferIPv4Stack=true \
 -Djboss.modules.system.pkgs=org.jboss.byteman -Djava.awt.headless=true \
 -Duser.language=zh -Duser.country=CN -Duser.timezone=Asia/Shanghai -Dfile.encoding=UTF-8 \
 -Dlegalaid.h2.dir=$PWD/legalaid-ear/target/run-db"

url="http://localhost:${port}/legalaid/login.xhtml"
# True when the login page answers 200 (bash's /dev/tcp: no curl needed).
login_page_answers() {
    exec 3<>"/dev/tcp/127.0.0.1/${port}" 2>/dev/null || return 1
    printf 'GET /legalaid/login.xhtml HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3
    local status
    read -r -t 5 status <&3 || true
    exec 3>&-
    [[ "$status" == *" 200 "* ]]
}
(
    for _ in $(seq 1 180); do
        sleep 1
        if login_page_answers; then
            printf '\n==================================================================\n'
            printf ' legalaid is running.  Log in at:  %s\n' "$url"
            printf ' Demo accounts (password %s): admin, clerk, reviewer,\n' "${LEGALAID_DEMO_PASSWORD:-Legalaid-2026}"
            printf ' director, assigner, casesup, finance, finapprover, evaluator,\n'
            printf ' complaints, supervisor, clerk2.   Ctrl-C stops the server.\n'
            printf '==================================================================\n\n'
            exit 0
        fi
    done
    echo "legalaid did not answer at $url within 3 minutes; see the server log above." >&2
) &

exec "$jboss_home/bin/standalone.sh" -Djboss.http.port="$port"
