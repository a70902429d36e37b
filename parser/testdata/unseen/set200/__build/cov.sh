#!/bin/sh
# coverage grep: count hits of each argument in earlier sets' NOTES/MANIFEST/expected, heldout NOTES/MANIFEST, corpus README and names
U=/work/main/parser/testdata/unseen
H=/work/main/parser/testdata/heldout
for w in "$@"; do
  n1=$(cat $U/set*/NOTES.md $U/set*/MANIFEST.tsv $U/set*/expected/*.json 2>/dev/null | grep -ic -- "$w")
  n2=$(cat $H/*/NOTES.md $H/*/MANIFEST.tsv 2>/dev/null | grep -ic -- "$w")
  n3=$( (cat /work/main/corpus/README.md; ls /work/main/corpus) | grep -ic -- "$w")
  echo "$n1	$n2	$n3	$w"
done
