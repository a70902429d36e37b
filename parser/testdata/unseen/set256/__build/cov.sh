#!/bin/sh
# Coverage grep: hits in earlier sets' NOTES/MANIFEST, expected, heldout NOTES/MANIFEST, corpus README + names
T=/work/main/parser/testdata
for w in "$@"; do
  a=$(cat $T/unseen/set*/NOTES.md $T/unseen/set*/MANIFEST.tsv 2>/dev/null | grep -ic -- "$w")
  b=$(cat $T/unseen/set*/expected/*.json | grep -ic -- "$w")
  c=$(cat $T/heldout/*/NOTES.md $T/heldout/*/MANIFEST.tsv 2>/dev/null | grep -ic -- "$w")
  d=$( (cat /work/main/corpus/README.md; ls -R /work/main/corpus) | grep -ic -- "$w")
  echo "$w: $a $b $c $d"
done
