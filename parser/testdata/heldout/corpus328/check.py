#!/usr/bin/env python3
"""Usage: python3 check.py SET (a folder beside this file, e.g. set5).

Checks a held-out set (the sets since set8 share it; set8 added one change: salary
figures written in thousands with a "k" suffix, as the Apec board prints them
("48 - 55 k€ brut annuel", "€78k – €96k"), also count as the full numbers
48000, 55000, 78000, 96000).

For every row of MANIFEST.tsv whose reference is not '-', the notice file is
turned into plain text (txt as is, md with its markup removed, html with its
tags removed, pdf through pdftotext), normalised (NFKC, typographic quotes to
ASCII, whitespace collapsed), and every string of expected/<reference>.json is
looked for in it:

* scalar strings (reference, post_number, title, organisation, location,
  schedule, grade, clearance) must occur;
* each list (essential, desirable, competencies as name then description)
  must occur in reading order, item after item;
* deadline must occur in one of the usual date spellings; salary figures must
  occur as numbers and the currency must be named;
* the JSON must have exactly the contract's fields and be consistent with
  'languages' (a language absent from the notice is null everywhere).

Also checks that MANIFEST.tsv lists every notice and non-notice file (and only
existing files) and that every expected file is used by some row; the files
under expected/ and the set's own files (MANIFEST.tsv, NOTES.md, check.py,
build-pdf.sh) need no row. Prints one line per problem and a final
'N passed, M failed' line (one unit = one manifest row or expected file).
"""
import csv
import html
import json
import os
import re
import subprocess
import sys
import unicodedata

ROOT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
KEYS = ["reference", "post_number", "languages", "title", "organisation",
        "location", "schedule", "deadline", "salary", "grade", "clearance",
        "requirements", "competencies"]
PERIODS = {None, "hour", "day", "week", "fortnight", "month", "year"}
CURRENCY_TOKENS = {
    "EUR": ["eur", "€", "euro"],
    # "$" alone is USD in UN-system notices (ITU) and CAD for Canadian employers
    "USD": ["usd", "us $", "us$", "dollars des états-unis", "$"],
    "CAD": ["$"], "CHF": ["chf"], "GBP": ["£", "gbp"],
    "XOF": ["fcfa", "f cfa", "xof"],
    # Central African CFA franc (BEAC zone): written FCFA too (set29)
    "XAF": ["fcfa", "f cfa", "xaf"],
    "TRY": ["try", "₺", " tl"],
    "PLN": ["pln", "zł"],
}
MONTHS_EN = ["january", "february", "march", "april", "may", "june", "july",
             "august", "september", "october", "november", "december"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet",
             "août", "septembre", "octobre", "novembre", "décembre"]
# abbreviations of the French months as Taleo-style pages print them (FAO: 14/avr./2026)
MONTHS_FR_ABBR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.",
                  "août", "sept.", "oct.", "nov.", "déc."]


def norm(s):
    s = unicodedata.normalize("NFKC", s)
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    s = s.replace("\u2010", "-").replace("\u00ad", "")
    return re.sub(r"\s+", " ", s).strip()


def read_text(path):
    raw = open(path, "rb").read()
    if raw.startswith(b"\xff\xfe") or raw.startswith(b"\xfe\xff"):
        return raw.decode("utf-16")
    return raw.decode("utf-8-sig")


def md_to_text(s):
    s = re.sub(r"<br\s*/?>", "\n", s)
    s = re.sub(r"<[^>]+>", "", s)
    s = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", s)      # links
    s = re.sub(r"<(https?://[^>]+)>", r"\1", s)           # autolinks
    s = s.replace("**", "").replace("__", "")
    s = re.sub(r"(?m)^\s{0,3}#{1,6}\s*", "", s)           # headings
    s = re.sub(r"(?m)\\$", "", s)                         # hard breaks
    s = re.sub(r"(?m)^\s*\|?[-:| ]+\|[-:| ]*$", "", s)    # table rules
    s = s.replace("|", " | ")
    s = re.sub(r"\\([\\`*_{}\[\]()#+\-.!|])", r"\1", s)   # escapes
    return s


BLOCK = r"br|p|div|li|ul|ol|tr|td|th|dt|dd|dl|h[1-6]|table|section|article|header|footer|main|nav|blockquote"


def html_to_text(s):
    s = re.sub(r"(?is)<(script|style)\b.*?</\1>", "", s)
    s = re.sub(r"(?is)<!--.*?-->", "", s)
    s = re.sub(r"(?i)</?(%s)\b[^>]*>" % BLOCK, "\n", s)
    s = re.sub(r"<[^>]+>", "", s)
    return html.unescape(s)


def pdf_to_text(path):
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"],
                         capture_output=True, check=True)
    return out.stdout.decode("utf-8")


def file_text(path, fmt):
    if fmt == "pdf":
        return norm(pdf_to_text(path))
    s = read_text(path)
    if fmt == "md":
        s = md_to_text(s)
    elif fmt == "html":
        s = html_to_text(s)
    return norm(s)


def date_spellings(iso):
    y, m, d = (int(x) for x in iso.split("-"))
    out = {f"{y:04d}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}", f"{d:02d}.{m:02d}.{y}",
           f"{y}/{m:02d}/{d:02d}", f"{d}/{m}/{y}", f"{d:02d}-{m:02d}-{y}",
           f"{m:02d}/{d:02d}/{y}",  # month first (UNDP, AfDB)
           f"{d}.{m}.{y}"}  # day.month.year without leading zeros (set25's Hybrid CoE: 17.5.2026)
    en, fr = MONTHS_EN[m - 1], MONTHS_FR[m - 1]
    for dd in {str(d), f"{d:02d}"}:
        out |= {f"{dd} {en} {y}", f"{en} {dd}, {y}", f"{dd}-{en[:3]}-{y}",
                f"{en[:3]} {dd}, {y}", f"{dd} {en[:3]} {y}", f"{dd} {fr} {y}"}
        out.add(f"{dd}/{MONTHS_FR_ABBR[m - 1]}/{y}")
        out.add(f"{dd} {MONTHS_FR_ABBR[m - 1]} {y}")
    if d == 1:
        out.add(f"1er {fr} {y}")
    return {x.lower() for x in out}


NUM = re.compile(r"\d[\d\s.,'\u00a0\u202f]*\d|\d")


KRANGE = re.compile(r"(\d+(?:[.,]\d+)?)\s*(?:k€|k)?\s*(?:-|–|à)\s*€?\s*(\d+(?:[.,]\d+)?)\s*k(?:€|\b)", re.I)
KONE = re.compile(r"(\d+(?:[.,]\d+)?)\s*k(?:€|\b)", re.I)


def numbers_in(text):
    vals = set()
    # thousands written with a k suffix (Apec "48 - 55 k€", boards "€78k")
    for m in KRANGE.finditer(text):
        for g in m.groups():
            vals.add(round(float(g.replace(",", ".")) * 1000, 2))
    for m in KONE.finditer(text):
        vals.add(round(float(m.group(1).replace(",", ".")) * 1000, 2))
    for tok in NUM.findall(text):
        t = tok.strip()
        for cand in {t, t.split(" ")[-1]}:
            m = re.match(r"^(.*?)([.,])(\d{1,2})$", cand)
            if m and not re.search(r"[.,]\d{3}$", cand):
                ip, dec = m.group(1), m.group(3)
            else:
                ip, dec = cand, "0"
            ip = re.sub(r"[\s.,'\u00a0\u202f]", "", ip)
            if ip.isdigit():
                vals.add(round(float(ip + "." + dec), 2))
    return vals


def check_schema(key, exp, errs):
    if sorted(exp.keys()) != sorted(KEYS):
        errs.append(f"{key}: keys {sorted(exp.keys())}")
        return False
    langs = exp["languages"]
    if not langs or any(l not in ("en", "fr") for l in langs) or len(set(langs)) != len(langs):
        errs.append(f"{key}: bad languages {langs}")
    for l in ("en", "fr"):
        present = l in langs
        for f in ("title", "organisation", "location", "schedule"):
            if set(exp[f].keys()) != {"en", "fr"}:
                errs.append(f"{key}: {f} must have en and fr")
            elif not present and exp[f][l] is not None:
                errs.append(f"{key}: {f}.{l} must be null (language absent)")
        if present and not exp["title"][l]:
            errs.append(f"{key}: title.{l} missing")
        r, c = exp["requirements"][l], exp["competencies"][l]
        if present:
            if not isinstance(r, dict) or sorted(r) != ["desirable", "essential"]:
                errs.append(f"{key}: requirements.{l} must be {{essential, desirable}}")
            if not isinstance(c, list):
                errs.append(f"{key}: competencies.{l} must be a list")
            else:
                for it in c:
                    if sorted(it) != ["description", "name"] or not it["name"]:
                        errs.append(f"{key}: bad competency {it}")
        else:
            if r is not None or c is not None:
                errs.append(f"{key}: requirements/competencies.{l} must be null (language absent)")
    sal = exp["salary"]
    if sal is not None:
        if sorted(sal) != ["amount", "currency", "max", "min", "period"]:
            errs.append(f"{key}: salary keys {sorted(sal)}")
        elif sal["period"] not in PERIODS:
            errs.append(f"{key}: salary period {sal['period']}")
        elif sal["amount"] is None and (sal["min"] is None or sal["max"] is None):
            errs.append(f"{key}: salary needs amount or min and max")
    if exp["deadline"] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", exp["deadline"]):
        errs.append(f"{key}: deadline {exp['deadline']}")
    if not isinstance(exp["reference"], str):
        errs.append(f"{key}: reference must be a string ('' when there is none)")
    return True


def find_seq(text, items, what, errs, label):
    pos = 0
    for s in items:
        n = norm(s)
        if not n:
            continue
        i = text.find(n, pos)
        if i < 0:
            j = text.find(n)
            if j < 0:
                errs.append(f"{label}: {what}: not found: {s!r}")
            else:
                errs.append(f"{label}: {what}: out of order: {s!r}")
                pos = j + len(n)
            continue
        pos = i + len(n)


def check_file(label, text, exp, errs):
    low = text.lower()
    scal = [("reference", exp["reference"]), ("post_number", exp["post_number"]),
            ("grade", exp["grade"]), ("clearance", exp["clearance"])]
    for f in ("title", "organisation", "location", "schedule"):
        for l in ("en", "fr"):
            scal.append((f"{f}.{l}", exp[f][l]))
    for name, v in scal:
        if v and norm(v) not in text:
            errs.append(f"{label}: {name} not found: {v!r}")
    if exp["deadline"]:
        if not any(d in low for d in date_spellings(exp["deadline"])):
            errs.append(f"{label}: deadline {exp['deadline']} not found in any spelling")
    sal = exp["salary"]
    if sal:
        nums = numbers_in(text)
        for f in ("amount", "min", "max"):
            if sal[f] is not None and round(float(sal[f]), 2) not in nums:
                errs.append(f"{label}: salary {f} {sal[f]} not found")
        cur = sal["currency"]
        if cur and not any(t in low for t in CURRENCY_TOKENS.get(cur, [cur.lower()])):
            errs.append(f"{label}: currency {cur} not named")
    for l in exp["languages"]:
        r = exp["requirements"][l]
        if r:
            find_seq(text, r["essential"], f"essential.{l}", errs, label)
            find_seq(text, r["desirable"], f"desirable.{l}", errs, label)
        c = exp["competencies"][l] or []
        seq = []
        for it in c:
            seq.append(it["name"])
            if it["description"]:
                seq.append(it["description"])
        find_seq(text, seq, f"competencies.{l}", errs, label)


def main():
    errs_all = []
    passed = failed = 0
    rows = list(csv.reader(open(os.path.join(ROOT, "MANIFEST.tsv"), encoding="utf-8"), delimiter="\t"))
    if rows[0] != ["file", "reference", "format"]:
        print("MANIFEST.tsv: bad header", rows[0])
        failed += 1
    rows = rows[1:]
    listed = set()
    used = set()
    expected_cache = {}
    for row in rows:
        errs = []
        if len(row) != 3:
            print("MANIFEST.tsv: bad row", row)
            failed += 1
            continue
        fn, ref, fmt = row
        listed.add(fn)
        path = os.path.join(ROOT, fn)
        if not os.path.isfile(path):
            errs.append(f"{fn}: listed but missing")
        elif fmt not in ("txt", "md", "html", "pdf") or not fn.endswith("." + fmt):
            errs.append(f"{fn}: format {fmt} does not match the name")
        elif ref != "-":
            ep = os.path.join(ROOT, "expected", ref + ".json")
            if not os.path.isfile(ep):
                errs.append(f"{fn}: no expected/{ref}.json")
            else:
                used.add(ref)
                if ref not in expected_cache:
                    e2 = []
                    exp = json.load(open(ep, encoding="utf-8"))
                    ok = check_schema(ref, exp, e2)
                    expected_cache[ref] = (exp if ok else None)
                    if e2:
                        errs += e2
                exp = expected_cache[ref]
                if exp is not None:
                    check_file(fn, file_text(path, fmt), exp, errs)
        else:
            text = file_text(path, fmt) if os.path.isfile(path) else ""
            if len(text) < 200:
                errs.append(f"{fn}: negative example too short")
        if errs:
            failed += 1
            errs_all += errs
        else:
            passed += 1
    for e in errs_all:
        print(e)
    skip = {"MANIFEST.tsv", "NOTES.md", "check.py", "build-pdf.sh"}
    for dirpath, dirs, files in os.walk(ROOT):
        rel = os.path.relpath(dirpath, ROOT)
        if rel.startswith("expected") or rel.startswith("__"):
            continue
        for f in files:
            p = os.path.normpath(os.path.join(rel, f))
            if p not in listed and p not in skip:
                print(f"{p}: not listed in MANIFEST.tsv")
                failed += 1
    for f in sorted(os.listdir(os.path.join(ROOT, "expected"))):
        k = f[:-5]
        if k not in used:
            print(f"expected/{f}: no file of the manifest uses it")
            failed += 1
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
