#!/usr/bin/env bash
# Case list benchmark (issue 5, "Speed"). On a PostgreSQL database kept between runs
# (LEGALAID_BENCH_DB, default legalaid_bench_cases; as root the local cluster is used, or set
# LEGALAID_DB_URL/USER/PASSWORD), it
#   1. builds the EAR and provisions a WildFly of its own (bench/caselist/target/server, from Maven
#      Central, configured by the same CLI scripts as production), starts it with -Xmx1g at port
#      8080 + LEGALAID_IT_PORT_OFFSET and deploys the EAR (Flyway migrates the database);
#   2. generates BENCH_CASES cases (default 1,000,000) when the database has a different number
#      (scripts/generate-cases.sh: COPY in batches, then VACUUM ANALYZE);
#   3. prepares a bureau supervisor account and runs Gatling (bench/caselist, not part of the
#      default build), first to warm the server up (BENCH_WARMUP_USERS 10 × BENCH_WARMUP_REPEATS 150
#      without pauses, not counted), then measured: BENCH_USERS (50) users sign in, and once all have, open the list
#      with a filter and sort, jump to page BENCH_DEEP_PAGE (2,000) by the paginator's AJAX request,
#      BENCH_REPEATS (10) times each, pausing BENCH_THINK_MIN_MS–BENCH_THINK_MAX_MS (3,000–8,000) after
#      each page;
#   4. samples the server's heap (jstat, every second) during the run, and with BENCH_JFR=file
#      records a Java Flight Recorder profile of the server during it (jfr print to read it);
#   5. times the bare SQL of the same pages over JDBC (BENCH_SQL_RUNS, 200), then stops the server
#      and prints the figures (also in bench/caselist/target/bench/caselist.txt).
# Goals: first page p95 <= 150 ms, deep page p95 <= 500 ms, heap < 1 GB.
#   scripts/bench-caselist.sh [extra Maven arguments, e.g. -Dmaven.repo.local=...]
set -euo pipefail
cd "$(dirname "$0")/.."
root_dir=$PWD
CASES="${BENCH_CASES:-1000000}" USERS="${BENCH_USERS:-50}" REPEATS="${BENCH_REPEATS:-10}"
DEEP="${BENCH_DEEP_PAGE:-2000}" ROWS=20 SQL_RUNS="${BENCH_SQL_RUNS:-200}"
offset="${LEGALAID_IT_PORT_OFFSET:-0}"
http_port=$((8080 + offset)) mgmt_port=$((9990 + offset))
out_dir="$root_dir/bench/caselist/target/bench"
mkdir -p "$out_dir"
report="$out_dir/caselist.txt"
log() { printf '[bench-caselist] %s\n' "$*"; }
random_secret() { head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n'; }

# 1. the database, kept between runs so that the cases are generated once
if [ -z "${LEGALAID_DB_URL:-}" ]; then
    [ "$(id -u)" -eq 0 ] || { log "no LEGALAID_DB_URL and not root: cannot set up the local PostgreSQL." >&2; exit 2; }
    version=$(ls /usr/lib/postgresql | sort -n | tail -n 1)
    pg_ctlcluster "$version" main start 2>/dev/null || true
    port=$(pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $3}')
    db="${LEGALAID_BENCH_DB:-legalaid_bench_cases}"
    [[ "$db" =~ ^[a-z_][a-z0-9_]*$ ]] || { log "LEGALAID_BENCH_DB must be a plain lower-case name" >&2; exit 2; }
    password=$(random_secret)
    su postgres -c "psql -p $port -v ON_ERROR_STOP=1 -q" <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$db') THEN CREATE ROLE $db LOGIN; END IF;
END \$\$;
ALTER ROLE $db PASSWORD '$password' NOSUPERUSER;
SQL
    if ! su postgres -c "psql -p $port -Atc \"select 1 from pg_database where datname = '$db'\"" | grep -q 1; then
        log "creating database $db"
        su postgres -c "psql -p $port -q -c \"CREATE DATABASE $db OWNER $db ENCODING 'UTF8' TEMPLATE template0\""
    fi
    export LEGALAID_DB_URL="jdbc:postgresql://127.0.0.1:$port/$db" LEGALAID_DB_USER="$db" LEGALAID_DB_PASSWORD="$password"
fi

# 2. the EAR and a server of our own
log "building the EAR"
mvn -q -B install -DskipTests -DskipITs "$@"
wildfly_version=$(sed -n 's:.*<version.wildfly>\(.*\)</version.wildfly>.*:\1:p' pom.xml | head -n 1)
pg_version=$(sed -n 's:.*<version.postgresql>\(.*\)</version.postgresql>.*:\1:p' pom.xml | head -n 1)
server="$root_dir/bench/caselist/target/server"
home="$server/wildfly-$wildfly_version"
if [ ! -f "$home/.legalaid-configured" ]; then
    log "provisioning WildFly $wildfly_version"
    rm -rf "$server"
    mvn -q -B dependency:unpack -Dartifact="org.wildfly:wildfly-dist:$wildfly_version:zip" -DoutputDirectory="$server" "$@"
    mvn -q -B dependency:copy -Dartifact="org.postgresql:postgresql:$pg_version" -DoutputDirectory="$server" "$@"
    "$home/bin/jboss-cli.sh" --file=legalaid-ear/src/main/wildfly/configure-server.cli >/dev/null
    "$home/bin/jboss-cli.sh" --file=legalaid-ear/src/main/wildfly/datasource-postgresql.cli \
        -Dpostgresql.driver.jar="$server/postgresql-$pg_version.jar" >/dev/null
    touch "$home/.legalaid-configured"
fi
export LEGALAID_BOOTSTRAP_ADMIN_PASSWORD="Aa1-$(random_secret)"   # used only if the database is empty
export JAVA_OPTS="-Xms256m -Xmx1g -XX:MaxMetaspaceSize=384m -Djava.net.preferIPv4Stack=true -Duser.language=zh -Duser.country=CN -Duser.timezone=Asia/Shanghai -Dfile.encoding=UTF-8"
log "starting WildFly on port $http_port"
"$home/bin/standalone.sh" -Djboss.socket.binding.port-offset="$offset" > "$out_dir/server.log" 2>&1 &
launcher=$!
server_pid=""
stop_server() {
    if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; fi
    kill "$launcher" 2>/dev/null || true
    wait "$launcher" 2>/dev/null || true
}
trap stop_server EXIT
for _ in $(seq 1 120); do
    "$home/bin/jboss-cli.sh" --controller="127.0.0.1:$mgmt_port" -c ":read-attribute(name=server-state)" 2>/dev/null | grep -q running && break
    sleep 1
done
server_pid=$(pgrep -P "$launcher" java | head -n 1 || true)   # standalone.sh's own java child
[ -n "$server_pid" ] || { log "the server did not start; see $out_dir/server.log" >&2; exit 1; }
log "deploying (server pid $server_pid)"
"$home/bin/jboss-cli.sh" --controller="127.0.0.1:$mgmt_port" -c \
    "deploy $root_dir/legalaid-ear/target/legalaid.ear --name=legalaid.ear --runtime-name=legalaid.ear --force" >/dev/null

# 3. the data and the account
cp_file="$root_dir/arquillian-tests/target/bench-classpath.txt"
mvn -q -B -pl arquillian-tests test-compile dependency:build-classpath -Dmdep.outputFile="$cp_file" \
    -Dmdep.includeScope=test -DskipITs "$@"
run_java() { java -cp "$root_dir/arquillian-tests/target/test-classes:$(cat "$cp_file")" "$@"; }
have=$(run_java org.legalaid.it.bench.CaseListSqlTiming count 2>/dev/null || echo 0)
if [ "$have" != "$CASES" ]; then
    log "generating $CASES cases (the database has $have)"
    run_java -Xmx1g org.legalaid.it.bench.CaseGenerator "$CASES" --force | tail -n 1 | tee "$out_dir/generate.txt"
fi
bench_password="Bench-$(random_secret)"
accounts=$(( USERS > ${BENCH_WARMUP_USERS:-10} ? USERS : ${BENCH_WARMUP_USERS:-10} ))
run_java org.legalaid.it.bench.CaseListSqlTiming account bench_sup "$bench_password" "$accounts"

# 4. Gatling: a warm-up run (a server just started spends its first minutes compiling — the JIT —
#    which is not what staff meet on a server that has run for days), then the measured run, with
#    the heap sampled every second and the CPU of WildFly and PostgreSQL counted
gatling() { # users repeats out-file seconds-until-the-list-phase think-min-ms think-max-ms
    mvn -q -B -f bench/caselist/pom.xml gatling:test -Dbench.baseUrl="http://127.0.0.1:$http_port/legalaid" \
        -Dbench.user=bench_sup -Dbench.password="$bench_password" -Dbench.users="$1" -Dbench.repeats="$2" \
        -Dbench.deepPage="$DEEP" -Dbench.rows="$ROWS" -Dbench.out="$3" -Dbench.listStartsAfterMs="$(( $4 * 1000 ))" \
        -Dbench.thinkMinMs="$5" -Dbench.thinkMaxMs="$6" "${mvn_args[@]}"
}
mvn_args=("$@")
WARMUP_USERS="${BENCH_WARMUP_USERS:-10}" WARMUP_REPEATS="${BENCH_WARMUP_REPEATS:-150}"
log "warm-up: $WARMUP_USERS users, $WARMUP_REPEATS × (first page, deep page $DEEP) without pauses, not counted"
gatling "$WARMUP_USERS" "$WARMUP_REPEATS" "$out_dir/warmup-times.txt" 15 0 20 > "$out_dir/gatling-warmup.log" 2>&1 \
    || log "the warm-up run had errors; see $out_dir/gatling-warmup.log"
rm -f "$out_dir/http-times.txt"
log "Gatling: $USERS users, $REPEATS × (first page, deep page $DEEP)"
# CPU seconds used by a set of processes (user + system, all threads), from /proc
cpu_seconds() { for p in "$@"; do cat "/proc/$p/stat" 2>/dev/null; done | awk -v hz="$(getconf CLK_TCK)" '{t += $14 + $15} END {printf "%.1f", t / hz}'; }
pg_pids() { pgrep -u postgres -d ' ' postgres || true; }
wildfly_cpu_before=$(cpu_seconds "$server_pid")
pg_cpu_before=$(cpu_seconds $(pg_pids))
jstat -gc "$server_pid" 1000 > "$out_dir/heap.txt" 2>/dev/null &
jstat_pid=$!
if [ -n "${BENCH_JFR:-}" ]; then
    jcmd "$server_pid" JFR.start name=bench settings=profile filename="$(realpath -m "$BENCH_JFR")" >/dev/null
fi
set +e
gatling "$USERS" "$REPEATS" "$out_dir/http-times.txt" 30 "${BENCH_THINK_MIN_MS:-3000}" "${BENCH_THINK_MAX_MS:-8000}" \
    > "$out_dir/gatling.log" 2>&1
gatling_rc=$?
set -e
kill "$jstat_pid" 2>/dev/null || true
wildfly_cpu=$(awk -v a="$wildfly_cpu_before" -v b="$(cpu_seconds "$server_pid")" 'BEGIN {printf "%.1f", b - a}')
pg_cpu=$(awk -v a="$pg_cpu_before" -v b="$(cpu_seconds $(pg_pids))" 'BEGIN {printf "%.1f", b - a}')
if [ -n "${BENCH_JFR:-}" ]; then
    jcmd "$server_pid" JFR.stop name=bench >/dev/null
    log "profile of the server during the run: $BENCH_JFR"
fi

# 5. the bare SQL of the same pages
log "timing the SQL ($SQL_RUNS runs)"
sql_figures=$(run_java org.legalaid.it.bench.CaseListSqlTiming time "$SQL_RUNS" "$DEEP" "$ROWS")

{
    echo "Case list benchmark — $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "cases in the database: $(run_java org.legalaid.it.bench.CaseListSqlTiming count)"
    echo "filter: status HANDLING or SUBMITTED, sort assigned date newest first, $ROWS rows per page"
    if [ -s "$out_dir/http-times.txt" ]; then
        cat "$out_dir/http-times.txt"
    else
        echo "Gatling produced no figures (exit $gatling_rc); see $out_dir/gatling.log"
    fi
    requests=$((USERS * (2 + 2 * REPEATS)))
    awk -v w="$wildfly_cpu" -v p="$pg_cpu" -v n="$requests" 'BEGIN {printf "CPU during the run: WildFly %.1f s, PostgreSQL %.1f s for %d requests (%.1f + %.1f ms per request, sign-ins included)\n", w, p, n, w * 1000 / n, p * 1000 / n}'
    echo "$sql_figures"
    awk 'NR>1 && $1 ~ /^[0-9.]+$/ {used=($3+$4+$6+$8)/1024; if (used>max) max=used} END {printf "WildFly heap used (jstat, max of 1 s samples): %.0f MB of -Xmx1g\n", max}' "$out_dir/heap.txt"
} | tee "$report"
