#!/usr/bin/env bash
# Failover tests of the cluster that scripts/cluster.sh runs (issue 20). Not part of the default
# test run (it needs the cluster and takes minutes on two cores). Root; curl, python3.
#
#   scripts/cluster-failover.sh nodes [kills]   node failover, [kills] times (default 20), then the checks
#   scripts/cluster-failover.sh checks [since]  only the checks that follow the kills (heartbeat counted from [since])
#   scripts/cluster-failover.sh database        the PostgreSQL primary dies, the standby is promoted
#
# nodes — each round: a new staff account (temporary password, made through the API) signs in through
#   the balancer (127.0.0.1:9099) and is sent to the change-password form, a Faces view of its
#   session (server-side state) while the session holds "must change the password". The node that
#   served it (the balancer's cookie says which) is killed with SIGKILL; the form is then submitted
#   with the same cookies and view state and must succeed on the other node: the password changes
#   and the answer leads to the workbench — the view was found (no expired page), the session too (no
#   sign-in page, and the flag is read and cleared). Meanwhile a reader keeps asking the balancer for
#   a page (idempotent GET, 10 per second): its failed answers are the requests lost. The killed node
#   is started again (scripts/cluster.sh start) before the next round. Afterwards: p50 and max time
#   from the kill to the form's success; the scheduler's heartbeat (a persistent timer due every
#   minute) ran once for each minute of the test, counted in both nodes' logs; 10 parallel notices of
#   the same criminal case (same document number), 5 to each node directly, make one notice; the
#   audit chain verifies.
# database — the primary is stopped hard (immediate), the standby promoted (pg_ctlcluster promote);
#   the nodes' datasource (multi-host URL, targetServerType=primary) reaches the new primary: prints
#   the time until a read and then a write through the balancer succeed. The old primary stays
#   stopped; scripts/cluster.sh destroy and start make a new pair.
# Exit status 0 only when every check held.
set -euo pipefail
cd "$(dirname "$0")/.."
dir="$PWD/target/cluster"
mode="${1:-}"
base="http://127.0.0.1:9099/legalaid"
pgv=$(ls /usr/lib/postgresql | sort -n | tail -n 1)
[ -f "$dir/cluster.env" ] || { echo "no cluster: scripts/cluster.sh start first" >&2; exit 2; }
set -a; . "$dir/cluster.env"; set +a
declare -A name=([a]=node-a [b]=node-b) http=([node-a]=9180 [node-b]=9280)
work=$(mktemp -d)
trap 'rm -rf "$work"; [ -n "${reader:-}" ] && kill "$reader" 2>/dev/null; true' EXIT

log() { printf '[failover %s] %s\n' "$(date -u +%H:%M:%S)" "$*"; }
fail() { log "FAILED: $*"; exit 1; }
now_ms() { date +%s%3N; }
suffix() { head -c 4 /dev/urandom | od -An -tx1 | tr -d ' \n'; }
viewstate() { grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -n 1 | sed 's/.*value="\([^"]*\)"/\1/'; }
node_java_pid() {   # the java process of a node: the child of its standalone.sh (scripts/cluster.sh keeps that pid)
    pgrep -P "$(cat "$dir/$1.pid")" -x java | head -n 1
}
api() {   # api METHOD PATH [JSON] [BASE]: the admin through the balancer (or BASE); prints "status body"
    local url="${4:-$base}/api/v1$2"
    curl -s -m 30 -u "admin:$LEGALAID_BOOTSTRAP_ADMIN_PASSWORD" -X "$1" -H 'Content-Type: application/json' \
        ${3:+--data-binary "$3"} -w '\n%{http_code}' "$url" | awk '{a[NR]=$0} END {printf "%s ", a[NR]; for (i=1;i<NR;i++) print a[i]}'
}
json() { python3 -c "import sys, json; print(json.load(sys.stdin)$1)"; }

sign_in() {   # $1 cookie jar, $2 user, $3 password; prints where the sign-in leads
    local vs
    vs=$(curl -s -c "$1" -b "$1" "$base/login.xhtml" | viewstate)
    curl -s -c "$1" -b "$1" -o /dev/null -w '%{redirect_url}' "$base/login.xhtml" \
        --data-urlencode "loginForm=loginForm" --data-urlencode "loginForm:username=$2" \
        --data-urlencode "loginForm:password=$3" --data-urlencode "loginForm:next=" \
        --data-urlencode "loginForm:submit=" --data-urlencode "jakarta.faces.ViewState=$vs"
}

setup_unit() {   # a unit of this run, under the root: prints its id
    local root s answer
    root=$(api GET /units | cut -d' ' -f2- | json '[0]["id"]')
    s=$(suffix)
    answer=$(api POST /units "{\"code\":\"FC-${s^^}\",\"name\":\"故障切换测试市中心$s\",\"type\":\"CENTRE\",\"parentId\":$root}")
    [ "${answer%% *}" = 201 ] || fail "no unit: $answer"
    root=$(echo "${answer#* }" | json '["id"]')
    answer=$(api POST /units "{\"code\":\"FO-${s^^}\",\"name\":\"故障切换测试中心$s\",\"type\":\"DISTRICT_CENTRE\",\"parentId\":$root}")
    [ "${answer%% *}" = 201 ] || fail "no unit: $answer"
    echo "${answer#* }" | json '["id"]'
}

new_account() {   # $1 unit, $2 user, $3 password, $4 role
    local answer
    answer=$(api POST /accounts "{\"username\":\"$2\",\"fullName\":\"切换测试$2\",\"unitId\":$1,\"roles\":[\"$4\"],\"initialPassword\":\"$3\"}")
    [ "${answer%% *}" = 201 ] || fail "no account $2: $answer"
}

reader_loop() {   # idempotent GETs through the balancer, 10 a second, one line "ms code" each
    local jar="$work/reader.jar"
    while :; do
        printf '%s %s\n' "$(now_ms)" "$(curl -s -m 10 -b "$jar" -c "$jar" -o /dev/null -w '%{http_code}' "$base/login.xhtml" || echo 000)"
        sleep 0.1
    done >> "$work/reader.log"
}

heartbeats() {   # the minutes the heartbeat ran for, with the node, from both nodes' logs
    cat "$dir"/node-?/wildfly-*/standalone/log/server.log* 2>/dev/null \
        | sed -n 's/.*scheduler heartbeat due \([0-9T:-]*\) ran on \(node-[ab]\).*/\1 \2/p' | sort
}

final_checks() {   # $1 since (China time, minute), $2 unit, $3 a password for a new account
    local started=$1 unit=$2 pw=$3
    # 10 notices of one criminal case at once, 5 to each node directly.
    local organ s doc body i id_count ok_count created
    organ="court_$(suffix)"
    new_account "$unit" "$organ" "$pw" NOTIFYING_ORGAN
    s=$(suffix)
    doc="（2026）鲁0203刑初${s}号"
    body="{\"organType\":\"COURT\",\"organName\":\"青岛市市南区人民法院\",\"organDocumentNumber\":\"$doc\",\"defendantName\":\"李四\",\"defendantIdNumber\":\"11010519491231002X\",\"charge\":\"故意杀人罪\",\"stage\":\"FIRST_INSTANCE\",\"grounds\":[\"LIFE_OR_DEATH\"],\"detentionPlace\":\"青岛市看守所\"}"
    for i in $(seq 1 10); do
        local node=node-a
        [ $((i % 2)) -eq 0 ] && node=node-b
        curl -s -m 60 -u "$organ:$pw" -H 'Content-Type: application/json' --data-binary "$body" \
            -o "$work/notice$i.json" -w "%{http_code} $node\n" "http://127.0.0.1:${http[$node]}/legalaid/api/v1/criminal-notices" \
            > "$work/notice$i.code" &
    done
    wait
    ok_count=$(cat "$work"/notice*.code | awk '$1==200 || $1==201' | wc -l)
    created=$(cat "$work"/notice*.code | awk '$1==201' | wc -l)
    id_count=$(for i in $(seq 1 10); do json '["id"]' < "$work/notice$i.json" 2>/dev/null; done | sort -u | wc -l)
    log "PARALLEL NOTICES: 10 posts of $doc (5 to node-a, 5 to node-b): $(cat "$work"/notice*.code | awk '{print $1"@"$2}' | sort | uniq -c | tr -s ' \n' ' '); distinct notices: $id_count"
    [ "$ok_count" = 10 ] && [ "$created" = 1 ] && [ "$id_count" = 1 ] || fail "the 10 parallel notices did not make exactly one"

    # The heartbeat: each minute of the test ran once, on one node.
    local ended dupes minutes
    ended=$(TZ=Asia/Shanghai date +%Y-%m-%dT%H:%M)
    heartbeats | awk -v a="$started" -v b="$ended" '$1 > a && $1 < b' > "$work/beats"
    minutes=$(cut -d' ' -f1 "$work/beats" | sort -u | wc -l)
    dupes=$(cut -d' ' -f1 "$work/beats" | sort | uniq -d | wc -l)
    log "TIMER: the heartbeat was due $minutes times between $started and $ended (China time) and ran $(wc -l < "$work/beats") times: $(cut -d' ' -f2 "$work/beats" | sort | uniq -c | tr -s ' \n' ' ')"
    [ "$dupes" = 0 ] || fail "a minute's timer ran on more than one node: $(cut -d' ' -f1 "$work/beats" | sort | uniq -d | tr '\n' ' ')"
    [ "$minutes" -gt 0 ] || fail "no heartbeat was seen during the test"

    # The audit chain.
    local verification
    verification=$(api POST /audit/verifications)
    [ "${verification%% *}" = 200 ] || fail "audit verification answered $verification"
    log "AUDIT CHAIN: $(echo "${verification#* }" | json '')"
    [ "$(echo "${verification#* }" | json '["intact"]')" = True ] || fail "the audit chain is broken"
}

nodes_mode() {
    local kills=${1:-20}
    local unit pw started times=() lost_total=0
    started=$(TZ=Asia/Shanghai date +%Y-%m-%dT%H:%M)
    unit=$(setup_unit)
    pw="Tmp1-$(suffix)$(suffix)"
    reader_loop & reader=$!
    for round in $(seq 1 "$kills"); do
        local jar="$work/round$round.jar" user target vs served victim pid t0 t out code ok lost session_before session_after
        user="fo_$(suffix)"
        new_account "$unit" "$user" "$pw" INTAKE_CLERK
        target=$(sign_in "$jar" "$user" "$pw")
        [[ "$target" == *account/password.xhtml* ]] || fail "round $round: the sign-in led to '$target', not to the password form"
        vs=$(curl -s -c "$jar" -b "$jar" "$base/account/password.xhtml" | viewstate)
        [ -n "$vs" ] && [ "$vs" != stateless ] || fail "round $round: the password form has no view state"
        served=$(awk '$6=="LBNODE" {print $7}' "$jar" | tail -n 1)
        session_before=$(awk '$6=="JSESSIONID" {print $7}' "$jar" | tail -n 1)
        [ -n "$served" ] || fail "round $round: no balancer cookie"
        victim=${name[$served]}
        pid=$(node_java_pid "$victim")
        [ -n "$pid" ] || fail "round $round: no java process for $victim"
        local new="Fo1-$(suffix)$(suffix)"
        kill -9 "$pid"
        t0=$(now_ms)
        lost=0 ok=""
        for _ in $(seq 1 240); do
            out=$(curl -s -m 30 -c "$jar" -b "$jar" -o /dev/null -w '%{http_code} %{redirect_url}' "$base/account/password.xhtml" \
                --data-urlencode "passwordForm=passwordForm" --data-urlencode "passwordForm:current=$pw" \
                --data-urlencode "passwordForm:newPassword=$new" --data-urlencode "passwordForm:confirmation=$new" \
                --data-urlencode "passwordForm:submit=" --data-urlencode "jakarta.faces.ViewState=$vs" || echo "000 ")
            code=${out%% *}
            if [[ "$out" == 30[23]\ *index.xhtml* ]]; then ok=1; break; fi
            if [[ "$code" == 000 || "$code" == 502 || "$code" == 503 || "$code" == 504 ]]; then
                lost=$((lost + 1)); sleep 0.25; continue
            fi
            fail "round $round: the form after the kill answered '$out' (an expired view or the sign-in page: the session or view did not survive)"
        done
        [ -n "$ok" ] || fail "round $round: no answer within the retries"
        t=$(( $(now_ms) - t0 ))
        [ "$(curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{http_code}' "$base/index.xhtml")" = 200 ] \
            || fail "round $round: the workbench after the failover did not answer 200"
        session_after=$(awk '$6=="JSESSIONID" {print $7}' "$jar" | tail -n 1)
        [ "${session_before%%.*}" = "${session_after%%.*}" ] || fail "round $round: a new session ($session_before → $session_after)"
        log "round $round/$kills: $user on $victim, kill -9 $pid; the form succeeded on ${name[$(awk '$6=="LBNODE" {print $7}' "$jar" | tail -n 1)]} after $t ms, same session, same view; the form's own tries refused: $lost"
        times+=("$t")
        lost_total=$((lost_total + lost))
        CLUSTER_KEEP_EAR=1 scripts/cluster.sh start > "$work/restart.log" 2>&1 || { cat "$work/restart.log"; fail "$victim did not come back"; }
        sleep 3   # the balancer's check marks it up after two good answers a second apart
    done
    kill "$reader" 2>/dev/null; reader=""
    local n sorted p50 max reads bad
    n=${#times[@]}
    sorted=$(printf '%s\n' "${times[@]}" | sort -n)
    p50=$(printf '%s\n' "$sorted" | sed -n "$(( (n + 1) / 2 ))p")
    max=$(printf '%s\n' "$sorted" | tail -n 1)
    reads=$(wc -l < "$work/reader.log")
    bad=$(awk '$2 != 200' "$work/reader.log" | wc -l)
    log "SESSION FAILOVER over $n kills: p50 $p50 ms, max $max ms (kill to the form's success on the other node)"
    log "REQUESTS LOST: $bad of $reads idempotent GETs through the balancer during the rounds; the form's tries refused before success: $lost_total (each then accepted once)"

    final_checks "$started" "$unit" "$pw"
    log "all checks held (load average now: $(cut -d' ' -f1-3 /proc/loadavg))"
}

database_mode() {
    local t0 t answer tries=0 s
    [ "$(api GET /units | cut -d' ' -f1)" = 200 ] || fail "the application does not answer before the test"
    [ -f "/var/lib/postgresql/$pgv/legalaid_standby/standby.signal" ] || fail "legalaid_standby is no standby (promoted already? destroy and start a new pair)"
    log "stopping the primary legalaid_primary (immediate) and promoting legalaid_standby"
    pg_ctlcluster "$pgv" legalaid_primary stop -m immediate
    t0=$(now_ms)
    pg_ctlcluster "$pgv" legalaid_standby promote
    log "promoted after $(( $(now_ms) - t0 )) ms"
    while :; do
        tries=$((tries + 1))
        answer=$(api GET /units || true)
        [ "${answer%% *}" = 200 ] && break
        [ $(( $(now_ms) - t0 )) -lt 180000 ] || fail "no answer within 3 minutes of the promotion (last: ${answer:0:200})"
        sleep 0.5
    done
    t=$(( $(now_ms) - t0 ))
    log "DATABASE FAILOVER: a read through the balancer answered again $t ms after the primary stopped ($tries tries)"
    s=$(suffix)
    local root
    root=$(echo "${answer#* }" | json '[0]["id"]')
    tries=0
    while :; do
        tries=$((tries + 1))
        answer=$(api POST /units "{\"code\":\"DB-${s^^}\",\"name\":\"主库切换后$s\",\"type\":\"CENTRE\",\"parentId\":$root}" || true)
        [ "${answer%% *}" = 201 ] && break
        [ "${answer%% *}" = 409 ] && break   # an earlier try went through after all: one unit, not two
        [ $(( $(now_ms) - t0 )) -lt 180000 ] || fail "no write within 3 minutes of the promotion (last: ${answer:0:200})"
        sleep 0.5
    done
    log "DATABASE FAILOVER: a write (a new unit) succeeded $(( $(now_ms) - t0 )) ms after the primary stopped; served by the new primary on 127.0.0.1:5441 (load average $(cut -d' ' -f1-3 /proc/loadavg))"
    su postgres -c "psql -p 5441 -qAtc \"select 'in recovery: ' || pg_is_in_recovery()\""
}

case "$mode" in
    nodes) nodes_mode "${2:-20}" ;;
    checks)   # the checks that follow the kills, alone: [since] is the minute (China time) the heartbeat is counted from
        unit=$(setup_unit)
        final_checks "${2:-$(TZ=Asia/Shanghai date -d '-10 min' +%Y-%m-%dT%H:%M)}" "$unit" "Tmp1-$(suffix)$(suffix)"
        log "all checks held (load average now: $(cut -d' ' -f1-3 /proc/loadavg))"
        ;;
    database) database_mode ;;
    *) echo "usage: $0 nodes [kills] | checks [since] | database" >&2; exit 2 ;;
esac
