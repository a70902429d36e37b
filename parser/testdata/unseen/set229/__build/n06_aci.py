from common import *

KEY = "aci-rh-2036-058"
REF = "ACI-RH-2036-058"
TITLE = "Planificateur(trice) des équipages (H/F)"
ORG = "Air Côte d'Ivoire"
LOC = "Abidjan – Port-Bouët (Aéroport Félix Houphouët-Boigny)"
SCHED = "Temps plein"
ESS = [
    "Bac+3 minimum en logistique, transport aérien, mathématiques appliquées ou équivalent",
    "Au moins 3 ans d'expérience en planification des équipages ou en contrôle des opérations dans une compagnie aérienne",
    "Bonne connaissance des limitations de temps de vol et de service (FTL) et de la réglementation OPS applicable",
    "Maîtrise d'un outil de gestion des équipages (type AIMS, Sabre ou Jeppesen) et d'Excel avancé",
    "Anglais opérationnel à l'écrit comme à l'oral",
]
DES = ["Une expérience sur une flotte mixte Airbus et turbopropulseurs",
       "Une formation à la gestion du risque lié à la fatigue (FRMS)"]
COMP = ["Rigueur", "Réactivité", "Gestion du stress", "Sens du travail en équipe"]

expected(KEY, {
    "reference": REF, "post_number": None, "languages": ["fr"],
    "title": {"en": None, "fr": TITLE}, "organisation": {"en": None, "fr": ORG},
    "location": {"en": None, "fr": LOC}, "schedule": {"en": None, "fr": SCHED},
    "deadline": "2036-11-21", "salary": None, "grade": None, "clearance": None,
    "requirements": {"en": None, "fr": {"essential": ESS, "desirable": DES}},
    "competencies": {"en": None, "fr": [{"name": c, "description": ""} for c in COMP]},
})
MISS = ["Construire les rotations mensuelles des pilotes et du personnel navigant commercial en tenant compte des qualifications, des congés et des contraintes réglementaires",
        "Publier les plannings dans les délais et gérer les modifications jusqu'au jour d'exploitation",
        "Optimiser les coûts (découchers, mises en place, heures supplémentaires) en lien avec le contrôle de gestion",
        "Suivre les indicateurs de stabilité des plannings et proposer des améliorations",
        "Travailler en étroite collaboration avec le Centre de contrôle des opérations (OCC) et le service formation"]
INTRO = ("Compagnie aérienne nationale basée à Abidjan, " + ORG + " relie la Côte d'Ivoire à plus de vingt destinations "
         "en Afrique et au-delà. Pour accompagner la croissance de son réseau et l'arrivée de nouveaux appareils, la "
         "Direction des Opérations Aériennes recherche un(e) planificateur(trice) des équipages.")
FACTS = [("Référence", REF), ("Direction", "Direction des Opérations Aériennes – Département Planning"),
         ("Lieu de travail", LOC), ("Type de contrat", "CDI"), ("Temps de travail", SCHED),
         ("Expérience", "3 à 5 ans"), ("Date de publication", "23/10/2036"), ("Date limite", "21/11/2036")]

html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{esc(TITLE)} | Carrières {esc(ORG)}</title>
<style>body{{font-family:Helvetica,sans-serif;margin:0;color:#222}} .top{{background:#f47b20;color:#fff;padding:.4em 2em}} header,main{{padding:1em 2em}} .grid{{display:flex;gap:2em}} .facts{{min-width:18em;background:#f6f6f6;padding:1em}} .facts dt{{font-weight:bold;margin-top:.6em}} .facts dd{{margin:0}}</style></head>
<body>
<div class="top">Réserver · Mes réservations · Enregistrement en ligne · Statut des vols · <a href="#">EN</a></div>
<header><p><strong>{esc(ORG)}</strong> | Carrières</p>
<nav><ul><li>Nos métiers</li><li>Offres d'emploi</li><li>Candidature spontanée</li><li>Stages</li></ul></nav>
<p>Carrières › Offres d'emploi › Opérations aériennes</p></header>
<main>
<h1>{esc(TITLE)}</h1>
<p><a href="#">Postuler</a> | <a href="#">Partager</a></p>
<div class="grid"><div>
<h2>Qui sommes-nous ?</h2><p>{esc(INTRO)}</p>
<h2>Vos missions</h2><p>Rattaché(e) au Chef du Département Planning, vous aurez pour principales missions de :</p>
<ul>{li(MISS)}</ul>
<h2>Profil recherché</h2><ul>{li(ESS)}</ul>
<h2>Serait un plus</h2><ul>{li(DES)}</ul>
<h2>Savoir-être</h2><ul>{li(COMP)}</ul>
<h2>Ce que nous offrons</h2><p>Rémunération attractive selon profil et grille interne, facilités de voyage sur le réseau de la compagnie, couverture maladie et plan de formation. Prise de poste souhaitée : janvier 2037.</p>
<h2>Processus</h2><p>Candidatures (CV et lettre de motivation) en ligne uniquement, au plus tard le vendredi 21 novembre 2036. Les candidat(e)s présélectionné(e)s passeront un test pratique sur outil de planification la semaine du 8 décembre 2036. Air Côte d'Ivoire ne demande jamais de frais de recrutement.</p>
</div>
<aside class="facts"><h3>Informations clés</h3><dl>{''.join('<dt>%s</dt><dd>%s</dd>' % (esc(a), esc(b)) for a, b in FACTS)}</dl></aside>
</div>
<section><h3>Offres similaires</h3><ul><li>Agent(e) d'opérations sol – Abidjan – clôture le 28/11/2036</li><li>Technicien(ne) B1 ATR – Abidjan – clôture le 05/12/2036</li></ul></section>
</main>
<footer><p>© 2036 {esc(ORG)} · Mentions légales · Cookies · Contact</p></footer>
</body></html>
"""
write(KEY + "-aci.html", html, KEY)

board = f"""Accueil   Mon réseau   Emplois   Messagerie   Notifications   Moi

{TITLE}
{ORG} · Abidjan, Lagunes, Côte d'Ivoire · il y a 5 jours · Plus de 200 candidats
Sur siteTemps pleinConfirmé
Entreprise · Transport aérien · 1 001-5 000 employés
Postuler   Enregistrer

À propos de l'offre d'emploi
Réf. : {REF}Lieu de travail : {LOC}Contrat : CDITemps de travail : {SCHED}Date limite : 21/11/2036
Qui sommes-nous ?{INTRO}
Vos missions{' '.join(m + '.' for m in MISS)}
Profil recherché
{chr(10).join(ESS)}
Serait un plus
{chr(10).join(DES)}
Savoir-être{' · '.join(COMP)}
Ce que nous offronsRémunération attractive selon profil et grille interne, facilités de voyage, couverture maladie, plan de formation. Prise de poste souhaitée : janvier 2037.
ProcessusCandidatures en ligne uniquement jusqu'au vendredi 21 novembre 2036. Test pratique pour les présélectionnés la semaine du 8 décembre 2036.

Afficher plus

À propos de l'entreprise
{ORG}
48 215 abonnés
Suivre

Les internautes ont également consulté
Chargé(e) de planification des vols · Compagnie régionale · Dakar · il y a 2 semaines
Crew Scheduler · Lagos · Easy Apply · clôture 30/11/2036
"""
write(KEY + "-linkedin.txt", board, KEY)
