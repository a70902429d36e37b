"""Word counts of every manifest row, normalised as check.py reads the files."""
import csv, os, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
import check
for f, ref, fmt in list(csv.reader(open(os.path.join(ROOT, "MANIFEST.tsv"), encoding="utf-8"), delimiter="\t"))[1:]:
    print(len(check.file_text(os.path.join(ROOT, f), fmt).split()), f)
