#!/usr/bin/env bash
# A two-node legalaid cluster on this one machine, on loopback addresses only (issue 20):
#   - PostgreSQL: the primary 'legalaid_primary' on 127.0.0.1:5440 and a streaming standby
#     'legalaid_standby' on 127.0.0.1:5441 (pg_basebackup -R through the replication slot
#     'legalaid_standby');
#   - two WildFly nodes on the ha profile, unpacked from the WildFly distribution in the local Maven
#     repository (the one the run profile and the tests use) and configured by the project's CLI
#     scripts (legalaid-ear/src/main/wildfly: configure-server, datasource-postgresql, cluster-node,
#     shared-state): node-a with port offset 1100 (http 9180, management 11090, JGroups 8700),
#     node-b with offset 1200 (http 9280, management 11190, JGroups 8800), JGroups over TCP with a
#     static member list, the same EAR on both, the datasource a multi-host URL with
#     targetServerType=primary;
#   - HAProxy (Debian's package, installed when missing) on 127.0.0.1:9099, checking each node's
#     MicroProfile Health readiness.
#
#   mvn -o -q -DskipTests package     (the EAR: legalaid-ear/target/legalaid.ear; this script builds nothing)
#   scripts/cluster.sh start          start what is not running (creates what does not exist; a newer EAR is deployed)
#   scripts/cluster.sh status
#   scripts/cluster.sh stop           stops HAProxy, the nodes and both PostgreSQL clusters
#   scripts/cluster.sh destroy        stop, then remove the PostgreSQL clusters and target/cluster
#
# Root on Debian 12 (pg_createcluster, apt-get). Everything it makes lives under target/cluster
# (the servers, their logs, HAProxy's configuration, the generated passwords in cluster.env, mode 600)
# and in the two PostgreSQL clusters; nothing of it goes into git.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
dir="$root/target/cluster"
pgv=$(ls /usr/lib/postgresql | sort -n | tail -n 1)
primary=legalaid_primary
standby=legalaid_standby
ppg=5440
spg=5441
lb=9099
wildfly_version=$(sed -n 's:.*<version.wildfly>\(.*\)</version.wildfly>.*:\1:p' pom.xml)
pg_version=$(sed -n 's:.*<version.postgresql>\(.*\)</version.postgresql>.*:\1:p' pom.xml)
m2="${MAVEN_REPOSITORY:-$HOME/.m2/repository}"
driver="$m2/org/postgresql/postgresql/$pg_version/postgresql-$pg_version.jar"
dist="$m2/org/wildfly/wildfly-dist/$wildfly_version/wildfly-dist-$wildfly_version.zip"
ear="$root/legalaid-ear/target/legalaid.ear"
declare -A offset=([node-a]=1100 [node-b]=1200)

log() { printf '[cluster.sh %s] %s\n' "$(date -u +%H:%M:%S)" "$*"; }
secret() { head -c 18 /dev/urandom | od -An -tx1 | tr -d ' \n'; }
jboss_home() { echo "$dir/$1/wildfly-$wildfly_version"; }
http_port() { echo $((8080 + ${offset[$1]})); }
mgmt_port() { echo $((9990 + ${offset[$1]})); }
cluster_exists() { pg_lsclusters -h | awk -v v="$pgv" '$1==v {print $2}' | grep -x "$1" >/dev/null; }
cluster_online() { pg_lsclusters -h | awk -v v="$pgv" -v c="$1" '$1==v && $2==c {print $4}' | grep online >/dev/null; }
promoted() { cluster_exists "$standby" && [ ! -f "/var/lib/postgresql/$pgv/$standby/standby.signal" ]; }
running() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

wait_postgres() {
    for _ in $(seq 1 30); do
        su postgres -c "psql -p $1 -qAtc 'select 1'" >/dev/null 2>&1 && return 0
        sleep 1
    done
    log "PostgreSQL on port $1 does not answer"
    return 1
}

start_postgres() {
    if ! cluster_exists "$primary"; then
        log "creating the PostgreSQL $pgv primary $primary on 127.0.0.1:$ppg"
        pg_createcluster "$pgv" "$primary" -p "$ppg" >/dev/null
        local conf=/etc/postgresql/$pgv/$primary
        cat >> "$conf/postgresql.conf" <<CONF
# scripts/cluster.sh: loopback only, WAL for a streaming standby
listen_addresses = '127.0.0.1'
wal_level = replica
max_wal_senders = 5
max_replication_slots = 5
hot_standby = on
shared_buffers = 64MB
CONF
        echo "host replication legalaid_repl 127.0.0.1/32 scram-sha-256" >> "$conf/pg_hba.conf"
        pg_ctlcluster "$pgv" "$primary" start
        wait_postgres "$ppg"
        su postgres -c "psql -p $ppg -v ON_ERROR_STOP=1 -qAt" >/dev/null <<SQL
CREATE ROLE legalaid LOGIN PASSWORD '$LEGALAID_DB_PASSWORD';
CREATE ROLE legalaid_repl LOGIN REPLICATION PASSWORD '$REPL_PASSWORD';
CREATE DATABASE legalaid OWNER legalaid ENCODING 'UTF8' TEMPLATE template0;
SELECT pg_create_physical_replication_slot('$standby');
SQL
    elif promoted; then
        # The standby was promoted (scripts/cluster-failover.sh): starting the old primary beside it
        # would make two primaries and the nodes' URL would pick the old one first.
        log "the standby was promoted: the old primary $primary stays stopped (destroy and start make a new pair)"
    else
        cluster_online "$primary" || pg_ctlcluster "$pgv" "$primary" start
        wait_postgres "$ppg"
    fi
    if ! cluster_exists "$standby"; then
        log "creating the streaming standby $standby on 127.0.0.1:$spg (pg_basebackup -R, slot $standby)"
        pg_createcluster "$pgv" "$standby" -p "$spg" >/dev/null
        local conf=/etc/postgresql/$pgv/$standby
        cat >> "$conf/postgresql.conf" <<CONF
# scripts/cluster.sh: loopback only; a hot standby that can itself be promoted
listen_addresses = '127.0.0.1'
wal_level = replica
max_wal_senders = 5
max_replication_slots = 5
hot_standby = on
shared_buffers = 64MB
CONF
        cp "/etc/postgresql/$pgv/$primary/pg_hba.conf" "$conf/pg_hba.conf"
        local data=/var/lib/postgresql/$pgv/$standby
        rm -rf "$data" && install -d -o postgres -g postgres -m 700 "$data"
        # The password through the environment, not the command line (ps shows that); -R writes it
        # into the standby's primary_conninfo, in its data directory (postgres only).
        PGPASSWORD="$REPL_PASSWORD" runuser -u postgres -- pg_basebackup -h 127.0.0.1 -p "$ppg" -U legalaid_repl \
            -D "$data" -R -S "$standby" -X stream -c fast
    fi
    cluster_online "$standby" || pg_ctlcluster "$pgv" "$standby" start
    wait_postgres "$spg"
}

provision_node() {
    # The first node is configured by the CLI scripts; the second is a copy of it made before its
    # first start (the configuration is the same: node name and port offset are given at start).
    local node=$1 home cli="$root/legalaid-ear/src/main/wildfly"
    home=$(jboss_home "$node")
    if [ ! -d "$home" ] && [ "$node" != node-a ] && [ -f "$dir/node-a/configured" ]; then
        log "provisioning $node (a copy of node-a's configured server)"
        mkdir -p "$dir/$node"
        cp -a "$dir/node-a/pristine" "$home"
    elif [ ! -d "$home" ]; then
        log "provisioning $node (WildFly $wildfly_version, ha profile, the project's CLI scripts)"
        mkdir -p "$dir/$node"
        unzip -q "$dist" -d "$dir/$node"
        cp "$home/standalone/configuration/standalone-ha.xml" "$home/standalone/configuration/standalone.xml"
        for script in configure-server.cli datasource-postgresql.cli cluster-node.cli shared-state.cli; do
            "$home/bin/jboss-cli.sh" --file="$cli/$script" -Dpostgresql.driver.jar="$driver" >> "$dir/$node/cli.log" 2>&1 \
                || { log "$script failed on $node: see $dir/$node/cli.log"; rm -rf "$home"; exit 1; }
        done
        if [ "$node" = node-a ]; then
            rm -rf "$dir/node-a/pristine"
            cp -a "$home" "$dir/node-a/pristine"
            rm -rf "$dir/node-a/pristine/standalone/"{data,tmp,log}   # nothing of node-a's own
            touch "$dir/node-a/configured"
        fi
    fi
    # A newer EAR goes to a stopped node only (a running one would redeploy under its users), and not
    # when the failover test restarts a node it killed (CLUSTER_KEEP_EAR=1): that node must come back
    # with the EAR the other node runs, whatever a build meanwhile left in legalaid-ear/target.
    if [ -z "${CLUSTER_KEEP_EAR:-}" ] && ! running "$dir/$node.pid" && ! cmp -s "$ear" "$home/standalone/deployments/legalaid.ear"; then
        cp "$ear" "$home/standalone/deployments/legalaid.ear"
    fi
}

start_node() {
    local node=$1 home off
    home=$(jboss_home "$node")
    off=${offset[$node]}
    running "$dir/$node.pid" && return 0
    log "starting $node (port offset $off: http $(http_port "$node"), management $(mgmt_port "$node"))"
    (
        export JAVA_OPTS="-Xms256m -Xmx768m -XX:MaxMetaspaceSize=512m -Djava.net.preferIPv4Stack=true -Djboss.as.management.blocking.timeout=1200 \
 -Djava.awt.headless=true -Duser.language=zh -Duser.country=CN -Duser.timezone=Asia/Shanghai -Dfile.encoding=UTF-8"
        export LAUNCH_JBOSS_IN_BACKGROUND=1
        nohup "$home/bin/standalone.sh" -b 127.0.0.1 -bmanagement 127.0.0.1 -bprivate=127.0.0.1 \
            -Djboss.node.name="$node" -Djboss.socket.binding.port-offset="$off" >> "$dir/$node.out" 2>&1 &
        echo $! > "$dir/$node.pid"
    )
}

wait_ready() {
    local node=$1 port i
    port=$(mgmt_port "$node")
    for i in $(seq 1 300); do
        if curl -fsS "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1; then
            log "$node ready ($i s)"
            return 0
        fi
        running "$dir/$node.pid" || { log "$node stopped while starting: see $dir/$node.out"; return 1; }
        sleep 1
    done
    log "$node not ready after 300 s: see $(jboss_home "$node")/standalone/log/server.log"
    return 1
}

start_balancer() {
    command -v haproxy >/dev/null 2>&1 || {
        log "installing haproxy (Debian)"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq haproxy >/dev/null
    }
    cat > "$dir/haproxy.cfg" <<CFG
# Generated by scripts/cluster.sh. A user stays on the node that first served them (a cookie of the
# balancer's own, LBNODE); a node whose readiness check (MicroProfile Health, management port) fails
# twice, a second apart, gets no more requests, and its users go to the other node, where the
# session's copy (Infinispan, two owners) carries them on. A request whose connection is refused
# (the node just died) is sent to the other node at once: nothing of it reached the dead one.
global
    maxconn 512
defaults
    mode http
    option redispatch 1
    retries 3
    retry-on conn-failure
    timeout connect 1s
    timeout client 120s
    timeout server 120s
    timeout check 2s
frontend legalaid
    bind 127.0.0.1:$lb
    default_backend nodes
backend nodes
    balance roundrobin
    cookie LBNODE insert indirect nocache httponly
    option httpchk GET /health/ready
    http-check expect status 200
    default-server inter 1s fall 2 rise 2
    server node-a 127.0.0.1:$(http_port node-a) check port $(mgmt_port node-a) cookie a
    server node-b 127.0.0.1:$(http_port node-b) check port $(mgmt_port node-b) cookie b
CFG
    running "$dir/haproxy.pid" && return 0
    haproxy -c -q -f "$dir/haproxy.cfg"
    haproxy -f "$dir/haproxy.cfg" -D -p "$dir/haproxy.pid"
    log "HAProxy on 127.0.0.1:$lb"
}

stop_pid() {
    local f=$1 pid
    [ -f "$f" ] || return 0
    pid=$(cat "$f")
    if kill -0 "$pid" 2>/dev/null; then
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
        kill -9 "$pid" 2>/dev/null || true
    fi
    rm -f "$f"
}

case "${1:-}" in
    start)
        [ "$(id -u)" -eq 0 ] || { log "run as root (pg_createcluster, su postgres)"; exit 2; }
        [ -f "$ear" ] || { log "no $ear: build it first (mvn -o -q -DskipTests package)"; exit 2; }
        [ -f "$dist" ] || { log "no WildFly distribution at $dist: run mvn -Prun -DskipTests package once (./run.sh does)"; exit 2; }
        [ -f "$driver" ] || { log "no PostgreSQL driver at $driver"; exit 2; }
        mkdir -p "$dir"
        if [ ! -f "$dir/cluster.env" ]; then
            (
                umask 077
                {
                    echo "LEGALAID_DB_PASSWORD=$(secret)"
                    echo "REPL_PASSWORD=$(secret)"
                    echo "LEGALAID_BOOTSTRAP_ADMIN_PASSWORD=Aa1-$(secret)"
                } > "$dir/cluster.env"
            )
        fi
        set -a
        . "$dir/cluster.env"
        set +a
        export LEGALAID_DB_URL="jdbc:postgresql://127.0.0.1:$ppg,127.0.0.1:$spg/legalaid?targetServerType=primary"
        export LEGALAID_DB_USER=legalaid
        start_postgres
        provision_node node-a
        provision_node node-b
        start_node node-a
        wait_ready node-a     # the first node migrates the schema and creates the timers' rows
        start_node node-b
        wait_ready node-b
        start_balancer
        printf '\n legalaid cluster: http://127.0.0.1:%s/legalaid/login.xhtml  (node-a :%s, node-b :%s)\n' \
            "$lb" "$(http_port node-a)" "$(http_port node-b)"
        printf ' first sign-in: admin, password LEGALAID_BOOTSTRAP_ADMIN_PASSWORD in %s\n\n' "$dir/cluster.env"
        ;;
    stop)
        stop_pid "$dir/haproxy.pid"
        stop_pid "$dir/node-b.pid"
        stop_pid "$dir/node-a.pid"
        for c in "$standby" "$primary"; do
            if cluster_exists "$c" && cluster_online "$c"; then
                pg_ctlcluster "$pgv" "$c" stop -m fast || true
            fi
        done
        log "stopped"
        ;;
    destroy)
        "$0" stop
        for c in "$standby" "$primary"; do
            cluster_exists "$c" && pg_dropcluster "$pgv" "$c"
        done
        rm -rf "$dir"
        log "removed"
        ;;
    status)
        pg_lsclusters | awk -v a="$primary" -v b="$standby" 'NR==1 || $2==a || $2==b'
        if promoted; then echo "($standby was promoted: it is the primary now)"; fi
        for node in node-a node-b; do
            printf '%s (http %s): %s\n' "$node" "$(http_port "$node")" \
                "$(curl -s -m 3 "http://127.0.0.1:$(mgmt_port "$node")/health/ready" | tr -d '\n ' | cut -c1-400 || true)"
        done
        if running "$dir/haproxy.pid"; then
            echo "balancer: http://127.0.0.1:$lb/legalaid/ (haproxy pid $(cat "$dir/haproxy.pid"))"
        else
            echo "balancer: down"
        fi
        ;;
    *)
        echo "usage: $0 start|stop|status|destroy" >&2
        exit 2
        ;;
esac
