import html as H
import os
import subprocess
from common import *

REF = "NAHEMA-AV-2042-05"
TITLE = "Assistant(e) juridique (contrats et marchés)"
ORG = "Agence OTAN de gestion de l'hélicoptère NH90 (NAHEMA)"
LOC = "Aix-en-Provence (Bouches-du-Rhône), France"
SCH = "Temps plein (37 h 30 par semaine)"
GRADE, CLEAR = "G9", "NATO SECRET"
DL = "vendredi 14 novembre 2042 à 17 h 00"
SAL = "4 893,71 EUR nets par mois"

MISSIONS = [
    "préparer les projets de contrats, d'avenants et de lettres officielles destinés aux industriels du programme ;",
    "tenir le registre des contrats et suivre les échéances contractuelles ;",
    "vérifier la conformité des dossiers aux règlements financiers et d'acquisition de l'Agence ;",
    "préparer les dossiers des réunions du comité des contrats et en rédiger les comptes rendus ;",
    "effectuer des recherches juridiques simples à la demande des juristes.",
]
ESS = [
    "diplôme de niveau licence en droit, de préférence en droit des contrats ou en droit public des affaires ;",
    "au moins trois ans d'expérience comme assistant(e) juridique ou gestionnaire de contrats ;",
    "excellente maîtrise du français écrit et très bonne connaissance de l'anglais (SLP 3333) ;",
    "maîtrise des outils bureautiques et d'un logiciel de gestion documentaire ;",
    "ressortissant(e) d'un des pays participant au programme NH90.",
]
DES = [
    "master en droit des contrats publics ou en droit international ;",
    "expérience dans une organisation internationale ou dans l'industrie aéronautique ;",
    "connaissance de l'allemand, de l'italien ou du néerlandais.",
]
COMP = [
    ("Rigueur", "relit chaque document avant diffusion et respecte les procédures."),
    ("Discrétion", "traite les informations commerciales et classifiées avec la réserve requise."),
    ("Sens de l'organisation", "gère plusieurs dossiers en parallèle et anticipe les échéances."),
    ("Esprit d'équipe", "travaille en bonne intelligence avec des collègues de six nationalités."),
]
CONTEXTE = ("La NAHEMA gère, au nom des nations participantes, la conception, le développement, la production "
            "et le soutien de l'hélicoptère NH90. Sa Division Contrats négocie et administre les contrats passés "
            "avec l'industrie et veille au respect des règles d'acquisition de l'Agence.")


def page():
    li = lambda xs: "\n".join(f"<li>{H.escape(x)}</li>" for x in xs)
    facts = [("Référence", REF), ("Intitulé du poste", TITLE), ("Organisme", ORG), ("Service", "Division Contrats"),
             ("Lieu d'affectation", LOC), ("Horaire", SCH), ("Grade OTAN", GRADE), ("Habilitation", CLEAR),
             ("Date limite", DL)]
    rows = "\n".join(f"<tr><th>{a}</th><td>{H.escape(b)}</td></tr>" for a, b in facts)
    comp = "\n".join(f"<p><b>{H.escape(n)} :</b> {H.escape(d)}</p>" for n, d in COMP)
    return f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{REF}</title>
<style>
@page {{ size: A4; margin: 2.2cm 2cm; @top-center {{ content: "NATO UNCLASSIFIED – SANS CLASSIFICATION"; font-size: 8pt; }}
  @bottom-right {{ content: "NAHEMA/HR/2042/0388 – page " counter(page) " / " counter(pages); font-size: 8pt; }} }}
body {{ font-family: "Liberation Serif", serif; font-size: 11pt; hyphens: manual; }}
.lh {{ display: flex; justify-content: space-between; font-size: 9pt; }}
h1 {{ text-align: center; font-size: 15pt; letter-spacing: 1px; }}
table {{ border-collapse: collapse; width: 100%; }}
th {{ text-align: left; background: #e4e8ee; width: 34%; padding: 3px 6px; border: 1px solid #999; }}
td {{ padding: 3px 6px; border: 1px solid #999; }}
h2 {{ font-size: 11.5pt; margin-top: 14px; }}
</style></head><body>
<div class="lh"><div><b>NATO HELICOPTER MANAGEMENT AGENCY</b><br>Le Quatuor, bâtiment A<br>42, route de Galice<br>13082 Aix-en-Provence Cedex 2</div>
<div>Aix-en-Provence, le 13 octobre 2042<br>Réf. : NAHEMA/HR/2042/0388</div></div>
<h1>AVIS DE VACANCE DE POSTE</h1>
<table>
{rows}
</table>
<h2>1. Contexte</h2>
<p>{H.escape(CONTEXTE)}</p>
<h2>2. Missions principales</h2>
<p>Sous l'autorité du/de la chef de la Section juridique, le/la titulaire sera chargé(e) de :</p>
<ul>{li(MISSIONS)}</ul>
<h2>3. Qualifications requises</h2>
<p>Le/La candidat(e) doit posséder :</p>
<ol type="a">{li(ESS)}</ol>
<h2>4. Qualifications souhaitables</h2>
<p>Seraient considérés comme des atouts :</p>
<ol type="a">{li(DES)}</ol>
<h2>5. Compétences</h2>
{comp}
<h2>6. Conditions d'emploi</h2>
<p>Contrat de durée déterminée de trois ans, renouvelable, régi par le Règlement du personnel civil de l'OTAN. Rémunération de base : {SAL}, exonérée d'impôt national, majorée le cas échéant des indemnités d'expatriation et de foyer.</p>
<h2>7. Candidature</h2>
<p>Le formulaire de candidature OTAN, accompagné d'une lettre de motivation, doit parvenir au Bureau des ressources humaines (recrutement@nahema.example) au plus tard le {DL}. Les entretiens auront lieu à Aix-en-Provence dans la semaine du 8 décembre 2042.</p>
</body></html>
"""


def plain(marker="- ", num=False):
    ess = lines(ESS, marker) if not num else "\n".join(f"{chr(97+i)}) {x}" for i, x in enumerate(ESS))
    des = lines(DES, marker) if not num else "\n".join(f"{chr(97+i)}) {x}" for i, x in enumerate(DES))
    return f"""Référence : {REF}
Intitulé du poste : {TITLE}
Organisme : {ORG}
Service : Division Contrats
Lieu d'affectation : {LOC}
Horaire : {SCH}
Grade OTAN : {GRADE}
Habilitation : {CLEAR}
Date limite : {DL}

1. CONTEXTE
{CONTEXTE}

2. MISSIONS PRINCIPALES
Sous l'autorité du/de la chef de la Section juridique, le/la titulaire sera chargé(e) de :
{lines(MISSIONS, marker)}

3. QUALIFICATIONS REQUISES
Le/La candidat(e) doit posséder :
{ess}

4. QUALIFICATIONS SOUHAITABLES
Seraient considérés comme des atouts :
{des}

5. COMPÉTENCES
{lines(n + ' : ' + d for n, d in COMP)}

6. CONDITIONS D'EMPLOI
Contrat de durée déterminée de trois ans, renouvelable. Rémunération de base : {SAL}, exonérée d'impôt national.

7. CANDIDATURE
Formulaire de candidature OTAN et lettre de motivation à recrutement@nahema.example au plus tard le {DL}."""


def build():
    expected(REF, ["fr"], {"fr": TITLE}, {"fr": ORG}, {"fr": LOC}, {"fr": SCH}, "2042-11-14",
             sal(4893.71), GRADE, CLEAR,
             req={"fr": {"essential": ESS, "desirable": DES}}, comp={"fr": comps(COMP)})
    b = os.path.join(ROOT, "__build")
    src = os.path.join(b, f"{REF}-nahema.html")
    open(src, "w", encoding="utf-8").write(page())
    pdf = f"{REF}-nahema.weasyprint.pdf"
    subprocess.run(["weasyprint", src, os.path.join(ROOT, pdf)], check=True, capture_output=True)
    register(pdf, REF, "pdf")
    dump = subprocess.run(["pdftotext", "-enc", "UTF-8", os.path.join(ROOT, pdf), "-"],
                          capture_output=True, check=True).stdout.decode("utf-8")
    write(f"{REF}-nahema.weasyprint.pdftotext.txt", dump, REF)

    board = f"""Aller au contenu
emploi-provence.example
Offres   Entreprises   Conseils   Se connecter

Accueil › Emploi › Aix-en-Provence › Juridique

{TITLE} H/F
NAHEMA – Aix-en-Provence - 13
CDD · 36 mois · Temps plein
4 893,71 € / mois
Bac +3, Bac +4
Publiée il y a 9 jours

Postuler   Sauvegarder

Le poste

{plain('• ')}

Les avantages
Télétravail partiel · Restaurant d'entreprise · Parking

Candidature avant le 14/11/2042
Réf. de l'offre : EP-20421017-5526

Offres similaires
Juriste droit des contrats H/F – Marseille – 42 - 48 k€ brut annuel – il y a 2 jours
Assistant juridique H/F – Vitrolles – CDI – il y a 1 semaine
"""
    write(f"{REF}-emploiprovence.txt", board, REF)

    mail = f"""---------- Message transféré ---------
De : Bureau des ressources humaines NAHEMA <recrutement@nahema.example>
Date : lun. 13 oct. 2042 à 16:40
Objet : Avis de vacance {REF} – {TITLE}
À : <ecole-doctorale-droit@univ-provence.example>


Madame, Monsieur,

Nous vous serions reconnaissants de bien vouloir diffuser l'avis de vacance ci-dessous auprès de vos diplômé(e)s.

{plain('   – ', num=True)}

Bien cordialement,

Bureau des ressources humaines
NAHEMA – Aix-en-Provence

--
Liste de diffusion des diplômé(e)s de la faculté de droit. Pour vous désabonner, répondez avec « désabonnement » en objet.
Prochain forum des métiers du droit : jeudi 20 novembre 2042.
"""
    write(f"{REF}-courriel.txt", mail, REF)
