#!/bin/sh
# usage: sh cov.sh "term" ... ; counts hits (case-insensitive) in 4 groups
U=/work/main/parser/testdata/unseen
H=/work/main/parser/testdata/heldout
for t in "$@"; do
  a=$(cat $U/set*/NOTES.md $U/set*/MANIFEST.tsv 2>/dev/null | grep -ci -- "$t")
  b=$(cat $U/set*/expected/*.json 2>/dev/null | grep -ci -- "$t")
  c=$(cat $H/*/NOTES.md $H/*/MANIFEST.tsv 2>/dev/null | grep -ci -- "$t")
  d=$( (cat /work/main/corpus/README.md; ls /work/main/corpus) | grep -ci -- "$t")
  echo "$a/$b/$c/$d	$t"
done
