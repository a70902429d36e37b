import os, sys, glob, importlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
mods = sys.argv[1:] or sorted(os.path.basename(p)[:-3] for p in glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), "n[0-9][0-9]_*.py"))) + ["negatives"]
for m in mods:
    importlib.import_module(m).build()
common.manifest()
