#!/usr/bin/env bash
# Parse the bundled samples to JSON and score them against ../shared/gold.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
for f in data/raw/*.txt; do
  .venv/bin/python -m pipelines parse --format json "$f" > "$out/$(basename "$f" .txt).json" || true
done
python3 ../shared/eval/score.py --gold ../shared/gold --pred "$out" "$@"
rm -rf "$out"
