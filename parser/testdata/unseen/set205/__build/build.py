"""Reruns every generator (renderings, PDFs with their dumps, expected files).
The non-notices and MANIFEST.tsv are hand-written."""
import glob, os, runpy, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
for p in sorted(glob.glob(os.path.join(here, "n[0-9][0-9]_*.py"))):
    print("running", os.path.basename(p))
    runpy.run_path(p, run_name="__main__")
