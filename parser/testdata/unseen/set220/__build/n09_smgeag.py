from common import *

KEY = "smgeag-drh-2036-017"
REF = "SMGEAG/DRH/2036-017"
TITLE = "Responsable du service exploitation eau potable – secteur Grande-Terre"
ORG = "Syndicat Mixte de Gestion de l'Eau et de l'Assainissement de Guadeloupe (SMGEAG)"
LOC = "Les Abymes (Guadeloupe), usine de production et centre d'exploitation de Grande-Terre"
SCHED = "Temps complet"
GRADE = "Ingénieur territorial"
REMU = "Rémunération statutaire + régime indemnitaire (RIFSEEP) + majoration de traitement applicable en Guadeloupe ; CNAS"
MISSIONS = [
    "Piloter l'exploitation des usines de production et des réservoirs du secteur Grande-Terre",
    "Encadrer une équipe de 28 agents (techniciens, électromécaniciens, fontainiers)",
    "Organiser les astreintes et la gestion des crises (coupures, pollutions, cyclones)",
    "Suivre les indicateurs de rendement de réseau et le programme de recherche de fuites",
    "Préparer et exécuter le budget d'exploitation du service",
]
REQ = [
    "Diplôme d'ingénieur ou master dans le domaine de l'eau ou du génie des procédés",
    "Expérience confirmée en exploitation d'ouvrages d'eau potable et en management d'équipe",
    "Connaissance de la réglementation sanitaire des eaux destinées à la consommation humaine",
    "Permis B indispensable",
]
DES = [
    "Connaissance du fonctionnement des collectivités territoriales et de la commande publique",
    "Pratique d'un logiciel de supervision (SCADA)",
]
COMP = ["Sens du service public", "Capacité d'encadrement", "Réactivité en situation de crise"]
expected(KEY, REF, ["fr"], {"fr": TITLE}, {"fr": ORG}, {"fr": LOC}, {"fr": SCHED}, "2036-02-27",
         None, GRADE, {"fr": {"essential": REQ, "desirable": DES}}, {"fr": comps([(c, "") for c in COMP])})

page = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Offre {REF} – SMGEAG</title>
<style>body{{font-family:Verdana,sans-serif;font-size:10pt}} dl.grid{{display:grid;grid-template-columns:14em 1fr;gap:4px 12px}}
dt{{font-weight:bold;color:#00577a}} .alert{{background:#e6f4f9;padding:6px}}</style></head><body>
<header><strong>SMGEAG</strong> – L'eau, un service public guadeloupéen · <a href="#">Usagers</a> <a href="#">Travaux</a> <a href="#">Coupures en cours</a> <a href="#">Recrutement</a></header>
<p class="alert">Info usagers : tours d'eau en vigueur sur le Nord Grande-Terre (voir le calendrier)</p>
<main>
<h1>Recrutement : {e(TITLE)} (F/H)</h1>
<p>Publié le 28/01/2036 – Direction des Ressources Humaines</p>
<dl class="grid">
<dt>Référence</dt><dd>{e(REF)}</dd>
<dt>Intitulé du poste</dt><dd>{e(TITLE)}</dd>
<dt>Employeur</dt><dd>{e(ORG)}</dd>
<dt>Direction</dt><dd>Direction de l'Exploitation</dd>
<dt>Lieu de travail</dt><dd>{e(LOC)}</dd>
<dt>Grade(s) recherché(s)</dt><dd>{e(GRADE)}</dd>
<dt>Catégorie</dt><dd>A</dd>
<dt>Temps de travail</dt><dd>{SCHED}</dd>
<dt>Rémunération</dt><dd>{e(REMU)}</dd>
<dt>Poste à pourvoir le</dt><dd>01/04/2036</dd>
<dt>Date limite de candidature</dt><dd>27/02/2036</dd>
</dl>
<h2>Missions</h2>
{ul(MISSIONS)}
<h2>Profil demandé</h2>
{ul(REQ)}
<h2>Serait apprécié</h2>
{ul(DES)}
<h2>Savoir-être</h2>
{ul(COMP)}
<h2>Modalités</h2>
<p>Poste ouvert aux fonctionnaires (mutation, détachement, liste d'aptitude) et, à défaut, aux contractuels.
Lettre de motivation, CV et dernier arrêté de situation à adresser à Monsieur le Président du SMGEAG avant
le 27 février 2036. Jury de recrutement prévu le 12 mars 2036.</p>
</main>
<footer>SMGEAG – adresse et numéros fictifs · Mentions légales · Accessibilité</footer>
</body></html>"""
w(f"{KEY}-smgeag.html", page)

txt = f"""Emploi territorial (copie de navigateur) – Offres – Candidater – Espace candidat

{TITLE} (F/H)
Offre n° O971360128001742
Publiée le 28/01/2036
Synthèse de l'offre

Employeur
{ORG}
Référence de l'employeur
{REF}
Lieu de travail
{LOC}

Poste à pourvoir le
01/04/2036
Date limite de candidature
27/02/2036
Type d'emploi
Emploi permanent - vacance d'emploi

Détails de l'offre
Famille de métiers
Eau et assainissement
Grade(s) recherché(s)
{GRADE}
Ouvert aux contractuels
Oui, à titre dérogatoire

Temps de travail
{SCHED}
Télétravail
Non
Rémunération indicative
{REMU}

Descriptif de l'emploi
Au sein de la Direction de l'Exploitation, le ou la responsable pilote la production et la distribution
d'eau potable de la Grande-Terre dans un contexte de rénovation des réseaux.

Missions / conditions d'exercice
""" + "\n".join("- " + m for m in MISSIONS) + """

Profils recherchés
""" + "\n".join(REQ) + """

Serait apprécié
""" + "\n".join(DES) + """

Savoir-être
""" + "\n".join(COMP) + """

Contact et informations complémentaires
Lettre de motivation, CV et dernier arrêté de situation à adresser au Président du SMGEAG.
Téléphone collectivité : 0590 00 00 00 (fictif)

Offres proches
Technicien réseaux eau potable – Basse-Terre – Date limite 13/03/2036
"""
w(f"{KEY}-emploiterritorial.txt", txt)
print("n09 ok")
