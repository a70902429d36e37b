from common import *
REF = "DRHF/2038/58"; KEY = "drhf-2038-58"
T = "Chargé de mission eau et rivières (H/F)"; O = "Département de la Lozère"; LOC = "Mende"
G = "Ingénieur territorial"
SCH = "Temps complet – 37 h 30 hebdomadaires avec 15 jours de RTT"
ESS = ["Formation supérieure (bac +5) en hydrologie, gestion des milieux aquatiques ou aménagement du territoire",
  "Expérience confirmée dans la conduite de projets de restauration de cours d'eau",
  "Connaissance du cadre réglementaire de la GEMAPI et des acteurs de l'eau",
  "Permis B indispensable (déplacements fréquents sur le territoire)"]
DES = ["Maîtrise d'un logiciel SIG", "Connaissance des procédures de marchés publics"]
COMP = ["Autonomie", "Sens du dialogue", "Capacité d'animation", "Rigueur"]
MISS = ["Assister techniquement les syndicats de rivière et les communautés de communes", "Suivre le schéma départemental de l'eau potable et de l'assainissement",
  "Préparer les dossiers d'aides du Département et en contrôler l'exécution", "Représenter le Département dans les instances de bassin"]
def build():
    txt = f"""Aller au contenu    Choisir le service public    Rechercher une offre    Mon espace
Accueil > Offres > {T}

{T}
Catégorie A    Mende (48)    Fonction publique territoriale    Titulaire ou contractuel

Référence
2038-2231907
Date de première publication
25/11/2038
Employeur
{O}
Direction
Direction de l'ingénierie et de l'environnement
Versant
Fonction publique territoriale
Catégorie
Catégorie A (cadre)
Nature de l'emploi
Emploi ouvert aux titulaires et aux contractuels
Grade(s)
{G}
Localisation du poste
{LOC}
Temps de travail
Temps complet
Date limite de candidature
18/12/2038

Descriptif de l'employeur
Le {O} accompagne les 152 communes du territoire dans leurs projets d'eau, d'assainissement et de préservation des milieux aquatiques.

Description du poste
Référence interne : {REF}
Au sein du service Eau et milieux aquatiques, vous aurez pour missions de :
{chr(10).join(MISS)}

Conditions particulières d'exercice
{SCH}. Rémunération : entre 2 627 € et 3 395 € bruts mensuels, régime indemnitaire (RIFSEEP) et CNAS en sus.

Description du profil recherché
{chr(10).join(ESS)}
Serait apprécié : {" / ".join(DES)}
Savoir-être : {" / ".join(COMP)}

Informations complémentaires
Jury de recrutement prévu le 11/01/2039. Les candidatures sont à adresser à Madame la Présidente du Conseil départemental.

Postuler
Offres similaires
Technicien rivières (H/F) - Florac-Trois-Rivières (48) - 08/12/2038
Chargé de mission biodiversité (H/F) - Rodez (12) - 20/12/2038
"""
    w(f"{KEY}-csp.txt", txt, KEY)
    html = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{T} | lozere.example</title>
<style>body{{font-family:sans-serif;margin:0 3em}} .fiche{{display:grid;grid-template-columns:16em 1fr;gap:4px 12px}} .fiche div:nth-child(odd){{font-weight:bold}}</style></head><body>
<header><a href="#">Lozère – Le Département</a> | Le Département · Vos démarches · Agir · Recrutement</header>
<nav class="crumbs">Accueil &gt; Recrutement &gt; Offres d'emploi</nav>
<main>
<h1>{T}</h1>
<p><em>Direction des ressources humaines et des finances – Réf. {REF} – mise en ligne le 25/11/2038</em></p>
<div class="fiche">
<div>Employeur</div><div>{O}</div>
<div>Service</div><div>Eau et milieux aquatiques</div>
<div>Lieu de travail</div><div>{LOC}</div>
<div>Cadre d'emplois</div><div>Ingénieurs territoriaux (catégorie A)</div>
<div>Grade</div><div>{G}</div>
<div>Temps de travail</div><div>{SCH}</div>
<div>Rémunération</div><div>entre 2 627 € et 3 395 € bruts mensuels + RIFSEEP + CNAS</div>
<div>Poste à pourvoir</div><div>1er mars 2039</div>
<div>Date limite de candidature</div><div>18 décembre 2038</div>
</div>
<h2>Vos missions</h2>
{ul(MISS)}
<h2>Votre profil</h2>
{ul(ESS)}
<h3>Serait apprécié</h3>
{ul(DES)}
<h3>Savoir-être</h3>
{ul(COMP)}
<h2>Pour candidater</h2>
<p>Lettre de motivation et CV à adresser avant le 18 décembre 2038 via le formulaire en ligne. Jury prévu le 11 janvier 2039.</p>
</main>
<footer>Hôtel du Département · Mende · Plan du site · Accessibilité : partiellement conforme</footer>
</body></html>
"""
    w(f"{KEY}-lozere.html", html, KEY)
    exp(KEY, ["fr"], {"fr": T}, {"fr": O}, {"fr": LOC}, {"fr": SCH}, "2038-12-18",
        sal(2627, 3395, "EUR", "month"), G, None, {"fr": {"essential": ESS, "desirable": DES}}, {"fr": names(*COMP)}, REF)
