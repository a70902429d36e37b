#!/bin/sh
# coverage grep: hit counts of each argument (case-insensitive) in the earlier sets' NOTES/MANIFEST/expected,
# the held-out NOTES/MANIFEST, and the corpus README and file names
U=/work/main/parser/testdata/unseen
H=/work/main/parser/testdata/heldout
for s in "$@"; do
  a=$(cat $U/set*/NOTES.md $U/set*/MANIFEST.tsv 2>/dev/null | grep -ic -- "$s")
  b=$(cat $U/set*/expected/*.json 2>/dev/null | grep -ic -- "$s")
  c=$(cat $H/*/NOTES.md $H/*/MANIFEST.tsv 2>/dev/null | grep -ic -- "$s")
  d=$( (cat /work/main/corpus/README.md; find /work/main/corpus -printf '%f\n') 2>/dev/null | grep -ic -- "$s")
  echo "$s: sets=$a expected=$b heldout=$c corpus=$d"
done
