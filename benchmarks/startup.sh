#!/usr/bin/env bash
# Whole-process start-up of marsad: wall time of `marsad --version` (process and binary
# load only) and of `marsad extract` on a one-sentence file (lexicons compiled, one
# document annotated, JSON written), best and median of N runs, plus the peak RSS of
# the extract process (GNU time, when installed).
#   benchmarks/startup.sh [MARSAD_BINARY] [N]
set -euo pipefail
bin="${1:-$(dirname "$0")/../target/release/marsad}"
n="${2:-20}"
doc="$(mktemp --suffix=.txt)"
trap 'rm -f "$doc"' EXIT
echo "قال مسؤول إن المحادثات جرت في روما يوم الثلاثاء." > "$doc"

measure() {
  local label="$1"
  shift
  local times=()
  for _ in $(seq "$n"); do
    local t0 t1
    t0=$(date +%s%N)
    "$@" > /dev/null
    t1=$(date +%s%N)
    times+=($(( (t1 - t0) / 1000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v what="$label" '{ a[NR] = $1 } END { printf "%-60s best %6.1f ms  median %6.1f ms  (%d runs)\n", what, a[1] / 1000, a[int((NR + 1) / 2)] / 1000, NR }'
}

measure "marsad --version" "$bin" --version
measure "marsad extract (one sentence)" "$bin" extract --published 2025-05-01 "$doc"
if [ -x /usr/bin/time ]; then
  { /usr/bin/time -f "peak RSS of one extract process: %M KB" "$bin" extract "$doc" > /dev/null; } 2>&1
fi
