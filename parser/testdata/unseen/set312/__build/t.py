"""usage: python3 t.py KEY FILE... -- runs check.py's check_file on each file for one key"""
import sys, json, os, importlib.util
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
spec = importlib.util.spec_from_file_location("chk", os.path.join(ROOT, "check.py"))
chk = importlib.util.module_from_spec(spec); sys.argv = [sys.argv[0]] + sys.argv[1:]; spec.loader.exec_module(chk)
key = sys.argv[1]
exp = json.load(open(os.path.join(ROOT, "expected", key + ".json"), encoding="utf-8"))
bad = 0
for fn in sys.argv[2:]:
    fmt = fn.rsplit(".", 1)[1]
    errs = []
    chk.check_schema(key, exp, errs)
    chk.check_file(fn, chk.file_text(fn, fmt), exp, errs)
    print(("OK  " if not errs else "BAD ") + fn)
    for x in errs: print("   ", x)
    bad += bool(errs)
sys.exit(1 if bad else 0)
