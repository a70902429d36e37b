import json, os, subprocess

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.path.join(OUT, "__build")
TMP = "/tmp/c327"
MANIFEST = []


def w(name, text, ref, fmt=None):
    fmt = fmt or name.rsplit(".", 1)[1]
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write(text)
    MANIFEST.append((name, ref, fmt))


def wb(name, text):
    with open(os.path.join(BUILD, name), "w", encoding="utf-8") as f:
        f.write(text)
    return os.path.join(BUILD, name)


def nb(s):
    """hyphens of text nodes as U+2011 for Chromium / WeasyPrint sources"""
    return s.replace("-", "\u2011")


def dump(pdfname, ref):
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", os.path.join(OUT, pdfname), "-"],
                         capture_output=True, check=True).stdout.decode("utf-8")
    MANIFEST.append((pdfname, ref, "pdf"))
    w(pdfname[:-4] + ".pdftotext.txt", out, ref, "txt")


def expected(key, d):
    keys = ["reference", "post_number", "languages", "title", "organisation",
            "location", "schedule", "deadline", "salary", "grade", "clearance",
            "requirements", "competencies"]
    e = {k: d[k] for k in keys}
    with open(os.path.join(OUT, "expected", key + ".json"), "w", encoding="utf-8") as f:
        json.dump(e, f, ensure_ascii=False, indent=2)
        f.write("\n")


def both(en, fr):
    return {"en": en, "fr": fr}


def req(ess, des):
    return {"essential": ess, "desirable": des}


def comp(pairs):
    return [{"name": n, "description": d} for n, d in pairs]


def sal(amount=None, mn=None, mx=None, cur=None, period=None):
    return {"amount": amount, "min": mn, "max": mx, "currency": cur, "period": period}
