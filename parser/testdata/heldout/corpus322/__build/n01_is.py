"""561274 - NATO IS, NATO Office of Resources. EN then FR.
Renderings: Taleo French interface browser copy; job aggregator copy with glued fields."""
from common import *

KEY = "561274"
T = {"en": "Officer (Investment Programme Screening) - NATO Office of Resources",
     "fr": "Administrateur/Administratrice (examen des programmes d'investissement) - Bureau OTAN des ressources"}
ORG = {"en": "NATO International Staff (NATO IS)", "fr": "Secrétariat international de l'OTAN (SI OTAN)"}
LOC = {"en": "Belgium-Brussels", "fr": "Belgique-Bruxelles"}
SCH = {"en": "Full-time", "fr": "Temps plein"}
DL = "2044-08-03"
SAL = sal(7613.42)
GRADE, CLR = "G15", "NS"

SUMMARY = {"en": [
    "The NATO Office of Resources (NOR) supports the Resource Policy and Planning Board, the Budget Committee and the Investment Committee in managing the common-funded resources of the Alliance. Within NOR, the Capability and Investment Branch screens the capability packages and projects of the NATO Security Investment Programme (NSIP) before they are authorised.",
    "The incumbent screens project requests from the Strategic Commands and the host nations, checks that their scope and cost estimates are eligible for common funding, and drafts the screening reports and recommendations that go to the Investment Committee. S/he follows a portfolio of projects in communications, air command and control and infrastructure from approval to final acceptance."],
  "fr": [
    "Le Bureau OTAN des ressources (NOR) appuie le Bureau de la planification et de la politique générale des ressources, le Comité du budget et le Comité des investissements dans la gestion des ressources de l'Alliance financées en commun. Au sein du NOR, la Branche Capacités et investissements examine les paquets de capacités et les projets du Programme OTAN d'investissement au service de la sécurité (NSIP) avant leur autorisation.",
    "Le/La titulaire examine les demandes de projets présentées par les commandements stratégiques et les pays hôtes, vérifie que leur portée et leurs estimations de coûts sont éligibles au financement commun, et rédige les rapports d'examen et les recommandations soumis au Comité des investissements. Il/Elle suit un portefeuille de projets dans les domaines des communications, du commandement et du contrôle aériens et des infrastructures, de l'approbation jusqu'à la réception finale."]}

ESS = {"en": [
    "possess a university degree in engineering, finance, economics or a related discipline;",
    "have at least three years of experience in the financial or technical assessment of capital investment projects;",
    "have experience of estimating life-cycle costs and of reviewing cost estimates prepared by others;",
    "be able to write clear screening reports and recommendations for committees;",
    "possess the following minimum levels of NATO's official languages (English/French): V (\"Advanced\") in one; II (\"Elementary\") in the other."],
  "fr": [
    "être titulaire d'un diplôme universitaire en ingénierie, en finance, en économie ou dans une discipline connexe ;",
    "avoir au moins trois années d'expérience de l'évaluation financière ou technique de projets d'investissement ;",
    "avoir l'expérience de l'estimation des coûts sur le cycle de vie et de la vérification d'estimations établies par d'autres ;",
    "être capable de rédiger des rapports d'examen et des recommandations clairs à l'intention de comités ;",
    "avoir au minimum le niveau de compétence suivant dans les deux langues officielles de l'OTAN (anglais/français) : V (« avancé ») dans l'une ; II (« élémentaire ») dans l'autre."]}
DES = {"en": [
    "experience of the NATO Security Investment Programme or of a national defence infrastructure programme;",
    "knowledge of international public procurement rules;",
    "a professional qualification in cost engineering or project management."],
  "fr": [
    "expérience du Programme OTAN d'investissement au service de la sécurité ou d'un programme national d'infrastructure de défense ;",
    "connaissance des règles de passation des marchés publics internationaux ;",
    "qualification professionnelle en ingénierie des coûts ou en gestion de projets."]}

ACC = {"en": [
    ("Financial Management", "Screen project requests and authorisation requests for eligibility, scope and cost. Check cost estimates against benchmarks and earlier projects. Propose the amount to be authorised and the conditions attached to it."),
    ("Policy Development", "Contribute to the review of the NSIP procedures and of the eligibility criteria. Draft guidance for host nations on the preparation of authorisation requests."),
    ("Stakeholder Management", "Maintain working relations with the Strategic Commands, the host nations and NCIA. Present screening results to the Investment Committee and answer delegations' questions."),
    ("Knowledge Management", "Keep the project records of the Branch up to date and contribute to the annual report on the programme."),
    ("Perform any other related duty as assigned.", "")],
  "fr": [
    ("Gestion financière", "Examiner les demandes de projets et les demandes d'autorisation sous l'angle de l'éligibilité, de la portée et des coûts. Comparer les estimations de coûts à des références et à des projets antérieurs. Proposer le montant à autoriser et les conditions qui s'y attachent."),
    ("Élaboration des politiques", "Contribuer à la révision des procédures du NSIP et des critères d'éligibilité. Rédiger des orientations à l'intention des pays hôtes pour la préparation des demandes d'autorisation."),
    ("Gestion des parties prenantes", "Entretenir des relations de travail avec les commandements stratégiques, les pays hôtes et la NCIA. Présenter les résultats des examens au Comité des investissements et répondre aux questions des délégations."),
    ("Gestion des connaissances", "Tenir à jour les dossiers de projets de la Branche et contribuer au rapport annuel sur le programme."),
    ("S'acquitter de toute autre tâche en rapport avec ses fonctions.", "")]}

COMP = {"en": [
    ("Achievement", "Works to meet standards;"),
    ("Analytical Thinking", "Sees multiple relationships;"),
    ("Clarity and Accuracy", "Checks own work;"),
    ("Customer Service Orientation", "Takes personal responsibility for correcting problems;"),
    ("Initiative", "Is decisive in a time-sensitive situation;"),
    ("Teamwork", "Expresses positive attitudes and expectations of team.")],
  "fr": [
    ("Recherche de l'excellence", "S'efforce de respecter les normes ;"),
    ("Réflexion analytique", "Établit des relations multiples ;"),
    ("Clarté et précision", "Vérifie son propre travail ;"),
    ("Souci du client", "Prend personnellement la responsabilité de corriger les problèmes ;"),
    ("Initiative", "Fait preuve de détermination quand il faut agir vite ;"),
    ("Travail en équipe", "Exprime des attentes et une attitude positives à l'égard de l'équipe.")]}

INTER = {"en": "The incumbent reports to the Head, Capability and Investment Branch. S/he works closely with the other screening officers and the budget officers of NOR, and with the staff of the Defence Investment Division. Direct reports: N/a. Indirect reports: N/a.",
         "fr": "Le/La titulaire relève du/de la chef(fe) de la Branche Capacités et investissements. Il/Elle travaille en étroite collaboration avec les autres responsables de l'examen et les responsables du budget du NOR, ainsi qu'avec le personnel de la Division Investissement de défense. Subordonnés directs : sans objet. Subordonnés indirects : sans objet."}
CONTRACT = {"en": "Contract to be offered to the successful applicant (if non-seconded): definite duration contract of three years; possibility of renewal for up to three years, during which the incumbent may apply for conversion to an indefinite duration contract. The working week is 40 hours, Monday to Friday.",
            "fr": "Contrat proposé au/à la candidat(e) retenu(e) (s'il/si elle n'est pas détaché(e)) : contrat de durée déterminée de trois ans, pouvant être renouvelé pour une période maximale de trois ans, pendant laquelle le/la titulaire pourra demander la conversion en contrat de durée indéterminée. La semaine de travail est de 40 heures, du lundi au vendredi."}
RECRUIT = {"en": "Please note that we can only accept applications from nationals of NATO member countries. Applications must be submitted through the NATO careers portal. Shortlisted candidates will take a written test and be invited to an interview at NATO Headquarters in the second half of September 2044.",
           "fr": "Veuillez noter que nous ne pouvons accepter que les candidatures de ressortissants des pays membres de l'OTAN. Les candidatures doivent être soumises sur le portail des carrières de l'OTAN. Les candidat(e)s présélectionné(e)s passeront une épreuve écrite et seront convié(e)s à un entretien au siège de l'OTAN dans la seconde quinzaine de septembre 2044."}
ADD = {"en": "NATO is committed to diversity and inclusion and encourages applications from all qualified nationals of member countries. The basic monthly salary is tax free; allowances may be added depending on the situation of the selected candidate.",
       "fr": "L'OTAN est attachée à la diversité et à l'inclusion et encourage les candidatures de tous les ressortissants qualifiés des pays membres. Le traitement mensuel de base est exonéré d'impôt ; des indemnités peuvent s'y ajouter selon la situation du/de la candidat(e) retenu(e)."}
HEADS = {"en": ["1. SUMMARY", "2. QUALIFICATIONS AND EXPERIENCE", "ESSENTIAL", "The incumbent must:", "DESIRABLE",
                "The following would be considered an advantage:", "3. MAIN ACCOUNTABILITIES", "4. INTERRELATIONSHIPS",
                "5. COMPETENCIES", "The incumbent must demonstrate:", "6. CONTRACT", "7. RECRUITMENT PROCESS", "8. ADDITIONAL INFORMATION"],
         "fr": ["1. RÉSUMÉ", "2. QUALIFICATIONS ET EXPÉRIENCE", "ESSENTIEL", "Le/La titulaire doit :", "SOUHAITABLE",
                "Serait considéré comme un atout :", "3. PRINCIPALES RESPONSABILITÉS", "4. RELATIONS DE TRAVAIL",
                "5. COMPÉTENCES", "Le/La titulaire doit faire preuve des compétences suivantes :", "6. CONTRAT",
                "7. PROCESSUS DE RECRUTEMENT", "8. INFORMATIONS COMPLÉMENTAIRES"]}
FACTS = {"en": ["Primary Location: Belgium-Brussels", "NATO Body: NATO International Staff (NATO IS)", "Schedule: Full-time",
                "Application Deadline: 3 August 2044, 23:59 (Brussels time)"],
         "fr": ["Lieu principal : Belgique-Bruxelles", "Organisme : Secrétariat international de l'OTAN (SI OTAN)", "Horaire : Temps plein",
                "Date limite de dépôt des candidatures : 3 août 2044, 23 h 59 (heure de Bruxelles)"]}


def half(l, mark, acc_sep="\n", blank="\n"):
    h = HEADS[l]
    acc = "\n".join((f"{n}{acc_sep}{d}" if d else n) for n, d in ACC[l])
    return "\n".join([
        T[l], "", *FACTS[l], "", h[0], "", *[p + "\n" for p in SUMMARY[l]], h[1], "", h[2], h[3],
        bullets(ESS[l], mark), "", h[4], h[5], bullets(DES[l], mark), "", h[6], "", acc, "",
        h[7], "", INTER[l], "", h[8], h[9], comps(COMP[l], ": " if l == "en" else " : ", mark), "",
        h[10], "", CONTRACT[l], "", h[11], "", RECRUIT[l], "", h[12], "", ADD[l], ""])


def taleo_fr():
    return f"""Passer au contenu principal
Offres d'emploi
Mon dossier
English
Ouvrir une session

Offres d'emploi > Recherche d'offres > Description de l'emploi

Postuler en ligne
Ajouter à mon panier d'offres
Envoyer à un ami

Description de l'emploi - {T['en']} ({KEY})
{T['en']}-{KEY}

Lieu principal

Belgique-Bruxelles
Organisme OTAN

NATO International Staff (NATO IS)
Horaire

Temps plein
Date limite de candidature

03-août-2044, 23:59:00
Salaire (base de rémunération)

: 7 613,42Euro (EUR) Mensuelle
Grade OTAN G15
Niveau d'habilitation NS

Description

NOTIFICATION OF VACANCY / NOTIFICATION DE VACANCE DE POSTE (the French version follows the English version / la version française suit la version anglaise)

{half('en', '')}
**********

{half('fr', '')}
Publication de l'offre

11-juil.-2044, 09:00:00

Postuler en ligne
Ajouter à mon panier d'offres

Offres similaires
Assistant (Budget Execution) - NATO Office of Resources (561139) - Belgique-Bruxelles - 14-août-2044
Officer (Common Funding Policy) - NATO Office of Resources (560982) - Belgique-Bruxelles - 27-juil.-2044
Legal Officer (Procurement) - Office of Legal Affairs (561305) - Belgique-Bruxelles - 09-août-2044

Accessibilité | Politique de confidentialité | Conditions d'utilisation
"""


def talent():
    return f"""talent
Find jobs   Salary   Tax calculator   For employers
Sign in

{T['en']}
NATO
Brussels, Brussels-Capital
Posted 6 days ago
Apply now   Save

Job Description - {T['en']}({KEY}){T['en']}-{KEY}Primary Location
Belgium-Brussels
NATO Body
NATO International Staff (NATO IS)
Schedule
Full-time
Application Deadline
03-Aug-2044, 11:59:00 PMSalary (Pay Basis)
7,613.42Euro (EUR)MonthlyGradeNATO Grade G15Clearance LevelNS

{half('en', '• ')}
---

{half('fr', '• ')}
Report this job

Similar jobs
Financial Analyst (Capital Projects) - European Investment Fund - Luxembourg - €6.1K - €7.3K / month - 3 days ago
Cost Engineer (Defence Infrastructure) - Brussels - 1 week ago - apply by 19/08/2044
Budget Officer - Eurocontrol - Brussels - 2 days ago

Jobs by city   Jobs by company   Salary by job
© talent.com
"""


def build():
    write(f"{KEY}-natocarrieres.txt", taleo_fr(), KEY)
    write(f"{KEY}-talent.txt", talent(), KEY)
    req = {l: (ESS[l], DES[l]) for l in ("en", "fr")}
    expected(KEY, ["en", "fr"], T, ORG, LOC, SCH, DL, SAL, GRADE, CLR, req, COMP)
