"""t.py FILE KEY: check one file against one expected key with check.py's own functions."""
import sys, json, os, importlib.util
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
spec = importlib.util.spec_from_file_location("chk", os.path.join(ROOT, "check.py")); chk = importlib.util.module_from_spec(spec); spec.loader.exec_module(chk)
def run(path, key):
    fmt = path.rsplit(".", 1)[1]
    exp = json.load(open(os.path.join(ROOT, "expected", key + ".json"), encoding="utf-8"))
    errs = []
    chk.check_file(os.path.basename(path), chk.file_text(path, fmt), exp, errs)
    return errs
if __name__ == "__main__":
    errs = run(sys.argv[1], sys.argv[2])
    print("\n".join(errs) if errs else "OK")
