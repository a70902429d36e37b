"""Ministère de la Pêche et de l'Économie Bleue (Madagascar), French:
WeasyPrint avis (+ dump) and a forwarded e-mail with label line / indented value line."""
import os
from common import write, expected, key_of, weasy, wrap, BUILD

REF = "MPEB/SG/DRH/2038-093"
TITLE = "Responsable du système de suivi des captures de la pêche artisanale"
ORG = "Ministère de la Pêche et de l'Économie Bleue (MPEB)"
LOC = "Mahajanga, région Boeny"
SCHED = "Temps plein (40 heures par semaine)"
SAL = "2 650 000 Ariary (MGA) brut par mois"
CONTRAT = "Contrat à durée déterminée de deux ans, renouvelable"
ESS = [
    "être de nationalité malagasy ;",
    "être titulaire d'un diplôme d'ingénieur halieute ou d'un master en statistique ou en sciences de la mer ;",
    "justifier d'au moins cinq ans d'expérience dans la collecte et l'analyse de données de pêche ;",
    "maîtriser les bases de données relationnelles et un logiciel statistique (R ou Stata) ;",
    "avoir une bonne maîtrise du malagasy et du français.",
]
DES = [
    "une expérience des enquêtes-cadres sur les embarcations ;",
    "la connaissance des applications de collecte sur smartphone.",
]
QUAL = ["Intégrité", "Capacité de synthèse", "Aptitude à travailler en milieu rural", "Discrétion"]
COMP = [(q, "") for q in QUAL]
ATTR = [
    "concevoir le plan d'échantillonnage des débarquements dans les sites de la côte ouest ;",
    "encadrer et former les enquêteurs communaux ;",
    "contrôler la qualité des données et tenir la base nationale des captures ;",
    "produire un bulletin trimestriel des captures par espèce et par engin ;",
    "appuyer la préparation des plans d'aménagement des pêcheries de crevettes et de poulpes.",
]
DOSSIER = [
    "une lettre de motivation adressée au Secrétaire Général ;",
    "un curriculum vitae détaillé avec trois références ;",
    "les copies certifiées des diplômes et attestations de travail ;",
    "un certificat de résidence de moins de trois mois.",
]
key = key_of(REF)

ol = lambda xs, t="1": f'<ol type="{t}" style="list-style-type: {"lower-alpha" if t == "a" else "decimal"}">' + "".join(f"<li>{x}</li>" for x in xs) + "</ol>"
html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Avis de recrutement {REF}</title>
<style>
 @page {{ size: A4; margin: 20mm 20mm 22mm 20mm;
   @bottom-center {{ content: "MPEB – Avis de recrutement – page " counter(page) " / " counter(pages); font-size: 8pt; }} }}
 body {{ font-family: "DejaVu Serif", serif; font-size: 10.5pt; line-height: 1.35; }}
 .head {{ display: flex; justify-content: space-between; font-size: 9pt; text-align: center; }}
 .head div {{ width: 46%; }}
 h1 {{ text-align: center; font-size: 14pt; margin: 14px 0 2px; }}
 .num {{ text-align: center; margin: 0 0 12px; }}
 h2 {{ font-size: 11pt; margin: 12px 0 4px; }}
 table.fiche {{ border-collapse: collapse; width: 100%; }}
 table.fiche th, table.fiche td {{ border: 0.6pt solid #444; padding: 3px 6px; vertical-align: top; text-align: left; }}
 table.fiche th {{ width: 32%; background: #eef2f7; font-weight: bold; }}
 .sign {{ margin-top: 18px; text-align: right; }}
</style></head><body>
<div class="head">
  <div>MINISTÈRE DE LA PÊCHE ET DE L'ÉCONOMIE BLEUE<br>-----------<br>SECRÉTARIAT GÉNÉRAL<br>-----------<br>DIRECTION DES RESSOURCES HUMAINES</div>
  <div>REPOBLIKAN'I MADAGASIKARA<br>Fitiavana – Tanindrazana – Fandrosoana<br>-----------<br>Antananarivo, le 15 décembre 2038</div>
</div>
<h1>AVIS DE RECRUTEMENT</h1>
<p class="num">N° {REF}</p>
<p>Dans le cadre du renforcement du système national de statistiques halieutiques, le Ministère de la Pêche
et de l'Économie Bleue lance un appel à candidatures pour le poste suivant.</p>
<h2>1. Poste à pourvoir</h2>
<table class="fiche">
<tr><th>Intitulé du poste</th><td>{TITLE}</td></tr>
<tr><th>Employeur</th><td>{ORG}</td></tr>
<tr><th>Service de rattachement</th><td>Direction des Statistiques et de la Programmation</td></tr>
<tr><th>Lieu d'affectation</th><td>{LOC}</td></tr>
<tr><th>Temps de travail</th><td>{SCHED}</td></tr>
<tr><th>Type de contrat</th><td>{CONTRAT}</td></tr>
<tr><th>Rémunération</th><td>{SAL}</td></tr>
<tr><th>Date limite de dépôt</th><td>Lundi 17 janvier 2039 à 16 heures</td></tr>
</table>
<h2>2. Attributions</h2>
{ol(ATTR, "a")}
<h2>3. Profil</h2>
<p>Le ou la candidat(e) doit :</p>
{ol(ESS)}
<p>Seraient des atouts :</p>
<ul>{"".join(f"<li>{x}</li>" for x in DES)}</ul>
<h2>4. Qualités requises</h2>
<ul>{"".join(f"<li>{x}</li>" for x in QUAL)}</ul>
<h2>5. Dossier de candidature</h2>
<p>Le dossier comprend :</p>
{ol(DOSSIER, "a")}
<h2>6. Dépôt des dossiers</h2>
<p>Les dossiers portant la mention « {REF} » sont déposés au bureau du courrier du Ministère, Ampandrianomby,
Antananarivo, ou à la Direction régionale de Boeny, Mahajanga, au plus tard le lundi 17 janvier 2039 à 16 heures.
Seuls les candidats présélectionnés seront convoqués à un entretien prévu au cours de la semaine du
31 janvier 2039.</p>
<p class="sign">Le Secrétaire Général<br><i>(signature fictive)</i></p>
</body></html>
"""
src = os.path.join(BUILD, "mpeb-avis.html")
with open(src, "w", encoding="utf-8") as f:
    f.write(html)
weasy(src, f"{key}-avis.weasyprint.pdf")

def field(label, value):
    return f"{label}\n    {value}\n"

mail = f"""
De : Cellule de coordination SIH <coordination.sih@peche.example>
Envoyé : jeudi 16 décembre 2038 09:42
À : liste-halieutes-mg@listes.example
Objet : TR: Avis de recrutement – {TITLE}

Bonjour à toutes et à tous,

Merci de partager largement l'avis ci-dessous dans vos réseaux. Attention : seuls les dossiers physiques
sont acceptés. La réunion mensuelle du réseau est reportée au 6 janvier 2039.

Cordialement,
Hanitra R. (nom fictif)

-------- Message transféré --------
Sujet : Avis de recrutement N° {REF}
Date : 15/12/2038

MINISTÈRE DE LA PÊCHE ET DE L'ÉCONOMIE BLEUE
Secrétariat Général – Direction des Ressources Humaines

AVIS DE RECRUTEMENT N° {REF}

{field("Intitulé du poste", TITLE)}
{field("Employeur", ORG)}
{field("Lieu d'affectation", LOC)}
{field("Temps de travail", SCHED)}
{field("Type de contrat", CONTRAT)}
{field("Rémunération", SAL)}
{field("Date limite de dépôt", "17/01/2039 à 16 heures")}
ATTRIBUTIONS
""" + "\n".join(f"  {c}) {a}" for c, a in zip("abcde", ATTR)) + """

PROFIL
Le ou la candidat(e) doit :
""" + "\n".join(f"  {i}. {e}" for i, e in enumerate(ESS, 1)) + """
Seraient des atouts :
""" + "\n".join(f"  - {d}" for d in DES) + """

QUALITÉS REQUISES
""" + "\n".join(f"  - {q}" for q in QUAL) + """

DOSSIER DE CANDIDATURE
""" + "\n".join(f"  {c}) {a}" for c, a in zip("abcd", DOSSIER)) + f"""

{wrap("Dépôt au bureau du courrier du Ministère (Ampandrianomby, Antananarivo) ou à la Direction régionale de Boeny (Mahajanga), sous pli portant la mention « " + REF + " ». Entretiens : semaine du 31 janvier 2039.", 100)}

Le Secrétaire Général (signature fictive)
"""
write(f"{key}-courriel.txt", mail)

expected(REF, ["fr"], {"fr": TITLE}, {"fr": ORG}, {"fr": LOC}, {"fr": SCHED}, "2039-01-17",
         (2650000, None, None, "MGA", "month"), None, {"fr": (ESS, DES)}, {"fr": COMP})
