"""Writers, PDF tools and the expected-file writer for corpus274 (held-out, blind)."""
import json, os, shutil, subprocess

BUILD = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(BUILD)
SRC = os.path.join(BUILD, "src")
ROWS = []


def write(name, text, ref, fmt=None):
    fmt = fmt or name.rsplit(".", 1)[1]
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write(text)
    ROWS.append((name, ref, fmt))


def src(name, text):
    p = os.path.join(SRC, name)
    with open(p, "w", encoding="utf-8") as f:
        f.write(text)
    return p


def _dump(pdf, ref):
    txt = pdf[:-4] + ".pdftotext.txt"
    subprocess.run(["pdftotext", "-enc", "UTF-8", os.path.join(OUT, pdf), os.path.join(OUT, txt)], check=True)
    ROWS.append((pdf, ref, "pdf"))
    ROWS.append((txt, ref, "txt"))


def chromium(html_name, ref):
    """NAME.html (already written in OUT) -> NAME.chromium.pdf, build-pdf.sh's command line."""
    base = html_name[:-5]
    pdf = base + ".chromium.pdf"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + os.path.join(OUT, pdf), os.path.join(OUT, html_name)],
                   check=True, capture_output=True)
    _dump(pdf, ref)


def libreoffice(src_path, pdf, ref, filt=None):
    """HTML (writer_web_pdf_Export) or DOCX (writer_pdf_Export) -> PDF."""
    tmp = os.path.join(BUILD, "tmp_lo")
    os.makedirs(tmp, exist_ok=True)
    if filt is None:
        filt = "pdf:writer_web_pdf_Export" if src_path.endswith(".html") else "pdf:writer_pdf_Export"
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo274-profile", "--headless",
                    "--convert-to", filt, "--outdir", tmp, src_path], check=True, capture_output=True)
    produced = os.path.join(tmp, os.path.splitext(os.path.basename(src_path))[0] + ".pdf")
    shutil.move(produced, os.path.join(OUT, pdf))
    shutil.rmtree(tmp, ignore_errors=True)
    _dump(pdf, ref)


def weasyprint(src_path, pdf, ref):
    subprocess.run(["weasyprint", src_path, os.path.join(OUT, pdf)], check=True, capture_output=True)
    _dump(pdf, ref)


def pdflatex(tex_path, pdf, ref):
    tmp = os.path.join(BUILD, "tmp_tex")
    os.makedirs(tmp, exist_ok=True)
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "-output-directory", tmp, tex_path],
                       check=True, capture_output=True)
    produced = os.path.join(tmp, os.path.splitext(os.path.basename(tex_path))[0] + ".pdf")
    shutil.move(produced, os.path.join(OUT, pdf))
    shutil.rmtree(tmp, ignore_errors=True)
    _dump(pdf, ref)


def pandoc_docx(md_path, docx_path):
    subprocess.run(["pandoc", md_path, "-o", docx_path], check=True)


def expected(key, *, reference, langs, title, organisation, location, deadline, schedule=None,
             salary=None, grade=None, post_number=None, clearance=None, req=None, comp=None):
    def pair(v):
        if v is None:
            return {"en": None, "fr": None}
        if isinstance(v, dict):
            return {"en": v.get("en"), "fr": v.get("fr")}
        return {"en": v if "en" in langs else None, "fr": v if langs == ["fr"] else None}
    sal = None
    if salary:
        amount, mn, mx, cur, per = salary
        sal = {"amount": amount, "min": mn, "max": mx, "currency": cur, "period": per}
    requirements, competencies = {}, {}
    for l in ("en", "fr"):
        if l in langs:
            ess, des = (req or {}).get(l, ([], []))
            requirements[l] = {"essential": list(ess), "desirable": list(des)}
            competencies[l] = [{"name": n, "description": d} for n, d in (comp or {}).get(l, [])]
        else:
            requirements[l] = None
            competencies[l] = None
    data = {"reference": reference, "post_number": post_number, "languages": langs,
            "title": pair(title), "organisation": pair(organisation), "location": pair(location),
            "schedule": pair(schedule), "deadline": deadline, "salary": sal, "grade": grade,
            "clearance": clearance, "requirements": requirements, "competencies": competencies}
    with open(os.path.join(OUT, "expected", key + ".json"), "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=2)
        f.write("\n")


def bullets(items, mark="• "):
    return "\n".join(mark + i for i in items)


def li(items):
    return "\n".join("<li>%s</li>" % i for i in items)


def comp_text(comp, sep=": "):
    return "\n".join(n + (sep + d if d else "") for n, d in comp)


def write_manifest():
    with open(os.path.join(OUT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
        f.write("file\treference\tformat\n")
        for name, ref, fmt in ROWS:
            f.write(f"{name}\t{ref}\t{fmt}\n")
