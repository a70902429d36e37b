"""NHMO-AV-2044-07 - NATO HAWK Management Office, Rueil-Malmaison. FR only.
Word-style notice printed with WeasyPrint + dump; French Outlook forward (TR :)."""
import os
from common import *

KEY = "NHMO-AV-2044-07"
T = {"fr": "Acheteur/Acheteuse - Contrats de soutien en service"}
ORG = {"fr": "Bureau de gestion HAWK de l'OTAN (NHMO)"}
LOC = {"fr": "Rueil-Malmaison (France)"}
SCH = {"fr": "Temps plein (39 heures par semaine)"}
DL = "2044-08-17"
SAL = sal(5316.48)
GRADE, CLR = "G11", "NATO SECRET"
DLTXT = "mercredi 17 août 2044 à 17 h 00 (heure de Paris)"

CONTEXTE = ("Le Bureau de gestion HAWK de l'OTAN (NHMO) assure, pour le compte des nations participantes, la gestion "
            "du soutien logistique et de la modernisation du système de défense aérienne HAWK. Sa Division Contrats "
            "passe et suit les contrats conclus avec l'industrie européenne et américaine. L'acheteur/acheteuse "
            "prépare et négocie les contrats de soutien en service (pièces de rechange, réparations, assistance "
            "technique) et en assure le suivi administratif et financier.")
MISSIONS = [
    "préparer les dossiers de consultation et les cahiers des clauses administratives ;",
    "analyser les offres reçues et rédiger les rapports de sélection ;",
    "négocier les prix et les conditions avec les fournisseurs ;",
    "rédiger les contrats, les avenants et les bons de commande ;",
    "suivre l'exécution des contrats, les délais de livraison et les pénalités ;",
    "tenir à jour la base de données des contrats de la Division.",
]
ESS = [
    "diplôme de niveau Bac +3 au minimum en droit, achats, gestion ou commerce international ;",
    "au moins quatre années d'expérience dans les achats publics ou industriels, de préférence dans le secteur de la défense ;",
    "bonne connaissance des règles de passation et d'exécution des contrats ;",
    "anglais : niveau SLP 3333 ;",
    "maîtrise des outils bureautiques et d'un progiciel d'achats.",
]
DES = [
    "expérience des règles d'achat d'une organisation internationale ;",
    "connaissance du droit des contrats américain ;",
    "notions de la réglementation des exportations (ITAR, EAR).",
]
COMP = [
    ("Rigueur", "respecte les procédures et vérifie chaque engagement avant signature."),
    ("Sens de la négociation", "défend les intérêts des nations avec fermeté et courtoisie."),
    ("Esprit d'équipe", "travaille en lien étroit avec les ingénieurs et les financiers du Bureau."),
    ("Intégrité", "applique strictement les règles d'éthique des achats."),
]
COND = ("Le/La candidat(e) retenu(e) se verra proposer un contrat de durée déterminée de trois ans, renouvelable. "
        "La rémunération de base est de 5 316,48 EUR par mois, exonérée de l'impôt national sur le revenu, à laquelle "
        "s'ajoutent, le cas échéant, les indemnités prévues par le Règlement du personnel civil de l'OTAN.")
CAND = (f"Les candidatures (formulaire de candidature OTAN et lettre de motivation) doivent parvenir au Service des "
        f"ressources humaines du NHMO au plus tard le {DLTXT}. Les entretiens auront lieu à Rueil-Malmaison au cours "
        f"de la semaine du 19 septembre 2044.")
FACTS = [("Référence", KEY), ("Intitulé du poste", T["fr"]), ("Organisme", ORG["fr"]), ("Division", "Contrats"),
         ("Lieu d'affectation", LOC["fr"]), ("Horaire", SCH["fr"]), ("Grade OTAN", GRADE), ("Habilitation", CLR),
         ("Date limite", DLTXT)]


def html():
    rows = "\n".join(f"<tr><th>{k}</th><td>{html_escape(v)}</td></tr>" for k, v in FACTS)
    return f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{KEY}</title>
<style>
@page {{ size: A4; margin: 22mm 20mm;
  @top-center {{ content: "NATO SANS CLASSIFICATION"; font: bold 9pt Arial; }}
  @bottom-center {{ content: "NHMO/RH/2044/0214 – page " counter(page) " / " counter(pages); font: 8pt Arial; }} }}
body {{ font: 10.5pt/1.4 "Liberation Serif", serif; hyphens: manual; }}
.lh {{ display: flex; justify-content: space-between; border-bottom: 2px solid #000; padding-bottom: 6px; }}
.lh b {{ font-size: 11pt; }} h1 {{ text-align: center; font-size: 14pt; letter-spacing: 1px; }}
table {{ border-collapse: collapse; width: 100%; }} th, td {{ border: 1px solid #777; padding: 4px 6px; text-align: left; vertical-align: top; }}
th {{ background: #e3e3e3; width: 32%; }} h2 {{ font-size: 11pt; margin: 14px 0 4px; }}
ol {{ margin-top: 2px; }}
</style></head><body>
<div class="lh"><div><b>NATO HAWK MANAGEMENT OFFICE</b><br><b>BUREAU DE GESTION HAWK DE L'OTAN</b><br>26 rue Galliéni, 92500 Rueil-Malmaison</div>
<div>Rueil-Malmaison, le 20 juillet 2044<br>Réf. : NHMO/RH/2044/0214</div></div>
<h1>AVIS DE VACANCE DE POSTE</h1>
<table>
{rows}
</table>
<h2>1. Contexte</h2><p>{html_escape(CONTEXTE)}</p>
<h2>2. Missions principales</h2><p>Le/La titulaire est chargé(e) de :</p>{ul(MISSIONS, 'ol', ' type="a"')}
<h2>3. Qualifications requises</h2><p>Le/La candidat(e) doit posséder :</p>{ul(ESS, 'ol', ' type="a"')}
<h2>4. Qualifications souhaitables</h2><p>Seraient considérés comme des atouts :</p>{ul(DES, 'ol', ' type="a"')}
<h2>5. Compétences</h2>
{''.join(f'<p><b>{html_escape(n)} :</b> {html_escape(d)}</p>' for n, d in COMP)}
<h2>6. Conditions d'emploi</h2><p>{html_escape(COND)}</p>
<h2>7. Candidatures</h2><p>{html_escape(CAND)}</p>
</body></html>
"""


def courriel():
    return f"""De : Secrétariat AFCA Île-de-France <secretariat@afca-idf.example>
Envoyé : vendredi 22 juillet 2044 11:06
À : liste-adherents@afca-idf.example
Objet : TR : Offre NHMO Rueil - acheteur/acheteuse contrats de soutien (date limite 17/08)

Bonjour à toutes et à tous,

Le NHMO nous a demandé de relayer l'avis ci-dessous auprès de nos adhérents. Merci de candidater directement auprès du Bureau et non de l'association. Notre prochain afterwork aura lieu le jeudi 1er septembre.

Bien cordialement,
Le secrétariat de l'AFCA Île-de-France

________________________________
De : NHMO Ressources humaines <rh@nhmo.example>
Envoyé : mercredi 20 juillet 2044 16:41
À : partenaires-recrutement@nhmo.example
Objet : Avis de vacance {KEY}

AVIS DE VACANCE DE POSTE

{chr(10).join(f'{k} : {v}' for k, v in FACTS)}

1. CONTEXTE
{CONTEXTE}

2. MISSIONS PRINCIPALES
Le/La titulaire est chargé(e) de :
{chr(10).join(f'  {chr(97+i)}) {m}' for i, m in enumerate(MISSIONS))}

3. QUALIFICATIONS REQUISES
Le/La candidat(e) doit posséder :
{chr(10).join(f'  {chr(97+i)}) {m}' for i, m in enumerate(ESS))}

4. QUALIFICATIONS SOUHAITABLES
Seraient considérés comme des atouts :
{chr(10).join(f'  {chr(97+i)}) {m}' for i, m in enumerate(DES))}

5. COMPÉTENCES
{comps(COMP, ' : ', '  ')}

6. CONDITIONS D'EMPLOI
{COND}

7. CANDIDATURES
{CAND}

--
Ce message et ses pièces jointes sont destinés exclusivement à leurs destinataires. Si vous l'avez reçu par erreur, merci de le supprimer et d'en avertir l'expéditeur.
"""


def build():
    src = os.path.join(BUILD, f"{KEY}-nhmo.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(html())
    weasyprint(src, f"{KEY}-nhmo.weasyprint.pdf")
    dump(f"{KEY}-nhmo.weasyprint.pdf", KEY)
    write(f"{KEY}-courriel.txt", courriel(), KEY)
    expected(KEY, ["fr"], T, ORG, LOC, SCH, DL, SAL, GRADE, CLR, {"fr": (ESS, DES)}, {"fr": COMP})
