import glob, importlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
for m in sorted(glob.glob(os.path.join(common.B, "n[0-9][0-9]_*.py"))):
    importlib.import_module(os.path.basename(m)[:-3])
if os.path.exists(os.path.join(common.B, "negatives.py")):
    importlib.import_module("negatives")
common.manifest()
