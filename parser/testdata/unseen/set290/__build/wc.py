"""Word counts of every manifest row, text normalised the way check.py normalises it."""
import csv, os, sys
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from check import file_text
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for fn, ref, fmt in list(csv.reader(open(os.path.join(ROOT, "MANIFEST.tsv"), encoding="utf-8"), delimiter="\t"))[1:]:
    print(len(file_text(os.path.join(ROOT, fn), fmt).split()), fn)
