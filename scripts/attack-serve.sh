#!/usr/bin/env bash
# Replays every attack of the security issue (17) against zhenggai serve:
# builds the binary, starts it on a loopback port with a fresh data folder
# (no token), runs scripts/attackserve (each attack bounded to 60 s; those
# that need a hostile data folder or --workers 1 start a server of their
# own), then starts it again with a token for the attacks that need one
# (the login's redirect). Prints per attack whether the server held, the
# HTTP status, the server's peak memory during the attack (VmHWM, reset
# before each) and the CPU seconds it spent in the 2 s after the answer or
# the client's departure. The crafted PDFs are testdata/security's.
#
#   scripts/attack-serve.sh
#   MAX_MB=512 scripts/attack-serve.sh
#   ONLY=pdf:pages-4900 scripts/attack-serve.sh   (one attack)
#
# Run as root, the first server's data folder is on a 128 MB tmpfs, which
# the disk-full attack fills up (elsewhere that attack is skipped).
#
# Only ever against 127.0.0.1. Exit status 1 when an attack broke through or
# the peak memory is over MAX_MB (default 1024).
set -euo pipefail
cd "$(dirname "$0")/.."

MAX_MB=${MAX_MB:-1024}

tmp=$(mktemp -d)
pid=""
stop() {
	if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
		kill -TERM "$pid" 2>/dev/null || true
		wait "$pid" 2>/dev/null || true
	fi
	pid=""
}
disk=""
trap 'stop; [[ -n "$disk" ]] && umount "$disk"; rm -rf "$tmp"' EXIT
if [[ $EUID -eq 0 ]] && mkdir -p "$tmp/disk" && mount -t tmpfs -o size=128m tmpfs "$tmp/disk" 2>/dev/null; then
	disk="$tmp/disk"
fi

go build -o "$tmp/zhenggai" ./cmd/zhenggai
go build -o "$tmp/attackserve" ./scripts/attackserve

status=0
for token in "" "attack-serve-$RANDOM$RANDOM"; do
	port=$((20000 + RANDOM % 20000))
	data="$tmp/data-${token:+token}"
	fill=""
	if [[ -z "$token" && -n "$disk" ]]; then
		data="$disk/data" fill="$disk"
	fi
	ZHENGGAI_TOKEN="$token" "$tmp/zhenggai" serve --addr "127.0.0.1:$port" --data "$data" 2>"$tmp/serve.log" &
	pid=$!
	for _ in $(seq 100); do
		curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
		sleep 0.1
	done
	[[ -n "$token" ]] && echo "-- with a token"
	mkdir -p "$tmp/work"
	"$tmp/attackserve" -url "http://127.0.0.1:$port" -pid "$pid" -data "$data" -token "$token" -fill "$fill" \
		-max-mb "$MAX_MB" -only "${ONLY:-}" -cases testdata/corpus/cases -bin "$tmp/zhenggai" -security testdata/security -work "$tmp/work" || status=$?
	stop
done
exit "$status"
