#!/bin/sh
# usage: cov.sh "term" ... ; prints hit counts per group (case-insensitive, fixed string)
U=/work/main/parser/testdata/unseen; H=/work/main/parser/testdata/heldout; C=/work/main/corpus
for t in "$@"; do
  a=$(cat $U/set*/NOTES.md $U/set*/MANIFEST.tsv 2>/dev/null | grep -ic -F -- "$t")
  b=$(cat $U/set*/expected/*.json 2>/dev/null | grep -ic -F -- "$t")
  c=$(cat $H/*/NOTES.md $H/*/MANIFEST.tsv 2>/dev/null | grep -ic -F -- "$t")
  d=$( (cat $C/README.md; ls -R $C) 2>/dev/null | grep -ic -F -- "$t")
  printf '%s\t%s/%s/%s/%s\n' "$t" "$a" "$b" "$c" "$d"
done
