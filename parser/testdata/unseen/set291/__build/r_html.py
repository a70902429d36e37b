# HTML sources for the Chromium PDFs (WFEO side by side, FIL poster, AU-IBAR brochure).
import os
from html import escape as e
from data import N, ROOT


def ul(items, tag="ul"):
    return f"<{tag}>" + "".join(f"<li>{e(i)}</li>" for i in items) + f"</{tag}>"


def comps(c):
    return "<ul class='c'>" + "".join(
        f"<li><b>{e(a)}:</b> {e(b)}</li>" if b else f"<li><b>{e(a)}</b></li>" for a, b in c) + "</ul>"


def comps_fr(c):
    return "<ul class='c'>" + "".join(f"<li><b>{e(a)} :</b> {e(b)}</li>" for a, b in c) + "</ul>"


def wfeo():
    n = N["wfeo"]
    facts_en = [("Organisation", n["org"]["en"]), ("Duty station", n["loc"]["en"]), ("Contract", "Fixed-term, two years, renewable"),
                ("Working time", n["sched"]["en"]), ("Gross salary", "EUR 58,000 – 66,000 per year, depending on experience"),
                ("Published", "28 November 2041"), ("Entry on duty", "1 April 2042"),
                ("Closing date", "9 January 2042, 23:59 Paris time")]
    facts_fr = [("Organisation", n["org"]["fr"]), ("Lieu d'affectation", n["loc"]["fr"]), ("Contrat", "Durée déterminée, deux ans, renouvelable"),
                ("Temps de travail", n["sched"]["fr"]), ("Salaire brut", "58 000 à 66 000 EUR par an, selon l'expérience"),
                ("Publication", "28 novembre 2041"), ("Entrée en fonction", "1er avril 2042"),
                ("Date limite", "9 janvier 2042, 23 h 59, heure de Paris")]

    def facts(rows):
        return "<table class='f'>" + "".join(f"<tr><th>{e(a)}:</th><td>{e(b)}</td></tr>" for a, b in rows) + "</table>"

    def facts_f(rows):
        return "<table class='f'>" + "".join(f"<tr><th>{e(a)} :</th><td>{e(b)}</td></tr>" for a, b in rows) + "</table>"

    rows = [
        ("<div class='band'>VACANCY NOTICE</div><p class='no'>Vacancy notice No. " + e(n["ref"]) + "</p><h1>" + e(n["title"]["en"]) + "</h1>",
         "<div class='band'>AVIS DE VACANCE DE POSTE</div><p class='no'>Avis de vacance n° " + e(n["ref"]) + "</p><h1>" + e(n["title"]["fr"]) + "</h1>"),
        (facts(facts_en), facts_f(facts_fr)),
        ("<h2>The Federation</h2><p>WFEO brings together national engineering institutions from more than a hundred countries and works with UNESCO on engineering for sustainable development. Its Committee on Education in Engineering needs a programme officer to run the accreditation support programme in the Paris secretariat.</p>",
         "<h2>La Fédération</h2><p>La FMOI réunit des institutions nationales d'ingénieurs de plus de cent pays et travaille avec l'UNESCO sur l'ingénierie au service du développement durable. Son comité de la formation des ingénieurs recherche un·e chargé·e de programme pour conduire le programme d'appui à l'accréditation au secrétariat de Paris.</p>"),
        ("<h2>Main duties</h2><ol><li>Coordinate the peer reviews of accreditation agencies that ask for support.</li><li>Organise regional workshops on outcome-based curricula.</li><li>Maintain the register of accredited programmes and its public website.</li><li>Prepare reports and papers for the Executive Council.</li><li>Raise funds from foundations and development partners.</li></ol>",
         "<h2>Principales fonctions</h2><ol><li>Coordonner les évaluations par les pairs des agences d'accréditation qui sollicitent un appui.</li><li>Organiser des ateliers régionaux sur les programmes fondés sur les acquis d'apprentissage.</li><li>Tenir le registre des programmes accrédités et son site public.</li><li>Préparer les rapports et documents du Conseil exécutif.</li><li>Rechercher des financements auprès de fondations et de partenaires.</li></ol>"),
        ("<h2>Requirements</h2>" + ul(n["ess"]["en"]) + "<h3>Assets</h3>" + ul(n["des"]["en"]),
         "<h2>Exigences</h2>" + ul(n["ess"]["fr"]) + "<h3>Atouts</h3>" + ul(n["des"]["fr"])),
        ("<h2>Competencies</h2>" + comps(n["comp"]["en"]),
         "<h2>Compétences</h2>" + comps_fr(n["comp"]["fr"])),
        ("<h2>How to apply</h2><p>Send a CV and a motivation letter, quoting the vacancy notice number, to recruitment@wfeo.example by the closing date. Shortlisted candidates will be interviewed in the week of 26 January 2042.</p>",
         "<h2>Candidature</h2><p>Adressez un CV et une lettre de motivation, en rappelant le numéro de l'avis, à recruitment@wfeo.example avant la date limite. Les entretiens des personnes retenues auront lieu la semaine du 26 janvier 2042.</p>"),
    ]
    body = "".join(f"<tr><td lang='en'>{a}</td><td lang='fr'>{b}</td></tr>" for a, b in rows)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{e(n['ref'])}</title><style>
@page {{ size: A4; margin: 14mm 13mm; }}
body {{ font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9.4pt; color: #1d2733; }}
.lh {{ border-bottom: 3px solid #0b5aa2; padding-bottom: 4px; margin-bottom: 8px; }}
.lh b {{ color: #0b5aa2; font-size: 12pt; }}
.lh span {{ display: block; font-size: 8pt; color: #555; }}
table.m {{ width: 100%; border-collapse: collapse; }}
table.m > tbody > tr {{ page-break-inside: avoid; }}
table.m > tbody > tr > td {{ width: 50%; vertical-align: top; padding: 2px 9px; }}
table.m > tbody > tr > td + td {{ border-left: 1px solid #9bb7d4; }}
.band {{ background: #0b5aa2; color: #fff; font-weight: bold; padding: 3px 6px; letter-spacing: 1px; }}
.no {{ font-style: italic; margin: 4px 0; }} h1 {{ font-size: 12.5pt; margin: 4px 0; }}
h2 {{ font-size: 10pt; color: #0b5aa2; margin: 6px 0 2px; }} h3 {{ font-size: 9.4pt; font-style: italic; margin: 4px 0 2px; }}
table.f {{ border-collapse: collapse; width: 100%; }} table.f th {{ background: #e6eef7; text-align: left; width: 38%; padding: 2px 4px; font-weight: bold; }}
table.f td {{ padding: 2px 4px; border-bottom: 1px solid #d5e0ec; }}
ul, ol {{ margin: 2px 0 2px 16px; padding: 0; }} li {{ margin: 1px 0; }}
.ft {{ margin-top: 10px; font-size: 8pt; color: #555; border-top: 1px solid #9bb7d4; padding-top: 3px; }}
</style></head><body>
<div class="lh"><b>World Federation of Engineering Organizations · Fédération mondiale des organisations d'ingénieurs</b>
<span>Maison de l'UNESCO, 1 rue Miollis, 75015 Paris · secretariat@wfeo.example</span></div>
<table class="m"><tbody>{body}</tbody></table>
<div class="ft">The English and French versions of this notice are equally valid. · Les versions anglaise et française du présent avis font également foi.</div>
</body></html>"""


def fil():
    n = N["fil"]
    side = [("REFERENCE", n["ref"]), ("EMPLOYER", n["org"]["en"]), ("LOCATION", n["loc"]["en"]),
            ("CONTRACT", "Permanent, six-month probation"), ("HOURS", n["sched"]["en"]),
            ("SALARY", "EUR 56,000 – 64,000 gross per year"), ("START", "1 May 2042"),
            ("CLOSING DATE", "20 January 2042")]
    dl = "".join(f"<dt>{e(a)}</dt><dd>{e(b)}</dd>" for a, b in side)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{e(n['title']['en'])}</title><style>
@page {{ size: A4; margin: 0; }}
html, body {{ margin: 0; padding: 0; }}
body {{ font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9.6pt; color: #14202b; width: 210mm; height: 296mm; display: grid;
  grid-template-columns: 64mm 1fr; grid-template-rows: auto 1fr auto; }}
header {{ grid-column: 1 / 3; background: #0e2f56; color: #fff; padding: 12mm 14mm 8mm; }}
header .k {{ color: #f2c14e; letter-spacing: 3px; font-size: 8.5pt; font-weight: bold; }}
header h1 {{ margin: 4px 0 2px; font-size: 20pt; }} header p {{ margin: 0; font-size: 10pt; color: #cfe0f2; }}
aside {{ background: #10243c; color: #e9f1fa; padding: 8mm 6mm; }}
aside dt {{ font-size: 7pt; letter-spacing: 2px; color: #f2c14e; margin-top: 6px; }}
aside dd {{ margin: 1px 0 0; font-size: 9.2pt; }}
aside .note {{ margin-top: 12px; font-size: 8pt; font-style: italic; color: #b8c9dc; }}
main {{ padding: 7mm 12mm 4mm; }}
main h2 {{ font-size: 10.5pt; color: #0e2f56; text-transform: uppercase; margin: 8px 0 3px; border-bottom: 2px solid #f2c14e; }}
main ul {{ margin: 2px 0 2px 15px; padding: 0; }} main p {{ margin: 3px 0; }}
.apply {{ background: #fdf3d8; padding: 3mm 4mm; margin-top: 8px; }}
footer {{ grid-column: 1 / 3; background: #0e2f56; color: #cfe0f2; font-size: 7.5pt; padding: 3mm 14mm; }}
</style></head><body>
<header><div class="k">JOIN THE FIL TEAM</div><h1>{e(n['title']['en'])}</h1><p>Head office, Berchtesgaden · Natural track department</p></header>
<aside><dl>{dl}</dl><p class="note">Travel to events is paid at the German daily allowance of EUR 28 per day.</p></aside>
<main>
<h2>About the role</h2>
<p>The International Luge Federation governs luge on artificial and natural tracks. To grow natural track luge beyond its Alpine heartland, we are looking for a development manager who will plan courses, support new national federations and look after the development calendar.</p>
<ul><li>Design and run the natural track development plan with the Sport Department.</li><li>Organise coaching courses and youth camps in new luge nations.</li><li>Report on development grants and their results.</li><li>Work with event organisers on safe, low-cost natural tracks.</li></ul>
<h2>What you need</h2><ul>{''.join(f'<li>{e(i)}</li>' for i in n['ess']['en'])}</ul>
<h2>Nice to have</h2><ul>{''.join(f'<li>{e(i)}</li>' for i in n['des']['en'])}</ul>
<h2>How we work</h2><ul>{''.join(f'<li><b>{e(a)}:</b> {e(b)}</li>' for a, b in n['comp']['en'])}</ul>
<div class="apply"><b>How to apply.</b> Send your CV and a cover letter to jobs@fil-luge.example with the reference in the subject line. Interviews are planned for 3 and 4 February 2042 in Berchtesgaden or online.</div>
</main>
<footer>International Luge Federation · Berchtesgaden · Germany · fil-luge.example/jobs</footer>
</body></html>"""


def auibar():
    n = N["auibar"]

    def grid(labels, vals):
        return "<div class='grid'>" + "".join(f"<div><small>{e(a)}</small><span>{e(b)}</span></div>" for a, b in zip(labels, vals)) + "</div>"

    en_g = grid(["REFERENCE", "EMPLOYER", "DUTY STATION", "GRADE", "WORKING TIME", "SALARY", "PUBLISHED", "START", "CLOSING DATE"],
                [n["ref"], n["org"]["en"], n["loc"]["en"], "P3", n["sched"]["en"], "USD 51,480 – 59,760 per annum, net",
                 "1 December 2041", "1 May 2042", "30 January 2042"])
    fr_g = grid(["RÉFÉRENCE", "EMPLOYEUR", "LIEU D'AFFECTATION", "GRADE", "TEMPS DE TRAVAIL", "RÉMUNÉRATION", "PUBLICATION", "ENTRÉE EN FONCTION", "DATE LIMITE"],
                [n["ref"], n["org"]["fr"], n["loc"]["fr"], "P3", n["sched"]["fr"], "51 480 à 59 760 USD par an, net",
                 "1er décembre 2041", "1er mai 2042", "30 janvier 2042"])

    def half(l, g):
        en = l == "en"
        h = ["Why this post", "What you will do", "What you bring", "A plus", "How you work", "Apply"] if en else \
            ["Pourquoi ce poste", "Vos missions", "Votre profil", "Un plus", "Votre façon de travailler", "Candidature"]
        why = ("Livestock trade feeds millions of families across the continent, but animals and animal products still cross borders under rules that differ from one region to the next. The Bureau is strengthening its trade policy team to help Member States align those rules with the continental free trade agreement."
               if en else
               "Le commerce du bétail fait vivre des millions de familles sur le continent, mais les animaux et les produits animaux franchissent encore les frontières selon des règles qui varient d'une région à l'autre. Le Bureau renforce son équipe de politique commerciale pour aider les États membres à harmoniser ces règles avec l'accord de libre-échange continental.")
        dut = (["Analyse regional trade flows of live animals, meat and hides.", "Draft policy briefs and model regulations for Member States.", "Support the regional economic communities in harmonising sanitary certificates.", "Organise expert meetings and report on their outcomes."]
               if en else
               ["Analyser les flux régionaux d'animaux vivants, de viande et de cuirs.", "Rédiger des notes de politique et des modèles de réglementation pour les États membres.", "Appuyer les communautés économiques régionales dans l'harmonisation des certificats sanitaires.", "Organiser des réunions d'experts et en rendre compte."])
        sep = ":" if en else " :"
        ap = ("Apply through the African Union careers portal, quoting the reference, before the closing date. Only shortlisted candidates will be contacted; interviews are expected in March 2042."
              if en else
              "Postulez sur le portail des carrières de l'Union africaine en indiquant la référence, avant la date limite. Seules les personnes présélectionnées seront contactées ; les entretiens sont prévus en mars 2042.")
        return (f"<section class='t'><div class='k'>{'VACANCY ANNOUNCEMENT' if en else 'AVIS DE VACANCE'}</div><h1>{e(n['title'][l])}</h1></section>"
                f"<section class='g'>{g}</section>"
                f"<section class='w'><h2>{h[0]}</h2><p>{e(why)}</p></section>"
                f"<section class='s'><h2>{h[1]}</h2>{ul(dut)}</section>"
                f"<section class='w'><h2>{h[2]}</h2>{ul(n['ess'][l])}<h3>{h[3]}</h3>{ul(n['des'][l])}</section>"
                f"<section class='s'><h2>{h[4]}</h2><ul>{''.join(f'<li><b>{e(a)}{sep}</b> {e(b)}</li>' for a, b in n['comp'][l])}</ul></section>"
                f"<section class='a'><h2>{h[5]}</h2><p>{e(ap)}</p></section>")

    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{e(n['ref'])}</title><style>
@page {{ size: A4; margin: 0; }}
body {{ margin: 0; font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9.5pt; color: #1f2a1d; }}
section {{ padding: 4mm 14mm; }}
.mast {{ background: #1d5b2c; color: #fff; padding: 6mm 14mm; }} .mast b {{ font-size: 13pt; }} .mast span {{ display: block; font-size: 8.5pt; color: #cde6c6; }}
.t {{ background: #c8932b; color: #fff; }} .t .k {{ letter-spacing: 3px; font-size: 8pt; font-weight: bold; }} .t h1 {{ margin: 2px 0; font-size: 17pt; }}
.g {{ background: #e5ece2; }} .grid {{ display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 3mm 6mm; }}
.grid small {{ display: block; font-size: 6.8pt; letter-spacing: 1.5px; color: #4d6648; font-weight: bold; }}
.w {{ background: #fff; }} .s {{ background: #f1f3f0; }}
h2 {{ font-size: 11pt; color: #1d5b2c; margin: 1mm 0; }} h3 {{ font-size: 10pt; color: #8a6414; margin: 2mm 0 1mm; }}
ul {{ list-style: square; margin: 1mm 0 1mm 5mm; padding: 0; }} p {{ margin: 1mm 0; }}
.a {{ background: #c8932b; color: #fff; }} .a h2 {{ color: #fff; }}
.strip {{ background: #1d5b2c; color: #fff; font-weight: bold; letter-spacing: 3px; padding: 3mm 14mm; break-before: page; }}
footer {{ background: #22291f; color: #bbb; font-size: 7.5pt; padding: 4mm 14mm; }}
</style></head><body>
<div class="mast"><b>AFRICAN UNION · UNION AFRICAINE</b><span>Inter-African Bureau for Animal Resources · Bureau interafricain des ressources animales · Careers / Carrières</span></div>
<div lang="en">{half('en', en_g)}</div>
<div class="strip">VERSION FRANÇAISE</div>
<div lang="fr">{half('fr', fr_g)}</div>
<footer>AU-IBAR · Kenindia Business Park, Westlands, Nairobi · Share: LinkedIn · X · E-mail</footer>
</body></html>"""


def build():
    out = {}
    for name, fn in (("wfeo-hr-2042-01-wfeo.html", wfeo), ("fil-hr-2042-03-fil.html", fil),
                     ("au-ibar-va-2042-05-auibar.html", auibar)):
        with open(os.path.join(ROOT, name), "w", encoding="utf-8") as f:
            f.write(fn())
        out[name] = True
    return out


if __name__ == "__main__":
    build()
