from common import *
KEY = "471587"
PN = "SH JLGX HNS 0030"
T_EN = "Assistant (Host Nation Support Documentation)"
T_FR = "Assistant(e) (documentation du soutien du pays hôte)"
ORG_EN = "Supreme Headquarters Allied Powers Europe (SHAPE)"
ORG_FR = "Grand Quartier général des puissances alliées en Europe (SHAPE)"
LOC_EN, LOC_FR = "Belgium-Mons", "Belgique-Mons"
SCH_EN, SCH_FR = "Full-time", "Temps plein"
CTX_EN = """The Joint Logistics Directorate (J4) plans and coordinates logistic support to Allied Command Operations. Within J4, the Host Nation Support (HNS) Section negotiates and maintains the arrangements under which host nations support NATO forces deployed on their territory for exercises and operations.

The incumbent supports the HNS staff officers in preparing, recording and following up HNS arrangements, and keeps the Section's files, templates and registers in good order."""
CTX_FR = """La Direction de la logistique interarmées (J4) planifie et coordonne le soutien logistique du Commandement allié Opérations. Au sein de la J4, la Section Soutien du pays hôte (HNS) négocie et tient à jour les arrangements par lesquels les pays hôtes soutiennent les forces de l'OTAN déployées sur leur territoire pour des exercices et des opérations.

Le/La titulaire aide les officiers d'état-major de la Section à préparer, enregistrer et suivre les arrangements HNS, et tient en ordre les dossiers, modèles et registres de la Section."""
DUT_EN = ["Prepares draft Memoranda of Understanding, Technical Arrangements and Joint Implementation Arrangements from approved templates.",
 "Maintains the register of HNS documents and tracks their signature status with nations and commands.",
 "Organises HNS planning conferences, including invitations, rooms, interpreters and minutes.",
 "Prepares correspondence and statistics for the Section Head.",
 "Acts as the Section's point of contact for document control and archiving."]
DUT_FR = ["Prépare des projets de mémorandums d'entente, d'arrangements techniques et d'arrangements conjoints de mise en œuvre à partir des modèles approuvés.",
 "Tient le registre des documents HNS et suit l'état de leur signature avec les pays et les commandements.",
 "Organise les conférences de planification HNS, y compris les invitations, les salles, les interprètes et les comptes rendus.",
 "Prépare la correspondance et les statistiques destinées au/à la chef(fe) de section.",
 "Est le point de contact de la Section pour la gestion et l'archivage des documents."]
ESS_EN = ["At least three years of experience in administrative support within a military headquarters or a government department.",
 "Experience in drafting and tracking formal documents such as agreements or contracts.",
 "Higher secondary education and a vocational qualification in administration or office management.",
 "Proficiency in the Microsoft Office suite.",
 "English SLP 3333 (Listening, Speaking, Reading and Writing)."]
DES_EN = ["Knowledge of NATO logistics doctrine or host nation support arrangements.",
 "Experience in organising international conferences.",
 "French SLP 2222."]
ESS_FR = ["Au moins trois années d'expérience du soutien administratif au sein d'un quartier général militaire ou d'une administration publique.",
 "Expérience de la rédaction et du suivi de documents officiels tels que des accords ou des contrats.",
 "Études secondaires supérieures et qualification professionnelle en administration ou en gestion de bureau.",
 "Maîtrise de la suite Microsoft Office.",
 "Anglais SLP 3333 (compréhension de l'oral, expression orale, compréhension de l'écrit et expression écrite)."]
DES_FR = ["Connaissance de la doctrine logistique de l'OTAN ou des arrangements de soutien du pays hôte.",
 "Expérience de l'organisation de conférences internationales.",
 "Français SLP 2222."]
COMP_EN = [("Personal Attributes", "The incumbent must be meticulous, discreet and able to manage a high volume of documents with changing priorities."),
 ("Professional Contacts", "Regular contacts with staff officers of SHAPE, the Joint Force Commands and national HNS points of contact."),
 ("Contribution to Objectives", "The accuracy of the HNS register directly affects the readiness of NATO forces to deploy.")]
COMP_FR = [("Qualités personnelles", "Le/La titulaire doit être méticuleux(se), discret(ète) et capable de gérer un grand nombre de documents avec des priorités changeantes."),
 ("Contacts professionnels", "Contacts réguliers avec les officiers d'état-major du SHAPE, des commandements de forces interarmées et des points de contact HNS nationaux."),
 ("Contribution aux objectifs", "L'exactitude du registre HNS influe directement sur la capacité des forces de l'OTAN à se déployer.")]
REM_EN = """Applications must be submitted no later than 6 July 2040. Only applications submitted through the NATO Talent Acquisition Platform will be considered. The written test and interviews are planned at SHAPE in September 2040. The successful candidate will be offered a three-year definite duration contract; the normal working week is 40 hours."""
REM_FR = """Les candidatures doivent être soumises au plus tard le 6 juillet 2040. Seules les candidatures présentées au moyen de la plateforme de recrutement de l'OTAN seront prises en considération. L'épreuve écrite et les entretiens sont prévus au SHAPE en septembre 2040. Le/La candidat(e) retenu(e) se verra proposer un contrat de durée déterminée de trois ans ; la semaine normale de travail est de 40 heures."""

def half_en(mk, sep="\n"):
    return f"""VACANCY NOTICE
Title: {T_EN}
Post Number: {PN}
Organisation: {ORG_EN}
Location: {LOC_EN}
Schedule: {SCH_EN}

POST CONTEXT/POST SUMMARY
{CTX_EN}

PRINCIPAL DUTIES
The incumbent's duties are:
{items(DUT_EN, mk)}

ESSENTIAL QUALIFICATIONS
Professional/Experience
{items(ESS_EN[:2], mk)}
Education/Training
{items(ESS_EN[2:4], mk)}
Language
{items(ESS_EN[4:], mk)}

DESIRABLE QUALIFICATIONS
{items(DES_EN, mk)}

ATTRIBUTES/COMPETENCIES
{comps(COMP_EN, ': ', mk)}

REMARKS
{REM_EN}"""

def half_fr(mk):
    return f"""AVIS DE VACANCE DE POSTE
Intitulé : {T_FR}
Numéro de poste : {PN}
Organisme : {ORG_FR}
Lieu : {LOC_FR}
Horaire : {SCH_FR}

CONTEXTE ET RÉSUMÉ DU POSTE
{CTX_FR}

PRINCIPALES TÂCHES
Les tâches du/de la titulaire sont les suivantes :
{items(DUT_FR, mk)}

QUALIFICATIONS ESSENTIELLES
Expérience professionnelle
{items(ESS_FR[:2], mk)}
Formation
{items(ESS_FR[2:4], mk)}
Langues
{items(ESS_FR[4:], mk)}

QUALIFICATIONS SOUHAITABLES
{items(DES_FR, mk)}

QUALITÉS ET COMPÉTENCES
{comps(COMP_FR, ' : ', mk)}

REMARQUES
{REM_FR}"""

def build():
    expected(KEY, ["en", "fr"], {"en": T_EN, "fr": T_FR}, {"en": ORG_EN, "fr": ORG_FR},
             {"en": LOC_EN, "fr": LOC_FR}, {"en": SCH_EN, "fr": SCH_FR}, "2040-07-06",
             sal(4518.73), "G8", "NS", {"en": (ESS_EN, DES_EN), "fr": (ESS_FR, DES_FR)},
             {"en": COMP_EN, "fr": COMP_FR}, post_number=PN)
    portal = f"""Passer au contenu principal
Plateforme de recrutement de l'OTAN
Recherche d'emploi   Ma page Carrières   Aide   Connexion
Section Carrières  >  Recherche d'emploi  >  Description de l'emploi
Accessibilité
Description de l'emploi - {T_EN} ({KEY})
Description de l'emploi
{T_EN}-{KEY}
Lieu principal

{LOC_FR}

Organisme OTAN

{ORG_EN}

Horaire

{SCH_FR}

Date limite de candidature

06-juil.-2040, 23:59:00

Salaire (Base de paie)

: 4 518,73Euro (EUR) Mensuelle

Grade

Grade OTAN G8

Niveau d'habilitation

NS

Description

:

This vacancy notice is published in English and in French. / Cet avis de vacance est publié en anglais et en français.

{half_en('')}

---------------------------------------------

{half_fr('')}

Publication de l'offre

: 14-juin-2040, 09:00:00

Postuler en ligne   Ajouter à mon panier   Envoyer à un ami

Offres similaires
Technician (Motor Transport) - Belgique-Mons - 28-juin-2040
Assistant (Movement and Transportation) - Belgique-Mons - 19-juil.-2040
Clerk (Registry) - Belgique-Mons - 10-juil.-2040

Optimisé par Taleo    Avis de confidentialité    Paramètres des cookies"""
    write(f"{KEY}-natocarrieres.txt", portal, KEY)
    chat = f"""WhatsApp Chat with Réservistes Mons-Borinage / SHAPE area

[15/06/2040, 21:07] Luc Dethier: Bonsoir à tous 👋 une offre au SHAPE qui peut intéresser ceux qui quittent la Défense cette année. Je colle le texte complet, EN + FR 👇
[15/06/2040, 21:08] Luc Dethier: *{T_EN}* – réf. {KEY}
Salary: 4,518.73 EUR monthly (tax free) – NATO Grade G8 – clearance NS

{half_en('- ')}

{half_fr('- ')}
[15/06/2040, 21:12] Sandrine V.: Merci Luc ! C'est le poste de Bénédicte qui part à la pension ?
[15/06/2040, 21:15] Luc Dethier: Oui je crois. Elle a dit que l'équipe est top
[15/06/2040, 21:16] Karim B.: 4.5k net d'impôts c'est pas mal pour un G8 🙂
[15/06/2040, 21:19] Sandrine V.: Attention la date c'est le 6/7, pas fin juillet comme l'autre offre
[15/06/2040, 21:20] Luc Dethier: Exact. Drink des réservistes le 29 juin au mess, on en reparle là 🍻
[16/06/2040, 07:45] Karim B.: <Media omitted>"""
    write(f"{KEY}-whatsapp.txt", chat, KEY)
