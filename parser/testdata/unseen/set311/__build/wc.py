"""Word counts of every manifest row, text taken as check.py takes it."""
import csv, os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import importlib.util
R = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
spec = importlib.util.spec_from_file_location("chk", os.path.join(R, "check.py")); chk = importlib.util.module_from_spec(spec)
sys.argv = ["x", R]; spec.loader.exec_module(chk)
for fn, ref, fmt in list(csv.reader(open(os.path.join(R, "MANIFEST.tsv")), delimiter="\t"))[1:]:
    print(len(chk.file_text(os.path.join(R, fn), fmt).split()), fn)
