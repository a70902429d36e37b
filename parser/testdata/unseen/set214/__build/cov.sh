#!/bin/sh
# cov.sh NAME... : hits of each name (case-insensitive) in earlier sets' NOTES/MANIFEST/expected,
# heldout NOTES/MANIFEST, corpus README and corpus file names
U=/work/main/parser/testdata/unseen
H=/work/main/parser/testdata/heldout
for n in "$@"; do
  a=$(cat $U/set*/NOTES.md $U/set*/MANIFEST.tsv 2>/dev/null | grep -ic -- "$n")
  b=$(cat $U/set*/expected/*.json 2>/dev/null | grep -ic -- "$n")
  c=$(cat $H/*/NOTES.md $H/*/MANIFEST.tsv 2>/dev/null | grep -ic -- "$n")
  d=$( (cat /work/main/corpus/README.md; ls /work/main/corpus) | grep -ic -- "$n")
  echo "$n	notes/manifest=$a expected=$b heldout=$c corpus=$d"
done
