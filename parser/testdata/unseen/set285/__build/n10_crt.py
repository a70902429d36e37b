from common import *

KEY = "cr-tbt-sg-2041-009"
REF = "CR-TBT/SG/2041-009"
T = "Chargé(e) de la planification et du suivi-évaluation"
O = "Conseil régional de Tombouctou"
L = "Tombouctou (Mali)"
S = "Temps plein"
ESS = ["être de nationalité malienne ;",
       "être titulaire d'un diplôme de niveau Bac + 4 au moins en économie, en planification, en statistique ou en sociologie ;",
       "justifier d'une expérience professionnelle d'au moins cinq (5) ans en planification du développement local ou en suivi-évaluation de projets ;",
       "avoir une bonne maîtrise de l'outil informatique (Word, Excel, un logiciel de statistique) ;",
       "parler couramment le sonraï ou le tamasheq."]
DES = ["avoir déjà travaillé avec une collectivité territoriale ;",
       "avoir une connaissance du Système d'information géographique (SIG)."]
C = ["Intégrité", "Sens du dialogue", "Capacité à travailler sous pression", "Discrétion"]
DL = "2041-07-31"

expected(KEY, dict(reference=REF, post_number=None, languages=["fr"],
    title={"en": None, "fr": T}, organisation={"en": None, "fr": O},
    location={"en": None, "fr": L}, schedule={"en": None, "fr": S}, deadline=DL,
    salary={"amount": 587500, "min": None, "max": None, "currency": "XOF", "period": "month"},
    grade=None, clearance=None,
    requirements={"en": None, "fr": {"essential": ESS, "desirable": DES}},
    competencies={"en": None, "fr": comps([(c, "") for c in C])}))

avis_lines = f"""RÉPUBLIQUE DU MALI
Un Peuple – Un But – Une Foi
RÉGION DE TOMBOUCTOU
{O.upper()}
Secrétariat général

AVIS DE RECRUTEMENT N° {REF}

Le Président du {O} porte à la connaissance du public que le Conseil recrute, pour le compte de son Agence régionale de planification, un(e) :

{T}

Référence : {REF}
Employeur : {O}
Lieu d'affectation : {L}
Régime : {S}
Contrat : contrat à durée déterminée de deux (2) ans renouvelable
Rémunération : 587 500 FCFA brut par mois, plus une indemnité de zone
Date limite de dépôt : mercredi 31 juillet 2041 à 16 heures
"""

txt = f"""Aller au contenu principal
TIMBUKTU INFOS | La voix de la Cité des 333 saints
Accueil   Actualités   Région   Culture   Avis & communiqués   Emplois   Radio en direct
Flash : la Flamme de la paix 2041 se tiendra le 27 juillet 2041 sur la place de l'Indépendance.
Accueil > Avis & communiqués
Le Conseil régional recrute un(e) chargé(e) de planification
Par la rédaction – 3 juillet 2041 – 1 245 lectures
Le Conseil régional, qui a adopté son programme de développement 2041-2045 lors de sa session du 20 juin 2041, lance un appel à candidatures. Voici l'avis dans son intégralité.

{avis_lines}
MISSIONS
1. Élaborer et actualiser le programme de développement régional ;
2. Concevoir et animer le dispositif de suivi-évaluation des projets du Conseil ;
3. Appuyer les communes de la région dans la préparation de leurs plans ;
4. Produire les rapports semestriels d'exécution.

PROFIL REQUIS
Le (la) candidat(e) doit :
- {ESS[0]}
- {ESS[1]}
- {ESS[2]}
- {ESS[3]}
- {ESS[4]}
Atouts :
- {DES[0]}
- {DES[1]}

QUALITÉS REQUISES
Le poste exige les qualités suivantes : {C[0]}, {C[1]}, {C[2]}, {C[3]}.

COMPOSITION DU DOSSIER
Une demande manuscrite adressée au Président du Conseil régional, un CV, les copies certifiées des diplômes, un extrait d'acte de naissance et un certificat de nationalité. Les dossiers sont reçus au Secrétariat général du Conseil régional, quartier Abaradjou, au plus tard le 31 juillet 2041 à 16 heures. Les candidat(e)s retenu(e)s seront convoqué(e)s pour un entretien le 14 août 2041.

Fait à Tombouctou, le 1er juillet 2041
Le Président du Conseil régional

Partager : Facebook  WhatsApp  Imprimer
À LIRE AUSSI
Examen du DEF : les résultats annoncés pour le 19 juillet 2041
Le bac à Tombouctou : 2 310 candidats attendus
Laisser un commentaire
© 2041 Timbuktu Infos – Tous droits réservés
"""
write(KEY + "-timbuktuinfos.txt", txt, KEY)

md = f"""**MaliJobs Blog** — Offres d'emploi, concours et stages au Mali

[Accueil](/) | [Emplois](/emplois) | [Concours](/concours) | [Stages](/stages) | [Contact](/contact)

# Avis de recrutement : {T} – {O}

*Posté le 4 juillet 2041 par Admin · Catégorie : Collectivités · Région : Tombouctou*

> **Résumé** · Employeur : {O} · Lieu d'affectation : {L} · Régime : {S} · Rémunération : 587 500 FCFA brut par mois · **Date limite : 31/07/2041**

**Référence :** {REF}  
**Contrat :** CDD de deux (2) ans renouvelable

### Missions

- Élaborer le programme de développement régional
- Animer le dispositif de suivi-évaluation
- Appuyer les communes dans leurs plans
- Produire les rapports semestriels

### Profil requis

Le (la) candidat(e) doit :

{chr(10).join('1. ' + x for x in ESS)}

**Atouts :**

{chr(10).join('- ' + x for x in DES)}

### Qualités requises

{chr(10).join('- ' + c for c in C)}

### Dépôt des dossiers

Secrétariat général du Conseil régional de Tombouctou, au plus tard le **31 juillet 2041 à 16 heures**. Entretien le 14 août 2041.

---

**Tags :** #Tombouctou #Planification #SuiviEvaluation #Emploi

**Articles similaires**

- Concours de la fonction publique des collectivités : inscriptions jusqu'au 15 juillet 2041
- Recrutement d'un comptable à Gao – date limite 22 juillet 2041
"""
write(KEY + "-malijobs.md", md, KEY)
