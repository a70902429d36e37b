#!/bin/sh
# cov.sh STRING...: hit counts of each string (case-insensitive) in the groups the brief allows grepping
U=/work/main/parser/testdata/unseen
for s in "$@"; do
  a=$(cat $U/set*/NOTES.md $U/set*/MANIFEST.tsv 2>/dev/null | grep -ic -- "$s")
  b=$(cat $U/set*/expected/*.json 2>/dev/null | grep -ic -- "$s")
  c=$(cat /work/main/parser/testdata/heldout/*/NOTES.md /work/main/parser/testdata/heldout/*/MANIFEST.tsv 2>/dev/null | grep -ic -- "$s")
  d=$( (cat /work/main/corpus/README.md; ls /work/main/corpus) | grep -ic -- "$s")
  printf '%-40s notes/manifest=%s expected=%s heldout=%s corpus=%s\n' "$s" "$a" "$b" "$c" "$d"
done
