"""Rebuilds every rendering, expected file and MANIFEST.tsv: python3 __build/run_all.py"""
import os, subprocess, sys, glob
here = os.path.dirname(os.path.abspath(__file__))
if os.path.exists(os.path.join(here, "rows.tsv")):
    os.remove(os.path.join(here, "rows.tsv"))
for f in sorted(glob.glob(os.path.join(here, "n[0-9][0-9]_*.py"))):
    subprocess.run([sys.executable, f], check=True, cwd=here)
subprocess.run([sys.executable, os.path.join(here, "manifest.py")], check=True, cwd=here)
