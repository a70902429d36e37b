"""t.py FILE KEY [fmt]: check one file against one expected key with check.py's own functions."""
import importlib.util, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("chk", os.path.join(HERE, "..", "check.py"))
chk = importlib.util.module_from_spec(spec); sys.argv = [sys.argv[0]] + sys.argv[1:]; spec.loader.exec_module(chk)


def errors(path, key, fmt=None):
    fmt = fmt or path.rsplit(".", 1)[1]
    exp = json.load(open(os.path.join(HERE, "..", "expected", key + ".json"), encoding="utf-8"))
    errs = []
    chk.check_file(os.path.basename(path), chk.file_text(path, fmt), exp, errs)
    return errs


if __name__ == "__main__":
    e = errors(sys.argv[1], sys.argv[2])
    print("\n".join(e) or "OK")
