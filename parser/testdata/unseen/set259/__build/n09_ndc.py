"""N9: NATO Defense College, Rome (fr only). French Word-style notice printed with
WeasyPrint (+ dump), and a Signal group chat paste in French."""
import os
from common import write, expected, sal, weasy_pdf, dump, add_row, SET

REF = "NDC-RECR-2039-05"
POST = "NDC ACD REG 0020"
TITLE = "Assistant(e) chargé(e) des inscriptions aux cours (Division Enseignement)"
ORG = "Collège de défense de l'OTAN (NDC)"
LOC = "Rome (Italie)"
SCH = "Temps plein"
GRADE, CLR = "G6", "NATO SECRET"
SALARY = "3 912,44 EUR par mois (net d'impôt)"
DEADLINE = "mardi 24 mai 2039 à 23 h 59 (heure de Rome)"
ESS = [
    "avoir achevé des études secondaires supérieures et être titulaire d'un diplôme en administration, en gestion ou en communication ;",
    "avoir au moins trois années d'expérience dans un secrétariat pédagogique, un service des admissions ou un service d'accueil international ;",
    "savoir utiliser une base de données d'inscription ou un logiciel de gestion de la scolarité ;",
    "maîtriser Microsoft Word, Excel et Outlook ;",
    "posséder le niveau SLP 3333 en anglais ou en français et le niveau 2222 dans l'autre langue officielle.",
]
DES = [
    "une expérience au sein d'une école militaire ou d'une organisation internationale ;",
    "une bonne connaissance de l'italien ;",
    "une connaissance des procédures de visa pour les séjours en Italie.",
]
COMP = [
    ("Précision", "Vérifie chaque dossier d'inscription avant sa transmission ;"),
    ("Sens du service", "Répond aux auditeurs et aux délégations nationales avec courtoisie et rapidité ;"),
    ("Organisation", "Planifie les inscriptions en fonction du calendrier des sessions du Collège ;"),
    ("Discrétion", "Traite les données personnelles des auditeurs avec la plus grande confidentialité."),
]
CTX = ("Le Collège de défense de l'OTAN, à Rome, forme chaque année plusieurs centaines d'officiers, de "
       "diplomates et de fonctionnaires des pays membres et partenaires. Sa Division Enseignement organise "
       "le cours supérieur, les cours pour officiers généraux et les cours de courte durée. Le Bureau des "
       "inscriptions y gère les candidatures transmises par les nations, la préparation de l'arrivée des "
       "auditeurs et leurs attestations de fin de cours.")
TASKS = [
    "Enregistrer les candidatures transmises par les délégations nationales et vérifier qu'elles sont complètes.",
    "Préparer les lettres d'admission, les demandes d'accès au site et les attestations de visa.",
    "Tenir à jour la base de données des auditeurs et produire les listes de participants.",
    "Accueillir les auditeurs à leur arrivée et répondre à leurs questions pratiques.",
    "Établir les certificats de fin de cours et archiver les dossiers.",
    "Exécuter toute autre tâche connexe qui lui est confiée.",
]
FACTS = [
    ("Référence", REF), ("Numéro de poste", POST), ("Intitulé du poste", TITLE), ("Organisme", ORG),
    ("Lieu d'affectation", LOC), ("Horaire", SCH), ("Grade OTAN", GRADE),
    ("Habilitation de sécurité", CLR), ("Traitement mensuel de base", SALARY),
    ("Date limite de candidature", DEADLINE),
]


def src_html():
    rows = "\n".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in FACTS)
    ol = lambda xs: "\n".join(f"<li>{x}</li>" for x in xs)
    comp = "\n".join(f"<li><strong>{n}</strong> : {d}</li>" for n, d in COMP)
    return f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{REF}</title>
<style>
@page {{ size: A4; margin: 2.2cm 2cm; @top-center {{ content: "NATO UNCLASSIFIED"; font-size: 9pt; }}
  @bottom-center {{ content: "NDC/HR/2039/047 – page " counter(page) " sur " counter(pages); font-size: 9pt; }} }}
body {{ font-family: "DejaVu Sans", sans-serif; font-size: 10pt; hyphens: manual; }}
.head {{ text-align: right; }}
table {{ border-collapse: collapse; width: 100%; }} th, td {{ border: 1px solid #666; padding: 3pt; text-align: left; vertical-align: top; }}
th {{ background: #ddd; width: 35%; }}
h2 {{ font-size: 11pt; margin-top: 14pt; }}
</style></head><body>
<div class="head">Collège de défense de l'OTAN<br>Via Giorgio Pelosi 1, Roma<br>NDC/HR/2039/047<br>Rome, le 19 avril 2039</div>
<h1 style="text-align:center">AVIS DE VACANCE DE POSTE</h1>
<table>
{rows}
</table>
<h2>1. CONTEXTE</h2>
<p>{CTX}</p>
<h2>2. FONCTIONS PRINCIPALES</h2>
<ol type="a">
{ol(TASKS)}
</ol>
<h2>3. QUALIFICATIONS ESSENTIELLES</h2>
<p>Le/La titulaire doit :</p>
<ul>
{ol(ESS)}
</ul>
<h2>4. QUALIFICATIONS SOUHAITABLES</h2>
<p>Serait considéré comme un atout :</p>
<ul>
{ol(DES)}
</ul>
<h2>5. COMPÉTENCES</h2>
<ul>
{comp}
</ul>
<h2>6. REMARQUES</h2>
<p>Les candidatures doivent être déposées sur la plateforme de gestion des talents de l'OTAN au plus tard le 24 mai 2039. Seul(e)s les candidat(e)s présélectionné(e)s seront convoqué(e)s à une épreuve écrite et à un entretien, prévus à Rome à la mi-juin 2039. Le contrat proposé est un contrat de durée déterminée de trois ans.</p>
</body></html>
"""


def signal():
    dash = lambda xs: "\n".join(f"– {x}" for x in xs)
    facts = "\n".join(f"{k} : {v}" for k, v in FACTS)
    comp = "\n".join(f"– {n} : {d}" for n, d in COMP)
    return f"""Francophones à Rome 🇫🇷🇧🇪🇨🇦🇨🇭
Signal · 214 membres

Sophie Lambert, 20 avr. 2039 19:04
Bonsoir à tous, le NDC (à la Cecchignola) cherche quelqu'un pour les inscriptions aux cours, poste civil OTAN. Je colle l'annonce ci-dessous, le PDF est trop lourd pour Signal 😅

AVIS DE VACANCE DE POSTE
{facts}

1. CONTEXTE
{CTX}

2. FONCTIONS PRINCIPALES
{dash(TASKS)}

3. QUALIFICATIONS ESSENTIELLES
Le/La titulaire doit :
{dash(ESS)}

4. QUALIFICATIONS SOUHAITABLES
Serait considéré comme un atout :
{dash(DES)}

5. COMPÉTENCES
{comp}

Karim B., 20 avr. 2039 19:21
Merci ! Il faut être ressortissant d'un pays OTAN je suppose ?

Sophie Lambert, 20 avr. 2039 19:23
Oui. Et l'anglais niveau 3333 ou le français, l'autre en 2222.

Nathalie V., 20 avr. 2039 21:47
Ça fait environ 47 000 par an net, pas mal pour Rome 👍

Karim B., 21 avr. 2039 08:02
👍
"""


def build():
    src = os.path.join(SET, "__build", f"{REF}-ndc.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(src_html())
    pdf = weasy_pdf(src, f"{REF}-ndc.weasyprint.pdf")
    add_row(pdf, REF)
    add_row(dump(pdf), REF)
    write(f"{REF}-signal.txt", signal(), REF)
    expected(REF, ["fr"], {"fr": TITLE}, {"fr": ORG}, {"fr": LOC}, {"fr": SCH}, "2039-05-24",
             sal(3912.44, "EUR"), GRADE, CLR, {"fr": {"essential": ESS, "desirable": DES}},
             {"fr": COMP}, post=POST)
