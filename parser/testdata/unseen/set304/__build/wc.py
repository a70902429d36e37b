"""Word counts of every manifest file, normalised the way check.py normalises text."""
import csv, importlib.util, os, sys
B = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(B)
spec = importlib.util.spec_from_file_location("check", os.path.join(ROOT, "check.py"))
c = importlib.util.module_from_spec(spec); spec.loader.exec_module(c)
for fn, ref, fmt in list(csv.reader(open(os.path.join(ROOT, "MANIFEST.tsv"), encoding="utf-8"), delimiter="\t"))[1:]:
    print(len(c.file_text(os.path.join(ROOT, fn), fmt).split()), fn)
