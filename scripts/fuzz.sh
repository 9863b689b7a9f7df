#!/usr/bin/env bash
# Runs every libFuzzer target (or the ones named) for SECONDS each, in parallel JOBS at a
# time, in build-fuzz/. A crasher is copied to tests/fuzz/regressions/<target>/ so that the
# unit tests replay it forever after; the script exits 1 when any target found one.
#   scripts/fuzz.sh [-t SECONDS] [-j JOBS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=600 jobs=1
while getopts "t:j:" option; do
  case $option in
    t) seconds=$OPTARG ;;
    j) jobs=$OPTARG ;;
    *) echo "usage: scripts/fuzz.sh [-t SECONDS] [-j JOBS] [TARGET...]" >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(decode text_page html_page analyze theme_file json_page)

make --no-print-directory fuzz-build
status=0
run_target() {
  local target=$1 out=build-fuzz/fuzz-runs/$1
  mkdir -p "$out" "build-fuzz/fuzz-corpus/$target"
  local seeds=(samples)
  [ -d "tests/fuzz/seeds/$target" ] && seeds+=("tests/fuzz/seeds/$target")
  [ -d ../shared/corpus/pages ] && [[ $target == html_page || $target == decode ]] && seeds+=(../shared/corpus/pages)
  if ! "build-fuzz/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
       -max_len=65536 -dict=tests/fuzz/palabre.dict -artifact_prefix="$out/" -print_final_stats=1 \
       "build-fuzz/fuzz-corpus/$target" "${seeds[@]}" > "$out/log.txt" 2>&1; then
    for crasher in "$out"/crash-* "$out"/leak-* "$out"/timeout-* "$out"/oom-*; do
      [ -e "$crasher" ] && cp "$crasher" "tests/fuzz/regressions/$target/"
    done
    echo "fuzz: $target FOUND A PROBLEM: see $out/log.txt" >&2
    return 1
  fi
  echo "fuzz: $target: $(grep -h 'stat::number_of_executed_units' "$out/log.txt" | awk '{print $2}') runs, no crash"
}
export -f run_target
export seconds
printf '%s\n' "${targets[@]}" | xargs -P "$jobs" -I{} bash -c 'run_target {}' || status=1
exit $status
