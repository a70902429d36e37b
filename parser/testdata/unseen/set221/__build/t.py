#!/usr/bin/env python3
"""t.py FILE KEY [fmt]: run check.py's own check_file on one file against expected/KEY.json."""
import sys, os, json, importlib.util
HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("chk", os.path.join(os.path.dirname(HERE), "check.py"))
chk = importlib.util.module_from_spec(spec); sys.argv_save = sys.argv; spec.loader.exec_module(chk)
def run(path, key, fmt=None):
    fmt = fmt or path.rsplit(".", 1)[1]
    exp = json.load(open(os.path.join(os.path.dirname(HERE), "expected", key + ".json"), encoding="utf-8"))
    errs = []
    chk.check_file(os.path.basename(path), chk.file_text(path, fmt), exp, errs)
    return errs
if __name__ == "__main__":
    e = run(sys.argv[1], sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else None)
    print("\n".join(e) if e else "OK")
    sys.exit(1 if e else 0)
