#!/bin/sh
# usage: cov.sh "name" ... ; counts case-insensitive hits in unseen NOTES/MANIFEST/expected, heldout NOTES/MANIFEST, corpus README + file names
U=/work/main/parser/testdata/unseen; H=/work/main/parser/testdata/heldout
for n in "$@"; do
  a=$(cat $U/set*/NOTES.md $U/set*/MANIFEST.tsv $U/set*/expected/*.json 2>/dev/null | grep -ic -- "$n")
  b=$(cat $H/*/NOTES.md $H/*/MANIFEST.tsv 2>/dev/null | grep -ic -- "$n")
  c=$( (cat /work/main/corpus/README.md; ls -R /work/main/corpus) 2>/dev/null | grep -ic -- "$n")
  printf '%s\t%s\t%s\t%s\n' "$a" "$b" "$c" "$n"
done
