#!/usr/bin/env bash
# Runs the serde benchmarks (every contender x shape x operation) in a short configuration that finishes in about
# 16 minutes on 2 cores, and prints one table: ops/s, bytes allocated per op, and the ratio of each to Jackson 3.
#
#   benchmarks/run.sh                       the short configuration
#   benchmarks/run.sh -f 2 -wi 5 -i 10      other JMH options instead of the short configuration's
#   benchmarks/run.sh avro [options]        instead: the Avro codec against Apache Avro's specific and reflect paths
#                                           (about 1.5 minutes), one table of ops/s and ratios
#   benchmarks/run.sh publisher [options]   instead: EventPublisher.publish against a plain KafkaProducer with
#                                           Jackson 3 on an embedded broker (about 10 minutes), one table of events/s
#
# Builds runtime, processor and this module first when the uber jar is missing or older than a source of theirs
# (SKIP_BUILD=1: only when it is missing). JMH's JSON result is left in
# benchmarks/target/jmh-result.json and its console output in benchmarks/target/jmh.log.
set -euo pipefail

cd "$(dirname "$0")/.."
jar=benchmarks/target/benchmarks.jar
result=benchmarks/target/jmh-result.json
log=benchmarks/target/jmh.log

if [[ ! -f $jar ]] || [[ -z ${SKIP_BUILD:-} && -n $(find pom.xml runtime/pom.xml runtime/src processor/pom.xml processor/src benchmarks/pom.xml \
    benchmarks/src -newer "$jar" -type f -print -quit) ]]; then
  echo "building $jar ..."
  mvn -B -q install -Dmaven.test.skip=true -Dspotless.check.skip=true -pl runtime,processor
  mvn -B -q package -Dspotless.check.skip=true -pl benchmarks
fi

if [[ ${1:-} == avro ]]; then
  shift
  # 6 benchmarks (3 contenders x 2 operations), each in its own fork: about 1.5 minutes in all.
  if [[ $# -gt 0 ]]; then
    options=("$@")
  else
    options=(-f 1 -wi 4 -w 2s -i 4 -r 2s)
  fi
  result=benchmarks/target/jmh-avro-result.json
  log=benchmarks/target/jmh-avro.log
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), load average at start:$(cut -d' ' -f1-3 /proc/loadavg | sed 's/^/ /')"
  echo "java:    $(java -version 2>&1 | head -1)"
  echo "date:    $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "jmh:     ${options[*]} -prof gc"
  echo
  mkdir -p "$(dirname "$result")"
  java -jar "$jar" 'dev.eventrecords.benchmarks.AvroBenchmark' "${options[@]}" -prof gc -rf json -rff "$result" \
    | tee "$log" \
    | awk '/^# Benchmark:/ { sub(/.*\./, "", $3); name = $3 } /^# Parameters:/ { sub(/^# Parameters: /, ""); print "running", name, $0; fflush() }'
  echo
  echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  java -cp "$jar" dev.eventrecords.benchmarks.AvroTable "$result"
  exit 0
fi

if [[ ${1:-} == publisher ]]; then
  shift
  # 6 benchmarks (3 senders x 2 shapes), each in its own fork with its own broker: 40 s of warm-up (the producer's
  # and the broker's code warm up together; 15 s was too little on a loaded machine), 50 s measured and about 8 s of
  # JVM start, broker start and setup: about 10 minutes in all.
  if [[ $# -gt 0 ]]; then
    options=("$@")
  else
    options=(-f 1 -wi 4 -w 10s -i 5 -r 10s)
  fi
  result=benchmarks/target/jmh-publisher-result.json
  log=benchmarks/target/jmh-publisher.log
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), load average at start:$(cut -d' ' -f1-3 /proc/loadavg | sed 's/^/ /')"
  echo "java:    $(java -version 2>&1 | head -1)"
  echo "date:    $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "jmh:     ${options[*]}"
  echo
  mkdir -p "$(dirname "$result")"
  java -jar "$jar" 'dev.eventrecords.benchmarks.PublisherBenchmark' "${options[@]}" -rf json -rff "$result" \
    | tee "$log" \
    | awk '/^# Parameters:/ { sub(/^# Parameters: /, ""); print "running", $0; fflush() }'
  echo
  echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  java -Dslf4j.internal.verbosity=ERROR -cp "$jar" dev.eventrecords.benchmarks.PublisherTable "$result"
  exit 0
fi

# 60 benchmarks (6 contenders x 5 shapes x 2 operations), each in its own fork: 8 s of warm-up (enough for C2 on
# a quiet machine, and then some), 4 s measured and about 4 s of JVM start and setup: about 16 minutes in all;
# -p shape=small,medium restricts it.
if [[ $# -gt 0 ]]; then
  options=("$@")
else
  options=(-f 1 -wi 4 -w 2s -i 4 -r 1s)
fi

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), load average at start:$(cut -d' ' -f1-3 /proc/loadavg | sed 's/^/ /')"
echo "java:    $(java -version 2>&1 | head -1)"
echo "date:    $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "jmh:     ${options[*]} -prof gc"
echo
echo "Equivalence with Jackson 3 (also checked at the start of every benchmark):"
java -cp "$jar" dev.eventrecords.benchmarks.Equivalence
echo

mkdir -p "$(dirname "$result")"
java -jar "$jar" 'dev.eventrecords.benchmarks.SerdeBenchmark' "${options[@]}" -prof gc -rf json -rff "$result" \
  | tee "$log" \
  | awk '/^# Benchmark:/ { sub(/.*\./, "", $3); name = $3 } /^# Parameters:/ { sub(/^# Parameters: /, ""); print "running", name, $0; fflush() }'
echo
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
java -cp "$jar" dev.eventrecords.benchmarks.ResultTable "$result"
