#!/usr/bin/env bash
# Starts the packaged Capacity Award with the tuned JVM; the image's ENTRYPOINT is this script too.
#
#   ./mvnw package                     # builds the jar, its extracted form and the CDS archive
#   docker/start.sh [spring arguments...]
#   docker/start.sh --spring.profiles.active=demo --server.port=8080
#
# The JVM: the class-data-sharing archive of a training run (Spring Boot's "extract" layout,
# target/cds/), the serial collector, the C1 compiler alone, a fixed heap cap, China's time
# zone; `exec`, so that the service manager's signals (SIGTERM: orderly shutdown) reach java
# itself. Without the archive it says so and starts the extracted jar, or failing that the plain
# jar, without it.
#
#   docker/start.sh --cds-training     # makes the archive: run by ./mvnw package and the image build
#
# The training run starts the application on a private in-memory H2 database, with no port, no
# mail and the demo profile (its classes are loaded too), and stops once the context is refreshed
# (-Dspring.context.exit=onRefresh); the JVM then writes the classes it loaded into the archive.
# The archive holds only for this JVM and these jar files at this path: a rebuild (./mvnw
# package) makes a new one; the JVM ignores an archive that does not match, with a warning.
#
# Environment:
#   CAPACITY_MAX_HEAP    the heap cap, -Xmx (default 256m); the application holds about 90 MB after GC
#   CAPACITY_JAVA_OPTS   more JVM options, after ours (e.g. -Xlog:cds to see the archive used)
#   CAPACITY_APP_DIR     the extracted application: its jar, lib/ and the archive (default target/cds)
#   JAVA_HOME            the JVM to use (default: java on the PATH); training and start must use the same
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
APP_DIR=${CAPACITY_APP_DIR:-$ROOT/target/cds}
ARCHIVE=$APP_DIR/capacity-award.jsa
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java

say() {
  echo "start.sh: $*" >&2
}

# The application jar of the extracted layout (the one jar beside lib/), or nothing.
extracted_jar() {
  local jars=("$APP_DIR"/capacity-award-*.jar)
  [[ -f "${jars[0]}" && -d "$APP_DIR/lib" ]] && echo "${jars[0]}"
}

# jdk.nio.maxCachedBufferSize: without it every thread that once wrote a 10 MB upload to the
# database keeps a 10 MB native buffer for good (node RSS 690 MB after 20 uploads at once).
# TieredStopAtLevel=1, the C1 compiler alone: on two cores the optimising compiler (C2) took half
# the start's CPU and never paid it back under the office's load (docs/benchmarks.md, "C1 alone");
# CAPACITY_JAVA_OPTS=-XX:TieredStopAtLevel=4 gives it back.
jvm_options=(-XX:+UseSerialGC "-Xmx${CAPACITY_MAX_HEAP:-256m}" -XX:TieredStopAtLevel=1
  -Djdk.nio.maxCachedBufferSize=262144 -Duser.timezone=Asia/Shanghai)

if [[ "${1:-}" == --cds-training ]]; then
  jar=$(extracted_jar) || { say "no extracted application in $APP_DIR (java -Djarmode=tools -jar <jar> extract)"; exit 1; }
  rm -f "$ARCHIVE"
  # shellcheck disable=SC2086 # CAPACITY_JAVA_OPTS is a list of options
  exec "$JAVA" "${jvm_options[@]}" ${CAPACITY_JAVA_OPTS:-} \
    -XX:ArchiveClassesAtExit="$ARCHIVE" -Dspring.context.exit=onRefresh -jar "$jar" \
    --spring.profiles.active=demo \
    "--spring.datasource.url=jdbc:h2:mem:cds-training;DB_CLOSE_DELAY=-1" \
    --spring.datasource.username=sa --spring.datasource.password= \
    --server.port=0 --management.server.port= --capacity.demo.mail-sink.enabled=false
fi

# The plain jar of a build newer than the extracted application (./mvnw package -DskipCds after an
# earlier package): the extracted one is out of date, so the plain jar starts, without the archive.
newer_plain_jar() {
  local plain
  plain=$(ls "$ROOT"/target/capacity-award-*.jar 2>/dev/null | grep -v '\.original$' | head -1 || true)
  [[ -n "$plain" && "$plain" -nt "$1" ]] && echo "$plain"
}

if jar=$(extracted_jar) && newer=$(newer_plain_jar "$jar"); then
  say "the extracted application in $APP_DIR is older than $newer: starting that jar without a CDS archive"
  jar=$newer
elif jar=$(extracted_jar); then
  if [[ -f "$ARCHIVE" ]]; then
    jvm_options+=(-XX:SharedArchiveFile="$ARCHIVE")
  else
    say "no CDS archive at $ARCHIVE: starting without it (./mvnw package makes it)"
  fi
else
  plain=$(ls "$ROOT"/target/capacity-award-*.jar 2>/dev/null | grep -v '\.original$' | head -1 || true)
  if [[ -z "$plain" ]]; then
    say "no packaged application in $APP_DIR or $ROOT/target: run ./mvnw package first"
    exit 1
  fi
  say "no extracted application in $APP_DIR: starting the plain jar $plain without a CDS archive"
  jar=$plain
fi

# shellcheck disable=SC2086 # CAPACITY_JAVA_OPTS is a list of options
exec "$JAVA" "${jvm_options[@]}" ${CAPACITY_JAVA_OPTS:-} -jar "$jar" "$@"
