"""Shared writers for corpus246 (run: cd __build && python3 build.py)."""
import json, os, shutil, subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SRC = os.path.join(HERE, "src")
MANIFEST = []


def write(name, text, ref, fmt=None):
    fmt = fmt or name.rsplit(".", 1)[1]
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write(text)
    MANIFEST.append((name, ref, fmt))


def dump(pdf, ref):
    txt = pdf[:-4] + ".pdftotext.txt"
    subprocess.run(["pdftotext", "-enc", "UTF-8", os.path.join(OUT, pdf), os.path.join(OUT, txt)], check=True)
    MANIFEST.append((pdf, ref, "pdf"))
    MANIFEST.append((txt, ref, "txt"))


def chromium(html_name, ref):
    """html_name is already written in the set (build-pdf.sh rebuilds it the same way)."""
    pdf = html_name[:-5] + ".chromium.pdf"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + os.path.join(OUT, pdf), os.path.join(OUT, html_name)],
                   check=True, capture_output=True)
    dump(pdf, ref)


def weasyprint(src_html, pdf, ref):
    p = os.path.join(SRC, src_html)
    subprocess.run(["weasyprint", p, os.path.join(OUT, pdf)], check=True, capture_output=True)
    dump(pdf, ref)


def libreoffice(src_html, pdf, ref):
    p = os.path.join(SRC, src_html)
    tmp = os.path.join(HERE, "lo-out")
    os.makedirs(tmp, exist_ok=True)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo246-profile", "--headless",
                    "--convert-to", "pdf:writer_web_pdf_Export", "--outdir", tmp, p],
                   check=True, capture_output=True)
    shutil.move(os.path.join(tmp, src_html[:-5] + ".pdf"), os.path.join(OUT, pdf))
    dump(pdf, ref)


def pdflatex(src_tex, pdf, ref):
    tmp = os.path.join(HERE, "tex-out")
    os.makedirs(tmp, exist_ok=True)
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "-output-directory", tmp,
                        os.path.join(SRC, src_tex)], check=True, capture_output=True)
    shutil.move(os.path.join(tmp, src_tex[:-4] + ".pdf"), os.path.join(OUT, pdf))
    dump(pdf, ref)


def src(name, text):
    with open(os.path.join(SRC, name), "w", encoding="utf-8") as f:
        f.write(text)


def expected(key, reference, languages, title, organisation, location, deadline, *, post_number=None,
             schedule=None, salary=None, grade=None, requirements=None, competencies=None):
    def per(v):
        if isinstance(v, dict):
            return {"en": v.get("en"), "fr": v.get("fr")}
        d = {"en": None, "fr": None}
        d[languages[0]] = v
        return d
    req = {"en": None, "fr": None}
    comp = {"en": None, "fr": None}
    for l in languages:
        r = requirements[l] if requirements and l in requirements else {"essential": [], "desirable": []}
        req[l] = {"essential": r["essential"], "desirable": r["desirable"]}
        c = competencies[l] if competencies and l in competencies else []
        comp[l] = [{"name": n, "description": d} for n, d in c]
    if salary:
        amount, mn, mx, cur, period = salary
        salary = {"amount": amount, "min": mn, "max": mx, "currency": cur, "period": period}
    exp = {"reference": reference, "post_number": post_number, "languages": languages,
           "title": per(title), "organisation": per(organisation), "location": per(location),
           "schedule": per(schedule), "deadline": deadline, "salary": salary, "grade": grade,
           "clearance": None, "requirements": req, "competencies": comp}
    with open(os.path.join(OUT, "expected", key + ".json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def ul(items, tag="ul"):
    return f"<{tag}>\n" + "\n".join(f"  <li>{esc(i)}</li>" for i in items) + f"\n</{tag}>"


def write_manifest():
    with open(os.path.join(OUT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
        f.write("file\treference\tformat\n")
        for row in MANIFEST:
            f.write("\t".join(row) + "\n")
