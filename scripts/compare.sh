#!/usr/bin/env bash
# Times palabre beside the peers and the read-the-bytes limits of ../shared/bench in one
# `compare` run and prints its table. Same run, same corpus: the ratios are only
# meaningful within one invocation on these noisy shared machines.
#
#   scripts/compare.sh [BUILD_DIR] [compare options...]
#   scripts/compare.sh build --reps 1 --warmup 0          # quick look
#   scripts/compare.sh build --reps 5 --formats txt       # a figure worth quoting
#
# BUILD_DIR defaults to build (a Release build). Every tool uses the bench lexicon
# (bench/bench-themes.json) so that all of them do the same work; compare checks our
# totals.comments / totals.themes against the manifest and the reference peer.
set -euo pipefail
cd "$(dirname "$0")/.."
build=build
if [[ $# -gt 0 && $1 != -* ]]; then
  build=$1
  shift
fi
compare=${PALABRE_BENCH_DIR:-/work/shared/bench}/compare
palabre=$(realpath "$build/palabre")
themes=$(realpath bench/bench-themes.json)
if [[ ! -x $palabre ]]; then
  echo "compare.sh: error: $palabre: not built (cmake --build $build)" >&2
  exit 2
fi
if [[ ! -x $compare ]]; then
  echo "compare.sh: error: $compare: not found (set PALABRE_BENCH_DIR)" >&2
  exit 2
fi
exec "$compare" --ours "$palabre analyze --format json -j 1 -q --themes $themes {dir}" "$@"
