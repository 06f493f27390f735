#!/usr/bin/env bash
# Compares two builds of zhenggai in the same run, alternating them so that
# both see the same machine: indexing N generated reports (docs/s, CPU,
# peak RSS, index size) and `check` on a generated large case (wall time,
# peak RSS). Prints each run, then the medians and the ratio new/old.
#
#   scripts/bench-compare.sh OLD_REV [NEW_REV] [N] [ROUNDS]
#
# OLD_REV and NEW_REV are git revisions (NEW_REV defaults to the work tree
# as it is); N reports (default 10000); ROUNDS alternations (default 3).
#
# WHAT=claims runs only extract's BenchmarkClaims, the two builds' test
# binaries alternated on the same sample reports (each run -test.benchtime
# $BENCHTIME, default 2s), with each run's ns/op, MB/s and load average and
# the medians; WHAT=index only the index and check runs; WHAT=all (the
# default) both. The claims comparison of issue 12:
#
#   WHAT=claims scripts/bench-compare.sh fe7e639 HEAD 0 7
set -euo pipefail
cd "$(dirname "$0")/.."
old=${1:?usage: bench-compare.sh OLD_REV [NEW_REV] [N] [ROUNDS]}
new=${2:-}
n=${3:-10000}
rounds=${4:-3}
what=${WHAT:-all}
tmp=$(mktemp -d)
cleanup() {
  git worktree remove --force "$tmp/src-old" >/dev/null 2>&1 || true
  [ -n "$new" ] && git worktree remove --force "$tmp/src-new" >/dev/null 2>&1
  rm -rf "$tmp"
}
trap cleanup EXIT

git worktree add -q --detach "$tmp/src-old" "$old"
src_new=.
if [ -n "$new" ]; then
  git worktree add -q --detach "$tmp/src-new" "$new"
  src_new=$tmp/src-new
fi

if [ "$what" = all ] || [ "$what" = claims ]; then
  (cd "$tmp/src-old" && go test -c -o "$tmp/old.test" ./extract)
  (cd "$src_new" && go test -c -o "$tmp/new.test" ./extract)
  echo "== BenchmarkClaims, $rounds rounds of -test.benchtime ${BENCHTIME:-2s} (both read the same reports)"
  : >"$tmp/claims"
  for ((r = 1; r <= rounds; r++)); do
    for b in old new; do
      line=$(cd "$src_new/extract" && "$tmp/$b.test" -test.run '^$' -test.bench '^BenchmarkClaims$' -test.benchtime "${BENCHTIME:-2s}" | grep '^BenchmarkClaims')
      read -r _ _ ns _ mbs _ <<<"$line"
      echo "$b $ns $mbs" >>"$tmp/claims"
      printf 'round %d %-3s %10s ns/op %6s MB/s  load %s\n' "$r" "$b" "$ns" "$mbs" "$(cut -d' ' -f1 /proc/loadavg)"
    done
  done
  awk '{ v[$1] = v[$1] " " $2; m[$1] = m[$1] " " $3 }
  function median(list,   a, k, i, j, t) { k = split(list, a, " "); for (i = 1; i <= k; i++) for (j = i + 1; j <= k; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t } return k % 2 ? a[(k + 1) / 2] : (a[k / 2] + a[k / 2 + 1]) / 2 }
  END { o = median(v["old"]); n = median(v["new"]); printf "median: old %.0f ns/op (%.2f MB/s), new %.0f ns/op (%.2f MB/s): new is x%.2f as fast\n", o, median(m["old"]), n, median(m["new"]), o / n }' "$tmp/claims"
fi
[ "$what" = all ] || [ "$what" = index ] || exit 0

(cd "$tmp/src-old" && go build -o "$tmp/old" ./cmd/zhenggai)
(cd "$src_new" && go build -o "$tmp/new" ./cmd/zhenggai)
go build -o "$tmp/benchindex" ./scripts/benchindex
"$tmp/benchindex" gen -n "$n" "$tmp/docs" >/dev/null
go run ./scripts/gencase -problems 1000 -minutes 300 -pages 200 "$tmp/large" >/dev/null
for b in old new; do # dictionary files written once, page cache warm
  "$tmp/$b" index --quiet --index "$tmp/warm-$b" "$tmp/docs/000" >/dev/null
  "$tmp/$b" check --fail-on never "$tmp/large" >/dev/null
done

: >"$tmp/results"
for ((r = 1; r <= rounds; r++)); do
  for b in old new; do
    rm -rf "$tmp/idx"
    /usr/bin/time -f '%e %M %U %S' -o "$tmp/t" "$tmp/$b" index --quiet --index "$tmp/idx" "$tmp/docs" 2>/dev/null
    read -r wall rss usr sys <"$tmp/t"
    size=$(du -sb "$tmp/idx" | cut -f1)
    echo "index $b $wall $rss $usr $sys $size" >>"$tmp/results"
    printf 'round %d %-3s index: %6.0f docs/s  CPU %5.1f s  peak RSS %4d MB  size %.1f MB\n' \
      "$r" "$b" "$(awk -v n="$n" -v w="$wall" 'BEGIN{print n/w}')" "$(awk -v u="$usr" -v s="$sys" 'BEGIN{print u+s}')" $((rss / 1024)) "$(awk -v s="$size" 'BEGIN{print s/1e6}')"
    /usr/bin/time -f '%e %M %U %S' -o "$tmp/t" "$tmp/$b" check --fail-on never "$tmp/large" >/dev/null
    read -r wall rss usr sys <"$tmp/t"
    echo "check $b $wall $rss $usr $sys 0" >>"$tmp/results"
    printf 'round %d %-3s check (large case): wall %5.2f s  peak RSS %4d MB\n' "$r" "$b" "$wall" $((rss / 1024))
  done
done

echo "== medians over $rounds rounds (ratio new/old)"
awk -v n="$n" '
function median(a, k,   i, j, t) { for (i = 1; i <= k; i++) for (j = i + 1; j <= k; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t } return k % 2 ? a[(k + 1) / 2] : (a[k / 2] + a[k / 2 + 1]) / 2 }
{ k = $1 SUBSEP $2; c[k]++; wall[k, c[k]] = $3; rss[k, c[k]] = $4; cpu[k, c[k]] = $5 + $6; size[k, c[k]] = $7 }
END {
  split("index check", what, " ")
  for (w = 1; w <= 2; w++) for (b = 0; b < 2; b++) {
    name = b ? "new" : "old"; k = what[w] SUBSEP name; m = c[k]
    for (i = 1; i <= m; i++) { W[i] = wall[k, i]; R[i] = rss[k, i]; C[i] = cpu[k, i]; S[i] = size[k, i] }
    mw[w, b] = median(W, m); mr[w, b] = median(R, m); mc[w, b] = median(C, m); ms[w, b] = median(S, m)
  }
  printf "index: docs/s %.0f -> %.0f (x%.3f)  CPU %.1f -> %.1f s (x%.3f)  peak RSS %d -> %d MB  size %.1f -> %.1f MB\n", n / mw[1, 0], n / mw[1, 1], mw[1, 0] / mw[1, 1], mc[1, 0], mc[1, 1], mc[1, 1] / mc[1, 0], mr[1, 0] / 1024, mr[1, 1] / 1024, ms[1, 0] / 1e6, ms[1, 1] / 1e6
  printf "check: wall %.2f -> %.2f s (x%.3f)  CPU %.2f -> %.2f s (x%.3f)  peak RSS %d -> %d MB\n", mw[2, 0], mw[2, 1], mw[2, 1] / mw[2, 0], mc[2, 0], mc[2, 1], mc[2, 1] / mc[2, 0], mr[2, 0] / 1024, mr[2, 1] / 1024
}' "$tmp/results"
