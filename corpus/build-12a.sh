#!/bin/sh
# Builds the fixtures of issue 12 part A (layouts the corpus lacked): each
# one re-lays out an existing notice, so its expected answers are the
# notice's expected/<reference>.json. It reads the sources kept here and
# writes, for each file it makes, a MANIFEST.tsv row (other rows are kept).
#
#   sh build-12a.sh
#
# Encodings (A.6): the Markdown of a notice in other bytes
#   250697-osg.utf16.md      250697-osg.md as UTF-16LE with a BOM
#   250833-ihc.cr.md         250833-ihc.md with CR-only line ends
#
# Debian 12 packages: those of build.sh and build-extra.sh, python3.
set -eu
cd "$(dirname "$0")"

: "${SOURCE_DATE_EPOCH:=1750550400}"     # 2025-06-22T00:00:00Z, as in build.sh
export SOURCE_DATE_EPOCH
export FORCE_SOURCE_DATE=1 TZ=UTC LC_ALL=C.UTF-8 LANG=C.UTF-8
B=$(mktemp -d)
trap 'rm -rf "$B"' EXIT INT TERM
ROWS="$B/rows.tsv"
: > "$ROWS"

row() {  # file reference format producer derived_from
  pages=""
  [ "$3" = pdf ] && pages=$(pdfinfo "$1" | awk '/^Pages:/ {print $2}')
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" "$5" "$(sha256sum "$1" | cut -d' ' -f1)" "$pages" >> "$ROWS"
}

# --- A.6 encodings -------------------------------------------------------------
python3 - <<'PY'
src = open("250697-osg.md", encoding="utf-8").read()
open("250697-osg.utf16.md", "wb").write(b"\xff\xfe" + src.encode("utf-16-le"))
src = open("250833-ihc.md", encoding="utf-8").read()
open("250833-ihc.cr.md", "wb").write(src.replace("\r\n", "\n").replace("\n", "\r").encode("utf-8"))
PY
row 250697-osg.utf16.md 250697 md "250697-osg.md re-encoded as UTF-16LE with a BOM (build-12a.sh)" 250697-osg.md
row 250833-ihc.cr.md 250833 md "250833-ihc.md with CR-only line ends (build-12a.sh)" 250833-ihc.md

# --- MANIFEST.tsv: replace the rows of these files, keep the rest ---------------
row build-12a.sh - sh "hand-written" "-"
awk -F'\t' -v OFS='\t' 'NR == FNR { mine[$1] = 1; next } !($1 in mine) { print }' "$ROWS" MANIFEST.tsv > "$B/manifest.tsv"
cat "$ROWS" >> "$B/manifest.tsv"
cat "$B/manifest.tsv" > MANIFEST.tsv
