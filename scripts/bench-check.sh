#!/usr/bin/env bash
# Times `zhenggai check` as a user runs it (a fresh process each time, the
# dictionary loading included) on the README's sample case and on a generated
# large case (200-page report, 1,000-row ledger, 300 minutes). Prints the
# median wall time and the peak resident memory over RUNS runs.
#
#   scripts/bench-check.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/zhenggai" ./cmd/zhenggai
go run ./scripts/gencase -problems 1000 -minutes 300 -pages 200 "$tmp/large"
echo "large case: $(du -sh "$tmp/large" | cut -f1), $(ls "$tmp/large/minutes" | wc -l) minutes"

measure() { # name, args...
  local name=$1; shift
  "$tmp/zhenggai" check --fail-on never "$@" >/dev/null # warm: page cache, dictionary files
  local walls=() rss=0
  for ((i = 0; i < runs; i++)); do
    /usr/bin/time -f '%e %M' -o "$tmp/t" "$tmp/zhenggai" check --fail-on never "$@" >/dev/null
    read -r w m <"$tmp/t"
    walls+=("$w")
    ((m > rss)) && rss=$m
  done
  med=$(printf '%s\n' "${walls[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  printf '%-14s median wall %6.2f s   peak RSS %5d MB   (runs: %s)\n' "$name" "$med" $((rss / 1024)) "${walls[*]}"
}
measure "sample (01)" testdata/corpus/cases/01-dongchuan-nonglin
measure "large" "$tmp/large"
