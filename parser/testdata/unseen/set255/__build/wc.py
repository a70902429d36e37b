"""Word counts of every manifest row as check.py normalises the text."""
import csv, os, sys
from common import ROOT
sys.argv = ["check.py", ROOT]
import importlib.util
spec = importlib.util.spec_from_file_location("check", os.path.join(ROOT, "check.py"))
chk = importlib.util.module_from_spec(spec); spec.loader.exec_module(chk)
for fn, ref, fmt in list(csv.reader(open(os.path.join(ROOT, "MANIFEST.tsv")), delimiter="\t"))[1:]:
    print(f"{len(chk.file_text(os.path.join(ROOT, fn), fmt).split()):5d}  {fn}")
