import sys, os, importlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
MODS = [m for m in sys.argv[1:]] or sorted(f[:-3] for f in os.listdir(common.BUILD) if f.startswith("n") and f[1:3].isdigit() and f.endswith(".py"))
for m in MODS:
    importlib.import_module(m).build()
# manifest: notices (generated) + hand-written non-notices
neg = sorted(f for f in os.listdir(common.ROOT) if f.endswith((".en.txt", ".en.md", ".en.html", ".fr.txt", ".fr.md", ".fr.html")))
with open(os.path.join(common.ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
    f.write("file\treference\tformat\n")
    for r in common.ROWS:
        f.write("\t".join(r) + "\n")
    for n in neg:
        f.write(f"{n}\t-\t{n.rsplit('.',1)[1]}\n")
