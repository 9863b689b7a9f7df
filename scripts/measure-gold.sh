#!/bin/sh
# Measures theme tagging on the gold sets (see ../shared/gold/README.md), from
# `palabre analyze` output: default-dev with the default themes, and each real thread with
# the theme file written for its article. Usage: scripts/measure-gold.sh [PALABRE [GOLD_DIR]]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
palabre=${1:-"$here/../build/palabre"}
gold=${2:-"$here/../../shared/gold"}
python3 "$here/measure-gold.py" "$palabre" "$gold/default-dev.jsonl" --themes default
for thread in "$gold"/threads/*.jsonl; do
  page=$(basename "$thread" .jsonl)
  python3 "$here/measure-gold.py" "$palabre" "$thread" --themes "$gold/themes/$page.json"
done
