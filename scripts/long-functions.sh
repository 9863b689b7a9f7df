#!/usr/bin/env bash
# Lists the functions of more than MAX lines (default 60) outside tests, longest first:
#   scripts/long-functions.sh [MAX]
# Counts from the line of the signature to the closing brace, as universal-ctags reports
# them (apt-get install universal-ctags). Exits 1 when it lists any.
set -euo pipefail
max=${1:-60}
cd "$(dirname "$0")/.."
found=$(ctags -R --languages=C++ --kinds-C++=f --fields=+ne -o - src include bench \
  | awk -F'\t' -v max="$max" '{
      line = ""; end = "";
      for (i = 4; i <= NF; i++) {
        if ($i ~ /^line:/) line = substr($i, 6);
        if ($i ~ /^end:/) end = substr($i, 5);
      }
      if (line != "" && end != "" && end - line + 1 > max)
        printf "%5d  %s:%s  %s\n", end - line + 1, $2, line, $1;
    }' | sort -rn)
if [ -n "$found" ]; then
  echo "$found"
  exit 1
fi
echo "no function over $max lines"
