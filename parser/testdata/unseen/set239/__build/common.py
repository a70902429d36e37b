"""Helpers for corpus239: writers, PDF tools, expected-file writer."""
import html as H
import json
import os
import shutil
import subprocess
import tempfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
SRC = os.path.join(os.path.dirname(__file__), "src")
ROWS = []


def esc(s):
    return H.escape(s, quote=False)


def write(name, text, ref, fmt=None):
    fmt = fmt or name.rsplit(".", 1)[1]
    with open(os.path.join(ROOT, name), "w", encoding="utf-8") as f:
        f.write(text)
    ROWS.append((name, ref, fmt))


def dump(pdf, ref):
    txt = pdf[:-4] + ".pdftotext.txt"
    subprocess.run(["pdftotext", "-enc", "UTF-8", os.path.join(ROOT, pdf), os.path.join(ROOT, txt)], check=True)
    ROWS.append((pdf, ref, "pdf"))
    ROWS.append((txt, ref, "txt"))


def chromium(html_name, ref):
    pdf = html_name[:-5] + ".chromium.pdf"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + os.path.join(ROOT, pdf), os.path.join(ROOT, html_name)],
                   check=True, capture_output=True)
    dump(pdf, ref)


def weasy(src_html, pdf, ref):
    p = os.path.join(SRC, src_html)
    subprocess.run(["weasyprint", p, os.path.join(ROOT, pdf)], check=True, capture_output=True)
    dump(pdf, ref)


def libreoffice(src_html, pdf, ref):
    p = os.path.join(SRC, src_html)
    with tempfile.TemporaryDirectory() as td:
        prof = "file://" + os.path.join(td, "profile")
        subprocess.run(["soffice", "-env:UserInstallation=" + prof, "--headless", "--convert-to",
                        "pdf:writer_web_pdf_Export", "--outdir", td, p], check=True, capture_output=True)
        shutil.move(os.path.join(td, os.path.basename(src_html)[:-5] + ".pdf"), os.path.join(ROOT, pdf))
    dump(pdf, ref)


def pdflatex(src_tex, pdf, ref):
    with tempfile.TemporaryDirectory() as td:
        shutil.copy(os.path.join(SRC, src_tex), td)
        for _ in range(2):
            subprocess.run(["pdflatex", "-interaction=nonstopmode", src_tex], cwd=td, check=True,
                           capture_output=True)
        shutil.move(os.path.join(td, src_tex[:-4] + ".pdf"), os.path.join(ROOT, pdf))
    dump(pdf, ref)


def src(name, text):
    with open(os.path.join(SRC, name), "w", encoding="utf-8") as f:
        f.write(text)


def expected(key, reference, langs, title, org, loc, sched, deadline, salary, grade, req, comp,
             post_number=None, clearance=None):
    def pair(v):
        if isinstance(v, dict):
            return v
        return {"en": v if "en" in langs else None, "fr": v if langs == ["fr"] else None}

    def lang_pair(v):
        out = {"en": None, "fr": None}
        if isinstance(v, dict) and set(v) <= {"en", "fr"} and len(langs) == 2:
            out.update(v)
        else:
            out[langs[0]] = v
        return out

    e = {
        "reference": reference, "post_number": post_number, "languages": langs,
        "title": pair(title), "organisation": pair(org), "location": pair(loc),
        "schedule": pair(sched) if sched is not None else {"en": None, "fr": None},
        "deadline": deadline,
        "salary": None if salary is None else dict(zip(["amount", "min", "max", "currency", "period"], salary)),
        "grade": grade, "clearance": clearance,
        "requirements": lang_pair(req), "competencies": lang_pair(comp),
    }
    with open(os.path.join(ROOT, "expected", key + ".json"), "w", encoding="utf-8") as f:
        json.dump(e, f, ensure_ascii=False, indent=2)
        f.write("\n")


def ul(items, tag="ul"):
    return "<%s>\n" % tag + "".join("<li>%s</li>\n" % esc(i) for i in items) + "</%s>\n" % tag


def comps_html(comps, sep=": "):
    return "".join("<p><strong>%s</strong>%s%s</p>\n" % (esc(n), sep, esc(d)) for n, d in comps)


def comps_list(comps):
    return [{"name": n, "description": d} for n, d in comps]
