#!/usr/bin/env bash
# Measures the extraction engine against the shared evaluation data:
#   1. direct quotes on PolNeAR dev (gold direct+mixed vs predicted direct, speaker mentions)
#   2. all statements on PolNeAR dev (speaker mentions)
#   3. the seed article with resolved actors
# The data lives outside the repository (../shared); without it the script skips and exits 0.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED="${ONRECORD_SHARED:-../shared}"
if [ ! -f "$SHARED/eval/score.py" ] || [ ! -f "$SHARED/eval/polnear/dev.jsonl" ]; then
    echo "eval: $SHARED/eval not found; skipping (nothing to measure)"
    exit 0
fi
OUT="${TMPDIR:-/tmp}/onrecord-eval.$$"
mkdir -p "$OUT"
trap 'rm -rf "$OUT"' EXIT

swift build -c release --product onrecord-bench >&2
BENCH="$(swift build -c release --show-bin-path)/onrecord-bench"
SCORE="python3 $SHARED/eval/score.py"
DEV="$SHARED/eval/polnear/dev.jsonl"

"$BENCH" extract-jsonl "$DEV" > "$OUT/pred-dev.jsonl"

echo "== 1. direct quotes (PolNeAR dev; gold direct+mixed, predicted direct) — targets span F1 >= 0.92, e2e F1 >= 0.85"
$SCORE "$DEV" "$OUT/pred-dev.jsonl" --gold-kinds direct,mixed --pred-kinds direct --pred-speaker speaker_mention
echo
echo "== 2. all statements (PolNeAR dev) — target e2e F1 >= 0.55"
$SCORE "$DEV" "$OUT/pred-dev.jsonl" --pred-speaker speaker_mention
echo
SEED="$SHARED/seed/zelensky-talks.gold.jsonl"
if [ -f "$SEED" ]; then
    "$BENCH" extract-jsonl "$SEED" > "$OUT/pred-seed.jsonl"
    echo "== 3. seed article, resolved actors — target 7/7"
    $SCORE "$SEED" "$OUT/pred-seed.jsonl" --gold-speaker actor --pred-speaker speaker
else
    echo "== 3. seed article: $SEED not found; skipped"
fi
