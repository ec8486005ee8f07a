#!/usr/bin/env bash
# Query benchmark (not a test): builds databases of generated statements and reports median latency of
# timeline, search (word, phrase, prefix) and origin, and CSV export throughput, next to the same query
# run by the sqlite3 shell on the same file. Figures go in docs/performance.md ("Queries").
#
# Usage: scripts/bench-queries.sh [SIZES] [RUNS]
#   SIZES  statement counts, default "100000 1000000"
#   RUNS   runs per query (the median is reported), default 11; exports run 3 times
# Databases are kept in $BENCH_DIR (default /tmp/onrecord-querybench) and reused when present;
# delete them to regenerate. Needs python3 (generator) and sqlite3 (schema and baseline).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
sizes=${1:-"100000 1000000"}
runs=${2:-11}
dir=${BENCH_DIR:-/tmp/onrecord-querybench}
mkdir -p "$dir"

# Built as README's "Install" section builds onrecord for daily use: the Swift runtime linked in, so each
# command starts without binding the Swift shared libraries (about 6 ms of every query).
build=(swift build -c release --static-swift-stdlib)
"${build[@]}" --product onrecord >&2
"${build[@]}" --product onrecord-querybench >&2
bin=$("${build[@]}" --show-bin-path)
onrecord=$bin/onrecord
querybench=$bin/onrecord-querybench

# Median wall time in milliseconds of RUNS runs of a command (stdout and stderr discarded).
median_ms() {
    local n=$1
    shift
    local times=()
    "$@" >/dev/null 2>&1 || true  # warm-up: the page cache, as for a user's second query
    for _ in $(seq "$n"); do
        local start end
        start=$(date +%s%N)
        "$@" >/dev/null 2>&1
        end=$(date +%s%N)
        times+=($(((end - start) / 1000)))
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { printf "%.1f", a[int((NR + 1) / 2)] / 1000 }'
}

# Median CPU time (user + system) in milliseconds of RUNS runs: on a shared machine, wall time also counts
# waiting for a core and for disk writeback, which say nothing about the program.
median_cpu_ms() {
    local n=$1
    shift
    local times=()
    for _ in $(seq "$n"); do
        times+=($(/usr/bin/time -f '%U %S' "$@" 2>&1 >/dev/null | tail -1 | awk '{ printf "%d", ($1 + $2) * 1000 }'))
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'
}

row() { printf '| %-44s | %10s | %10s | %s\n' "$1" "$2" "$3" "$4"; }

echo "# bench-queries $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores ($(lscpu | sed -n 's/^Model name: *//p' | head -1)), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# SQLite $(sqlite3 --version | cut -d' ' -f1), $runs runs per query (median), exports 3 runs"
for size in $sizes; do
    db=$dir/q$size.sqlite
    if [[ ! -f $db ]]; then
        echo "# generating $db ..." >&2
        rm -f "$db" "$db-wal" "$db-shm"
        sqlite3 "$db" <"$root/schema.sql"
        python3 "$root/scripts/querybench-generate.py" "$db" "$size"
        start=$(date +%s%N)
        "$onrecord" topics add negotiations --match 'talks OR negotiat* OR ceasefire' --db "$db" >/dev/null
        echo "# topics add (tags every statement): $((($(date +%s%N) - start) / 1000000)) ms" >&2
    fi
    export ONRECORD_DB=$db
    actor="Helena Castell"
    actor_id=$(sqlite3 "$db" "SELECT id FROM actors WHERE name = '$actor'")
    # A quote that several generated outlets carried (the first 100,000 rows are the same at every size).
    quote=$(sqlite3 "$db" "SELECT text FROM statements WHERE id <= 100000 GROUP BY text HAVING count(*) >= 3 ORDER BY count(*) DESC, text LIMIT 1")
    bytes=$(stat -c %s "$db")
    echo
    echo "## $size statements ($(sqlite3 "$db" "SELECT count(*) FROM documents") documents, $((bytes / 1048576)) MiB)"
    echo
    row "query" "onrecord" "sqlite3" "command"
    row "---" "---:" "---:" "---"
    row "process start (onrecord --version)" "$(median_ms "$runs" "$onrecord" --version)" "$(median_ms "$runs" sqlite3 "$db" "SELECT 1")" ""
    view="SELECT v.id, v.stated_on, v.actor, v.kind, v.cue, v.text, v.outlet, v.url FROM statement_view v"
    row "timeline, page of 50" \
        "$(median_ms "$runs" "$onrecord" timeline "$actor" --since 2023-06-01 --limit 50 -f csv)" \
        "$(median_ms "$runs" sqlite3 -csv "$db" "$view JOIN statements s ON s.id = v.id WHERE s.actor_id = $actor_id AND s.status = 'active' AND s.stated_on >= '2023-06-01' ORDER BY s.stated_on, s.id LIMIT 50")" \
        "timeline '$actor' --since 2023-06-01 --limit 50"
    row "timeline, topic since Oct 2024, by month" \
        "$(median_ms "$runs" "$onrecord" timeline "$actor" --topic negotiations --since 2024-10-01 --by month -f csv)" \
        "$(median_ms "$runs" sqlite3 -csv "$db" "$view JOIN statements s ON s.id = v.id WHERE s.actor_id = $actor_id AND s.status = 'active' AND s.stated_on >= '2024-10-01' AND EXISTS (SELECT 1 FROM statement_topics st WHERE st.topic_id = 1 AND st.statement_id = s.id) ORDER BY s.stated_on, s.id")" \
        "timeline '$actor' --topic negotiations --since 2024-10-01 --by month"
    for query in "ceasefire" "bruhombru"; do
        row "search word ($query)" \
            "$(median_ms "$runs" "$onrecord" search "$query" -f csv)" \
            "$(median_ms "$runs" sqlite3 -csv "$db" "$view JOIN statements_fts f ON f.rowid = v.id WHERE statements_fts MATCH '$query' ORDER BY f.rank LIMIT 50")" \
            "search $query"
    done
    row 'search phrase ("peace talks")' \
        "$(median_ms "$runs" "$onrecord" search --fts '"peace talks"' -f csv)" \
        "$(median_ms "$runs" sqlite3 -csv "$db" "$view JOIN statements_fts f ON f.rowid = v.id WHERE statements_fts MATCH '\"peace talks\"' ORDER BY f.rank LIMIT 50")" \
        "search --fts '\"peace talks\"'"
    row "search prefix (negotiat*)" \
        "$(median_ms "$runs" "$onrecord" search --fts 'negotiat*' -f csv)" \
        "$(median_ms "$runs" sqlite3 -csv "$db" "$view JOIN statements_fts f ON f.rowid = v.id WHERE statements_fts MATCH 'negotiat*' ORDER BY f.rank LIMIT 50")" \
        "search --fts 'negotiat*'"
    words=$(echo "$quote" | cut -d' ' -f1-12 | tr -cd 'A-Za-z ')
    row "origin (quote carried by 12 outlets)" \
        "$(median_ms "$runs" "$onrecord" origin "$quote" -f csv)" \
        "$(median_ms "$runs" sqlite3 -csv "$db" "$view JOIN statements_fts f ON f.rowid = v.id WHERE statements_fts MATCH '\"$(echo "$quote" | tr -cd 'A-Za-z ')\"' ORDER BY v.published_at")" \
        "origin \"$words…\""
    # Export: all rows, CSV, to a file; throughput in rows/s.
    rows=$(sqlite3 "$db" "SELECT count(*) FROM statements WHERE status = 'active'")
    ms=$(median_ms 3 "$onrecord" export -o "$dir/export.csv")
    base=$(median_ms 3 sqlite3 -csv -header -cmd ".output $dir/export-sqlite3.csv" "$db" "SELECT * FROM statement_view ORDER BY stated_on, id")
    cpu=$(median_cpu_ms 3 "$onrecord" export -o "$dir/export.csv")
    base_cpu=$(median_cpu_ms 3 sqlite3 -csv -header -cmd ".output $dir/export-sqlite3.csv" "$db" "SELECT * FROM statement_view ORDER BY stated_on, id")
    rate() { awk -v r="$rows" -v t="$1" 'BEGIN { printf "%d", r / (t / 1000) }'; }
    row "export CSV, all rows, wall (ms)" "$ms" "$base" "export -o FILE"
    row "export CSV, all rows, CPU (ms)" "$cpu" "$base_cpu" "user + system time"
    row "export CSV throughput, wall (rows/s)" "$(rate "$ms")" "$(rate "$base")" "$rows rows, $(($(stat -c %s "$dir/export.csv") / 1048576)) MiB"
    row "export CSV throughput, CPU (rows/s)" "$(rate "$cpu")" "$(rate "$base_cpu")" "rows per CPU second"
    echo
    echo "In process (onrecord-querybench: query API only, no process start or output), median of $runs:"
    echo '```'
    "$querybench" "$db" "$runs" "$actor" "$quote"
    echo '```'
done
