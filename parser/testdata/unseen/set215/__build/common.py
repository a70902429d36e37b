"""Shared helpers for corpus215 generators (blind held-out set)."""
import json, os, subprocess, shutil, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.path.join(ROOT, "__build")
ROWS = []  # (file, reference-key, format)


def write(name, text, key):
    with open(os.path.join(ROOT, name), "w", encoding="utf-8") as f:
        f.write(text)
    fmt = name.rsplit(".", 1)[1]
    ROWS.append((name, key, fmt))


def build_src(name, text):
    with open(os.path.join(BUILD, name), "w", encoding="utf-8") as f:
        f.write(text)
    return os.path.join(BUILD, name)


def expected(key, e):
    keys = ["reference", "post_number", "languages", "title", "organisation",
            "location", "schedule", "deadline", "salary", "grade", "clearance",
            "requirements", "competencies"]
    out = {k: e[k] for k in keys}
    with open(os.path.join(ROOT, "expected", key + ".json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")


def salary(amount=None, mn=None, mx=None, cur=None, period=None):
    return {"amount": amount, "min": mn, "max": mx, "currency": cur, "period": period}


def dump(pdfname, key):
    pdf = os.path.join(ROOT, pdfname)
    txt = pdf[:-4] + ".pdftotext.txt"
    subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, txt], check=True)
    ROWS.append((pdfname, key, "pdf"))
    ROWS.append((os.path.basename(txt), key, "txt"))


def chromium(html_name, pdfname, key):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
                    "--no-pdf-header-footer", "--print-to-pdf=" + os.path.join(ROOT, pdfname),
                    os.path.join(ROOT, html_name)], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    dump(pdfname, key)


def weasy(html_path, pdfname, key):
    subprocess.run(["weasyprint", html_path, os.path.join(ROOT, pdfname)], check=True,
                   stderr=subprocess.DEVNULL)
    dump(pdfname, key)


def pdflatex(tex_path, pdfname, key):
    tmp = tempfile.mkdtemp(prefix="c215tex")
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "-output-directory", tmp, tex_path],
                       check=True, stdout=subprocess.DEVNULL)
    base = os.path.splitext(os.path.basename(tex_path))[0]
    shutil.copy(os.path.join(tmp, base + ".pdf"), os.path.join(ROOT, pdfname))
    shutil.rmtree(tmp)
    dump(pdfname, key)


def libreoffice(md_path, pdfname, key):
    tmp = tempfile.mkdtemp(prefix="c215lo")
    base = os.path.splitext(os.path.basename(md_path))[0]
    docx = os.path.join(BUILD, base + ".docx")
    subprocess.run(["pandoc", md_path, "-o", docx], check=True)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + tmp + "/prof",
                    "--convert-to", "pdf", "--outdir", tmp, docx], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(tmp, base + ".pdf"), os.path.join(ROOT, pdfname))
    shutil.rmtree(tmp)
    dump(pdfname, key)


def ul(items, tag="li"):
    return "\n".join(f"<{tag}>{i}</{tag}>" for i in items)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def wrap(s, ind="  ", width=72):
    import textwrap
    return textwrap.fill(s, width, initial_indent=ind, subsequent_indent=" " * len(ind),
                         break_on_hyphens=False, break_long_words=False)
