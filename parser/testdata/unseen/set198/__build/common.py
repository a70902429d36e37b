import json, os, subprocess, html as H
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def out(name, text):
    with open(os.path.join(ROOT, name), "w", encoding="utf-8") as f:
        f.write(text)
def expected(key, d):
    keys = ["reference","post_number","languages","title","organisation","location","schedule",
            "deadline","salary","grade","clearance","requirements","competencies"]
    d = {k: d[k] for k in keys}
    with open(os.path.join(ROOT, "expected", key + ".json"), "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=2); f.write("\n")
def e(s):
    return H.escape(s, quote=False)
def dump(pdf):
    txt = pdf[:-4] + ".pdftotext.txt"
    subprocess.run(["pdftotext", "-enc", "UTF-8", os.path.join(ROOT, pdf), os.path.join(ROOT, txt)], check=True)
def chromium(html):
    pdf = html[:-5] + ".chromium.pdf"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + os.path.join(ROOT, pdf), os.path.join(ROOT, html)], check=True,
                   capture_output=True)
    dump(pdf)
def bi(lang_en, lang_fr):
    return {"en": lang_en, "fr": lang_fr}
def comps(names, descs=None):
    if names is None: return None
    return [{"name": n, "description": (descs[i] if descs else None)} for i, n in enumerate(names)]
