"""tryfile.py KEY FILE [FMT]: run check.py's tests of one rendering against expected/KEY.json."""
import sys, os, json, importlib.util
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
spec = importlib.util.spec_from_file_location("chk", os.path.join(ROOT, "check.py"))
chk = importlib.util.module_from_spec(spec); sys.argv_saved = sys.argv; spec.loader.exec_module(chk)
key, path = sys.argv[1], sys.argv[2]
fmt = sys.argv[3] if len(sys.argv) > 3 else path.rsplit(".", 1)[1]
exp = json.load(open(os.path.join(ROOT, "expected", key + ".json"), encoding="utf-8"))
errs = []
chk.check_schema(key, exp, errs)
chk.check_file(os.path.basename(path), chk.file_text(path, fmt), exp, errs)
print("\n".join(errs) if errs else "OK " + os.path.basename(path))
sys.exit(1 if errs else 0)
