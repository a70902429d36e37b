import os
from common import *

KEY = "sna-2043-06"; REF = "SNA-2043-06"
ORG = "Société Nationale de l'Acadie"
T = {"fr": "Agent(e) de projets – immigration francophone en Atlantique",
     "en": "Project Officer – Francophone Immigration in Atlantic Canada"}
LOC = {"fr": "Moncton (Nouveau-Brunswick), télétravail partiel possible",
       "en": "Moncton, New Brunswick (partial telework possible)"}
SCH = {"fr": "Temps plein, 35 heures par semaine, déplacements fréquents dans les provinces de l'Atlantique",
       "en": "Full-time, 35 hours per week, frequent travel in the Atlantic provinces"}
SAL = {"fr": "de 54 300 $ à 61 950 $ par année", "en": "$54,300 to $61,950 per year"}
DL = {"fr": "vendredi 13 novembre 2043, 16 h (heure de l'Atlantique)",
      "en": "Friday, November 13, 2043, 4 p.m. (Atlantic Time)"}
ESS = {"fr": ["Baccalauréat en sciences sociales, en administration publique ou dans un domaine connexe;",
              "Au moins trois années d'expérience en gestion de projets communautaires;",
              "Excellente maîtrise du français écrit et oral et bonne connaissance de l'anglais;",
              "Permis de conduire valide et accès à un véhicule."],
       "en": ["Bachelor's degree in social sciences, public administration or a related field;",
              "At least three years of experience in community project management;",
              "Excellent written and spoken French and a good knowledge of English;",
              "Valid driver's licence and access to a vehicle."]}
DES = {"fr": ["Connaissance des programmes fédéraux d'immigration économique;",
              "Expérience de travail avec des organismes acadiens ou francophones en situation minoritaire."],
       "en": ["Knowledge of federal economic immigration programs;",
              "Experience working with Acadian or francophone minority organizations."]}
COMP = {"fr": [("Sens de l'organisation", "capacité à mener plusieurs dossiers de front."),
               ("Entregent", "facilité à tisser des liens avec les partenaires communautaires et gouvernementaux.")],
        "en": [("Organizational skills", "ability to handle several files at once."),
               ("Interpersonal skills", "ease in building relationships with community and government partners.")]}
DUT = {"fr": ["coordonner les activités du réseau d'accueil des nouveaux arrivants francophones dans les quatre provinces;",
              "organiser des missions de recrutement virtuelles et des séances d'information avec les employeurs;",
              "rédiger les rapports destinés aux bailleurs de fonds et suivre les indicateurs du projet;",
              "représenter la SNA auprès des tables de concertation régionales."],
       "en": ["coordinate the activities of the welcoming network for French-speaking newcomers in the four provinces;",
              "organize virtual recruitment missions and information sessions with employers;",
              "write reports for funders and track project indicators;",
              "represent the SNA at regional coordination tables."]}
LAB = {"fr": ["Numéro de concours", "Employeur", "Lieu de travail", "Statut", "Horaire", "Salaire", "Date limite"],
       "en": ["Competition number", "Employer", "Location", "Status", "Hours", "Salary", "Closing date"]}
STAT = {"fr": "Poste permanent", "en": "Permanent position"}

def build():
    expected(KEY, REF, ["fr", "en"], T, {"fr": ORG, "en": ORG}, LOC, SCH, "2043-11-13",
             salary=sal(None, 54300, 61950, "CAD", "year"),
             req={l: {"essential": ESS[l], "desirable": DES[l]} for l in ("fr", "en")},
             comp={l: comps(COMP[l]) for l in ("fr", "en")})
    H = {"fr": ("OFFRE D'EMPLOI", "Tâches principales", "Exigences", "Atouts", "Qualités recherchées",
                "La SNA fédère les associations porte-parole et les associations jeunesse de l'Acadie de l'Atlantique et représente le peuple acadien sur les scènes nationale et internationale. Dans le cadre de son projet sur l'immigration francophone, elle recrute une personne pour appuyer les communautés qui accueillent de nouveaux arrivants.",
                "Les personnes intéressées doivent faire parvenir une lettre de présentation et un curriculum vitæ à emplois@sna.example. Les entrevues auront lieu le 25 novembre 2043. Seules les personnes retenues seront contactées.",
                "Version anglaise à la page suivante"),
         "en": ("JOB OPPORTUNITY", "Main duties", "Requirements", "Assets", "Desired qualities",
                "The SNA brings together the Acadian advocacy and youth associations of Atlantic Canada and represents the Acadian people nationally and internationally. As part of its Francophone immigration project, it is hiring a person to support communities that welcome newcomers.",
                "Interested persons should send a cover letter and a résumé to emplois@sna.example. Interviews will be held on November 25, 2043. Only those selected will be contacted.",
                "")}
    def section(l, brk):
        kick, hd, hr, ha, hq, intro, apply, nxt = H[l]
        vals = [REF, ORG, LOC[l], STAT[l], SCH[l], SAL[l], DL[l]]
        grid = "\n".join(f'<div class="lbl">{k}</div><div class="val">{nb(v)}</div>' for k, v in zip(LAB[l], vals))
        ul = lambda xs: "<ul>" + "".join(f"<li>{nb(x)}</li>" for x in xs) + "</ul>"
        q = "<ul>" + "".join(f"<li><b>{nb(n)}</b>{' :' if l == 'fr' else ':'} {nb(d)}</li>" for n, d in COMP[l]) + "</ul>"
        return f"""
<section class="{'brk' if brk else ''}" lang="{l}">
<p class="kick">{kick}</p>
<h1>{nb(T[l])}</h1>
<div class="grid">
{grid}
</div>
<p>{nb(intro)}</p>
<h2>{hd}</h2>{ul(DUT[l])}
<h2>{hr}</h2>{ul(ESS[l])}
<h2>{ha}</h2>{ul(DES[l])}
<h2>{hq}</h2>{q}
<p>{nb(apply)}</p>
<p class="next">{nxt}</p>
</section>"""
    html = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{REF}</title>
<style>
@page {{ size: A4; margin: 18mm 16mm 20mm 16mm;
  @bottom-left {{ content: "Société Nationale de l'Acadie · 224, rue Saint-Georges, Moncton (adresse fictive)"; font-size: 8pt; color: #555; }}
  @bottom-right {{ content: "page " counter(page) " de " counter(pages); font-size: 8pt; color: #555; }} }}
body {{ font-family: "DejaVu Sans", sans-serif; font-size: 10pt; }}
.band {{ border-bottom: 4px solid #003f87; padding-bottom: 4px; display: flex; justify-content: space-between; }}
.band .star {{ color: #f4c20d; font-size: 16pt; }}
.kick {{ letter-spacing: 2px; color: #003f87; font-weight: bold; margin-top: 14px; }}
h1 {{ font-size: 16pt; margin: 2px 0 10px; }}
.grid {{ display: grid; grid-template-columns: 45mm 1fr; gap: 3px 8px; background: #eef3fa; padding: 8px; }}
.lbl {{ font-weight: bold; color: #003f87; }}
h2 {{ font-size: 11.5pt; color: #c8102e; border-bottom: 1px solid #ccc; }}
.brk {{ page-break-before: always; }}
.next {{ font-style: italic; color: #666; }}
</style></head>
<body>
<div class="band"><span><span class="star">★</span> <b>Société Nationale de l'Acadie</b></span><span>Affiché le 21 octobre 2043 / Posted October 21, 2043</span></div>
{section("fr", False)}
{section("en", True)}
</body></html>
"""
    src = os.path.join(B, "sna.html"); open(src, "w", encoding="utf-8").write(html)
    pdf = KEY + "-sna.weasyprint.pdf"
    sh(["weasyprint", "-q", src, os.path.join(ROOT, pdf)])
    pdfrow(pdf, KEY)

    def mdhalf(l):
        kick, hd, hr, ha, hq, intro, apply, nxt = H[l]
        vals = [REF, ORG, LOC[l], STAT[l], SCH[l], SAL[l], DL[l]]
        dl = "\n\n".join(f"{k}\n:   {v}" for k, v in zip(LAB[l], vals))
        plus = lambda xs: "\n".join("+ " + x for x in xs)
        sep = " : " if l == "fr" else ": "
        return f"""### {T[l]}

*{kick.capitalize()}*

{dl}

{intro}

#### {hd}

{plus(DUT[l])}

#### {hr}

{plus(ESS[l])}

#### {ha}

{plus(DES[l])}

#### {hq}

{chr(10).join("+ **" + n + "**" + sep + d for n, d in COMP[l])}

{apply}
"""
    md = f"""
[Acadie Emplois](https://acadie-emplois.example) · [Offres](#) · [Employeurs](#) · [Babillard communautaire](#) · [Nous joindre](#)

> **Avis :** le babillard sera en maintenance le dimanche 1er novembre 2043, de 6 h à 9 h.

Accueil › Offres › Organismes communautaires › Moncton

## {ORG} – {T["fr"]}

*Affiché le 21 octobre 2043 · 214 consultations · Offre bilingue / Bilingual posting*

{mdhalf("fr")}
* * *

{mdhalf("en")}
* * *

**Offres semblables**

- Coordonnateur(trice) des bénévoles – Festival acadien – Caraquet – 22,50 $ l'heure – affiché le 15 octobre 2043
- Agent(e) de communication – organisme jeunesse – Halifax – date limite le 6 novembre 2043

© 2043 Acadie Emplois · Conditions d'utilisation
"""
    w(KEY + "-acadieemplois.md", md, KEY)
