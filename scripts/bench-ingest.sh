#!/usr/bin/env bash
# Ingest benchmark (not a test): builds release binaries, generates synthetic corpora of 10,000 and
# 100,000 ~5 KB articles (outside the repository), and ingests each into a fresh database several
# times. Reports the median wall time, articles/s, MB/s and peak memory (max RSS from /usr/bin/time -v).
#
#   scripts/bench-ingest.sh [RUNS] [SIZES...]      default: 3 runs of 10000 and 100000
#   BENCH_DIR=/tmp/onrecord-bench SEED=1 scripts/bench-ingest.sh 5 10000
#
# Corpora are kept in $BENCH_DIR between invocations (same seed, same bytes), databases are removed.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
shift || true
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(10000 100000)
dir=${BENCH_DIR:-/tmp/onrecord-bench}
seed=${SEED:-1}
mkdir -p "$dir"

echo "building release binaries..." >&2
# Built as README's install line builds onrecord (and as scripts/bench-queries.sh does, so one build
# serves both benchmarks).
build=(swift build -c release --static-swift-stdlib)
"${build[@]}" --product onrecord >&2
"${build[@]}" --product onrecord-corpus >&2
bin=$("${build[@]}" --show-bin-path)

cpu=$(grep -m1 "model name" /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
cores=$(grep -c ^processor /proc/cpuinfo)
echo "hardware: $cpu, $cores logical CPUs, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo) RAM"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "sqlite: $(sqlite3 --version 2>/dev/null | cut -d' ' -f1 || echo unknown), swift: $(swift --version 2>/dev/null | head -1)"

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

for size in "${sizes[@]}"; do
    corpus="$dir/corpus-$size-seed$seed"
    if [ ! -f "$corpus/.complete" ]; then
        rm -rf "$corpus"
        "$bin/onrecord-corpus" "$corpus" "$size" --seed "$seed"
        touch "$corpus/.complete"
    fi
    bytes=$(find "$corpus" -type f ! -name .complete -printf '%s\n' | awk '{s+=$1} END {print s}')
    walls=()
    rsss=()
    for run in $(seq 1 "$runs"); do
        db="$dir/bench-$size.sqlite"
        rm -f "$db" "$db-wal" "$db-shm"
        sync
        log="$dir/run-$size-$run.log"
        /usr/bin/time -v "$bin/onrecord" ingest --quiet --db "$db" "$corpus" 2> "$log" || {
            echo "run $run failed; see $log" >&2
            exit 1
        }
        wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$log")
        rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
        cpu_s=$(awk -F': ' '/User time|System time/ {s+=$2} END {print s}' "$log")
        docs=$(sqlite3 "$db" "SELECT count(*) FROM documents" 2>/dev/null || echo "?")
        printf 'size %d run %d: %.2f s wall, %.2f s CPU, %d articles/s, %d KB max RSS, %s documents\n' \
            "$size" "$run" "$wall" "$cpu_s" "$(awk -v n="$size" -v w="$wall" 'BEGIN {print int(n / w)}')" "$rss" "$docs"
        walls+=("$wall")
        rsss+=("$rss")
    done
    med=$(printf '%s\n' "${walls[@]}" | median)
    med_rss=$(printf '%s\n' "${rsss[@]}" | median)
    awk -v n="$size" -v b="$bytes" -v w="$med" -v r="$med_rss" -v runs="$runs" 'BEGIN {
        printf "RESULT %d articles (%.1f MB): median of %d runs %.2f s, %.0f articles/s, %.2f MB/s, peak RSS %.1f MB\n",
            n, b / 1e6, runs, w, n / w, b / 1e6 / w, r / 1024 }'
    rm -f "$dir/bench-$size.sqlite" "$dir/bench-$size.sqlite-wal" "$dir/bench-$size.sqlite-shm"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
