# usage: t.py KEY FILE...  -- runs check.py's check_file on each file (pdf via pdftotext, txt/html/md as check.py does)
import importlib.util, json, os, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
spec = importlib.util.spec_from_file_location("chk", os.path.join(ROOT, "check.py"))
sys_argv = sys.argv; sys.argv = ["x", ROOT]
chk = importlib.util.module_from_spec(spec); spec.loader.exec_module(chk)
sys.argv = sys_argv
def check(key, path):
    exp = json.load(open(os.path.join(ROOT, "expected", key + ".json"), encoding="utf-8"))
    errs = []
    chk.check_schema(key, exp, errs)
    fmt = path.rsplit(".", 1)[1]
    chk.check_file(os.path.basename(path), chk.file_text(path, fmt), exp, errs)
    return errs
if __name__ == "__main__":
    key = sys.argv[1]
    for p in sys.argv[2:]:
        errs = check(key, p)
        print(("OK  " if not errs else "BAD ") + p)
        for x in errs: print("   ", x)
