from common import *

REF = "PULLY-38-021"; KEY = REF.lower()
T = "Jardinier-ère horticulteur-trice CFC – Parcs et promenades"
O = "Ville de Pully"
LOC = "Pully"
SCH = "100 %"
GRADE = "7"
ESS = ["CFC d'horticulteur-trice, orientation paysagisme, ou titre jugé équivalent",
       "Expérience de trois ans au minimum dans l'entretien d'espaces verts publics ou privés",
       "Permis de conduire cat. B (cat. C1 un atout)",
       "Bonne condition physique et aptitude à travailler par tous les temps"]
DES = ["Brevet fédéral de contremaître jardinier", "Connaissance des méthodes d'entretien différencié et de la gestion des néophytes envahissantes"]
QUAL = ["Autonomie", "Sens de l'esthétique", "Esprit d'équipe", "Amabilité envers la population"]
MIS = ["Entretenir les parcs, les quais et les massifs fleuris de la commune",
       "Réaliser des plantations saisonnières et des aménagements paysagers",
       "Tailler arbustes, haies et arbres d'ornement",
       "Participer au service de piquet hivernal (déneigement)",
       "Conduire et entretenir les petites machines du service"]
SALTXT = "CHF 68 720.– à CHF 89 230.– brut par année, 13e salaire compris"
DL = "9 mai 2038"
FACTS = [("Référence", REF), ("Service", "Domaines, gérances et sports – secteur Parcs et promenades"),
         ("Taux d'activité", SCH), ("Lieu de travail", f"{LOC} (centre d'entretien de la Clergère)"),
         ("Entrée en fonction", "1er juillet 2038 ou à convenir"), ("Classe salariale", GRADE),
         ("Salaire", SALTXT), ("Délai de postulation", DL)]

html = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Offres d'emploi | {O}</title>
<style>dl.fiche{{display:grid;grid-template-columns:12em 1fr}} dl.fiche dt{{font-weight:bold}}</style></head><body>
<header><p>{O} · Guichet virtuel · Agenda · Contact</p><p>Rechercher…</p></header>
<p>Accueil / Vivre à Pully / Administration / Emplois</p>
<p class="intro">La Ville de Pully met au concours un poste de</p>
<h1>{T}</h1>
<dl class="fiche">
{''.join(f'<dt>{k}</dt><dd>{v}</dd>' for k, v in FACTS)}
</dl>
<h2>Vos missions</h2>
{ul(MIS)}
<h2>Votre profil</h2>
{ul(ESS)}
<h2>Un plus</h2>
{ul(DES)}
<h2>Vos qualités</h2>
{ul(QUAL)}
<h2>Nous vous offrons</h2>
<p>Un cadre de travail au bord du lac, une formation continue, une caisse de pension avantageuse et cinq semaines de vacances. Une journée portes ouvertes du service aura lieu le 23 mai 2038 pour la population.</p>
<p>Les dossiers de candidature complets (lettre, CV, certificats et diplômes) sont à déposer via notre plateforme en ligne jusqu'au {DL}. Les entretiens se tiendront le 19 mai 2038.</p>
<aside><h3>Autres postes</h3><ul><li>Apprenti-e agent-e d'exploitation – délai 30 avril 2038</li><li>Secrétaire au greffe municipal 60 % – délai 16 mai 2038</li></ul></aside>
<footer>{O} · Chemin des Vignerons 5 · 1009 Pully</footer>
</body></html>"""
w(KEY + "-pully.html", html, KEY)

txt = f"""jobup.ch
Rechercher des emplois   Entreprises   Salaires   Conseils carrière      FR | DE | EN   Connexion

< Retour aux résultats   Emploi 2 sur 11

{T}
{O}
Date de publication :29 avril 2038Taux d'activité :100%Type de contrat :Durée indéterminéeLieu de travail :{LOC}
Salaire estimé par jobup.ch : CHF 62 000 - 78 000 / an
Postuler   Sauvegarder

{O} · {LOC} · Réf. {REF} · Taux d'activité : {SCH} · Classe salariale : {GRADE}

La Ville de Pully met au concours un poste de {T}.

Vos missions
""" + "\n".join(MIS) + """

Votre profil
""" + "\n".join(ESS) + """

Un plus
""" + "\n".join(DES) + f"""

Vos qualités
{', '.join(QUAL)}

Nous vous offrons
Un cadre de travail au bord du lac, une formation continue, une caisse de pension avantageuse et cinq semaines de vacances. Salaire : {SALTXT}.

Délai de postulation : {DL}. Entretiens le 19 mai 2038.

Lieu de travail
Centre d'entretien de la Clergère
1009 Pully

Emplois similaires
Paysagiste – Commune de Lutry – Lutry – 100%
Paysagiste CFC – Lausanne – 80-100% – Salaire estimé CHF 60 000 - 75 000

ID de l'annonce : 2f9b7d44-0c1e-4a3b-b8e2-6d51c7a90e13
© jobup.ch · Protection des données · CGU
"""
w(KEY + "-jobup.txt", txt, KEY)

expected(KEY, REF, ["fr"], {"fr": T}, {"fr": O}, {"fr": LOC}, {"fr": SCH}, "2038-05-09",
         sal(68720, 89230, "CHF", "year"), GRADE, None, {"fr": {"essential": ESS, "desirable": DES}},
         {"fr": names(*QUAL)})
