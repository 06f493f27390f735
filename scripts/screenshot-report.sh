#!/bin/sh
# Renders a sample case's HTML report and takes a screenshot of it with a
# headless Chromium, to look at the page as a browser draws it.
#
# It builds zhenggai, runs
#   zhenggai check --format html --out HTML CASE
# (check exits 1 when it finds something serious; that is expected here),
# and screenshots file://HTML into PNG. Chromium runs with networking,
# updates and sync off and a throw-away profile; the page loads nothing
# from the network anyway (it is self-contained).
#
# Chromium and the CJK fonts are Debian's `chromium` and `fonts-noto-cjk`;
# if chromium is missing the script installs both with apt-get (as root).
#
# Usage: scripts/screenshot-report.sh [CASE_DIR [PNG [HTML]]]
#   CASE_DIR  default testdata/corpus/cases/01-dongchuan-nonglin
#   PNG       default /tmp/zhenggai-report.png
#   HTML      default /tmp/x.html
# Environment: WINDOW_SIZE (default 1280,2400).
set -eu
cd "$(dirname "$0")/.."

case_dir=${1:-testdata/corpus/cases/01-dongchuan-nonglin}
png=${2:-/tmp/zhenggai-report.png}
page=${3:-/tmp/x.html}
size=${WINDOW_SIZE:-1280,2400}

browser=
for b in chromium chromium-browser; do
	if command -v "$b" >/dev/null 2>&1; then
		browser=$b
		break
	fi
done
if [ -z "$browser" ]; then
	echo "chromium not found; installing chromium and fonts-noto-cjk" >&2
	apt-get update
	DEBIAN_FRONTEND=noninteractive apt-get install -y chromium fonts-noto-cjk
	browser=chromium
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/zhenggai-shot-XXXXXX")
trap 'rm -rf "$tmp"' EXIT

go build -o "$tmp/zhenggai" ./cmd/zhenggai

rc=0
"$tmp/zhenggai" check --format html --out "$page" "$case_dir" || rc=$?
if [ "$rc" -ne 0 ] && [ "$rc" -ne 1 ]; then
	echo "zhenggai check failed (exit $rc)" >&2
	exit "$rc"
fi
case $page in
/*) url=file://$page ;;
*) url=file://$(pwd)/$page ;;
esac

mkdir -p "$tmp/profile"
"$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
	--disable-background-networking --disable-component-update --disable-sync \
	--user-data-dir="$tmp/profile" --window-size="$size" \
	--screenshot="$png" "$url" 2>"$tmp/chromium.log" || {
	cat "$tmp/chromium.log" >&2
	exit 1
}
if [ ! -s "$png" ]; then
	cat "$tmp/chromium.log" >&2
	echo "no screenshot written to $png" >&2
	exit 1
fi
echo "$page -> $png"
