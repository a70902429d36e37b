"""Rebuilds every notice rendering, its expected file and MANIFEST.tsv: python3 __build/run_all.py"""
import os, runpy, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
os.chdir(here)
for f in sorted(os.listdir(here)):
    if f[:1] == "n" and f[1:3].isdigit() and f.endswith(".py"):
        print("running", f)
        runpy.run_path(os.path.join(here, f))
runpy.run_path(os.path.join(here, "manifest.py"))
