import glob, os, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
KEEP = {"NOTES.md", "check.py", "build-pdf.sh", "__build"}
for p in os.listdir(common.OUT):
    if p in KEEP:
        continue
    fp = os.path.join(common.OUT, p)
    shutil.rmtree(fp) if os.path.isdir(fp) else os.remove(fp)
os.makedirs(os.path.join(common.OUT, "expected"))
os.makedirs(common.SRC, exist_ok=True)
import importlib
mods = sorted(os.path.basename(m)[:-3] for m in glob.glob(os.path.join(common.HERE, "n[0-9]*.py")))
for m in mods:
    importlib.import_module(m).build()
common.write_manifest()
print(len(common.MANIFEST), "rows")
for d in ("lo-out", "tex-out"):
    shutil.rmtree(os.path.join(common.HERE, d), ignore_errors=True)
