# quick test: python3 t.py KEY FILE [fmt]
import sys, json, os, importlib.util
B = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("chk", os.path.join(B, "..", "check.py"))
chk = importlib.util.module_from_spec(spec); spec.loader.exec_module(chk)
key, fn = sys.argv[1], sys.argv[2]
fmt = sys.argv[3] if len(sys.argv) > 3 else fn.rsplit(".", 1)[1]
exp = json.load(open(os.path.join(B, "..", "expected", key + ".json"), encoding="utf-8"))
errs = []
chk.check_file(fn, chk.file_text(fn, fmt), exp, errs)
print(fn, "OK" if not errs else "\n  " + "\n  ".join(errs))
