"""Word counts of every manifest row, normalised the way check.py normalises text."""
import csv, os, sys, importlib.util
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
spec = importlib.util.spec_from_file_location("check", os.path.join(ROOT, "check.py"))
check = importlib.util.module_from_spec(spec); spec.loader.exec_module(check)
rows = list(csv.reader(open(os.path.join(ROOT, "MANIFEST.tsv"), encoding="utf-8"), delimiter="\t"))[1:]
for fn, ref, fmt in rows:
    print(len(check.file_text(os.path.join(ROOT, fn), fmt).split()), fn)
