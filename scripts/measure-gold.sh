#!/bin/sh
# Measures theme tagging on the gold sets (see ../shared/gold/README.md), from
# `palabre analyze` output: default-dev with the default themes, and each real thread with
# the theme file written for its article. Where the shared gold sets are not beside the
# clone, it measures the labelled comments the repository ships (tests/accuracy/), so that
# a fresh clone can run it too.
# Usage: scripts/measure-gold.sh [PALABRE [GOLD_DIR]]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
palabre=${1:-"$root/build/palabre"}
gold=${2:-"$root/../shared/gold"}

if [ ! -x "$palabre" ]; then
  echo "measure-gold: no palabre at $palabre: build it first (make build), or give its path:" >&2
  echo "  scripts/measure-gold.sh path/to/palabre [GOLD_DIR]" >&2
  exit 2
fi
if ! command -v python3 >/dev/null 2>&1; then
  echo "measure-gold: python3 is needed (apt-get install python3)" >&2
  exit 2
fi

if [ ! -f "$gold/default-dev.jsonl" ]; then
  if [ $# -ge 2 ]; then
    echo "measure-gold: $gold holds no default-dev.jsonl: give the folder of the gold sets" >&2
    exit 2
  fi
  echo "measure-gold: no gold sets at $gold; measuring the repository's own labelled comments" >&2
  python3 "$here/measure-gold.py" "$palabre" "$root/tests/accuracy/heldout-default.jsonl" --themes default
  exit 0
fi

python3 "$here/measure-gold.py" "$palabre" "$gold/default-dev.jsonl" --themes default
for thread in "$gold"/threads/*.jsonl; do
  [ -f "$thread" ] || continue
  page=$(basename "$thread" .jsonl)
  if [ ! -f "$gold/themes/$page.json" ]; then
    echo "measure-gold: $thread has no theme file ($gold/themes/$page.json): skipped" >&2
    continue
  fi
  python3 "$here/measure-gold.py" "$palabre" "$thread" --themes "$gold/themes/$page.json"
done
