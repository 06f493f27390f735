#!/usr/bin/env bash
# make-pdf-fixtures.sh regenerates every fixture in testdata/pdf (see
# testdata/pdf/README.md). Run it from anywhere inside the repository, as root
# or with sudo available: it installs the Debian packages it needs.
#
#   scripts/make-pdf-fixtures.sh          # everything
#   SKIP_APT=1 scripts/make-pdf-fixtures.sh   # tools already installed
#
# Steps:
#   1. go run ./scripts/pdffixtures: NAME.txt, src/*.html, fpdf-uming.pdf,
#      hand-ucs2.pdf, hand-gbk.pdf, scanned-image.pdf, not-a-pdf.pdf
#   2. Chromium prints src/chromium-*.html and src/long-report-150p.html (the
#      latter then repacked by qpdf into object streams)
#   3. LibreOffice converts src/libreoffice-table.html (and the minutes,
#      narrow-margin and ledger-title pages after it)
#   4. qpdf encrypts fpdf-uming.pdf five ways (RC4, AES-128, AES-256), hand-ucs2.pdf
#      and chromium-report-zenhei.pdf with AES-256
#   5. truncated.pdf is the first 60% of chromium-report-zenhei.pdf
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
out="$repo/testdata/pdf"
cd "$repo"

if [ -z "${SKIP_APT:-}" ]; then
	sudo=""
	[ "$(id -u)" -ne 0 ] && sudo=sudo
	$sudo apt-get update
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends \
		chromium fonts-noto-cjk fonts-wqy-zenhei fonts-arphic-uming \
		libreoffice-writer-nogui qpdf poppler-utils
fi

# 1. Texts, HTML sources and the PDFs written in Go.
go run ./scripts/pdffixtures -root "$repo"

# 2. Chromium.
chrome() { # chrome IN.html OUT.pdf
	local profile
	profile=$(mktemp -d)
	timeout 300 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
		--disable-background-networking --disable-component-update --disable-sync \
		--user-data-dir="$profile" --no-pdf-header-footer \
		--print-to-pdf="$2" "file://$1" 2>/dev/null
	rm -rf "$profile"
	[ -s "$2" ] || { echo "chromium did not write $2" >&2; exit 1; }
}
for n in chromium-report-sans chromium-report-zenhei chromium-twocol-serif; do
	chrome "$out/src/$n.html" "$out/$n.pdf"
done
# The same report printed with Chromium's own running head (date, title) and
# foot (address, page 1/N): they are not text of the report.
profile=$(mktemp -d)
timeout 300 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
	--disable-background-networking --disable-component-update --disable-sync \
	--user-data-dir="$profile" --print-to-pdf="$out/chromium-report-headers.pdf" \
	"file://$out/src/chromium-report-sans.html" 2>/dev/null
rm -rf "$profile"
# Chromium writes a tagged PDF: ~190 objects a page, 2 MB for 150 pages. qpdf
# packs those objects into object streams (cross-reference stream, PDF 1.5),
# which brings the benchmark input under 1 MB and covers that file structure.
tmp=$(mktemp -d)
chrome "$out/src/long-report-150p.html" "$tmp/long.pdf"
qpdf --object-streams=generate --compress-streams=y --recompress-flate --compression-level=9 \
	"$tmp/long.pdf" "$out/long-report-150p.pdf"
rm -rf "$tmp"

# 3. LibreOffice (Writer, HTML import in print layout).
lotmp=$(mktemp -d)
timeout 300 soffice -env:UserInstallation="file://$lotmp/profile" --headless \
	--infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export \
	--outdir "$lotmp" "$out/src/libreoffice-table.html" >/dev/null
mv "$lotmp/libreoffice-table.pdf" "$out/libreoffice-table.pdf"
# One meeting's minutes a page under a bold title at the text's size; a
# report whose narrow margins put lines of its text in the pages' top and
# bottom tenth; a ledger's title over a long table: no running heads.
for n in libreoffice-minutes-per-page libreoffice-narrow-margins libreoffice-ledger-title; do
	timeout 300 soffice -env:UserInstallation="file://$lotmp/profile" --headless \
		--infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export \
		--outdir "$lotmp" "$out/src/$n.html" >/dev/null
	mv "$lotmp/$n.pdf" "$out/$n.pdf"
done
rm -rf "$lotmp"

# 4. Encrypted copies of fpdf-uming.pdf. The owner-only files have an empty
# user password and must open without one; the user password is "zhenggai".
src="$out/fpdf-uming.pdf"
qpdf --static-id --allow-weak-crypto --encrypt "" owner-secret 128 --use-aes=n -- "$src" "$out/encrypted-owner-rc4.pdf"
qpdf --static-id --static-aes-iv --encrypt "" owner-secret 128 --use-aes=y -- "$src" "$out/encrypted-owner-aes128.pdf"
qpdf --static-id --static-aes-iv --encrypt zhenggai owner-secret 128 --use-aes=y -- "$src" "$out/encrypted-user-aes128.pdf"
# AES-256: revision 6 (PDF 2.0), with and without a user password; revision 5
# (Adobe's extension level 3) of hand-ucs2.pdf; revision 6 of
# chromium-report-zenhei.pdf packed into object streams.
qpdf --static-id --static-aes-iv --encrypt "" owner-secret 256 -- "$src" "$out/encrypted-owner-aes256.pdf"
qpdf --static-id --static-aes-iv --encrypt zhenggai owner-secret 256 -- "$src" "$out/encrypted-user-aes256.pdf"
qpdf --static-id --static-aes-iv --allow-weak-crypto --encrypt "" owner-secret 256 --force-R5 -- \
	"$out/hand-ucs2.pdf" "$out/encrypted-owner-aes256-r5.pdf"
qpdf --static-id --static-aes-iv --object-streams=generate --encrypt "" owner-secret 256 -- \
	"$out/chromium-report-zenhei.pdf" "$out/encrypted-owner-aes256-objstm.pdf"

# 5. A PDF cut off at 60% of its length.
full="$out/chromium-report-zenhei.pdf"
head -c $(($(stat -c %s "$full") * 60 / 100)) "$full" >"$out/truncated.pdf"

ls -l "$out"/*.pdf
