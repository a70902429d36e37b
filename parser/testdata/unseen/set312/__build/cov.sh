#!/bin/sh
# usage: sh cov.sh "term" ... ; counts case-insensitive hits per group
U=/work/main/parser/testdata/unseen; H=/work/main/parser/testdata/heldout
for t in "$@"; do
  a=$(cat $U/set*/NOTES.md $U/set*/MANIFEST.tsv 2>/dev/null | grep -ic -- "$t")
  b=$(cat $U/set*/expected/*.json 2>/dev/null | grep -ic -- "$t")
  c=$(cat $H/*/NOTES.md $H/*/MANIFEST.tsv 2>/dev/null | grep -ic -- "$t")
  d=$( (cat /work/main/corpus/README.md; ls -R /work/main/corpus) 2>/dev/null | grep -ic -- "$t")
  echo "$a/$b/$c/$d  $t"
done
