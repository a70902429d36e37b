"""Rebuilds every notice rendering, expected file and MANIFEST.tsv (python3 __build/run_all.py)."""
import glob, os, runpy, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
os.chdir(here)
for g in sorted(glob.glob("n[0-9][0-9]_*.py")):
    runpy.run_path(g)
runpy.run_path("manifest.py")
