#!/usr/bin/env bash
# Renders what an inspection office sees of a checked case, to look at:
# the verdict page of the web service at 1280 and 390 px, its A4 print (PDF
# from Chromium, pages as PNG) and the Word 核查意见 (PDF from LibreOffice,
# pages as PNG). Needs chromium, pdftoppm (poppler-utils) and soffice
# (libreoffice-writer-nogui), and a CJK font (fonts-noto-cjk).
# Usage: scripts/screenshot-desk.sh [OUT_DIR] [CASE_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-/tmp/desk-shots}
case_dir=${2:-testdata/corpus/cases/01-dongchuan-nonglin}
chromium=${ZHENGGAI_CHROMIUM:-chromium}
mkdir -p "$out"
work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT

go build -o "$work/zhenggai" ./cmd/zhenggai

# The web service, with the case uploaded through the API.
port=$((20000 + RANDOM % 20000))
"$work/zhenggai" serve --addr "127.0.0.1:$port" --data "$work/data" 2>"$work/serve.log" &
pid=$!
for _ in $(seq 50); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done
args=()
while IFS= read -r f; do
  rel=${f#"$case_dir"/}
  [ "$rel" = expected.json ] && continue
  args+=(-F "files=@$f;filename=$rel")
done < <(find "$case_dir" -type f | sort)
id=$(curl -fs "${args[@]}" "http://127.0.0.1:$port/api/cases" | sed -n 's/.*"id": "\([^"]*\)".*/\1/p' | head -1)
url="http://127.0.0.1:$port/cases/$id"
echo "case $id: $url"

shot() { # WIDTH HEIGHT NAME
  "$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size="$1,$2" \
    --screenshot="$out/$3" "$url" >/dev/null 2>&1
}
shot 1280 1800 verdict-1280.png
shot 390 2400 verdict-390.png

# The A4 print, as Chromium prints it (the page's @page rules: A4, margins,
# page numbers).
"$chromium" --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$out/verdict-print.pdf" "$url" >/dev/null 2>&1
rm -f "$out"/print-*.png
pdftoppm -png -r 50 "$out/verdict-print.pdf" "$out/print"

# The Word file, downloaded as a user would, rendered by LibreOffice.
curl -fs -o "$out/result.docx" "$url/result.docx"
soffice --headless --convert-to pdf --outdir "$out" "$out/result.docx" >/dev/null 2>&1
rm -f "$out"/docx-*.png
pdftoppm -png -r 50 "$out/result.pdf" "$out/docx"
ls "$out"
