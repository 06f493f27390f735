#!/usr/bin/env bash
# Times `zhenggai parse` against `pdftotext` on the same PDFs, in the same run,
# alternating the two so that load on a shared machine hits both alike.
# Prints the median wall time of each and their ratio (zhenggai / pdftotext;
# below 1 means zhenggai is faster).
#
#   scripts/bench-parse.sh [RUNS] [PDF...]
#
# Default PDFs: the 150-page fixture and the sample corpus reports.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-9}
shift || true
pdfs=("$@")
if [ ${#pdfs[@]} -eq 0 ]; then
  pdfs=(testdata/pdf/long-report-150p.pdf testdata/corpus/cases/*/report.pdf)
fi
command -v pdftotext >/dev/null || { echo "pdftotext not found (apt-get install poppler-utils)" >&2; exit 2; }
bin=$(mktemp -d)/zhenggai
go build -o "$bin" ./cmd/zhenggai

now() { date +%s%N; }
median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

printf '%-48s %6s %12s %12s %7s\n' file pages pdftotext_ms zhenggai_ms ratio
for f in "${pdfs[@]}"; do
  [ -f "$f" ] || { echo "skip $f (missing)" >&2; continue; }
  pages=$(pdfinfo "$f" 2>/dev/null | awk '/^Pages:/ {print $2}')
  "$bin" parse "$f" >/dev/null # warm the page cache and the binary
  pt=(); zg=()
  for ((i = 0; i < runs; i++)); do
    t0=$(now); pdftotext "$f" - >/dev/null; t1=$(now)
    "$bin" parse --format json "$f" >/dev/null; t2=$(now)
    pt+=($(( (t1 - t0) / 1000 ))); zg+=($(( (t2 - t1) / 1000 )))
  done
  mp=$(printf '%s\n' "${pt[@]}" | median); mz=$(printf '%s\n' "${zg[@]}" | median)
  awk -v f="$f" -v p="$pages" -v a="$mp" -v b="$mz" 'BEGIN {printf "%-48s %6s %12.1f %12.1f %7.2f\n", f, p, a/1000, b/1000, b/a}'
done
