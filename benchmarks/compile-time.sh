#!/usr/bin/env bash
# Measures what the processor costs a build. Generates a project of 500 varied @Event records (nested records,
# lists, sets, maps, optionals, enums, java.time values) and compiles it with javac, the same JVM flags each time,
# RUNS times per configuration (interleaved, after one unmeasured warm-up), and prints the median wall time of:
#   (a) plain javac, no processors (-proc:none)
#   (b) javac -proc:only with our processor: the processor's own cost
#   (c) full javac with our processor: the generated serdes, key extractors and bindings compiled too
#   (d) full javac with avaje-jsonb's generator, for the same records annotated @Json instead
#   (e) javac -proc:only with avaje-jsonb's generator: its processor's own cost
#   (f) javac -proc:only with a processor that only writes the files (b) writes, each with trivial content: what javac
#       charges for the number of files alone, the floor under (b)
#   (g) javac -proc:only with that processor writing nothing: what -proc:only costs before any processor's work
#
#   benchmarks/compile-time.sh [events] [runs]      defaults: 500 events, 3 runs
#
# Classpaths come from `mvn dependency:build-classpath`; the project is written under benchmarks/target/compile-time.
# Builds as run.sh does first (SKIP_BUILD=1: only when the uber jar is missing).
set -euo pipefail

cd "$(dirname "$0")/.."
events=${1:-500}
runs=${2:-3}
jar=benchmarks/target/benchmarks.jar
work=benchmarks/target/compile-time
version=$(sed -n 's:^  <version>\(.*\)</version>.*:\1:p' pom.xml | head -1)
avaje_version=$(sed -n 's:.*<avaje-jsonb.version>\(.*\)</avaje-jsonb.version>.*:\1:p' benchmarks/pom.xml)
# The same for every configuration; javac runs in a fresh JVM each time, as a build's javac does.
jvm_flags=(-J-Xms1g -J-Xmx2g -J-XX:+UseParallelGC)
javac_flags=(--release 17 -encoding UTF-8 -nowarn -Xlint:none -implicit:none)

if [[ ! -f $jar ]] || [[ -z ${SKIP_BUILD:-} && -n $(find pom.xml runtime/src processor/src benchmarks/pom.xml benchmarks/src -newer "$jar" \
    -type f -print -quit) ]]; then
  echo "building $jar ..."
  mvn -B -q install -Dmaven.test.skip=true -Dspotless.check.skip=true -pl runtime,processor
  mvn -B -q package -Dspotless.check.skip=true -pl benchmarks
fi

rm -rf "$work"
mkdir -p "$work"

classpath() { # groupId artifactId version -> the artifact and its runtime dependencies
  local file="$work/cp-$2.txt"
  mvn -B -q -Dstyle.color=never -f benchmarks/compile-time/classpath.xml \
    org.apache.maven.plugins:maven-dependency-plugin:3.9.0:build-classpath \
    -Dcp.groupId="$1" -Dcp.artifactId="$2" -Dcp.version="$3" \
    -Dmdep.includeScope=runtime -Dmdep.outputFile="$PWD/$file" > "$work/mvn-$2.log" 2>&1 \
    || { cat "$work/mvn-$2.log" >&2; exit 1; }
  # Copies of the jars, so that an `mvn install` running beside this script cannot change them between runs.
  local lib="$work/lib/$2" copies=() jar
  mkdir -p "$lib"
  IFS=: read -r -a jars < "$file"
  for jar in "${jars[@]}"; do
    cp "$jar" "$lib/"
    copies+=("$PWD/$lib/$(basename "$jar")")
  done
  (IFS=:; echo "${copies[*]}")
}
echo "resolving classpaths ..."
runtime_cp=$(classpath dev.eventrecords eventrecords-runtime "$version")
processor_cp=$(classpath dev.eventrecords eventrecords-processor "$version")
avaje_cp=$(classpath io.avaje avaje-jsonb "$avaje_version")
avaje_generator_cp=$(classpath io.avaje avaje-jsonb-generator "$avaje_version")
mkdir -p "$work/lib/same-files" # (f)'s processor: this module's own classes, copied as the jars are
cp benchmarks/target/eventrecords-benchmarks-"$version".jar "$work/lib/same-files/"
same_files_cp="$PWD/$work/lib/same-files/eventrecords-benchmarks-$version.jar"

java -cp "$jar" dev.eventrecords.benchmarks.compiletime.EventProjectGenerator "$work/src" "$events"
find "$work/src/event" -name '*.java' | sort > "$work/event-sources.txt"
find "$work/src/json" -name '*.java' | sort > "$work/json-sources.txt"

compile() { # configuration -> compiles it into a fresh directory, prints the wall time and javac's CPU time in ms
  local out="$work/out-$1"
  rm -rf "$out"
  mkdir -p "$out/classes" "$out/generated"
  local args
  case $1 in
    a) args=(-proc:none -cp "$runtime_cp" @"$work/event-sources.txt") ;;
    b) args=(-proc:only -processorpath "$processor_cp" -cp "$runtime_cp" @"$work/event-sources.txt") ;;
    c) args=(-processorpath "$processor_cp" -cp "$runtime_cp" @"$work/event-sources.txt") ;;
    d) args=(-processorpath "$avaje_generator_cp" -cp "$avaje_cp" @"$work/json-sources.txt") ;;
    e) args=(-proc:only -processorpath "$avaje_generator_cp" -cp "$avaje_cp" @"$work/json-sources.txt") ;;
    f) args=(-proc:only -processorpath "$same_files_cp" -processor dev.eventrecords.benchmarks.compiletime.SameFilesProcessor
         -Aeventrecords.benchmark.files="$work/files-b.txt" -cp "$runtime_cp" @"$work/event-sources.txt") ;;
    g) args=(-proc:only -processorpath "$same_files_cp" -processor dev.eventrecords.benchmarks.compiletime.SameFilesProcessor
         -Aeventrecords.benchmark.files=/dev/null -cp "$runtime_cp" @"$work/event-sources.txt") ;;
  esac
  local start end
  start=$(date +%s%N)
  if ! javac "${jvm_flags[@]}" "${javac_flags[@]}" -d "$out/classes" -s "$out/generated" "${args[@]}" \
      > "$out/javac.log" 2>&1; then
    echo "configuration ($1) failed to compile; see $out/javac.log:" >&2
    head -30 "$out/javac.log" >&2
    exit 1
  fi
  end=$(date +%s%N)
  # This function runs in a subshell of its own, so the children's times are javac's (user + system, all threads).
  times > "$out/times"
  local cpu
  cpu=$(tail -1 "$out/times" | awk '{ n = 0; for (i = 1; i <= 2; i++) { split($i, p, /[ms]/); n += p[1] * 60 + p[2] }
    printf "%d", n * 1000 }')
  echo "$(((end - start) / 1000000)) $cpu"
}

median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

echo "warm-up (not measured) ..."
compile a > /dev/null
compile b > /dev/null
{ # what (b) wrote, for (f): its sources by class name, its other files by path
  (cd "$work/out-b/generated" && find . -name '*.java' | sed 's:^\./::; s:\.java$::; s:/:.:g; s:^:source :')
  (cd "$work/out-b/classes" && find . -type f ! -name '*.class' | sed 's:^\./::; s:^:resource :')
} | sort > "$work/files-b.txt"
declare -A times cpus
for ((run = 1; run <= runs; run++)); do
  for config in a g b e f c d; do
    read -r ms cpu < <(compile $config) || true
    [[ -n ${cpu:-} ]] || exit 1 # compile has said why
    times[$config]="${times[$config]:-} $ms"
    cpus[$config]="${cpus[$config]:-} $cpu"
    echo "run $run ($config): $ms ms wall, $cpu ms CPU"
  done
done

count() { find "$work/out-$1/$2" -name "*.$3" | wc -l; }
echo
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $(javac -version 2>&1); JVM flags: ${jvm_flags[*]}"
echo "project: $events @Event records, $(wc -l < "$work/event-sources.txt") source files"
echo
row() { # configuration label
  local wall cpu
  wall=$(median ${times[$1]})
  cpu=$(median ${cpus[$1]})
  printf '%-62s %9s %6s %9s %6s  %s\n' "$2" "$wall" "$(awk -v x="$wall" -v y="$(median ${times[a]})" 'BEGIN { printf "%.2f", x / y }')" \
    "$cpu" "$(awk -v x="$cpu" -v y="$(median ${cpus[a]})" 'BEGIN { printf "%.2f", x / y }')" "${times[$1]# }"
}
printf '%-62s %9s %6s %9s %6s  %s\n' "configuration" "wall ms" "x (a)" "CPU ms" "x (a)" "wall ms of each run"
row a "(a) javac, no processors"
row b "(b) javac -proc:only, our processor ($(count b generated java) files generated)"
row c "(c) javac, our processor ($(count c classes class) classes)"
row d "(d) javac, avaje-jsonb generator ($(count d classes class) classes)"
row e "(e) javac -proc:only, avaje-jsonb generator ($(count e generated java) files generated)"
row f "(f) javac -proc:only, only (b)'s $(wc -l < "$work/files-b.txt") files, trivial content"
row g "(g) javac -proc:only, a processor that writes nothing"
echo "(medians of $runs runs; CPU = user + system time of javac's JVM, less disturbed than wall time by other load)"
a=$(median ${times[a]}); b=$(median ${times[b]}); c=$(median ${times[c]}); d=$(median ${times[d]}); e=$(median ${times[e]})
f=$(median ${times[f]}); g=$(median ${times[g]})
echo
echo "generated files per event: ours $(awk -v n="$(count b generated java)" -v e="$events" 'BEGIN { printf "%.2f", n / e }')," \
  "avaje-jsonb's $(awk -v n="$(count e generated java)" -v e="$events" 'BEGIN { printf "%.2f", n / e }')"
echo "the four figures (wall ms): processor alone ours $b, avaje-jsonb $e ($(awk -v x="$b" -v y="$e" 'BEGIN { printf "%.2f", x / y }')x);" \
  "full build ours $c, avaje-jsonb $d ($(awk -v x="$c" -v y="$d" 'BEGIN { printf "%.2f", x / y }')x)"
echo "over (g), wall ms: writing (b)'s files alone (f) $((f - g)), avaje-jsonb's processor (e) $((e - g)), ours (b) $((b - g))"
echo "targets (issue 12), on wall time: (b) <= (e): $(awk -v b="$b" -v e="$e" 'BEGIN { print (b <= e ? "met" : "not met") }');" \
  "(c) <= (d): $(awk -v c="$c" -v d="$d" 'BEGIN { print (c <= d ? "met" : "not met") }')"
