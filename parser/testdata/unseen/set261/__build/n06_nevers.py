from common import *

KEY = "chan-drh-2039-118"
REF = "CHAN-DRH-2039-118"
T = "Orthoptiste (H/F) – consultations d'ophtalmologie"
O = "Centre hospitalier de l'agglomération de Nevers"
L = "Nevers"
S = "100 % – 7 h 30 par jour, du lundi au vendredi, sans garde"
GRADE = "Orthoptiste de classe normale"

ESS = ["Certificat de capacité d'orthoptiste ou diplôme d'État d'orthoptiste",
       "Inscription au répertoire ADELI / RPPS",
       "Maîtrise des examens de la vision binoculaire, du champ visuel et de la rééducation orthoptique",
       "Aisance avec les outils informatiques (dossier patient informatisé)"]
DES = ["Expérience en consultation hospitalière d'ophtalmologie",
       "Formation à la réalisation d'OCT et de rétinographies",
       "Pratique du dépistage de la rétinopathie diabétique"]
COMP = ["Rigueur", "Sens de l'accueil", "Autonomie", "Esprit d'équipe", "Pédagogie auprès des enfants"]
MIS = ["Réaliser les bilans orthoptiques et les examens complémentaires prescrits",
       "Assurer les séances de rééducation orthoptique des enfants et des adultes",
       "Participer aux consultations de dépistage en lien avec le service de diabétologie",
       "Gérer la traçabilité des examens et la maintenance de premier niveau des appareils"]


def build():
    hw = f"""Hellowork
Offres d'emploi   Entreprises   Salaires   Conseils   Mon compte
Accueil > Emploi > Emploi Santé > Emploi Orthoptiste > Emploi Orthoptiste Nevers
{T}
{O}
Nevers - 58
CDI
Temps plein
2 246 - 3 431 € / mois
Publiée le 26/06/2039
Postuler
Sauvegarder
Réf. offre Hellowork : 71842260
Le poste
Le {O} (CHAN), établissement de recours de la Nièvre de 1 100 lits et places, recrute un·e orthoptiste pour son
service d'ophtalmologie (4 ophtalmologistes, 2 orthoptistes, 3 secrétaires médicales).
Vos missions :
{chr(10).join(MIS)}
Informations sur le poste :
Référence établissement : {REF}
Grade : {GRADE}
Temps de travail : {S}
Rémunération : de 2 246 € à 3 431 € bruts mensuels selon l'échelon et l'expérience, complément de traitement indiciaire inclus
Date limite de candidature : 19/07/2039
Le profil recherché
{chr(10).join(ESS)}
Serait apprécié :
{chr(10).join(DES)}
Qualités attendues : {", ".join(COMP)}.
Bienvenue chez {O}
Hôpital public de la Nièvre, le CHAN assure une mission de proximité et de recours pour 210 000 habitants. Self,
crèche hospitalière, parking gratuit, CGOS. Les entretiens auront lieu le 27/07/2039.
Détails du poste
Secteur : Santé
Fonction : Soins paramédicaux
Expérience : Débutant accepté
Diplôme : Bac+3, Bac+4
Télétravail : non
Postuler
Offres similaires
Orthoptiste H/F – Cabinet d'ophtalmologie – Bourges - 18 – CDI – Publiée le 21/06/2039
Manipulateur radio H/F – Clinique – Moulins - 03 – CDI – 2 300 - 2 700 € / mois
Hellowork · Contact · CGU · Confidentialité · Gestion des cookies
"""
    write(KEY + "-hellowork.txt", hw, KEY)

    md = f"""[Accueil](https://www.ch-nevers.example/) / [Nous rejoindre](https://www.ch-nevers.example/recrutement) / Offres d'emploi

# {T}

_Direction des ressources humaines – Réf. {REF} – mise en ligne le 25 juin 2039_

| | |
|---|---|
| **Établissement** | {O} |
| **Pôle** | Pôle chirurgie – service d'ophtalmologie |
| **Lieu d'exercice** | {L} |
| **Grade** | {GRADE} (catégorie A) |
| **Type de recrutement** | Mutation, détachement ou contrat en vue de stagiairisation |
| **Temps de travail** | {S} |
| **Rémunération** | de 2 246 € à 3 431 € bruts mensuels selon l'échelon |
| **Poste à pourvoir** | le 1er septembre 2039 |
| **Date limite de candidature** | 19 juillet 2039 |

## Missions

""" + "\n".join(f"* {m}" for m in MIS) + """

## Profil requis

""" + "\n".join(f"1. {e}" for e in ESS) + """

**Serait apprécié :** """ + " ; ".join(DES) + """

**Qualités attendues :** """ + " · ".join(COMP) + f"""

## Candidature

Lettre de motivation et CV à adresser à la direction des ressources humaines, en rappelant la référence {REF} :
recrutement@ch-nevers.example. Renseignements auprès du cadre de santé du pôle : 03 86 55 00 00.

---

*Voir aussi : Infirmier de bloc opératoire (H/F) – date limite 12 juillet 2039 · Secrétaire médicale (H/F) – date limite 2 août 2039*
"""
    write(KEY + "-chan.md", md, KEY)

    expected(KEY, REF, ["fr"], T, O, L, S, "2039-07-19", salary(2246, 3431, "EUR", "month"), grade=GRADE,
             requirements={"fr": {"essential": ESS, "desirable": DES}}, competencies={"fr": names(*COMP)})


if __name__ == "__main__":
    build()
