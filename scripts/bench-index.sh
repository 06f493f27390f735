#!/usr/bin/env bash
# Benchmarks the index: generates N (default 10,000) synthetic reports of
# about 3,000 characters, indexes them with `zhenggai index` (jieba
# analysis) and prints docs/s, MB/s, the index size on disk against the text
# size and the peak memory; then the median and p99 latency of 200 varied
# searches (match, phrase, boolean, filtered, numeric range, paged; every one
# with highlights and facets); then, where taskset exists, indexes them again
# on one core to show how indexing scales; then indexes the same reports with
# bleve's built-in `cjk` analyzer for comparison. Each index's size is given
# as left (which depends on how far scorch's merges got, and so on the
# load) and merged into one segment (what it holds).
#
#   scripts/bench-index.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/zhenggai" ./cmd/zhenggai
go build -o "$tmp/benchindex" ./scripts/benchindex
"$tmp/benchindex" gen -n "$n" "$tmp/docs"
text=$(find "$tmp/docs" -type f -name '*.txt' -printf '%s\n' | awk '{s+=$1} END {print s}')
"$tmp/zhenggai" index --index "$tmp/warm" "$tmp/docs/000" >/dev/null # dictionary files written once

echo "== jieba (zhenggai index, $(nproc) cores)"
/usr/bin/time -f '%e %M %U %S' -o "$tmp/t" "$tmp/zhenggai" index --quiet --index "$tmp/idx" "$tmp/docs"
read -r wall rss usr sys <"$tmp/t"
size=$(du -sb "$tmp/idx" | cut -f1)
printf 'wall %.1f s (process, dictionary loading included)   peak RSS %d MB\n' "$wall" $((rss / 1024))
awk -v u="$usr" -v s="$sys" -v n="$n" -v w="$wall" 'BEGIN {printf "%.0f docs/s for the whole process; CPU %.1f s: %.0f docs per CPU-second, %.0f%% of a core busy; load average now %s\n", n/w, u+s, n/(u+s), 100*(u+s)/w, "'"$(cut -d' ' -f1 /proc/loadavg)"'"}'
wall_all=$wall
cpu_jieba=$(awk -v u="$usr" -v s="$sys" 'BEGIN {print u+s}')
awk -v s="$size" -v t="$text" 'BEGIN {printf "index size %.1f MB for %.1f MB of text: %.2fx\n", s/1e6, t/1e6, s/t}'

echo "== queries"
"$tmp/benchindex" query -n 200 -index "$tmp/idx"

if command -v taskset >/dev/null && [ "$(nproc)" -gt 1 ]; then
	echo "== jieba on one core (taskset -c 0): how indexing scales"
	/usr/bin/time -f '%e %M %U %S' -o "$tmp/t" taskset -c 0 "$tmp/zhenggai" index --quiet --index "$tmp/idx1" "$tmp/docs"
	read -r wall rss usr sys <"$tmp/t"
	awk -v n="$n" -v w1="$wall" -v wa="$wall_all" -v c="$(nproc)" 'BEGIN {printf "%.0f docs/s on one core; %d cores are %.2fx faster\n", n/w1, c, w1/wa}'
	rm -rf "$tmp/idx1"
fi

echo "== re-index (no change)"
"$tmp/zhenggai" index --quiet --index "$tmp/idx" "$tmp/docs"
merged() { # INDEX: its size merged into one segment, against the text
	read -r _ one < <("$tmp/benchindex" size -index "$1")
	awk -v s="$one" -v t="$text" 'BEGIN {printf "merged into one segment: %.1f MB, %.2fx the text\n", s/1e6, s/t}'
}
merged "$tmp/idx"

echo "== cjk (bleve's bigram analyzer, same pipeline)"
# With the GC settings zhenggai index takes by default (cmd/zhenggai/index.go).
/usr/bin/time -f '%e %M %U %S' -o "$tmp/t" env GOGC="${GOGC:-400}" GOMEMLIMIT="${GOMEMLIMIT:-512MiB}" "$tmp/benchindex" index -analyzer cjk -index "$tmp/idx-cjk" "$tmp/docs"
read -r wall rss usr sys <"$tmp/t"
awk -v u="$usr" -v s="$sys" -v n="$n" -v j="$cpu_jieba" 'BEGIN {printf "CPU %.1f s: %.0f docs per CPU-second; zhenggai index does %.2fx as many\n", u+s, n/(u+s), (u+s)/j}'
size=$(du -sb "$tmp/idx-cjk" | cut -f1)
printf 'peak RSS %d MB\n' $((rss / 1024))
awk -v s="$size" -v t="$text" 'BEGIN {printf "index size %.1f MB: %.2fx the text\n", s/1e6, s/t}'
merged "$tmp/idx-cjk"
