#!/bin/sh
# Checks that a binary using internal/seg segments on a machine without the
# Go module cache: gojieba's own default dictionary paths point into the
# module cache it was built from (…/gojieba@vX/deps/cppjieba/dict), and
# internal/seg must never hand them to gojieba.
#
# It builds internal/seg/cmd/segdemo, copies it alone into an empty
# directory and runs it there with empty HOME, GOMODCACHE, GOPATH,
# XDG_CACHE_HOME and TMPDIR and a minimal environment. If the system lets it
# (Linux, root or user namespaces: `unshare`), the run happens in a private
# mount namespace where an empty directory is mounted over gojieba's
# directory in the module cache, so the baked-in path really does not
# exist for the binary (other processes are not affected). Otherwise, if
# strace is installed, it traces the files the binary opens and fails if
# any lies in the module cache. The binary must print the expected words
# and the dictionaries must have been written under the empty cache dir.
#
# Usage: scripts/check-portable-binary.sh
set -eu
cd "$(dirname "$0")/.."

text='召开巡视整改专题民主生活会38次'
want='召开 / 巡视整改 / 专题民主生活会 / 38 / 次'

tmp=$(mktemp -d "${TMPDIR:-/tmp}/portable-XXXXXX")
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/build" "$tmp/run" "$tmp/home" "$tmp/gomodcache" "$tmp/gopath" "$tmp/cache" "$tmp/tmp" "$tmp/hide"

go build -o "$tmp/build/segdemo" ./internal/seg/cmd/segdemo
cp "$tmp/build/segdemo" "$tmp/run/segdemo"
rm -rf "$tmp/build"
echo "built segdemo: $(wc -c <"$tmp/run/segdemo") bytes"

modcache=$(go env GOMODCACHE)
jiebadir=$(go list -m -f '{{.Dir}}' github.com/yanyiwu/gojieba)
echo "gojieba's baked-in dictionary dir: $jiebadir/deps/cppjieba/dict"
if grep -q "$jiebadir" "$tmp/run/segdemo"; then
	echo "(the path is in the binary, as gojieba's init computes it from runtime.Caller; it must not be used)"
fi

run() {
	cd "$tmp/run" && env -i PATH=/usr/bin:/bin HOME="$tmp/home" GOMODCACHE="$tmp/gomodcache" \
		GOPATH="$tmp/gopath" XDG_CACHE_HOME="$tmp/cache" TMPDIR="$tmp/tmp" "$@"
}

how=""
ns=""
if command -v unshare >/dev/null 2>&1; then
	if unshare -m --propagation private true 2>/dev/null; then
		ns="unshare -m --propagation private"
	elif unshare -m -r --propagation private true 2>/dev/null; then
		ns="unshare -m -r --propagation private" # in a user namespace
	fi
fi
if [ -n "$ns" ]; then
	# Mount an empty directory over gojieba's module directory, check it
	# looks empty, then run the binary.
	script='mount --bind "$1" "$2" || exit 3
if [ -n "$(ls -A "$2")" ]; then echo "hiding $2 failed" >&2; exit 3; fi
shift 2; exec "$@"'
	out=$(run $ns sh -c "$script" sh "$tmp/hide" "$jiebadir" ./segdemo -dir "$text" 2>"$tmp/stderr")
	how="in a mount namespace where $jiebadir is an empty directory"
elif command -v strace >/dev/null 2>&1; then
	out=$(run strace -f -qq -e trace=open,openat -o "$tmp/trace" ./segdemo -dir "$text" 2>"$tmp/stderr")
	if grep -F "$modcache" "$tmp/trace"; then
		echo "FAIL: the binary opened files in the module cache (above)"
		exit 1
	fi
	grep -F 'jieba-' "$tmp/trace" | grep -v ENOENT | sed 's/^/  opened: /' || true
	how="under strace; no file in $modcache was opened"
else
	out=$(run ./segdemo -dir "$text" 2>"$tmp/stderr")
	how="with empty HOME/GOMODCACHE only (neither unshare nor strace is available: the module cache was not hidden)"
fi

cat "$tmp/stderr"
echo "output: $out"
echo "ran $how"
if [ "$out" != "$want" ]; then
	echo "FAIL: want: $want"
	exit 1
fi
if ! grep -q "dictionaries: $tmp/cache/zhenggai/jieba-" "$tmp/stderr"; then
	echo "FAIL: the dictionaries were not written under \$XDG_CACHE_HOME/zhenggai"
	exit 1
fi
ls -l "$tmp"/cache/zhenggai/jieba-*/ | sed 's/^/  /'
echo "OK: the copied binary segments without the module cache"

# The same for the real command: zhenggai, copied alone with a report, must
# extract the report's claims.
go build -o "$tmp/zhenggai.build" ./cmd/zhenggai
mv "$tmp/zhenggai.build" "$tmp/run/zhenggai"
cp testdata/corpus/cases/03-tongling-shichangjianguan/report.txt "$tmp/run/report.txt"
rm -rf "$tmp/cache"/* "$tmp/home"/*
if [ -n "$ns" ]; then
	claims=$(run $ns sh -c "$script" sh "$tmp/hide" "$jiebadir" ./zhenggai extract --format jsonl report.txt)
else
	claims=$(run ./zhenggai extract --format jsonl report.txt)
fi
n=$(printf '%s\n' "$claims" | grep -c '"kind"' || true)
echo "zhenggai extract (copied binary, $how): $n claims"
printf '%s\n' "$claims" | grep -q '"kind":"meetings","subtype":"work".*"value":4' || { echo "FAIL: the 4 work meetings were not extracted"; exit 1; }
echo "OK: the copied zhenggai binary extracts claims without the module cache"
