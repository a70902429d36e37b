import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
import importlib
MODS = [m for m in sys.argv[1:]] or sorted(f[:-3] for f in os.listdir(os.path.dirname(os.path.abspath(__file__))) if f.startswith(("n0", "n1", "neg")) and f.endswith(".py"))
for m in MODS:
    importlib.import_module(m).build()
common.manifest()
