from common import *
KEY = "afcac-va-2038-06"
REF = "AFCAC/VA/2038/06"
EN = dict(
 title="Air Navigation Safety Data Officer",
 organisation="African Civil Aviation Commission",
 location="Dakar, Senegal",
 schedule="Full-time",
 essential=[
  "Advanced university degree (Master's or equivalent) in aeronautical engineering, air transport management, statistics or a related field.",
  "A minimum of five (5) years of progressively responsible experience in aviation safety oversight, air navigation services or safety data analysis.",
  "Sound knowledge of ICAO Annex 19 and of State safety programme implementation.",
  "Proficiency in data analysis software and in the preparation of dashboards and safety reports.",
 ],
 desirable=[
  "Experience with an African civil aviation authority or a regional safety oversight organisation.",
  "Knowledge of Portuguese or Arabic.",
 ],
 competencies=[
  ("Professionalism", "shows pride in work, applies safety standards consistently and remains calm under pressure."),
  ("Teamwork", "works collaboratively with Member States' experts and shares information openly."),
  ("Planning and Organising", "sets clear priorities, meets deadlines and adjusts plans when circumstances change."),
 ])
FR = dict(
 title="Chargé(e) des données de sécurité de la navigation aérienne",
 organisation="Commission africaine de l'aviation civile",
 location="Dakar (Sénégal)",
 schedule="Temps plein",
 essential=[
  "Diplôme universitaire supérieur (Master ou équivalent) en ingénierie aéronautique, en gestion du transport aérien, en statistique ou dans un domaine connexe.",
  "Au moins cinq (5) ans d'expérience à des responsabilités croissantes dans la supervision de la sécurité de l'aviation, les services de navigation aérienne ou l'analyse des données de sécurité.",
  "Bonne connaissance de l'Annexe 19 de l'OACI et de la mise en œuvre des programmes nationaux de sécurité.",
  "Maîtrise des logiciels d'analyse de données et de la préparation de tableaux de bord et de rapports de sécurité.",
 ],
 desirable=[
  "Expérience au sein d'une autorité africaine de l'aviation civile ou d'une organisation régionale de supervision de la sécurité.",
  "Connaissance du portugais ou de l'arabe.",
 ],
 competencies=[
  ("Professionnalisme", "est fier(ère) de son travail, applique les normes de sécurité avec constance et garde son calme sous pression."),
  ("Esprit d'équipe", "collabore avec les experts des États membres et partage l'information de manière ouverte."),
  ("Planification et organisation", "fixe des priorités claires, respecte les délais et adapte ses plans lorsque les circonstances changent."),
 ])
D = dict(reference=REF, languages=["en", "fr"], deadline="2038-08-03", salary=sal(56318, cur="USD", per="year"), grade="P3", en=EN, fr=FR)

def comp_md(c):
    return "\n\n".join("**%s:** %s" % (n, d) for n, d in c)
def comp_md_fr(c):
    return "\n\n".join("**%s :** %s" % (n, d) for n, d in c)

md = f"""**AFRICAN CIVIL AVIATION COMMISSION**\\
**COMMISSION AFRICAINE DE L'AVIATION CIVILE**\\
AFCAC / CAFAC -- Secretariat -- Route de l'Aéroport, Dakar-Yoff

*Date of issue: 2 July 2038*

# VACANCY ANNOUNCEMENT

| | |
|---|---|
| **Vacancy No.** | {REF} |
| **Position** | {EN['title']} |
| **Grade** | P3 |
| **Directorate** | Air Transport and Safety Directorate |
| **Duty Station** | {EN['location']} |
| **Supervisor** | Director, Air Transport and Safety |
| **Type of contract** | Fixed-term, three years, renewable |
| **Working time** | {EN['schedule']} |
| **Closing date** | 3 August 2038 |

## 1. Background

The {EN['organisation']} (AFCAC) is the specialised agency of the African Union for civil aviation matters. From its Secretariat in Dakar it supports Member States in raising the level of aviation safety and security, in implementing the Single African Air Transport Market and in preparing common African positions before ICAO. The Secretariat is building a continental safety data platform and seeks an officer to run it.

## 2. Duties and responsibilities

Under the supervision of the Director, the incumbent will:

- collect, validate and analyse safety occurrence data submitted by Member States and air navigation service providers;
- maintain the continental safety dashboard and publish quarterly safety reports;
- assist Member States in setting up State safety programme indicators;
- prepare briefing notes for the Bureau and the Plenary Session, including the Plenary of 5 December 2038;
- organise regional workshops on safety data collection and protection;
- perform any other duties assigned by the supervisor.

## 3. Qualifications and experience

{items(EN['essential'])}

## 4. Desirable

{items(EN['desirable'])}

## 5. Competencies

{comp_md(EN['competencies'])}

## 6. Languages

Proficiency in English or French is required; a working knowledge of the other language is an advantage.

## 7. Remuneration

The post carries an annual net base salary of USD 56,318, to which a post adjustment, a housing allowance and, where applicable, an education grant are added in accordance with the AFCAC Staff Rules.

## 8. How to apply

Candidates who are nationals of AFCAC Member States should send a motivation letter, a detailed curriculum vitae, copies of diplomas and the names of three referees to recruitment@afcac-cafac.example, quoting the vacancy number in the subject line. Applications must reach the Secretariat not later than **3 August 2038** at 17:00 GMT. Interviews are planned for the week of 14 September 2038 and the selected candidate is expected to assume duty on 1 November 2038. Only shortlisted candidates will be contacted.

```{{=openxml}}
<w:p><w:r><w:br w:type="page"/></w:r></w:p>
```

**COMMISSION AFRICAINE DE L'AVIATION CIVILE**\\
**AFRICAN CIVIL AVIATION COMMISSION**

*Date de publication : 2 juillet 2038*

# AVIS DE VACANCE DE POSTE

| | |
|---|---|
| **N° de l'avis** | {REF} |
| **Intitulé du poste** | {FR['title']} |
| **Grade** | P3 |
| **Direction** | Direction du transport aérien et de la sécurité |
| **Lieu d'affectation** | {FR['location']} |
| **Supérieur hiérarchique** | Directeur(trice) du transport aérien et de la sécurité |
| **Type de contrat** | Durée déterminée, trois ans, renouvelable |
| **Temps de travail** | {FR['schedule']} |
| **Date de clôture** | 3 août 2038 |

## 1. Contexte

La {FR['organisation']} (CAFAC) est l'institution spécialisée de l'Union africaine chargée des questions d'aviation civile. Depuis son Secrétariat de Dakar, elle aide les États membres à relever le niveau de sécurité et de sûreté de l'aviation, à mettre en œuvre le Marché unique du transport aérien africain et à préparer des positions africaines communes auprès de l'OACI. Le Secrétariat met en place une plateforme continentale de données de sécurité et recherche un(e) chargé(e) pour l'animer.

## 2. Fonctions et responsabilités

Sous la supervision du (de la) Directeur(trice), le (la) titulaire :

- recueille, valide et analyse les données d'événements de sécurité transmises par les États membres et les prestataires de services de navigation aérienne ;
- tient à jour le tableau de bord continental de la sécurité et publie des rapports trimestriels ;
- aide les États membres à définir les indicateurs de leur programme national de sécurité ;
- prépare des notes d'information pour le Bureau et la Session plénière, dont celle du 5 décembre 2038 ;
- organise des ateliers régionaux sur la collecte et la protection des données de sécurité ;
- exécute toute autre tâche confiée par le (la) supérieur(e).

## 3. Qualifications et expérience

{items(FR['essential'])}

## 4. Atouts

{items(FR['desirable'])}

## 5. Compétences

{comp_md_fr(FR['competencies'])}

## 6. Langues

La maîtrise de l'anglais ou du français est exigée ; une connaissance pratique de l'autre langue est un atout.

## 7. Rémunération

Le poste est assorti d'un traitement de base annuel net de 56 318 USD, auquel s'ajoutent un ajustement de poste, une indemnité de logement et, le cas échéant, une allocation pour frais d'études, conformément au Règlement du personnel de la CAFAC.

## 8. Candidature

Les candidat(e)s ressortissant(e)s des États membres de la CAFAC adressent une lettre de motivation, un curriculum vitae détaillé, la copie de leurs diplômes et le nom de trois référents à recruitment@afcac-cafac.example, en rappelant le numéro de l'avis dans l'objet. Les candidatures doivent parvenir au Secrétariat au plus tard le **3 août 2038** à 17 h GMT. Les entretiens sont prévus la semaine du 14 septembre 2038 et la prise de fonctions le 1er novembre 2038. Seul(e)s les candidat(e)s présélectionné(e)s seront contacté(e)s.
"""
wb("afcac.md", md)
libre("afcac.md", KEY + "-afcac.libreoffice.pdf", KEY)

def bl(lst): return "\n".join("• " + x for x in lst)
def comp_txt(c, sep=": "): return "\n".join("• " + n + sep + d for n, d in c)
blog = f"""AfriAvia Jobs | Aviation careers across Africa
Home   Latest Jobs   Airlines   Airports   Regulators   Scholarships   Contact
Search jobs...

Home » Regulators » {EN['title']} at African Civil Aviation Commission (AFCAC)

{EN['title']} at African Civil Aviation Commission (AFCAC)
Posted on July 4, 2038 by Admin · 1,284 views
Filed under: Regulators, Senegal, International Organisations

The {EN['organisation']} (AFCAC), the African Union agency for civil aviation based in Dakar, is recruiting suitably qualified Africans for the position below.

Vacancy No.: {REF}
Position: {EN['title']}
Grade: P3
Duty Station: {EN['location']}
Type of contract: Fixed-term (3 years)
Working time: {EN['schedule']}

Duties and Responsibilities
• Collect, validate and analyse safety occurrence data from Member States and air navigation service providers.
• Maintain the continental safety dashboard and publish quarterly safety reports.
• Assist Member States with State safety programme indicators.
• Prepare briefing notes for the Bureau and the Plenary Session.
• Organise regional workshops on safety data.

Qualifications and Experience
{bl(EN['essential'])}

Desirable
{bl(EN['desirable'])}

Competencies
{comp_txt(EN['competencies'])}

Languages: English or French; working knowledge of the other is an advantage.

Remuneration: annual net base salary of USD 56,318 plus post adjustment and allowances.

Method of Application
Interested candidates should send a motivation letter, CV, diplomas and three referees to recruitment@afcac-cafac.example quoting {REF}.

Closing date: 3 August 2038

----------------------------------------
VERSION FRANÇAISE (telle que publiée par la CAFAC)
----------------------------------------
{FR['title']}
{FR['organisation']} (CAFAC)

N° de l'avis : {REF}
Grade : P3
Lieu d'affectation : {FR['location']}
Type de contrat : Durée déterminée (3 ans)
Temps de travail : {FR['schedule']}

Fonctions
• Recueillir, valider et analyser les données d'événements de sécurité.
• Tenir à jour le tableau de bord continental et publier des rapports trimestriels.
• Organiser des ateliers régionaux sur les données de sécurité.

Qualifications et expérience
{bl(FR['essential'])}

Atouts
{bl(FR['desirable'])}

Compétences
{comp_txt(FR['competencies'], ' : ')}

Rémunération : traitement de base annuel net de 56 318 USD, plus ajustement de poste et indemnités.
Date de clôture : 3 août 2038

Tags: AFCAC, aviation safety, Dakar jobs, African Union jobs

Related Jobs
» Air Traffic Controllers at a West African ANSP – Deadline: 21 July 2038
» Flight Operations Inspector at a national CAA – Deadline: 30 August 2038
» ICAO Regional Officer, Aerodromes – Deadline: 10 September 2038

Leave a Reply
Your email address will not be published.
© 2038 AfriAvia Jobs. All rights reserved. | Privacy | Disclaimer: we are not the employer.
"""
w(KEY + "-afriaviajobs.txt", blog, KEY)
expected(KEY, D)
