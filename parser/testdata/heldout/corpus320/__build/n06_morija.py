from common import *
KEY, REF = "mor-bf-2044-03", "MOR-BF-2044-03"
T = "Coordinateur·trice pays Burkina Faso"
ORG = "Association Morija"
LOC = "Ouagadougou (Burkina Faso), avec des déplacements fréquents à Kaya et Ziniaré"
SCH = "100 %"
ESS = ["Formation universitaire (master) en gestion de projets, santé publique, développement ou domaine équivalent.",
       "Au moins cinq ans d'expérience dans la coordination de projets de développement, dont trois en Afrique de l'Ouest.",
       "Expérience avérée de la gestion d'équipes et de budgets supérieurs à 500 000 CHF.",
       "Excellente maîtrise du français écrit et oral."]
DES = ["Connaissance du mooré ou du fulfuldé.",
       "Expérience de la nutrition infantile ou de l'accès à l'eau potable."]
COMP = [("Leadership bienveillant", ""), ("Intégrité", ""), ("Diplomatie", ""), ("Résistance au stress", "")]
expected(KEY, REF, ["fr"], {"fr": T}, {"fr": ORG}, {"fr": LOC}, {"fr": SCH}, "2044-06-16",
         salary={"amount": 1187500, "currency": "XOF", "period": "month"},
         requirements={"fr": {"essential": ESS, "desirable": DES}}, competencies={"fr": COMP})

md = f"""[Accueil](/) · [Nos projets](/projets) · [Agir](/agir) · [Faire un don](/don) · [Emplois](/emplois) · [Contact](/contact)

**MORIJA** – *Agir pour la dignité des plus vulnérables*

> Marche solidaire du 11 juin 2044 à Monthey : inscriptions ouvertes jusqu'au 5 juin !

*Emplois › Postes à l'étranger › {REF}*

## Offre d'emploi

### {T}

**Référence :** {REF}  
**Employeur :** {ORG}  
**Lieu d'affectation :** {LOC}  
**Taux d'activité :** {SCH}  
**Type de contrat :** contrat local de deux ans, renouvelable  
**Salaire :** 1 187 500 F CFA brut par mois, selon la grille salariale locale de Morija  
**Entrée en fonction :** 1er août 2044  
**Délai de postulation :** 16 juin 2044

#### Contexte

Présente au Burkina Faso depuis plus de trente ans, Morija y soutient des centres de récupération nutritionnelle, des forages et des programmes de formation agricole en partenariat avec des associations locales. Le ou la coordinateur·trice pays représente l'association auprès des autorités et des partenaires et dirige une équipe de douze personnes.

#### Vos tâches

* Piloter la mise en œuvre des projets et leur suivi-évaluation
* Gérer le budget pays et garantir la conformité des dépenses
* Encadrer l'équipe nationale et coordonner la sécurité
* Rédiger les rapports destinés au siège et aux bailleurs

#### Votre profil

{chr(10).join('* ' + x for x in ESS)}

#### Atouts

{chr(10).join('* ' + x for x in DES)}

#### Savoir-être

{chr(10).join('* *' + n + '*' for n, _ in COMP)}

Envoyez votre dossier complet (CV, lettre, trois références) à emploi@morija.example jusqu'au 16 juin 2044. Les entretiens se dérouleront à distance le 27 juin 2044.

---

*Morija · Monthey (Valais) · adresse fictive · Dons : IBAN CH00 0000 0000 0000 0000 0 (fictif)*
"""
write(f"{KEY}-morija.md", md, KEY)

mail = f"""De : Réseau Solidarité Romande <info@solidarite-romande.example>
À : Liste des membres <membres@solidarite-romande.example>
Date : lundi 23 mai 2044 09:14
Objet : [Solidarité Romande] Bulletin no 418 – agenda et offres d'emploi des membres

Chères et chers membres,

Au sommaire de ce bulletin : l'assemblée générale du 8 juin 2044, la formation « Gestion du cycle de projet » (délai d'inscription : 30 mai 2044) et une offre d'emploi transmise par Morija.

+++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++
OFFRE D'EMPLOI – MORIJA
+++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++

{T.upper()}

  Poste .................. {T}
  Référence .............. {REF}
  Employeur .............. {ORG}
  Lieu ................... {LOC}
  Taux d'activité ........ {SCH}
  Contrat ................ local, deux ans, renouvelable
  Salaire ................ 1 187 500 F CFA brut par mois
  Entrée en fonction ..... 1er août 2044
  Délai .................. 16 juin 2044

Morija soutient au Burkina Faso des centres de récupération nutritionnelle, des forages et de la formation agricole. La personne engagée représente l'association dans le pays et dirige une équipe de douze personnes.

Profil :
{chr(10).join('  > ' + x for x in ESS)}

Atouts :
{chr(10).join('  > ' + x for x in DES)}

Savoir-être : {', '.join(n for n, _ in COMP)}.

Dossier complet à emploi@morija.example. Entretiens à distance le 27 juin 2044.

+++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++

Prochain bulletin : 6 juin 2044.
Pour vous désabonner, répondez « STOP » à ce courriel.
Réseau Solidarité Romande · association fictive · Lausanne
"""
write(f"{KEY}-bulletin.txt", mail, KEY)
