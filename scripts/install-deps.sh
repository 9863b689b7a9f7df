#!/usr/bin/env bash
# Installs the Debian 12 packages palabre builds and tests with, only those missing.
# Usage: scripts/install-deps.sh [build|test]   (test adds what the test suite needs)
set -euo pipefail

want=(g++ cmake make pkg-config
      libcli11-dev nlohmann-json3-dev libutf8proc-dev libspdlog-dev libfmt-dev
      libmodest-dev libstemmer-dev libuchardet-dev libcld2-dev
      libgtest-dev libgmock-dev)
if [ "${1:-build}" = test ]; then
  # clang: the fuzz targets; chromium: the HTML report is loaded in a headless browser;
  # python3-jsonschema checks every JSON output against schema/thread.schema.json;
  # cmark-gfm renders the Markdown report as GitHub does; parallel runs docs/batch.md's recipes;
  # universal-ctags gives scripts/long-functions.sh the functions' line ranges; zsh and fish
  # check the syntax of their completions (completions/).
  want+=(python3 libbenchmark-dev clang libclang-rt-14-dev chromium python3-jsonschema cmark-gfm
        parallel universal-ctags zsh fish)
fi

missing=()
for pkg in "${want[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q '^install ok installed$'; then
    missing+=("$pkg")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "install-deps: missing packages: ${missing[*]} (run as root, or install them with apt-get)" >&2
  exit 1
fi
echo "install-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
