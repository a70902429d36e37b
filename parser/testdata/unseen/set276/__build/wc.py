"""Word counts of every MANIFEST row, normalised as check.py normalises text."""
import csv, os, sys, importlib.util
from common import ROOT
spec = importlib.util.spec_from_file_location("check", os.path.join(ROOT, "check.py"))
check = importlib.util.module_from_spec(spec); spec.loader.exec_module(check)
for fn, ref, fmt in list(csv.reader(open(os.path.join(ROOT, "MANIFEST.tsv"), encoding="utf-8"), delimiter="\t"))[1:]:
    print(len(check.file_text(os.path.join(ROOT, fn), fmt).split()), fn)
