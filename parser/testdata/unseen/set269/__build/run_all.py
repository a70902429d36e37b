"""Rebuilds every notice rendering, expected file and MANIFEST.tsv (python3 __build/run_all.py)."""
import os, runpy, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
os.chdir(here)
for n in sorted(f for f in os.listdir(here) if f.startswith("n") and f[1:3].isdigit()):
    runpy.run_path(os.path.join(here, n))
runpy.run_path(os.path.join(here, "manifest.py"))
