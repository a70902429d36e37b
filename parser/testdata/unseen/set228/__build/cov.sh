#!/bin/sh
# usage: cov.sh STRING...  prints hit counts (case-insensitive, fixed string) per group
U=/work/main/parser/testdata/unseen
H=/work/main/parser/testdata/heldout
C=/work/main/corpus
for s in "$@"; do
  a=$(cat $U/set*/NOTES.md $U/set*/MANIFEST.tsv 2>/dev/null | grep -ic -F -- "$s")
  b=$(cat $U/set*/expected/*.json 2>/dev/null | grep -ic -F -- "$s")
  c=$(cat $H/*/NOTES.md $H/*/MANIFEST.tsv 2>/dev/null | grep -ic -F -- "$s")
  d=$( (cat $C/README.md; ls -R $C) | grep -ic -F -- "$s")
  printf '%-40s notes/manifest=%s expected=%s heldout=%s corpus=%s\n' "$s" "$a" "$b" "$c" "$d"
done
