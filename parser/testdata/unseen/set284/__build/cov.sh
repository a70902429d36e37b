#!/bin/sh
# coverage grep: counts of hits per group for each argument (case-insensitive, fixed string)
U=/work/main/parser/testdata/unseen
H=/work/main/parser/testdata/heldout
for w in "$@"; do
  a=$(cat $U/set*/NOTES.md $U/set*/MANIFEST.tsv 2>/dev/null | grep -ic -- "$w")
  b=$(cat $U/set*/expected/*.json 2>/dev/null | grep -ic -- "$w")
  c=$(cat $H/*/NOTES.md $H/*/MANIFEST.tsv 2>/dev/null | grep -ic -- "$w")
  d=$( (cat /work/main/corpus/README.md; ls /work/main/corpus) | grep -ic -- "$w")
  echo "$a/$b/$c/$d  $w"
done
