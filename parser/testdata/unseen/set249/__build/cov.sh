#!/bin/sh
# Coverage grep: hits per term in earlier sets' NOTES/MANIFEST, their expected/, heldout NOTES/MANIFEST, corpus README + names.
T=/work/main/parser/testdata
for t in "$@"; do
  a=$(cat $T/unseen/set*/NOTES.md $T/unseen/set*/MANIFEST.tsv 2>/dev/null | grep -ic -- "$t")
  b=$(cat $T/unseen/set*/expected/*.json | grep -ic -- "$t")
  c=$(cat $T/heldout/*/NOTES.md $T/heldout/*/MANIFEST.tsv 2>/dev/null | grep -ic -- "$t")
  d=$( (cat /work/main/corpus/README.md; ls /work/main/corpus) | grep -ic -- "$t")
  echo "$t: $a $b $c $d"
done
