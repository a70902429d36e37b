import sys, os, csv
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import importlib.util
spec = importlib.util.spec_from_file_location("chk", os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "check.py"))
chk = importlib.util.module_from_spec(spec); spec.loader.exec_module(chk)
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for fn, ref, fmt in list(csv.reader(open(os.path.join(root, "MANIFEST.tsv")), delimiter="\t"))[1:]:
    print(len(chk.file_text(os.path.join(root, fn), fmt).split()), fn)
