#!/bin/sh
# Builds the extra files of this corpus (see "Extra producers, layouts and
# notices" in README.md). build.sh is left alone; this script only reads the
# files it makes (*.html, *.libreoffice.pdf, *.chromium.pdf) and the sources.
#
#   sh build-extra.sh          everything below, then the MANIFEST.tsv rows
#
# 1. four more PDF producers for the four original notices
#      <n>.wkhtmltopdf.pdf  <n>.html            -> wkhtmltopdf 0.12.6 (Qt WebKit)
#      <n>.weasyprint.pdf   <n>.html            -> WeasyPrint 57
#      <n>.qpdf.pdf         <n>.libreoffice.pdf -> qpdf --object-streams=generate
#      <n>.gs.pdf           <n>.chromium.pdf    -> Ghostscript pdfwrite re-distil
#    and two layout variants
#      <n>.twocolumn.pdf    250715-pdd, 250697-osg: pdfTeX, twocolumn class option
#                           250709-jis: Chromium with CSS `columns: 2`
#      <n>.sidebyside.html  250709-jis, 250833-ihc: English half in the left cell,
#      <n>.sidebyside.pdf   French half in the right cell of one big table row;
#                           PDF by LibreOffice Writer (HTML import)
# 2. five new notices and one negative example, written by hand as Markdown
#    (250901-dpp 250944-act 251187-ops 251042-ncia 250968-nspa press-release):
#    HTML, LibreOffice, Chromium and pdfTeX PDFs, a plain-text version of
#    251042-ncia (typed bullets, hard line breaks) and its groff text dump,
#    and a section-by-section side-by-side rendering of 250968-nspa.
# 3. pdftotext/<pdf name>.txt for every PDF made here, and the MANIFEST.tsv
#    rows of every file made here (rows of other files are kept as they are).
#
# Debian 12 packages: those of build.sh plus qpdf, wkhtmltopdf, weasyprint,
# python3 (pulled in by weasyprint).
#
# Determinism: pandoc, pdfTeX, groff/ghostscript (SOURCE_DATE_EPOCH; gs with
# -dOmitID), WeasyPrint and qpdf (--deterministic-id) outputs are byte-for-byte
# reproducible from the same input; note that qpdf and gs re-process the
# LibreOffice/Chromium PDFs of build.sh, whose bytes change at every build.
# LibreOffice, Chromium and wkhtmltopdf stamp the current time (and a random
# /ID) into their PDFs: their text and layout are stable, their bytes are not.
set -eu
cd "$(dirname "$0")"

: "${SOURCE_DATE_EPOCH:=1750550400}"     # 2025-06-22T00:00:00Z, as in build.sh
export SOURCE_DATE_EPOCH
export FORCE_SOURCE_DATE=1 TZ=UTC LC_ALL=C.UTF-8 LANG=C.UTF-8
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-/tmp}"

ORIG="250715-pdd 250697-osg 250709-jis 250833-ihc"
NEW="250901-dpp 250944-act 251187-ops 251042-ncia 250968-nspa press-release"
B=$(mktemp -d)
trap 'rm -rf "$B"' EXIT INT TERM
mkdir -p pdftotext

# --- helpers (same conversions as build.sh) ---------------------------------

# Page break before the second half: the second heading (level <= 3) that
# contains "(<breakref>)", the reference repeated in the other language's
# title. No metadata breakref, no break (English-only notice).
cat > "$B/halfbreak.lua" <<'EOF'
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
  if FORMAT:match("docx") then
    return { pandoc.RawBlock("openxml", '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'), h }
  elseif FORMAT:match("latex") then
    return { pandoc.RawBlock("latex", "\\clearpage"), h }
  elseif FORMAT:match("html") then
    h.attributes["style"] = "break-before: page; page-break-before: always"
    return h
  end
end
return { { Meta = Meta }, { Header = Header } }
EOF

# build.sh's page break before "Programme de stages de l..." (original notices)
cat > "$B/frbreak.lua" <<'EOF'
function Header(h)
  if h.level > 2 or not pandoc.utils.stringify(h.content):match("^Programme de stages de l") then return nil end
  if FORMAT:match("latex") then return { pandoc.RawBlock("latex", "\\clearpage"), h } end
  h.attributes["style"] = "break-before: page; page-break-before: always"
  return h
end
EOF

# Headings: keep " - " (title - division) off the line ends. pdftotext takes a
# "-" that ends a line for a hyphenation and drops it ("Operations) -" +
# "Capability ..." -> "Operations) Capability ..."), which would falsify the
# title. HTML: the dash and its neighbour words in a nowrap span; LaTeX: tie
# the dash to its neighbours with ~. The text itself is unchanged.
cat > "$B/keepdash.lua" <<'EOF'
function Header(h)
  local c, out, i = h.content, pandoc.List(), 1
  while i <= #c do
    if i + 4 <= #c and c[i].t == "Str" and c[i+1].t == "Space" and c[i+2].t == "Str"
        and c[i+2].text == "-" and c[i+3].t == "Space" and c[i+4].t == "Str" then
      if FORMAT:match("latex") then
        out:extend({ c[i], pandoc.RawInline("latex", "~-~"), c[i+4] })
      elseif FORMAT:match("html") then
        out:insert(pandoc.Span({ c[i], pandoc.Space(), c[i+2], pandoc.Space(), c[i+4] },
                               { style = "white-space: nowrap" }))
      else
        out:extend({ c[i], c[i+1], c[i+2], c[i+3], c[i+4] })
      end
      i = i + 5
    else
      out:insert(c[i]); i = i + 1
    end
  end
  h.content = out
  return h
end
EOF

cat > "$B/htmldash.py" <<'EOF'
import re, sys
def fix(m):
    return re.sub(r"([^\s<>]+)\s+-\s+([^\s<>]+)",
                  r'<span style="white-space: nowrap">\1 - \2</span>', m.group(0))
sys.stdout.write(re.sub(r"(?s)(?<=>)[^<]*(?=</h[1-6]>)", fix, sys.stdin.read()))
EOF

make_reference_docx() {   # A4, 2 cm margins, Arial (Liberation Sans), as build.sh
  mkdir -p "$B/ref"
  pandoc -o "$B/ref.docx" --print-default-data-file reference.docx
  (cd "$B/ref" && unzip -q ../ref.docx)
  sed -i 's#<w:sectPr */>#<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>#' \
    "$B/ref/word/document.xml"
  grep -q 'w:pgSz w:w="11906"' "$B/ref/word/document.xml"
  sed -i 's#<a:latin typeface="[^"]*"#<a:latin typeface="Arial"#g' "$B/ref/word/theme/theme1.xml"
  find "$B/ref" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
  rm -f "$B/ref.docx"
  (cd "$B/ref" && find . -type f | LC_ALL=C sort | zip -q -X -D "$B/reference.docx" -@)
}

prep_md() {   # build.sh: tab-indented letterhead -> two ordinary lines
  sed -e 's#^\t<b>NATO</b>\t\(.*\)$#**NATO** \1\\#' \
      -e 's#^\t<b>OTAN</b>\t#**OTAN** #' "$1.md" > "$B/$1.md"
}

title_of() {  # first heading that carries the reference, without markup
  grep -m1 '^#.*([0-9-]*)' "$1" | sed -e 's/^#* *//' -e 's/\*//g'
}

breakref_of() {  # reference to break before (none for the English-only notice)
  case $1 in
    251042-ncia) ;;
    press-release) echo 2025-034 ;;
    *) echo "${1%%-*}" ;;
  esac
}

chromium_pdf() {  # IN.html OUT.pdf
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$B/chromium-profile" \
    --print-to-pdf="$2" --no-pdf-header-footer "file://$1" >/dev/null 2>&1
  [ -s "$2" ]
}

libreoffice_pdf() {  # IN OUT.pdf [filter]
  rm -rf "$B/lo-out"; mkdir -p "$B/lo-out"
  libreoffice --headless -env:UserInstallation="file://$B/lo-profile" \
    --convert-to "pdf${3:+:$3}" --outdir "$B/lo-out" "$1" >/dev/null 2>&1
  cp "$B/lo-out/$(basename "${1%.*}").pdf" "$2"
}

# Side-by-side HTML: English half in the left column, French half in the right
# column of one table. "bigrow": the two halves in one row (split at the first
# level-2 "Programme de stages de l..." heading); "sections": one row per
# section pair (halves split at the level-1 title, sections at "## ").
cat > "$B/sidebyside.py" <<'EOF'
import html, re, subprocess, sys
mode, src, out, title = sys.argv[1:5]   # argv[5]: keepdash.lua
lines = open(src, encoding="utf-8").read().split("\n")
def frag(md_lines):
    md = "\n".join(md_lines).strip() + "\n"
    return subprocess.run(["pandoc", "-f", "markdown-smart", "-t", "html5",
                           "--lua-filter=" + sys.argv[5]],
                          input=md, capture_output=True, text=True, check=True).stdout
if mode == "bigrow":
    i = next(k for k, l in enumerate(lines) if re.match(r"^## .*Programme de stages de l", l))
    rows = [(lines[:i], lines[i:])]
else:
    tops = [k for k, l in enumerate(lines) if l.startswith("# ")]
    assert len(tops) == 2, tops
    def chunks(part):
        cut = [k for k, l in enumerate(part) if l.startswith("## ")]
        return [part[a:b] for a, b in zip([0] + cut, cut + [len(part)])]
    en, fr = chunks(lines[tops[0]:tops[1]]), chunks(lines[tops[1]:])
    assert len(en) == len(fr), (len(en), len(fr))
    rows = list(zip(en, fr))
css = """@page { size: A4; margin: 1.5cm; }
body { font-family: "Liberation Sans", Arial, sans-serif; font-size: 9pt; line-height: 1.3; margin: 0; }
h1 { font-size: 12pt; } h2 { font-size: 10.5pt; } h3, h4 { font-size: 9.5pt; }
table.sbs { width: 100%; border-collapse: collapse; table-layout: fixed; }
table.sbs td { vertical-align: top; padding: 0 8pt; }
table.sbs td + td { border-left: 0.5pt solid #888; }
table.sbs tr + tr td { border-top: 0.5pt solid #ccc; }
ol, ul { padding-left: 1.6em; }"""
with open(out, "w", encoding="utf-8") as f:
    f.write('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n')
    f.write("<title>%s</title>\n<style>\n%s\n</style>\n</head>\n<body>\n" % (html.escape(title), css))
    f.write('<table class="sbs" width="100%" cellspacing="0" cellpadding="8">\n<colgroup><col width="50%"><col width="50%"></colgroup>\n')
    for en_part, fr_part in rows:
        f.write('<tr>\n<td lang="en" width="50%%" valign="top">\n%s</td>\n<td lang="fr" width="50%%" valign="top">\n%s</td>\n</tr>\n' % (frag(en_part), frag(fr_part)))
    f.write("</table>\n</body>\n</html>\n")
EOF

# Plain text of the English-only notice as it would be pasted from a Word
# document with typed bullets: fields one per line, headings on their own
# line, paragraphs and list items hard-wrapped at 80 columns, list items
# introduced by a typed "•" and continued without indentation.
cat > "$B/plaintext.py" <<'EOF'
import re, sys, textwrap
out = []
for block in re.split(r"\n\s*\n", open(sys.argv[1], encoding="utf-8").read().strip()):
    ls = block.split("\n")
    if ls[0].startswith("#"):
        out.append(re.sub(r"^#+ *", "", ls[0]).replace("**", ""))
    elif all(l.startswith("- ") for l in ls):
        for l in ls:
            out.append(textwrap.fill("• " + l[2:], 80))
    else:
        text = " ".join(l.rstrip("\\").strip() for l in ls).replace("**", "")
        if ls[0].startswith("**") and ls[0].endswith("\\"):  # field lines
            out.extend(l.rstrip("\\").replace("**", "") for l in ls)
        else:
            out.append(textwrap.fill(text, 80))
    out.append("")
sys.stdout.write("\n".join(out))
EOF

to_groff() {   # build.sh's Courier text dump (from a plain-text file)
  {
    printf '%s\n' '.pl 29.7c' '.po 1.6c' '.ll 17.8c' '.nh' '.ft CR' '.ps 7.5' '.vs 9.5p' \
      '.de HD' "'sp 1.5c" '..' '.de FO' "'bp" '..' '.wh 0 HD' '.wh -1.8c FO' '.nf'
    sed -e 's/[[:space:]]*$//' "$1" | fold -s -w 112 | awk '
      { gsub(/\\/, "\\e") }
      { c = substr($0, 1, 1); if (c == "." || c == "\047") $0 = "\\&" $0 }
      { print }'
  } > "$B/groff.in"
  groff -k -Kutf8 -Tps -dpaper=a4 -P-pa4 "$B/groff.in" > "$B/groff.ps"
  ps2pdf -sPAPERSIZE=a4 "$B/groff.ps" "$2"
}

make_reference_docx
echo '* { hyphens: manual !important; }' > "$B/nohyphen.css"

# --- 1. more producers for the original notices -----------------------------
for n in $ORIG; do
  # the .html with each heading's "word - word" in a nowrap span (see keepdash.lua)
  python3 "$B/htmldash.py" < "$n.html" > "$B/$n.html"
  # wkhtmltopdf (Qt WebKit); --enable-local-file-access for file:// input
  wkhtmltopdf -q --enable-local-file-access --page-size A4 \
    --margin-top 20mm --margin-bottom 20mm --margin-left 20mm --margin-right 20mm \
    "$B/$n.html" "$n.wkhtmltopdf.pdf" 2>/dev/null
  # WeasyPrint. pandoc's CSS asks for `hyphens: auto`, which WeasyPrint (unlike
  # Chromium on Linux) honours, breaking words with U+2010 that pdftotext keeps;
  # automatic hyphenation is turned off so that the text stays the same.
  weasyprint -q -s "$B/nohyphen.css" "$B/$n.html" "$n.weasyprint.pdf"
  # qpdf: same content, object streams + cross-reference stream
  qpdf --object-streams=generate --deterministic-id "$n.libreoffice.pdf" "$n.qpdf.pdf"
  # Ghostscript re-distil of the Chromium PDF (-dOmitID: no trailer /ID, which
  # gs otherwise draws at random; dates come from SOURCE_DATE_EPOCH)
  gs -q -dBATCH -dNOPAUSE -dSAFER -sDEVICE=pdfwrite -dCompatibilityLevel=1.7 -dOmitID \
    -sOutputFile="$n.gs.pdf" "$n.chromium.pdf"
done

# two-column page layout with pdfTeX
for n in 250715-pdd 250697-osg; do
  prep_md "$n"
  t=$(title_of "$B/$n.md")
  # \columnsep 0.8cm: with LaTeX's 10pt gutter pdftotext reads some lines
  # straight across both columns
  pandoc -f markdown-smart --pdf-engine=pdflatex --lua-filter="$B/frbreak.lua" --lua-filter="$B/keepdash.lua" \
    -V papersize=a4 -V geometry:margin=1.5cm -V fontenc=T1 -V classoption=twocolumn -V fontsize=10pt \
    -V title-meta="$t" -V header-includes="\\pdftrailerid{$n.twocolumn}\\setlength{\\columnsep}{0.8cm}" \
    -o "$n.twocolumn.pdf" "$B/$n.md"
done
# two-column page layout with CSS multi-column in Chromium
for n in 250709-jis; do
  prep_md "$n"
  t=$(title_of "$B/$n.md")
  # column-gap 2cm: with narrower gaps pdftotext reads some lines across both columns
  pandoc -s -f markdown-smart -t html5 --lua-filter="$B/frbreak.lua" --lua-filter="$B/keepdash.lua" \
    --metadata pagetitle="$t" --metadata lang=en \
    -V header-includes='<style>@page { size: A4; margin: 1.5cm; } html { font-size: 10pt; } body { max-width: none; margin: 0; padding: 0; columns: 2; column-gap: 2cm; column-rule: 0.5pt solid #999; hyphens: none; } h1, h2, h3, h4 { break-after: avoid; } h2 { column-span: all; }</style>' \
    -o "$B/$n.twocolumn.html" "$B/$n.md"
  chromium_pdf "$B/$n.twocolumn.html" "$PWD/$n.twocolumn.pdf"
done

# side by side (one big row), PDF by LibreOffice Writer from the HTML
for n in 250709-jis 250833-ihc; do
  prep_md "$n"
  python3 "$B/sidebyside.py" bigrow "$B/$n.md" "$n.sidebyside.html" "$(title_of "$B/$n.md")" "$B/keepdash.lua"
  cp "$n.sidebyside.html" "$B/$n.sidebyside.html"
  libreoffice_pdf "$B/$n.sidebyside.html" "$n.sidebyside.pdf" writer_web_pdf_Export
done

# --- 2. new notices ----------------------------------------------------------
# plain-text version of the English-only notice
python3 "$B/plaintext.py" 251042-ncia.md > 251042-ncia.txt

for n in $NEW; do
  t=$(title_of "$n.md")
  br=$(breakref_of "$n")
  meta=""; [ -n "$br" ] && meta="--metadata=breakref:$br"
  lang=en; [ "$n" = 251187-ops ] && lang=fr

  pandoc -s -f markdown-smart -t html5 --lua-filter="$B/halfbreak.lua" --lua-filter="$B/keepdash.lua" $meta \
    --metadata pagetitle="$t" --metadata lang=$lang \
    -V header-includes='<style>@page { size: A4; margin: 2cm; }</style>' \
    -o "$n.html" "$n.md"

  pandoc -f markdown-smart -t docx --reference-doc="$B/reference.docx" \
    --lua-filter="$B/halfbreak.lua" $meta -o "$B/$n.docx" "$n.md"
  libreoffice_pdf "$B/$n.docx" "$n.libreoffice.pdf"

  chromium_pdf "$PWD/$n.html" "$PWD/$n.chromium.pdf"

  case $n in
    250901-dpp|250944-act|251187-ops)
      # U+202F (narrow no-break space, thousands separator in 251187) is
      # unknown to LaTeX's utf8 input encoding: typeset it as a thin space
      pandoc -f markdown-smart --pdf-engine=pdflatex --lua-filter="$B/halfbreak.lua" --lua-filter="$B/keepdash.lua" $meta \
        -V papersize=a4 -V geometry:margin=2cm -V fontenc=T1 -V lang=$lang \
        -V title-meta="$t" \
        -V header-includes="\\pdftrailerid{$n}\\DeclareUnicodeCharacter{202F}{\\,}" \
        -o "$n.pdflatex.pdf" "$n.md" ;;
  esac
done

to_groff 251042-ncia.txt 251042-ncia.groff.pdf

python3 "$B/sidebyside.py" sections 250968-nspa.md 250968-nspa.sidebyside.html "$(title_of 250968-nspa.md)" "$B/keepdash.lua"
chromium_pdf "$PWD/250968-nspa.sidebyside.html" "$PWD/250968-nspa.sidebyside.pdf"

# --- 3. pdftotext dumps and MANIFEST.tsv rows ----------------------------------
EXTRA_PDFS=""
for n in $ORIG; do
  EXTRA_PDFS="$EXTRA_PDFS $n.wkhtmltopdf.pdf $n.weasyprint.pdf $n.qpdf.pdf $n.gs.pdf"
done
EXTRA_PDFS="$EXTRA_PDFS 250715-pdd.twocolumn.pdf 250697-osg.twocolumn.pdf 250709-jis.twocolumn.pdf"
EXTRA_PDFS="$EXTRA_PDFS 250709-jis.sidebyside.pdf 250833-ihc.sidebyside.pdf"
for n in $NEW; do
  EXTRA_PDFS="$EXTRA_PDFS $n.libreoffice.pdf $n.chromium.pdf"
  [ -f "$n.pdflatex.pdf" ] && EXTRA_PDFS="$EXTRA_PDFS $n.pdflatex.pdf"
done
EXTRA_PDFS="$EXTRA_PDFS 251042-ncia.groff.pdf 250968-nspa.sidebyside.pdf"

for f in $EXTRA_PDFS; do
  pdftotext -enc UTF-8 "$f" "pdftotext/${f%.pdf}.txt"
done

pdf_producer() {
  pdfinfo "$1" | awk -F': *' '/^Producer:/ {p=$2} /^Creator:/ {c=$2}
    END { sub(/^Mozilla.*HeadlessChrome/, "HeadlessChrome", c); sub(/ Safari.*/, "", c); print p " / " c }'
}
row() {  # file reference format producer derived_from
  pages=""
  [ "$3" = pdf ] && pages=$(pdfinfo "$1" | awk '/^Pages:/ {print $2}')
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" "$5" "$(sha256sum "$1" | cut -d' ' -f1)" "$pages"
}
ref_of() { case $1 in press-release*) echo - ;; *) echo "${1%%-*}" ;; esac; }
PANDOC_V="pandoc $(pandoc --version | awk 'NR==1 {print $2}')"
PDFTOTEXT_V="pdftotext $(pdftotext -v 2>&1 | awk 'NR==1 {print $3}') (poppler)"

{
  for n in $ORIG; do
    r=$(ref_of $n)
    row "$n.wkhtmltopdf.pdf" "$r" pdf "$(pdf_producer "$n.wkhtmltopdf.pdf")" "$n.html"
    row "$n.weasyprint.pdf" "$r" pdf "$(pdf_producer "$n.weasyprint.pdf")" "$n.html"
    row "$n.qpdf.pdf" "$r" pdf "$(pdf_producer "$n.qpdf.pdf") (qpdf $(qpdf --version | awk 'NR==1 {print $3}') --object-streams=generate)" "$n.libreoffice.pdf"
    row "$n.gs.pdf" "$r" pdf "$(pdf_producer "$n.gs.pdf")" "$n.chromium.pdf"
  done
  row 250715-pdd.twocolumn.pdf 250715 pdf "$(pdf_producer 250715-pdd.twocolumn.pdf) (twocolumn)" "250715-pdd.md (via $PANDOC_V LaTeX)"
  row 250697-osg.twocolumn.pdf 250697 pdf "$(pdf_producer 250697-osg.twocolumn.pdf) (twocolumn)" "250697-osg.md (via $PANDOC_V LaTeX)"
  row 250709-jis.twocolumn.pdf 250709 pdf "$(pdf_producer 250709-jis.twocolumn.pdf) (CSS columns: 2)" "250709-jis.md (via $PANDOC_V HTML5)"
  for n in 250709-jis 250833-ihc; do
    r=$(ref_of $n)
    row "$n.sidebyside.html" "$r" html "$PANDOC_V fragments in a two-cell table (build-extra.sh)" "$n.md"
    row "$n.sidebyside.pdf" "$r" pdf "$(pdf_producer "$n.sidebyside.pdf")Writer/Web (HTML import)" "$n.sidebyside.html"
  done
  for n in $NEW; do
    r=$(ref_of $n)
    what="hand-written (invented vacancy notice)"
    [ "$n" = press-release ] && what="hand-written (invented press release, not a vacancy notice)"
    row "$n.md" "$r" md "$what" "-"
    if [ "$n" = 251042-ncia ]; then
      row "$n.txt" "$r" txt "plain text with typed bullets, hard-wrapped at 80 columns (python3 textwrap, build-extra.sh)" "$n.md"
    fi
    row "$n.html" "$r" html "$PANDOC_V (standalone HTML5)" "$n.md"
    row "$n.libreoffice.pdf" "$r" pdf "$(pdf_producer "$n.libreoffice.pdf")" "$n.md (via $PANDOC_V DOCX)"
    row "$n.chromium.pdf" "$r" pdf "$(pdf_producer "$n.chromium.pdf")" "$n.html"
    [ -f "$n.pdflatex.pdf" ] && row "$n.pdflatex.pdf" "$r" pdf "$(pdf_producer "$n.pdflatex.pdf")" "$n.md (via $PANDOC_V LaTeX)"
    if [ "$n" = 251042-ncia ]; then
      row "$n.groff.pdf" "$r" pdf "$(pdf_producer "$n.groff.pdf")" "$n.txt"
    fi
    if [ "$n" = 250968-nspa ]; then
      row "$n.sidebyside.html" "$r" html "$PANDOC_V fragments in a table, one row per section pair (build-extra.sh)" "$n.md"
      row "$n.sidebyside.pdf" "$r" pdf "$(pdf_producer "$n.sidebyside.pdf")" "$n.sidebyside.html"
    fi
  done
  for f in $EXTRA_PDFS; do
    x="pdftotext/${f%.pdf}.txt"
    row "$x" "$(ref_of $f)" txt "$PDFTOTEXT_V default mode" "$f"
  done
  for r in 250901 250944 251187 251042 250968; do
    row "expected/$r.json" "$r" json "hand-written expected answer" "-"
  done
  row build-extra.sh - sh "hand-written" "-"
} > "$B/rows.tsv"

# replace the rows of these files (and refresh README.md's hash), keep the rest
awk -F'\t' -v OFS='\t' -v readme="$(sha256sum README.md | cut -d' ' -f1)" '
  NR == FNR { mine[$1] = 1; next }
  ($1 in mine) { next }
  $1 == "README.md" { $6 = readme }
  { print }' "$B/rows.tsv" MANIFEST.tsv > "$B/manifest.tsv"
cat "$B/rows.tsv" >> "$B/manifest.tsv"
cat "$B/manifest.tsv" > MANIFEST.tsv
