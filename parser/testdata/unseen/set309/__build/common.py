"""Shared helpers for corpus309: writers, PDF tools, expected writer, manifest."""
import json, os, shutil, subprocess, tempfile

BUILD = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BUILD)
SRC = os.path.join(BUILD, "src")
ROWS = []


def write(name, text, ref, fmt=None):
    fmt = fmt or name.rsplit(".", 1)[1]
    with open(os.path.join(ROOT, name), "w", encoding="utf-8") as f:
        f.write(text)
    ROWS.append((name, ref, fmt))


def src(name, text):
    p = os.path.join(SRC, name)
    with open(p, "w", encoding="utf-8") as f:
        f.write(text)
    return p


def dump(pdf_name, ref):
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", os.path.join(ROOT, pdf_name), "-"],
                         capture_output=True, check=True).stdout.decode("utf-8")
    write(pdf_name[:-4] + ".pdftotext.txt", out, ref, "txt")
    ROWS.insert(len(ROWS) - 1, (pdf_name, ref, "pdf"))


def chromium(html_name, ref):
    pdf = html_name[:-5] + ".chromium.pdf"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + os.path.join(ROOT, pdf), os.path.join(ROOT, html_name)],
                   check=True, capture_output=True)
    dump(pdf, ref)


def weasy(html_path, pdf_name, ref):
    subprocess.run(["weasyprint", html_path, os.path.join(ROOT, pdf_name)], check=True, capture_output=True)
    dump(pdf_name, ref)


def libreoffice(in_path, pdf_name, ref, filt):
    tmp = tempfile.mkdtemp()
    prof = "file://" + os.path.join(tmp, "profile")
    subprocess.run(["soffice", "-env:UserInstallation=" + prof, "--headless", "--convert-to", "pdf:" + filt,
                    "--outdir", tmp, in_path], check=True, capture_output=True)
    base = os.path.splitext(os.path.basename(in_path))[0] + ".pdf"
    shutil.move(os.path.join(tmp, base), os.path.join(ROOT, pdf_name))
    shutil.rmtree(tmp, ignore_errors=True)
    dump(pdf_name, ref)


def pandoc_docx(md_path):
    out = md_path[:-3] + ".docx"
    subprocess.run(["pandoc", md_path, "-o", out], check=True)
    return out


def pdflatex(tex_path, pdf_name, ref):
    tmp = tempfile.mkdtemp()
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "-output-directory", tmp, tex_path],
                       check=True, capture_output=True)
    base = os.path.splitext(os.path.basename(tex_path))[0] + ".pdf"
    shutil.move(os.path.join(tmp, base), os.path.join(ROOT, pdf_name))
    shutil.rmtree(tmp, ignore_errors=True)
    dump(pdf_name, ref)


def expected(key, reference, langs, title, org, loc, sched, deadline, salary, grade,
             req, comp, post_number=None):
    def per(v):
        if isinstance(v, dict):
            return {"en": v.get("en"), "fr": v.get("fr")}
        d = {"en": None, "fr": None}
        d[langs[0]] = v
        return d
    def sal(s):
        if s is None:
            return None
        amount, mn, mx, cur, period = s
        return {"amount": amount, "min": mn, "max": mx, "currency": cur, "period": period}
    reqd = {"en": None, "fr": None}
    compd = {"en": None, "fr": None}
    for l in langs:
        e, d = req[l] if isinstance(req, dict) and l in req else req
        reqd[l] = {"essential": e, "desirable": d}
        c = comp[l] if isinstance(comp, dict) else comp
        compd[l] = [{"name": n, "description": ds} for n, ds in c]
    data = {"reference": reference, "post_number": post_number, "languages": langs,
            "title": per(title), "organisation": per(org), "location": per(loc),
            "schedule": per(sched), "deadline": deadline, "salary": sal(salary), "grade": grade,
            "clearance": None, "requirements": reqd, "competencies": compd}
    with open(os.path.join(ROOT, "expected", key + ".json"), "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=2)
        f.write("\n")


def ul(items, tag="ul"):
    return "<%s>\n%s\n</%s>" % (tag, "\n".join("  <li>%s</li>" % i for i in items), tag)


def esc(s):
    return s.replace("&", "&amp;")
