import html, re, os
from data import N, ROOT, HERE
SRC = os.path.join(HERE, "src")
os.makedirs(SRC, exist_ok=True)
MONTH_EN = ["January","February","March","April","May","June","July","August","September","October","November","December"]
MONTH_FR = ["janvier","février","mars","avril","mai","juin","juillet","août","septembre","octobre","novembre","décembre"]

def e(s):
    return html.escape(s, quote=False)

def nw(s):
    """escape, and keep hyphenated words on one line (no break after the hyphen)"""
    s = e(s)
    return re.sub(r"(\S*\w-\w\S*)", r'<span class="nw">\1</span>', s)

def d_en(iso):
    y, m, d = map(int, iso.split("-")); return f"{d} {MONTH_EN[m-1]} {y}"

def d_us(iso):
    y, m, d = map(int, iso.split("-")); return f"{MONTH_EN[m-1]} {d}, {y}"

def d_fr(iso):
    y, m, d = map(int, iso.split("-")); return ("1er" if d == 1 else str(d)) + f" {MONTH_FR[m-1]} {y}"

def d_num(iso):
    y, m, d = iso.split("-"); return f"{d}/{m}/{y}"

def money(n, sep=","):
    return f"{n:,}".replace(",", sep)
