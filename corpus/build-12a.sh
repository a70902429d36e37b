#!/bin/sh
# Builds the fixtures of issue 12 part A (layouts the corpus lacked): each
# one re-lays out an existing notice, so its expected answers are the
# notice's expected/<reference>.json. It reads the sources kept here and
# writes, for each file it makes, a MANIFEST.tsv row (other rows are kept).
#
#   sh build-12a.sh
#
# Encodings (A.6): the Markdown of a notice in other bytes
#   250697-osg.utf16.md      250697-osg.md as UTF-16LE with a BOM
#   250833-ihc.cr.md         250833-ihc.md with CR-only line ends
#
# Hyphenation (A.3): WeasyPrint breaking words with U+2010
#   250715-pdd.hyphens.pdf   250715-pdd.html (French half in lang="fr") with
#                            hyphens: auto, justified, a 14 cm measure
#
# Tables drawn with characters (A.1)
#   250968-nspa.grid.md      the side-by-side table of 250968-nspa.sidebyside.html
#                            (one row per section pair), redrawn by pandoc as
#                            a Markdown grid table: headings, lists, "\" hard
#                            breaks and wrapped text inside its cells
#   250968-nspa.grid.txt     the same table as pandoc plain text
#   250944-act.simple.md     250944-act.md redrawn by pandoc without pipe
#                            tables: its header fields as a simple table
#
# Run-in headings (A.2): LaTeX's \paragraph (pandoc ####)
#   250901-dpp.runin.pdf     250901-dpp.md with its numbered sections as
#                            #### (run-in) and ESSENTIAL / DESIRABLE / ACQUIS
#                            … as bold words opening their paragraph: "2.
#                            QUALIFICATIONS AND EXPERIENCE ESSENTIAL The
#                            incumbent must:" is one line; pdfTeX
#   250901-dpp.runin.pdftotext.txt   its pdftotext dump, as a text input
#
# Side-by-side titles and header rows (A.5)
#   250709-jis.banner.html   a four-column table as bilingual notices are laid
#                            out in word processors: a banner row (VACANCY
#                            NOTIFICATION | NOTIFICATION DE LA VACANCE DU
#                            POSTE, in the title's font), the title row, one
#                            row per header field (label | value | libellé |
#                            valeur), then the two halves of the body in one
#                            row that runs over several pages
#   250709-jis.banner.pdf    that page by Chromium (cells wide enough that the
#                            text layer reads a field row across both halves)
#   250709-jis.banner.libreoffice.pdf   by LibreOffice Writer/Web
#
# Page furniture in a text dump (A.4)
#   250709-jis.marked.txt    250709-jis.md as pandoc plain text, printed with
#                            a security marking at the head and foot of every
#                            page (English, French, both, letter-spaced), page
#                            numbers ("Page 2 of 9", "- 6 -", "4", "Page 5 sur
#                            9") and a running title, then copied as text: the
#                            furniture falls mid-paragraph, mid-list-item and
#                            between items; form feeds only in the French half
#
# Debian 12 packages: those of build.sh and build-extra.sh, python3,
# hyphen-fr (WeasyPrint's French hyphenation patterns).
set -eu
cd "$(dirname "$0")"

: "${SOURCE_DATE_EPOCH:=1750550400}"     # 2025-06-22T00:00:00Z, as in build.sh
export SOURCE_DATE_EPOCH
export FORCE_SOURCE_DATE=1 TZ=UTC LC_ALL=C.UTF-8 LANG=C.UTF-8
B=$(mktemp -d)
trap 'rm -rf "$B"' EXIT INT TERM
ROWS="$B/rows.tsv"
: > "$ROWS"

row() {  # file reference format producer derived_from
  pages=""
  [ "$3" = pdf ] && pages=$(pdfinfo "$1" | awk '/^Pages:/ {print $2}')
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" "$5" "$(sha256sum "$1" | cut -d' ' -f1)" "$pages" >> "$ROWS"
}

pdf_producer() {
  pdfinfo "$1" | awk -F': *' '/^Producer:/ {p=$2} /^Creator:/ {c=$2}
    END { sub(/^Mozilla.*HeadlessChrome/, "HeadlessChrome", c); sub(/ Safari.*/, "", c); print p " / " c }'
}
PANDOC_V="pandoc $(pandoc --version | awk 'NR==1 {print $2}')"
PDFTOTEXT_V="pdftotext $(pdftotext -v 2>&1 | awk 'NR==1 {print $3}') (poppler)"

# --- A.6 encodings -------------------------------------------------------------
python3 - <<'PY'
src = open("250697-osg.md", encoding="utf-8").read()
open("250697-osg.utf16.md", "wb").write(b"\xff\xfe" + src.encode("utf-16-le"))
src = open("250833-ihc.md", encoding="utf-8").read()
open("250833-ihc.cr.md", "wb").write(src.replace("\r\n", "\n").replace("\n", "\r").encode("utf-8"))
PY
row 250697-osg.utf16.md 250697 md "250697-osg.md re-encoded as UTF-16LE with a BOM (build-12a.sh)" 250697-osg.md
row 250833-ihc.cr.md 250833 md "250833-ihc.md with CR-only line ends (build-12a.sh)" 250833-ihc.md

# --- A.3 hyphenation ------------------------------------------------------------
# The heading dashes kept off line ends as build-extra.sh does (htmldash.py),
# the French half marked lang="fr" so that it is hyphenated with the French
# patterns; pandoc's own CSS already asks for hyphens: auto.
python3 - "$B/pdd.html" <<'PY'
import re, sys
s = open("250715-pdd.html", encoding="utf-8").read()
fr = s.index('<h2 style="break-before: page')
s = s[:fr] + '<div lang="fr" xml:lang="fr">\n' + s[fr:]
s = s.replace("</body>", "</div>\n</body>")
def fix(m):
    return re.sub(r"([^\s<>]+)\s+-\s+([^\s<>]+)",
                  r'<span style="white-space: nowrap">\1 - \2</span>', m.group(0))
s = re.sub(r"(?s)(?<=>)[^<]*(?=</h[1-6]>)", fix, s)
open(sys.argv[1], "w", encoding="utf-8").write(s)
PY
cat > "$B/hyphens.css" <<'CSS'
@page { size: A4; margin: 2cm 5cm 2cm 2cm; }
body { hyphens: auto; text-align: justify; font-size: 11pt; }
h1, h2, h3, h4 { hyphens: manual; text-align: left; }
CSS
weasyprint -q -s "$B/hyphens.css" "$B/pdd.html" 250715-pdd.hyphens.pdf
pdftotext -enc UTF-8 250715-pdd.hyphens.pdf pdftotext/250715-pdd.hyphens.txt
row 250715-pdd.hyphens.pdf 250715 pdf "$(pdf_producer 250715-pdd.hyphens.pdf) (hyphens: auto, U+2010 at line ends)" 250715-pdd.html
row pdftotext/250715-pdd.hyphens.txt 250715 txt "$PDFTOTEXT_V default mode" 250715-pdd.hyphens.pdf

# --- A.1 tables --------------------------------------------------------------------
cat > "$B/sbs.py" <<'PY'
import html, subprocess, sys
# The side-by-side table of build-extra.sh's sidebyside.py ("sections":
# one row per section pair), as a bare HTML table for pandoc to redraw.
src, out = sys.argv[1:3]
lines = open(src, encoding="utf-8").read().split("\n")
def frag(md_lines):
    md = "\n".join(md_lines).strip() + "\n"
    return subprocess.run(["pandoc", "-f", "markdown-smart", "-t", "html5"],
                          input=md, capture_output=True, text=True, check=True).stdout
tops = [k for k, l in enumerate(lines) if l.startswith("# ")]
assert len(tops) == 2, tops
def chunks(part):
    cut = [k for k, l in enumerate(part) if l.startswith("## ")]
    return [part[a:b] for a, b in zip([0] + cut, cut + [len(part)])]
en, fr = chunks(lines[tops[0]:tops[1]]), chunks(lines[tops[1]:])
assert len(en) == len(fr), (len(en), len(fr))
with open(out, "w", encoding="utf-8") as f:
    f.write("<html><body><table>\n")
    for e, r in zip(en, fr):
        f.write("<tr>\n<td>\n%s</td>\n<td>\n%s</td>\n</tr>\n" % (frag(e), frag(r)))
    f.write("</table></body></html>\n")
PY
python3 "$B/sbs.py" 250968-nspa.md "$B/nspa-sbs.html"
# 130 columns: a cell is 63 wide, which every heading fits (pandoc 2.17
# cuts a heading too long for its cell in the middle of a word)
pandoc -f html -t markdown-raw_html-header_attributes --columns=130 "$B/nspa-sbs.html" -o 250968-nspa.grid.md
pandoc -f html -t plain --columns=130 "$B/nspa-sbs.html" -o 250968-nspa.grid.txt
pandoc -f markdown-smart -t markdown-pipe_tables-smart 250944-act.md -o 250944-act.simple.md
row 250968-nspa.grid.md 250968 md "$PANDOC_V Markdown grid table, one row per section pair (build-12a.sh)" 250968-nspa.md
row 250968-nspa.grid.txt 250968 txt "$PANDOC_V plain-text grid table, one row per section pair (build-12a.sh)" 250968-nspa.md
row 250944-act.simple.md 250944 md "$PANDOC_V Markdown without pipe tables: a simple table (build-12a.sh)" 250944-act.md

# --- A.2 run-in headings ---------------------------------------------------------
# build-extra.sh's filters: the page break before the French half, and the
# title's " - " kept off a line end
cat > "$B/halfbreak.lua" <<'LUA'
local ref
local seen = 0
function Meta(m)
  if m.breakref then ref = "(" .. pandoc.utils.stringify(m.breakref) .. ")" end
end
function Header(h)
  if not ref or h.level > 3 then return nil end
  if not pandoc.utils.stringify(h.content):find(ref, 1, true) then return nil end
  seen = seen + 1
  if seen ~= 2 then return nil end
  if FORMAT:match("latex") then return { pandoc.RawBlock("latex", "\\clearpage"), h } end
end
return { { Meta = Meta }, { Header = Header } }
LUA
cat > "$B/keepdash.lua" <<'LUA'
function Header(h)
  local c, out, i = h.content, pandoc.List(), 1
  while i <= #c do
    if i + 4 <= #c and c[i].t == "Str" and c[i+1].t == "Space" and c[i+2].t == "Str"
        and c[i+2].text == "-" and c[i+3].t == "Space" and c[i+4].t == "Str" then
      out:extend({ c[i], pandoc.RawInline("latex", "~-~"), c[i+4] })
      i = i + 5
    else
      out:insert(c[i]); i = i + 1
    end
  end
  h.content = out
  return h
end
LUA
python3 - "$B/dpp-runin.md" <<'PY'
import re, sys
s = open("250901-dpp.md", encoding="utf-8").read()
s = re.sub(r"(?m)^## (\d)", r"#### \1", s)
s = re.sub(r"(?m)^(\*\*(?:ESSENTIAL|DESIRABLE|ACQUIS ESSENTIELS|ACQUIS SOUHAITABLES)\*\*)\n\n", r"\1 ", s)
open(sys.argv[1], "w", encoding="utf-8").write(s)
PY
pandoc -f markdown-smart --pdf-engine=pdflatex --lua-filter="$B/halfbreak.lua" --lua-filter="$B/keepdash.lua" --metadata=breakref:250901 \
  -V papersize=a4 -V geometry:margin=2cm -V fontenc=T1 -V lang=en \
  -V title-meta="$(grep -m1 '^# ' 250901-dpp.md | sed 's/^# //')" \
  -V header-includes="\\pdftrailerid{250901-dpp.runin}" \
  -o 250901-dpp.runin.pdf "$B/dpp-runin.md"
pdftotext -enc UTF-8 250901-dpp.runin.pdf pdftotext/250901-dpp.runin.txt
cp pdftotext/250901-dpp.runin.txt 250901-dpp.runin.pdftotext.txt
row 250901-dpp.runin.pdf 250901 pdf "$(pdf_producer 250901-dpp.runin.pdf) (run-in headings: #### and bold lead-ins)" "250901-dpp.md (via $PANDOC_V LaTeX)"
row 250901-dpp.runin.pdftotext.txt 250901 txt "$PDFTOTEXT_V default mode" 250901-dpp.runin.pdf
row pdftotext/250901-dpp.runin.txt 250901 txt "$PDFTOTEXT_V default mode" 250901-dpp.runin.pdf

# --- A.5 side-by-side banner, header rows and a row over pages -----------------
cat > "$B/banner.py" <<'PY'
import html, re, subprocess, sys
# A side-by-side notice as bilingual notices are often laid out in a word
# processor: a banner row (the notice's kind in both languages), the title
# row, one row per header field (label and value in each language: four
# cells), then the two halves of the body in one row, which runs over
# several pages.
src, out = sys.argv[1:3]
lines = open(src, encoding="utf-8").read().split("\n")
fr = next(k for k, l in enumerate(lines) if re.match(r"^## .*Programme de stages de l", l))
en_lines, fr_lines = lines[:fr], lines[fr:]
def split(half):
    # title, fields [(label, value)], body lines (from **Description** on)
    title = next(l for l in half if re.match(r"^##+ .*\(\d+\)$", l))
    title = re.sub(r"^#+ ", "", title)
    fields, body = [], None
    for k, l in enumerate(half):
        if l.strip() == "**Description**":
            body = half[k:]
            break
        m = re.match(r"^\*\*(.+?)\*\*\s*:?\s*(.*?)\s*$", l.rstrip("\\ "))
        if m and not l.startswith("#"):
            fields.append((m.group(1).rstrip(": "), m.group(2).lstrip(": ").strip()))
    return title, fields, body
def frag(md_lines):
    md = "\n".join(md_lines).strip() + "\n"
    return subprocess.run(["pandoc", "-f", "markdown-smart", "-t", "html5"],
                          input=md, capture_output=True, text=True, check=True).stdout
et, ef, eb = split(en_lines)
ft, ff, fb = split(fr_lines)
assert len(ef) == len(ff) == 7, (ef, ff)
e = html.escape
css = """@page { size: A4; margin: 1.5cm; }
body { font-family: "Liberation Sans", Arial, sans-serif; font-size: 9pt; line-height: 1.3; margin: 0; }
h1 { font-size: 12pt; margin: 0; } h2 { font-size: 10.5pt; } h3, h4 { font-size: 9.5pt; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
td { vertical-align: top; padding: 2pt 6pt; border: 0.5pt solid #999; }
td.label { font-weight: bold; }
tr.banner td { font-weight: bold; font-size: 12pt; }
ol, ul { padding-left: 1.6em; }"""
with open(out, "w", encoding="utf-8") as f:
    f.write('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>%s</title>\n<style>\n%s\n</style>\n</head>\n<body>\n' % (e(et), css))
    f.write('<table width="100%" cellspacing="0" cellpadding="4">\n<colgroup><col width="20%"><col width="30%"><col width="20%"><col width="30%"></colgroup>\n')
    f.write('<tr class="banner"><td colspan="2" width="50%">VACANCY NOTIFICATION</td><td colspan="2" width="50%" lang="fr">NOTIFICATION DE LA VACANCE DU POSTE</td></tr>\n')
    f.write('<tr valign="top"><td colspan="2" width="50%%"><h1>%s</h1></td><td colspan="2" width="50%%" lang="fr"><h1>%s</h1></td></tr>\n' % (e(et), e(ft)))
    for (el, ev), (fl, fv) in zip(ef, ff):
        f.write('<tr valign="top"><td class="label" width="20%%"><b>%s</b></td><td width="30%%">%s</td><td class="label" width="20%%" lang="fr"><b>%s</b></td><td width="30%%" lang="fr">%s</td></tr>\n' % (e(el), e(ev), e(fl), e(fv)))
    f.write('<tr valign="top"><td colspan="2" width="50%%">\n%s</td><td colspan="2" width="50%%" lang="fr">\n%s</td></tr>\n' % (frag(eb), frag(fb)))
    f.write("</table>\n</body>\n</html>\n")
PY
python3 "$B/banner.py" 250709-jis.md 250709-jis.banner.html
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$B/chromium-profile" --print-to-pdf="$PWD/250709-jis.banner.pdf" \
  --no-pdf-header-footer "file://$PWD/250709-jis.banner.html" >/dev/null 2>&1
[ -s 250709-jis.banner.pdf ]
rm -rf "$B/lo-out"; mkdir -p "$B/lo-out"
libreoffice --headless -env:UserInstallation="file://$B/lo-profile" \
  --convert-to pdf:writer_web_pdf_Export --outdir "$B/lo-out" 250709-jis.banner.html >/dev/null 2>&1
cp "$B/lo-out/250709-jis.banner.pdf" 250709-jis.banner.libreoffice.pdf
for f in 250709-jis.banner 250709-jis.banner.libreoffice; do
  pdftotext -enc UTF-8 "$f.pdf" "pdftotext/$f.txt"
done
row 250709-jis.banner.html 250709 html "$PANDOC_V fragments in a four-column table with a banner row (build-12a.sh)" 250709-jis.md
row 250709-jis.banner.pdf 250709 pdf "$(pdf_producer 250709-jis.banner.pdf)" 250709-jis.banner.html
row 250709-jis.banner.libreoffice.pdf 250709 pdf "$(pdf_producer 250709-jis.banner.libreoffice.pdf)Writer/Web (HTML import)" 250709-jis.banner.html
row pdftotext/250709-jis.banner.txt 250709 txt "$PDFTOTEXT_V default mode" 250709-jis.banner.pdf
row pdftotext/250709-jis.banner.libreoffice.txt 250709 txt "$PDFTOTEXT_V default mode" 250709-jis.banner.libreoffice.pdf

# --- A.4 page furniture in a text dump ----------------------------------------
cat > "$B/marked.py" <<'PY'
import sys
# Page furniture of a notice printed with a security marking, page numbers
# and a running title, then copied as text without its page breaks: the
# furniture lands between the lines of paragraphs and list items.
lines = open(sys.argv[1], encoding="utf-8").read().rstrip("\n").split("\n")
breaks = [int(x) for x in sys.argv[3].split(",")]   # page k ends after line breaks[k-1]
n = len(breaks) + 1
title = "Vacancy notice 250709 / Avis de vacance 250709"
center = lambda s: " " * ((76 - len(s)) // 2) + s
def footer(k):
    return {
        1: ["", center("Page 1 of %d" % n), center("NATO UNCLASSIFIED")],
        2: ["", center("- 2 -")],
        3: ["", center("NATO UNCLASSIFIED / NON CLASSIFIÉ"), center("Page 3 of %d" % n)],
        4: ["", center("N A T O   U N C L A S S I F I E D"), center("4")],
        5: ["", center("OTAN SANS CLASSIFICATION"), center("Page 5 sur %d" % n)],
        6: ["", center("- 6 -")],
        7: ["", center("NATO UNCLASSIFIED - OTAN SANS CLASSIFICATION"), center("Page 7 sur %d" % n)],
        8: ["", center("NON CLASSIFIÉ"), center("- 8 -")],
        9: ["", center("Page 9 sur %d" % n), center("NON CLASSIFIÉ")],
    }[k]
def header(k):
    h = {
        1: [center("NATO UNCLASSIFIED")],
        2: [center("N A T O   U N C L A S S I F I E D")],
        3: [center("NATO UNCLASSIFIED")],
        4: [center("NATO UNCLASSIFIED")],
        5: [center("OTAN SANS CLASSIFICATION")],
        6: [center("NON CLASSIFIÉ")],
        7: [center("O T A N   S A N S   C L A S S I F I C A T I O N")],
        8: [center("NATO SANS CLASSIFICATION")],
        9: [center("OTAN SANS CLASSIFICATION")],
    }[k]
    return h + ([title] if k > 1 else []) + [""]
out = header(1)
for i, l in enumerate(lines, 1):
    out.append(l)
    if i in breaks:
        k = breaks.index(i) + 1
        # The French half was dumped with its form feeds, the English
        # half without: a page break is furniture either way.
        ff = ["\f"] if k >= 5 else []
        out += footer(k) + ff + header(k + 1)
out += footer(n)
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out) + "\n")
PY
pandoc -f markdown-smart -t plain --columns=76 250709-jis.md -o "$B/jis.txt"
# page k ends after these lines of the plain text: mid-sentence before a
# capital ("…of the NATO" / "HQ Security…"), mid-item, mid-paragraph, at the
# French title, between two items, mid-item
python3 "$B/marked.py" "$B/jis.txt" 250709-jis.marked.txt 52,112,156,207,266,330,332,390
row 250709-jis.marked.txt 250709 txt "pandoc plain text with page furniture copied in: markings, page numbers, running title (build-12a.sh)" 250709-jis.md

# --- MANIFEST.tsv: replace the rows of these files, keep the rest ---------------
row build-12a.sh - sh "hand-written" "-"
awk -F'\t' -v OFS='\t' 'NR == FNR { mine[$1] = 1; next } !($1 in mine) { print }' "$ROWS" MANIFEST.tsv > "$B/manifest.tsv"
cat "$ROWS" >> "$B/manifest.tsv"
cat "$B/manifest.tsv" > MANIFEST.tsv
