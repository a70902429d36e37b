from common import *
KEY = "drh-vzn-2040-011"
REF = "DRH-VZN-2040-011"
T = "Responsable du service des archives municipales (H/F)"
ORG = "Ville de Vierzon"
LOC = "Vierzon"
SCHED = "temps complet (37 h 30 hebdomadaires, 15 jours de RTT)"
GRADE = "Assistant de conservation principal de 2e classe"
ESS = ["Formation supérieure en archivistique (licence professionnelle ou master)",
       "Expérience réussie sur un poste similaire en collectivité",
       "Maîtrise du cadre réglementaire des archives publiques et des normes de description",
       "Pratique d'un logiciel d'archivage et des outils bureautiques"]
DES = ["Connaissance de l'archivage électronique",
       "Formation à la conservation des documents anciens"]
QUAL = ["Rigueur et méthode", "Sens du travail en équipe", "Discrétion", "Pédagogie"]
MISS = ["Encadrer une équipe de deux agents et organiser l'activité du service",
        "Assurer la collecte, le tri et l'élimination réglementaire des archives des services municipaux",
        "Classer et décrire les fonds, mettre à jour les instruments de recherche",
        "Accueillir le public en salle de lecture et répondre aux recherches administratives",
        "Conduire des actions de valorisation avec les écoles et le service culturel"]
CTX = ("La Ville de Vierzon (26 000 habitants, Cher) conserve des fonds allant du XVe siècle à nos jours, dont "
       "d'importantes archives industrielles. Dans le cadre d'un départ en retraite, elle recrute la ou le responsable "
       "de son service des archives, rattaché à la Direction de la culture.")
PAY = "Rémunération : de 2 212 € à 2 874 € bruts mensuels selon l'expérience, plus régime indemnitaire (RIFSEEP) et adhésion au CNAS."

def build():
    txt = f"""emploi-territorial.fr   Candidat   Employeur   Concours
Accueil > Offres d'emploi > Culture

Offre n° O018400100912347

{T}

Synthèse de l'offre

Employeur : VILLE DE VIERZON
Place de l'Hôtel de Ville, 18100 Vierzon
Référence : O018400100912347
Date de publication de l'offre : 25/01/2040
Date limite de candidature : 20/02/2040
Poste à pourvoir le : 01/04/2040
Type d'emploi : Emploi permanent - vacance d'emploi
Nombre de postes : 1

Lieu de travail :
Lieu de travail :
Hôtel de Ville
18100 Vierzon

Détails de l'offre
Grade(s) : {GRADE}
Assistant de conservation
Famille de métier : Culture > Archives et documentation
Métier(s) : Archiviste
Temps de travail : Complet, 37h30 hebdomadaire

Descriptif de l'emploi :
{CTX}

Missions ou activités :
""" + "\n".join("- " + m for m in MISS) + """

Profils recherchés :
""" + "\n".join(ESS) + """
Serait apprécié : """ + " / ".join(DES) + """
Savoir-être : """ + " / ".join(QUAL) + f"""

Informations complémentaires :
Réf. interne : {REF}
Temps de travail : {SCHED}
{PAY}
Le jury se réunira le 5 mars 2040. Candidatures (CV et lettre de motivation) à adresser à Monsieur le Maire, par courriel à recrutement@vierzon.example.

Contact et informations complémentaires : Direction des ressources humaines
Téléphone collectivité : 02 00 00 00 00
Adresse e-mail : recrutement@vierzon.example

Postuler   Imprimer   Partager

Offres similaires
Chargé d'accueil en médiathèque (H/F) – Communauté de communes – limite 12/02/2040
Archiviste itinérant (H/F) – Centre de gestion – limite 28/02/2040
"""
    write(KEY + "-emploiterritorial.txt", txt, KEY)
    li = lambda xs: "\n".join(f"<li>{x}</li>" for x in xs)
    html = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{T} – {ORG}</title>
<style>.fiche p{{display:inline-block;width:30%;vertical-align:top;margin:4px}} .fiche strong{{color:#b0004f}}</style></head>
<body>
<header><a href="#">{ORG}</a> <nav><a href="#">Ma ville</a> <a href="#">Démarches</a> <a href="#">Culture</a> <a href="#">Vierzon recrute</a></nav>
<p class="cookies">Ce site utilise des cookies. <button>Tout accepter</button> <button>Personnaliser</button></p></header>
<main>
<p class="crumbs">Accueil / Vierzon recrute / Offres d'emploi</p>
<h1>{T}</h1>
<p><em>Direction des ressources humaines – Réf. {REF} – mise en ligne le 25 janvier 2040</em></p>
<div class="fiche">
<p><strong>Employeur</strong><br>{ORG}</p>
<p><strong>Lieu</strong><br>{LOC}, Hôtel de Ville</p>
<p><strong>Cadre d'emplois</strong><br>Assistants territoriaux de conservation du patrimoine (catégorie B)</p>
<p><strong>Grade</strong><br>{GRADE}</p>
<p><strong>Temps de travail</strong><br>{SCHED}</p>
<p><strong>Rémunération</strong><br>de 2 212 € à 2 874 € bruts mensuels, plus RIFSEEP</p>
<p><strong>Prise de poste</strong><br>1er avril 2040</p>
<p><strong>Date limite</strong><br>20 février 2040</p>
</div>
<h2>Le contexte</h2><p>{CTX}</p>
<h2>Vos missions</h2><ul>{li(MISS)}</ul>
<h2>Votre profil</h2><ul>{li(ESS)}</ul>
<p><u>Serait apprécié</u></p><ul>{li(DES)}</ul>
<p>Savoir-être : {", ".join(QUAL)}.</p>
<h2>Pourquoi nous rejoindre ?</h2>
<p>Un service installé dans des locaux rénovés en 2037, une collectivité engagée dans la formation de ses agents, des prestations du CNAS et une participation à la protection sociale complémentaire.</p>
<h2>Pour candidater</h2>
<p>Adressez CV et lettre de motivation à Monsieur le Maire avant le 20 février 2040, en précisant la référence {REF}. Jury prévu le 5 mars 2040.</p>
</main>
<footer>{ORG} · Mentions légales · Accessibilité : partiellement conforme · Plan du site</footer>
</body></html>
"""
    write(KEY + "-vierzon.html", html, KEY)
    expected(KEY, dict(reference=REF, languages=["fr"], title={"en": None, "fr": T}, organisation={"en": None, "fr": ORG},
        location={"en": None, "fr": LOC}, schedule={"en": None, "fr": SCHED}, deadline="2040-02-20",
        salary=sal(2212, 2874, "EUR", "month"), grade=GRADE, clearance=None,
        requirements={"en": None, "fr": {"essential": ESS, "desirable": DES}},
        competencies={"en": None, "fr": comp(*[(q, "") for q in QUAL])}))
