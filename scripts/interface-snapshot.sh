#!/usr/bin/env bash
# Writes what zhenggai prints for every testdata case and file into OUT, so
# two builds can be compared: `check --format json` on each case folder
# (with a fixed --as-of, and with --index over testdata/corpus/index for the
# copied case), `extract --format jsonl` and `parse --format json` on each
# document. Usage: scripts/interface-snapshot.sh BINARY OUT
# Then: diff -r OUT_OLD OUT_NEW
set -uo pipefail
bin=$(realpath "$1"); out=$2
cd "$(dirname "$0")/.."
mkdir -p "$out"
idx=$(mktemp -d)
"$bin" index --quiet --index "$idx" testdata/corpus/index >/dev/null 2>&1
for c in testdata/corpus/cases/*/; do
  n=$(basename "$c")
  "$bin" check --format json --as-of 2026-12-01 --fail-on never --index "$idx" "$c" >"$out/check-$n.json" 2>"$out/check-$n.err"
  echo "exit $?" >>"$out/check-$n.err"
done
find testdata -type f \( -name '*.pdf' -o -name '*.docx' -o -name '*.ofd' -o -name '*.html' -o -name '*.htm' -o -name '*.txt' -o -name '*.md' -o -name '*.xlsx' -o -name '*.csv' \) | sort | while read -r f; do
  k=$(echo "$f" | tr '/' '_')
  "$bin" extract --format jsonl "$f" >"$out/extract-$k.jsonl" 2>&1
  "$bin" parse --format json "$f" >"$out/parse-$k.json" 2>&1
done
rm -rf "$idx"
