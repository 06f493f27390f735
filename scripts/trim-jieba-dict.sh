#!/bin/sh
# Refreshes the dictionaries internal/seg embeds from the gojieba module in
# the module cache: jieba.dict.utf8 and hmm_model.utf8 gzipped, idf.utf8
# trimmed to the user dictionary's words and the corpus reports' words,
# stop_words.utf8 copied, and internal/seg/dicts_gen.go (sizes and SHA-256
# of the inflated files). Run it after changing the gojieba version in
# go.mod or internal/seg/dict/user.dict.utf8, then `go test ./internal/seg/`.
#
# Usage: scripts/trim-jieba-dict.sh [-src gojieba-dict-dir]
set -eu
cd "$(dirname "$0")/.."
exec go run ./internal/seg/internal/gen -root . "$@"
