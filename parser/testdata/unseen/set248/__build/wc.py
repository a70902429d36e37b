import csv, os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import importlib.util
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
spec = importlib.util.spec_from_file_location("check", os.path.join(ROOT, "check.py")); ck = importlib.util.module_from_spec(spec); spec.loader.exec_module(ck)
for fn, ref, fmt in list(csv.reader(open(os.path.join(ROOT, "MANIFEST.tsv"), encoding="utf-8"), delimiter="\t"))[1:]:
    print(len(ck.file_text(os.path.join(ROOT, fn), fmt).split()), fn)
