#!/usr/bin/env bash
# The compose topology without a Docker engine: PostgreSQL 15 from Debian, two application nodes
# as two JVMs on one database (Camunda's homogeneous cluster, job executor on both) and GreenMail
# as the mail catcher. Used by the cluster fault tests and by hand.
#
#   docker/cluster-local.sh start     # builds the jar if needed; nodes on 8081 and 8082, SMTP on 3025
#   docker/cluster-local.sh status
#   docker/cluster-local.sh kill 1    # SIGKILL node 1 (fault tests)
#   docker/cluster-local.sh restart 1 # start node 1 again after a kill, on the same jar and database (load test);
#                                     # returns at once, the caller watches its health
#   docker/cluster-local.sh restart-db  # restart PostgreSQL under the nodes (fault tests)
#   docker/cluster-local.sh stop
#
# Settings from the environment (the fault tests use them):
#   CLUSTER_DB          the database (capacity_award_cluster)
#   CLUSTER_FRESH=1     drop and create the database before starting
#   CLUSTER_SMTP_PORT   SMTP port the nodes send to (3025, the mail catcher's; another with CLUSTER_MAIL=external)
#   CLUSTER_MAIL=external  start no mail catcher: one already listens on CLUSTER_SMTP_PORT
#   CLUSTER_PROFILES    Spring profiles of the nodes (demo)
#   CLUSTER_ARGS        more arguments for both nodes, e.g. --capacity.mail.send-interval=PT1S
#   CLUSTER_START_WAIT  seconds a node may take to answer UP at start (120; a busy machine needs more)
#
# Run as root on the CI machine (it starts PostgreSQL with pg_ctlcluster and uses su postgres).
set -euo pipefail
cd "$(dirname "$0")/.."

DIR=target/cluster
DB=${CLUSTER_DB:-capacity_award_cluster}
PORTS=(8081 8082)
SMTP_PORT=${CLUSTER_SMTP_PORT:-3025}   # 3025: GreenMail's test setup
GREENMAIL_VERSION=2.1.13

database() {
  local version cluster
  version=$(pg_lsclusters --no-header | awk 'NR==1 {print $1}')
  cluster=$(pg_lsclusters --no-header | awk 'NR==1 {print $2}')
  pg_ctlcluster "$version" "$cluster" start >/dev/null 2>&1 || true
  for _ in $(seq 1 30); do su postgres -c "pg_isready -q" && break; sleep 1; done
  if [[ "${CLUSTER_FRESH:-}" == 1 ]]; then
    su postgres -c "psql -q -c 'DROP DATABASE IF EXISTS $DB WITH (FORCE)'" >/dev/null
  fi
  su postgres -c psql >/dev/null <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'capacity') THEN
    CREATE ROLE capacity LOGIN PASSWORD 'capacity';
  END IF;
END \$\$;
SELECT 'CREATE DATABASE $DB OWNER capacity ENCODING ''UTF8'' TEMPLATE template0'
  WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$DB')\gexec
SQL
}

jar() {
  local found
  found=$(ls target/capacity-award-*.jar 2>/dev/null | grep -v original | head -1 || true)
  if [[ -z "$found" ]]; then
    ./mvnw -B -q -DskipTests package
    found=$(ls target/capacity-award-*.jar | grep -v original | head -1)
  fi
  echo "$found"
}

mail_catcher() {
  local greenmail=$DIR/greenmail-standalone.jar
  if [[ ! -f $greenmail ]]; then
    ./mvnw -B -q dependency:copy -Dartifact=com.icegreen:greenmail-standalone:$GREENMAIL_VERSION \
      -DoutputDirectory=$DIR -Dmdep.stripVersion=true
  fi
  nohup java -Dgreenmail.setup.test.smtp -Dgreenmail.hostname=127.0.0.1 -Dgreenmail.api.port=3080 \
    -Dgreenmail.auth.disabled -jar $greenmail >$DIR/mail.log 2>&1 &
  echo $! >$DIR/mail.pid
}

# The one place the nodes' java command is written (the tuned start, docker/start.sh, may replace it).
# A node starts as production does: docker/start.sh (the CDS archive of ./mvnw package when there
# is one, the serial collector, the heap cap CAPACITY_MAX_HEAP), which execs java, so the pid file
# holds java's pid. Without target/cds it starts the plain jar that jar() made.
node_java() {
  local port=$1
  SPRING_DATASOURCE_URL=jdbc:postgresql://localhost:5432/$DB SPRING_DATASOURCE_USERNAME=capacity \
  SPRING_DATASOURCE_PASSWORD=capacity MAIL_HOST=127.0.0.1 MAIL_PORT=$SMTP_PORT \
  PUBLIC_URL=http://localhost:${PORTS[0]} \
    exec nohup docker/start.sh --server.port="$port" \
      --spring.profiles.active="${CLUSTER_PROFILES:-demo}" --capacity.demo.mail-sink.enabled=false \
      --spring.mail.host=127.0.0.1 --spring.mail.port=$SMTP_PORT \
      --camunda.bpm.job-execution.enabled=true --camunda.bpm.job-execution.deployment-aware=false \
      ${CLUSTER_ARGS:-}
}

node() {
  local n=$1 port=${PORTS[$(($1 - 1))]}
  node_java "$port" >>$DIR/node$n.log 2>&1 &
  echo $! >$DIR/node$n.pid
}

healthy() {
  curl -fs "http://localhost:$1/actuator/health" 2>/dev/null | grep -q '"status":"UP"'
}

wait_for() {
  for _ in $(seq 1 "${CLUSTER_START_WAIT:-120}"); do healthy "$1" && return 0; sleep 1; done
  echo "node on port $1 did not become healthy; see $DIR/node*.log" >&2
  return 1
}

case "${1:-}" in
  start)
    mkdir -p $DIR
    database
    jar >/dev/null
    [[ "${CLUSTER_MAIL:-}" == external ]] || mail_catcher
    node 1
    wait_for ${PORTS[0]}   # the first node creates the schema; the second joins it
    node 2
    wait_for ${PORTS[1]}
    echo "cluster up: nodes on ${PORTS[*]}, SMTP on $SMTP_PORT, database $DB"
    ;;
  status)
    for i in 1 2; do
      if healthy ${PORTS[$((i - 1))]}; then echo "node$i UP (${PORTS[$((i - 1))]})"; else echo "node$i DOWN"; fi
    done
    ;;
  kill)
    kill -9 "$(cat $DIR/node${2:?node number}.pid)"
    ;;
  restart)
    node "${2:?node number}"
    ;;
  restart-db)
    pg_ctlcluster "$(pg_lsclusters --no-header | awk 'NR==1 {print $1}')" \
      "$(pg_lsclusters --no-header | awk 'NR==1 {print $2}')" restart -m fast
    ;;
  stop)
    for f in $DIR/node1.pid $DIR/node2.pid $DIR/mail.pid; do
      if [[ -f $f ]]; then
        pid=$(cat "$f")
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
        kill -9 "$pid" 2>/dev/null || true
        rm -f "$f"
      fi
    done
    ;;
  *)
    echo "usage: $0 start|status|kill N|restart N|restart-db|stop" >&2
    exit 2
    ;;
esac
