#!/usr/bin/env bash
# Regenerates tests/golden/expected/ from a build of palabre: `make golden`.
# The cases mirror tests/golden/golden_test.cpp; review the diff like code before committing.
set -euo pipefail
palabre=${1:-build/palabre}
cd "$(dirname "$0")/.."
out=tests/golden/expected
mkdir -p "$out"
"$palabre" parse samples/villages-2-0-chinois.txt > "$out/villages.parse.json"
"$palabre" analyze --format json samples/villages-2-0-chinois.txt > "$out/villages.analyze.json"
"$palabre" analyze samples/villages-2-0-chinois.txt > "$out/villages.analyze.txt"
git --no-pager diff --stat -- "$out" || true
