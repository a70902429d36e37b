from common import *
KEY, REF = "lanb-2044-05", "LANB-2044-05"
T_EN = "Clerk Assistant – Committees"
T_FR = "Greffier adjoint ou greffière adjointe – Comités"
ORG_EN = "Legislative Assembly of New Brunswick"
ORG_FR = "Assemblée législative du Nouveau-Brunswick"
LOC_EN = "Fredericton, New Brunswick (Legislative Building)"
LOC_FR = "Fredericton (Nouveau-Brunswick), édifice de l'Assemblée législative"
SCH_EN = "Full-time, 36.25 hours per week; evening sittings when committees meet"
SCH_FR = "Temps plein, 36,25 heures par semaine; séances en soirée lorsque les comités siègent"
ESS_EN = ["A university degree in political science, law, public administration or a related discipline",
          "A minimum of three years of experience in a parliamentary, legal or public policy setting",
          "Proficiency in both official languages (English and French), written and spoken",
          "Demonstrated ability to draft clear and accurate reports and minutes"]
DES_EN = ["Knowledge of parliamentary procedure in a Westminster-style legislature",
          "A graduate degree or a law degree"]
ESS_FR = ["Diplôme universitaire en science politique, en droit, en administration publique ou dans une discipline connexe",
          "Au moins trois années d'expérience dans un milieu parlementaire, juridique ou des politiques publiques",
          "Maîtrise des deux langues officielles (français et anglais), à l'écrit et à l'oral",
          "Capacité démontrée à rédiger des rapports et des procès-verbaux clairs et exacts"]
DES_FR = ["Connaissance de la procédure parlementaire d'une assemblée de type Westminster",
          "Diplôme d'études supérieures ou diplôme en droit"]
COMP_EN = [("Effective interactive communication", ""), ("Planning and organizing", ""), ("Political sensitivity", ""), ("Impartiality", "")]
COMP_FR = [("Communication interactive efficace", ""), ("Planification et organisation", ""), ("Sensibilité politique", ""), ("Impartialité", "")]
expected(KEY, REF, ["en", "fr"], {"en": T_EN, "fr": T_FR}, {"en": ORG_EN, "fr": ORG_FR},
         {"en": LOC_EN, "fr": LOC_FR}, {"en": SCH_EN, "fr": SCH_FR}, "2044-06-29",
         salary={"min": 2431, "max": 3106, "currency": "CAD", "period": "fortnight"}, grade="LA-5",
         requirements={"en": {"essential": ESS_EN, "desirable": DES_EN}, "fr": {"essential": ESS_FR, "desirable": DES_FR}},
         competencies={"en": COMP_EN, "fr": COMP_FR})

md = f"""[Skip to main content](#main) | [Français](#fr)

![Coat of arms](/img/arms.png) **Legislative Assembly of New Brunswick | Assemblée législative du Nouveau-Brunswick**

[Home](/) · [Members](/members) · [Bills](/bills) · [Committees](/committees) · [Visit](/visit) · [Careers](/careers)

> **Guided tours:** summer tours of the Legislative Building begin on June 6, 2044. / Les visites guidées d'été commencent le 6 juin 2044.

Home › About › Careers

# Competition {REF} {{#main}}

## {T_EN}

**Competition number:** {REF}  
**Employer:** {ORG_EN}  
**Office:** Office of the Clerk – Committee Services  
**Location:** {LOC_EN}  
**Type:** Permanent  
**Hours of work:** {SCH_EN}  
**Pay band:** LA-5  
**Salary:** $2,431 to $3,106 biweekly  
**Closing date:** June 29, 2044

### The opportunity

The Clerk Assistant supports standing and select committees of the House: preparing agendas and briefing binders, advising the Chair on procedure, organizing public hearings across the province and drafting committee reports for tabling.

### Essential qualifications

{chr(10).join('1. ' + x for x in ESS_EN)}

### Asset qualifications

{chr(10).join('- ' + x for x in DES_EN)}

### Behavioural competencies

{chr(10).join('- ' + n for n, _ in COMP_EN)}

Apply online, quoting competition number {REF}, no later than June 29, 2044. Written exams will be held on July 12, 2044. Only those selected for further consideration will be contacted.

---

# Concours {REF} {{#fr}}

## {T_FR}

**Numéro du concours :** {REF}  
**Employeur :** {ORG_FR}  
**Bureau :** Bureau du greffier – Services aux comités  
**Lieu de travail :** {LOC_FR}  
**Type :** Permanent  
**Heures de travail :** {SCH_FR}  
**Échelle salariale :** LA-5  
**Traitement :** de 2 431 $ à 3 106 $ toutes les deux semaines  
**Date de clôture :** le 29 juin 2044

### Le poste

Le greffier adjoint ou la greffière adjointe soutient les comités permanents et spéciaux de la Chambre : préparation des ordres du jour et des cahiers d'information, conseils au président sur la procédure, organisation d'audiences publiques dans la province et rédaction des rapports des comités.

### Qualifications essentielles

{chr(10).join('1. ' + x for x in ESS_FR)}

### Qualifications constituant un atout

{chr(10).join('- ' + x for x in DES_FR)}

### Compétences comportementales

{chr(10).join('- ' + n for n, _ in COMP_FR)}

Postulez en ligne, en indiquant le numéro du concours {REF}, au plus tard le 29 juin 2044. Les examens écrits auront lieu le 12 juillet 2044. Nous communiquerons seulement avec les personnes retenues.

---

*© 2044 Legislative Assembly of New Brunswick · Privacy · Accessibility · Next sitting of the House: October 18, 2044*
"""
write(f"{KEY}-legnb.md", md, KEY)

portal = f"""GNB Jobs | Emplois GNB
Search jobs   My applications   Help   Français

Job competition details
Print   Share   Apply

Competition number
{REF}

Position title
{T_EN}

Employer
{ORG_EN}

Location
{LOC_EN}

Employment type
Permanent

Hours of work
{SCH_EN}

Pay band
LA-5

Salary
$2,431 to $3,106 biweekly

Closing date
2044-06-29

Posted
2044-05-24

Description
The Clerk Assistant supports standing and select committees: agendas and briefing binders, procedural advice to the Chair, public hearings across the province and committee reports.

Essential qualifications
{chr(10).join(ESS_EN)}

Asset qualifications
{chr(10).join(DES_EN)}

Behavioural competencies
{chr(10).join(n for n, _ in COMP_EN)}

Version française

Numéro du concours
{REF}

Titre du poste
{T_FR}

Employeur
{ORG_FR}

Lieu de travail
{LOC_FR}

Heures de travail
{SCH_FR}

Échelle salariale
LA-5

Traitement
de 2 431 $ à 3 106 $ toutes les deux semaines

Date de clôture
2044-06-29

Qualifications essentielles
{chr(10).join(ESS_FR)}

Qualifications constituant un atout
{chr(10).join(DES_FR)}

Compétences comportementales
{chr(10).join(n for n, _ in COMP_FR)}

Other competitions / Autres concours
Legislative Research Officer / Agent(e) de recherche législative — closes 2044-07-08
Page Program 2044-2045 / Programme des pages 2044-2045 — closes 2044-06-15

© Government of New Brunswick / Gouvernement du Nouveau-Brunswick
"""
write(f"{KEY}-gnbjobs.txt", portal, KEY)
