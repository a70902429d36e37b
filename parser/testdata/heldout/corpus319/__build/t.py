# usage: t.py FILE KEY  -> runs check.py's check_file on one file
import sys, os, json, importlib.util
R = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
spec = importlib.util.spec_from_file_location("chk", os.path.join(R, "check.py")); c = importlib.util.module_from_spec(spec); spec.loader.exec_module(c)
def run(fn, key):
    fmt = fn.rsplit(".", 1)[1]
    exp = json.load(open(os.path.join(R, "expected", key + ".json"), encoding="utf-8"))
    errs = []; c.check_schema(key, exp, errs)
    c.check_file(os.path.basename(fn), c.file_text(fn, fmt), exp, errs)
    return errs
if __name__ == "__main__":
    errs = run(sys.argv[1], sys.argv[2])
    print("\n".join(errs) if errs else "OK")
