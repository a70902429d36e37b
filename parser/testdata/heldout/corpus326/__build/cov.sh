#!/bin/sh
# usage: cov.sh TERM... ; prints hit counts per group (case-insensitive, fixed strings)
U=/work/main/parser/testdata/unseen
H=/work/main/parser/testdata/heldout
C=/work/main/corpus
for t in "$@"; do
  a=$(cat $U/set*/NOTES.md $U/set*/MANIFEST.tsv 2>/dev/null | grep -ic -- "$t")
  b=$(cat $U/set*/expected/*.json 2>/dev/null | grep -ic -- "$t")
  c=$(cat $H/*/NOTES.md $H/*/MANIFEST.tsv 2>/dev/null | grep -ic -- "$t")
  d=$( (cat $C/README.md; ls $C) | grep -ic -- "$t")
  echo "$a/$b/$c/$d	$t"
done
