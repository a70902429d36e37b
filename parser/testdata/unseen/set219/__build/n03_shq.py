from common import *
KEY = "shq-2035-0418"
REF = "SHQ-2035-0418"
T = "Conseillère ou conseiller en programmes d'habitation abordable"
O = "Société d'habitation du Québec"
LOC = "Québec (Capitale-Nationale)"
SCH = "35 heures par semaine"
ESS = ["Être titulaire d'un diplôme universitaire de premier cycle (baccalauréat) en urbanisme, en administration, en économie, en sciences sociales ou dans une discipline connexe;",
       "Posséder au moins deux années d'expérience de niveau professionnel en gestion de programmes ou en analyse de projets immobiliers;",
       "Avoir une connaissance fonctionnelle de la suite Microsoft 365."]
DES = ["Connaissance du milieu de l'habitation communautaire et des coopératives d'habitation;",
       "Expérience de l'analyse financière de projets de construction résidentielle;",
       "Maîtrise de l'anglais écrit."]
QUAL = ["Rigueur", "Sens de l'analyse", "Habiletés en communication", "Capacité à travailler en équipe"]
ATTR = ["analyser la recevabilité des demandes d'aide financière présentées par les offices d'habitation, les coopératives et les organismes sans but lucratif;",
        "évaluer les montages financiers et les coûts de réalisation des projets et formuler des recommandations;",
        "accompagner les organismes promoteurs, de la conception du projet jusqu'à la livraison des logements;",
        "rédiger des notes, des fiches de suivi et des réponses aux demandes des autorités;",
        "contribuer à la révision des normes du programme et des guides à l'intention de la clientèle."]

MD = f"""
[Passer au contenu](#contenu) · [English](#)

**Société d'habitation du Québec** — Accueil › Carrières › Offres d'emploi

> *Ce site utilise des témoins de navigation. En poursuivant, vous acceptez leur utilisation.*

# {T}

*Offre publiée le 15 décembre 2035*

La Société d'habitation du Québec soutient la réalisation de logements abordables partout au Québec. La Direction de l'habitation abordable – secteur Est cherche une personne pour suivre un portefeuille de projets dans les régions de la Capitale-Nationale, de la Chaudière-Appalaches et du Bas-Saint-Laurent.

| Renseignements | |
|---|---|
| Numéro de l'offre | {REF} |
| Organisme | {O} |
| Direction | Direction de l'habitation abordable – secteur Est |
| Classe d'emploi | Agente ou agent de recherche et de planification socio-économique (102) |
| Statut | Emploi régulier, temps complet |
| Lieu de travail | {LOC} |
| Horaire | {SCH} |
| Traitement | De 56 948 $ à 104 321 $ par année |
| Période d'inscription | Du 15 décembre 2035 au 12 janvier 2036 à 23 h 59 |

## Attributions

Sous l'autorité de la directrice, la personne titulaire de l'emploi aura notamment à :

1. {ATTR[0]}
2. {ATTR[1]}
3. {ATTR[2]}
4. {ATTR[3]}
5. {ATTR[4]}

## Exigences

""" + "\n".join("- " + e for e in ESS) + """

## Atouts

""" + "\n".join("* " + e for e in DES) + f"""

## Profil recherché

{", ".join(QUAL)}.

## Modalités

Les personnes retenues seront convoquées à une épreuve écrite qui devrait se tenir le 27 janvier 2036, puis à une entrevue. La SHQ offre un horaire variable, la possibilité de télétravail deux jours par semaine et un régime de retraite à prestations déterminées.

Pour postuler, transmettez votre curriculum vitæ et une lettre de présentation en indiquant le numéro de l'offre, au plus tard à la fin de la période d'inscription.

---

**Autres offres** · Technicienne ou technicien en administration – inscription jusqu'au 5 janvier 2036 · Analyste en architecture d'entreprise – inscription jusqu'au 19 janvier 2036

© Gouvernement du Québec, 2035
"""

QE = f"""
Québec emploi
Accueil	Chercheurs d'emploi	Employeurs	Mon dossier
Recherche d'offres d'emploi
Résultat 3 de 41	< Précédent	Suivant >

Conseiller/conseillère en programmes
Numéro de l'offre : 8123467
Nom de l'employeur : {O}
Nombre de postes à combler : 1

Lieu de travail
1054, rue Louis-Alexandre-Taschereau
Québec (Québec)
G1R 5E7

Principales fonctions
{T}
Numéro de l'offre de l'employeur : {REF}
Lieu de travail : {LOC}
Horaire : {SCH}
Traitement : De 56 948 $ à 104 321 $ par année
Période d'inscription : du 15 décembre 2035 au 12 janvier 2036
Attributions : {" ".join(a[0].upper() + a[1:] for a in ATTR)}
Exigences :
""" + "\n".join(ESS) + """
Atouts :
""" + "\n".join(DES) + f"""
Profil recherché : {", ".join(QUAL)}.
Une épreuve écrite est prévue le 27 janvier 2036.

Exigences et conditions de travail
Niveau d'études : Universitaire 1er cycle
Diplôme : Baccalauréat
Années d'expérience reliées à l'emploi : 2 ans
Langues demandées : langues parlées : français
langues écrites : français
Salaire offert : 56 948,00$ - 104 321,00$ annuellement
Nombre d'heures par semaine : 35,00
Conditions diverses : télétravail hybride
Statut d'emploi : permanent
temps plein
jour
Date prévue d'entrée en fonction : 2036-03-02

Communication
Nom de la personne à contacter : Geneviève Landreville (Conseillère en dotation)
Moyen(s) de communication : courriel : dotation.shq@example.qc.ca
Précisions additionnelles : Indiquer le numéro de l'offre de l'employeur.

Offre publiée le 2035-12-16
Imprimer	Ajouter à mes offres sauvegardées
"""

def build():
    w(KEY + "-shq.md", MD, KEY)
    w(KEY + "-quebecemploi.txt", QE, KEY)
    expected(KEY, REF, ["fr"], {"fr": T}, {"fr": O}, {"fr": LOC}, {"fr": SCH}, "2036-01-12",
             sal(56948, 104321, "CAD", "year"), None, None,
             {"fr": {"essential": ESS, "desirable": DES}}, {"fr": comp(QUAL)})
