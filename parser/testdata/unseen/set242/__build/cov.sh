#!/bin/sh
# hit counts of a string (case-insensitive) in each group
U=/work/main/parser/testdata/unseen; H=/work/main/parser/testdata/heldout
for s in "$@"; do
 a=$(cat $U/set*/NOTES.md $U/set*/MANIFEST.tsv 2>/dev/null | grep -ic -- "$s")
 b=$(cat $U/set*/expected/*.json 2>/dev/null | grep -ic -- "$s")
 c=$(cat $H/*/NOTES.md $H/*/MANIFEST.tsv 2>/dev/null | grep -ic -- "$s")
 d=$( (cat /work/main/corpus/README.md; ls -R /work/main/corpus) 2>/dev/null | grep -ic -- "$s")
 echo "$a $b $c $d  $s"
done
