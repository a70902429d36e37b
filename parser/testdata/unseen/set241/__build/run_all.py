"""Rebuild every notice rendering and expected file, then MANIFEST.tsv (non-notices are hand-written)."""
import os, subprocess, sys
here = os.path.dirname(os.path.abspath(__file__))
for f in sorted(os.listdir(here)):
    if f.startswith("n") and f[1:3].isdigit() and f.endswith(".py"):
        subprocess.run([sys.executable, f], cwd=here, check=True)
subprocess.run([sys.executable, "manifest.py"], cwd=here, check=True)
