from common import *

KEY = "marndr-drh-2043-0045"
REF = "MARNDR/DRH/2043-0045"
TITLE = "Coordonnateur(trice) de la filière vétiver"
ORG = "Ministère de l'Agriculture, des Ressources Naturelles et du Développement Rural (MARNDR)"
LOC = "Direction départementale agricole du Sud, Les Cayes, avec déplacements dans les communes de Camp-Perrin, Torbeck et Chantal"
SCHED = "Du lundi au vendredi, de 8 h 00 à 16 h 00"
GRADE = "Cadre B, classe 2"
ESS = ["Être de nationalité haïtienne ;",
       "Être titulaire d'une licence en agronomie, en agroéconomie ou dans un domaine connexe ;",
       "Justifier d'au moins cinq ans d'expérience dans l'appui aux filières agricoles d'exportation ;",
       "Maîtriser le créole et le français, à l'écrit comme à l'oral."]
DES = ["Une connaissance des normes de qualité des huiles essentielles ;",
       "Une expérience de travail avec des coopératives de planteurs."]
COMP = [("Sens du dialogue", "faciliter les accords entre planteurs, distillateurs et exportateurs"),
        ("Leadership", "mobiliser les techniciens agricoles autour d'objectifs communs"),
        ("Intégrité", "gérer les fonds du programme en toute transparence")]
ATTR = ["coordonner les activités du programme d'appui à la filière vétiver dans le département du Sud",
        "appuyer les coopératives de planteurs dans la lutte contre l'érosion et la replantation des parcelles",
        "suivre les prix payés aux planteurs et la qualité des racines livrées aux distilleries",
        "organiser les formations des techniciens et des agents de vulgarisation",
        "préparer les rapports techniques et financiers du programme"]

expected(KEY, reference=REF, post_number=None, languages=["fr"], title={"fr": TITLE},
         organisation={"fr": ORG}, location={"fr": LOC}, schedule={"fr": SCHED}, deadline="2043-09-22",
         salary=sal(amount=165000, cur="HTG"), grade=GRADE, clearance=None,
         requirements={"fr": (ESS, DES)}, competencies={"fr": COMP})

md = f"""RÉPUBLIQUE D'HAÏTI\\
MINISTÈRE DE L'AGRICULTURE, DES RESSOURCES NATURELLES ET DU DÉVELOPPEMENT RURAL\\
Direction des Ressources Humaines

*Damien, le 26 août 2043*

# AVIS DE RECRUTEMENT

**N° {REF}**

Dans le cadre de la mise en œuvre du programme national de relance de la filière vétiver, le Ministère porte à
la connaissance du public qu'il recrute, par voie de concours sur dossier, pour le poste suivant :

* **Poste** — {TITLE}
* **Institution** — {ORG}
* **Affectation** — {LOC}
* **Horaire de travail** — {SCHED}
* **Classe** — {GRADE}
* **Salaire mensuel** — 165 000 gourdes (HTG), plus frais de déplacement selon barème
* **Date limite** — mardi 22 septembre 2043 à 15 h 00

## I. Attributions

Le (la) titulaire aura pour attributions de :

{chr(10).join('- ' + a + ' ;' for a in ATTR[:-1])}
- {ATTR[-1]}.

## II. Conditions d'admission

a) {ESS[0]}\\
b) {ESS[1]}\\
c) {ESS[2]}\\
d) {ESS[3]}

**Atouts :**

+ {DES[0]}
+ {DES[1]}

## III. Compétences

{chr(10).join('- *%s* : %s' % c for c in COMP)}

## IV. Dossier et dépôt

Lettre de motivation adressée au Directeur des Ressources Humaines, CV, copies certifiées des diplômes, copie de
la CIN et du NIF, certificat de bonne vie et mœurs. Dépôt au bureau de la DRH à Damien ou à la Direction
départementale agricole du Sud aux Cayes. Les candidat(e)s retenu(e)s seront convoqué(e)s à un entretien le
6 octobre 2043.

> Le MARNDR ne réclame aucun frais aux candidat(e)s. Toute sollicitation d'argent doit être signalée.
"""
w(KEY + "-communique.md", md, KEY)

news = f"""Le Courrier du Sud (fictif) — Actualités  Économie  Régions  Sports  Culture  Avis  Abonnez-vous
Vous êtes ici : Accueil > Avis > Avis de recrutement

Avis de recrutement | 31 août 2043 | 2 min de lecture

MARNDR : avis de recrutement pour la filière vétiver

Référence : {REF}. Poste : {TITLE}. Institution : {ORG}. Affectation : {LOC}. Horaire de travail : {SCHED}.
Classe : {GRADE}. Salaire : 165 000 gourdes (HTG) par mois. Date limite de dépôt : 22/09/2043.

Attributions. Le (la) titulaire devra {ATTR[0]}, {ATTR[1]}, {ATTR[2]}, {ATTR[3]} et {ATTR[4]}.

Conditions d'admission
  1. {ESS[0]}
  2. {ESS[1]}
  3. {ESS[2]}
  4. {ESS[3]}

Atouts
  • {DES[0]}
  • {DES[1]}

Compétences
  {COMP[0][0]} : {COMP[0][1]}
  {COMP[1][0]} : {COMP[1][1]}
  {COMP[2][0]} : {COMP[2][1]}

Dépôt des dossiers à la DRH (Damien) ou à la Direction départementale agricole du Sud (Les Cayes). Entretiens
prévus le 6 octobre 2043.

PARTAGER : Facebook | WhatsApp | X | Courriel

À lire aussi
  Récolte de vétiver : les prix au planteur remontent à 95 gourdes la livre (28 août 2043)
  Les Cayes : une foire agricole du 10 au 12 septembre 2043

© 2043 Le Courrier du Sud — Tous droits réservés. Ce site utilise des cookies. [Accepter] [Refuser]
"""
w(KEY + "-courrierdusud.txt", news, KEY)
save_rows("n10")
