#!/bin/sh
# Builds the case folders' generated files: the ledgers and unreadable files
# (go run ./testdata/cases-e/gen), then the Word files from the texts under
# gen/src (LibreOffice). The hand-written reports in the case folders (.txt,
# .html) are not touched. Run from the repository's root.
set -eu
root=testdata/cases-e
go run ./$root/gen $root
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd $root/gen/src
find . -name '*.txt' | sed 's|/[^/]*$||' | sort -u | while read -r d; do
	out="../../$d"
	mkdir -p "$out"
	# one LibreOffice run per folder; its own profile so it never meets a running one
	soffice -env:UserInstallation=file://$tmp/profile --headless \
		--infilter="Text (encoded):UTF8" --convert-to 'docx:MS Word 2007 XML' \
		--outdir "$out" "$d"/*.txt >/dev/null 2>&1
done
echo built
