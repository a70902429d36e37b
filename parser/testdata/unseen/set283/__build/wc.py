"""Word counts of every manifest row, text normalised as check.py does."""
import csv, importlib.util, os, sys
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
spec = importlib.util.spec_from_file_location("check", os.path.join(root, "check.py"))
ck = importlib.util.module_from_spec(spec); spec.loader.exec_module(ck)
for fn, ref, fmt in list(csv.reader(open(os.path.join(root, "MANIFEST.tsv"), encoding="utf-8"), delimiter="\t"))[1:]:
    print(len(ck.file_text(os.path.join(root, fn), fmt).split()), fn)
