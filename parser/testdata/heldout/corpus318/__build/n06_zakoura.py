from common import *
REF = "FZ/RH/2044-08"
T = "Coordinateur(trice) régional(e) du préscolaire rural"
ORG = "Fondation Zakoura"
LOC = "Bureau régional de Béni Mellal, avec déplacements dans les douars de la province d'Azilal"
SCH = "Temps plein, 40 heures par semaine, déplacements fréquents en zone rurale"
ESS = ["Licence ou master en sciences de l'éducation, en psychologie ou en développement social",
       "Quatre ans d'expérience au moins dans la gestion de projets éducatifs en milieu rural",
       "Expérience de l'encadrement d'équipes d'éducatrices ou d'animateurs",
       "Maîtrise de l'arabe et du français ; la connaissance du tamazight est exigée",
       "Permis de conduire B et aptitude à conduire sur pistes"]
DES = ["Une formation à la pédagogie active ou à la méthode Montessori",
       "Une expérience de partenariat avec les associations de parents d'élèves"]
COMP = [("Sens de l'organisation", ""), ("Écoute", ""), ("Autonomie", ""), ("Capacité d'adaptation", "")]
MIS = ["Coordonner l'ouverture et le fonctionnement de vingt-quatre unités préscolaires rurales",
       "Accompagner et évaluer les éducatrices lors de visites de classe mensuelles",
       "Organiser les sessions de formation continue et les rencontres avec les parents",
       "Suivre le budget régional et préparer les rapports destinés aux partenaires",
       "Représenter la Fondation auprès des autorités provinciales et des communes"]
md = f"""<!-- page offre {REF} -->
[Accueil](https://fondation.example/) · [Nos programmes](https://fondation.example/programmes) · [Agir avec nous](https://fondation.example/agir) · **Recrutement** · [العربية](https://fondation.example/ar)

# Offre d'emploi

_Casablanca, le 14 mars 2044_

## {T}

**Référence** : {REF}

**Organisation** : {ORG}

**Programme** : Éducation préscolaire en milieu rural

**Lieu d'affectation** : {LOC}

**Temps de travail** : {SCH}

**Contrat** : CDD de deux ans, renouvelable

**Salaire** : 14 000 MAD nets par mois, indemnités de déplacement en sus

**Date limite de dépôt** : vendredi 15 avril 2044

### Contexte

Depuis plus de trente ans, la Fondation Zakoura mène des programmes d'éducation et d'inclusion en faveur des enfants et
des jeunes des zones rurales. Son programme préscolaire accueille des enfants de quatre et cinq ans dans des unités
installées au cœur des douars, avec l'appui des communes et des familles.

### Missions

{chr(10).join(f'{i}. {m}' for i, m in enumerate(MIS, 1))}

### Profil

{chr(10).join('- ' + x for x in ESS)}

### Atouts

{chr(10).join('- ' + x for x in DES)}

### Qualités personnelles

{chr(10).join('* ' + n for n, d in COMP)}

### Candidature

Envoyez CV et lettre de motivation à recrutement@zakoura.example avant le vendredi 15 avril 2044, en indiquant la
référence {REF} dans l'objet. Les entretiens auront lieu à Béni Mellal du 25 au 27 avril 2044.

> La Fondation applique une politique stricte de protection de l'enfance. Les candidat(e)s retenu(e)s signeront le code
> de conduite avant leur prise de fonction.

---

© 2044 Fondation Zakoura – Casablanca (adresse fictive) · [Mentions légales](https://fondation.example/mentions)
"""
w("fz-rh-2044-08-zakoura.md", md, REF)

rk = f"""ReKrute.example   Offres d'emploi   Entreprises   Conseils   Espace candidat   Espace recruteur
Accueil > Offres d'emploi > Associations / ONG > Béni Mellal

Fondation Zakoura recrute un Coordinateur(trice) régional(e) préscolaire (H/F) - Béni Mellal

Publiée le 15/03/2044 | Postes proposés : 1 | Date limite : 15/04/2044

Entreprise :
La Fondation Zakoura est une organisation marocaine à but non lucratif active dans l'éducation et l'inclusion des
jeunes en milieu rural.

Référence : {REF}
Poste : {T}
Organisation : {ORG}
Lieu : {LOC}
Temps de travail : {SCH}
Rémunération : 14 000 MAD net / mois

Poste :
Missions principales : {' ; '.join(m[0].lower() + m[1:] for m in MIS)}.

Profil recherché :
{chr(10).join('- ' + x for x in ESS)}
Un plus :
{chr(10).join('- ' + x for x in DES)}

Traits de personnalité souhaités :
{', '.join(n for n, d in COMP)}

Secteur d'activité :Associations / ONG / Éducation
Fonction :Gestion de projets
Expérience requise :De 3 à 5 ans
Niveau d'étude demandé :Bac +3 / Bac +5
Langue(s) exigée(s) :Arabe, Français, Tamazight
Type de contrat proposé :CDD

Entretiens prévus du 25 au 27 avril 2044.
Postuler    Envoyer à un ami

Offres similaires
Animatrice préscolaire - Association locale - Azilal - 4 000 MAD
Chargé(e) de suivi-évaluation - ONG - Marrakech - Date limite 08/04/2044
"""
w("fz-rh-2044-08-rekrute.txt", rk, REF)
expected(REF, ["fr"], {"fr": T}, {"fr": ORG}, {"fr": LOC}, {"fr": SCH}, "2044-04-15",
         sal(amount=14000, cur="MAD"), None, {"fr": (ESS, DES)}, {"fr": COMP})
save_rows("n06")
