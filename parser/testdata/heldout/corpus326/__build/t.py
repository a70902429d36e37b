# usage: t.py FILE KEY  -> runs check.py's check_file on one file
import sys, os, json, importlib.util
here = os.path.dirname(os.path.abspath(__file__)); root = os.path.dirname(here)
spec = importlib.util.spec_from_file_location("chk", os.path.join(root, "check.py")); chk = importlib.util.module_from_spec(spec)
sys.argv = [sys.argv[0]] + sys.argv[1:]
spec.loader.exec_module(chk)
def run(fn, key):
    fmt = fn.rsplit(".", 1)[1]
    exp = json.load(open(os.path.join(root, "expected", key + ".json"), encoding="utf-8"))
    errs = []
    chk.check_file(fn, chk.file_text(fn, fmt), exp, errs)
    return errs
if __name__ == "__main__":
    e = run(sys.argv[1], sys.argv[2]); print("\n".join(e) or "OK")
