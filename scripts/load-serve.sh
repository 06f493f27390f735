#!/usr/bin/env bash
# Load test of zhenggai serve: builds the binary, starts it on a loopback
# port with a fresh data folder, runs scripts/loadserve (20 clients for 30 s,
# mixing case uploads and searches), prints requests/s, errors and p99
# latency per endpoint and the server's peak memory, and stops the server.
#
#   scripts/load-serve.sh                 # 20 clients, 30 s
#   CLIENTS=5 DURATION=10s scripts/load-serve.sh
#
# Only ever against 127.0.0.1. Exit status 1 when a request failed or the
# peak memory is over MAX_MB (default 400).
set -euo pipefail
cd "$(dirname "$0")/.."

CLIENTS=${CLIENTS:-20}
DURATION=${DURATION:-30s}
MAX_MB=${MAX_MB:-400}
PORT=${PORT:-$((20000 + RANDOM % 20000))}

tmp=$(mktemp -d)
pid=""
cleanup() {
	if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
		kill -TERM "$pid" 2>/dev/null || true
		wait "$pid" 2>/dev/null || true
	fi
	rm -rf "$tmp"
}
trap cleanup EXIT

go build -o "$tmp/zhenggai" ./cmd/zhenggai
go build -o "$tmp/loadserve" ./scripts/loadserve

env -u ZHENGGAI_TOKEN "$tmp/zhenggai" serve --addr "127.0.0.1:$PORT" --data "$tmp/data" 2>"$tmp/serve.log" &
pid=$!

status=0
"$tmp/loadserve" -url "http://127.0.0.1:$PORT" -pid "$pid" -clients "$CLIENTS" -duration "$DURATION" \
	-max-mb "$MAX_MB" -cases testdata/corpus/cases || status=$?

kill -TERM "$pid"
wait "$pid" || { echo "serve exited with $?"; status=1; }
pid=""
if grep -v -e 'listening on' -e 'stopped' "$tmp/serve.log" | grep -q .; then
	echo "--- server log:"
	tail -n 20 "$tmp/serve.log"
fi
exit "$status"
