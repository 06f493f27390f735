#!/usr/bin/env bash
# Times `zhenggai check` end to end on a 20-page scanned report: the sample
# corpus's PDF reports (cases 01 and 08, 6 and 7 pages) joined to 20 pages
# (01, 08, 01 and 08's first page) and scanned as scripts/ocrfixtures -scan
# does (300 dpi, JPEG, every second page turned by 1.5°, a red seal on the
# last page), checked with case 01's ledger and minutes. Prints the wall
# time and the CPU seconds (Tesseract's and pdftoppm's included: they are
# children of the process) of each run, and the recognised pages' text
# accuracy is not measured here (parse/ocr's tests do).
#
#   scripts/ocr-bench.sh [BINARY...]
#
# With binaries given (built elsewhere, e.g. from another commit), each is
# timed in turn, alternating, on the same scan; otherwise ./cmd/zhenggai is
# built. The report is checked twice per binary: named report.pdf, and
# named otherwise (整改情况报告.pdf), which the case reader classifies by
# parsing it first.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
bins=("$@")
if ((${#bins[@]} == 0)); then
  go build -o "$tmp/zhenggai" ./cmd/zhenggai
  bins=("$tmp/zhenggai")
fi
c=testdata/corpus/cases
pdfseparate -f 1 -l 1 "$c/08-dongchuan-tongji-clean/report.pdf" "$tmp/p1.pdf"
pdfunite "$c/01-dongchuan-nonglin/report.pdf" "$c/08-dongchuan-tongji-clean/report.pdf" \
  "$c/01-dongchuan-nonglin/report.pdf" "$tmp/p1.pdf" "$tmp/20.pdf"
for name in report.pdf 整改情况报告.pdf; do
  d="$tmp/case-${name%.pdf}"
  mkdir -p "$d"
  cp -r "$c/01-dongchuan-nonglin/ledger.xlsx" "$c/01-dongchuan-nonglin/minutes" "$c/01-dongchuan-nonglin/case.json" "$d/"
done
go run ./scripts/ocrfixtures -scan "$tmp/20.pdf" -o "$tmp/case-report/report.pdf"
cp "$tmp/case-report/report.pdf" "$tmp/case-整改情况报告/整改情况报告.pdf"
echo "scan: $(pdfinfo "$tmp/case-report/report.pdf" | awk '/^Pages/ {print $2}') pages, $(du -h "$tmp/case-report/report.pdf" | cut -f1); $(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg)"
for name in report 整改情况报告; do
  for b in "${bins[@]}"; do
    code=0
    /usr/bin/time -f '%e %U %S %M' -o "$tmp/t" "$b" check --fail-on never --format json "$tmp/case-$name" >"$tmp/out.json" 2>"$tmp/err" || code=$?
    read -r w u s m < <(tail -1 "$tmp/t")
    printf '%-22s %-24s wall %6.1f s  CPU %6.1f s (user %.1f + sys %.1f)  peak RSS %4d MB  findings %s\n' \
      "$name.pdf" "$b" "$w" "$(echo "$u + $s" | bc)" "$u" "$s" $((m / 1024)) "$(grep -c '"rule":' "$tmp/out.json" || true)"
    if ((code != 0)); then echo "  exit $code: $(head -c 300 "$tmp/err")"; fi
  done
done
