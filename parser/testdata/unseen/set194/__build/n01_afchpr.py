"""African Court on Human and Peoples' Rights: EN then FR advertisement, HTML -> Chromium PDF."""
from common import *

KEY = "afchpr-2033-14"
REF = "AFCHPR/2033/14"
T_EN = "Legal Officer (Case Management)"
T_FR = "Juriste (Gestion des affaires)"
O_EN = "African Court on Human and Peoples' Rights"
O_FR = "Cour africaine des droits de l'homme et des peuples"
L_EN = "Arusha, Tanzania"
L_FR = "Arusha, Tanzanie"

ESS_EN = [
    "A Master's degree in law, with a focus on public international law or international human rights law;",
    "At least five (5) years of progressively responsible experience in legal research, litigation or case management, of which two (2) years at international level;",
    "Proven experience in drafting legal opinions, summaries of pleadings and procedural orders;",
    "Proficiency in one of the African Union working languages and a working knowledge of another AU language;",
    "Good command of case management databases and standard office software.",
]
DES_EN = [
    "Experience with a regional human rights court or commission;",
    "Knowledge of the Rules of Court and of the African human rights system;",
    "Training in alternative dispute resolution or amicable settlement.",
]
COMP_EN = [
    ("Foster Accountability Culture", "takes ownership of results and respects the time limits set by the Court;"),
    ("Learning Orientation", "keeps abreast of developments in international human rights jurisprudence;"),
    ("Communicating with Impact", "presents complex legal issues clearly to Judges and parties;"),
    ("Conceptual Thinking", "identifies the key legal questions raised by an application;"),
    ("Drive for Results", "organises work so that case files are complete and up to date."),
]
ESS_FR = [
    "Être titulaire d'un master en droit, avec une spécialisation en droit international public ou en droit international des droits de l'homme ;",
    "Justifier d'au moins cinq (5) ans d'expérience à des responsabilités croissantes dans la recherche juridique, le contentieux ou la gestion des affaires, dont deux (2) ans au niveau international ;",
    "Avoir une expérience avérée de la rédaction d'avis juridiques, de résumés des écritures et d'ordonnances de procédure ;",
    "Maîtriser l'une des langues de travail de l'Union africaine et avoir une connaissance pratique d'une autre langue de l'UA ;",
    "Bien maîtriser les bases de données de gestion des affaires et les logiciels de bureautique courants.",
]
DES_FR = [
    "Une expérience au sein d'une cour ou d'une commission régionale des droits de l'homme ;",
    "La connaissance du Règlement de la Cour et du système africain des droits de l'homme ;",
    "Une formation aux modes alternatifs de règlement des différends ou au règlement amiable.",
]
COMP_FR = [
    ("Culture de la responsabilité", "assume ses résultats et respecte les délais fixés par la Cour ;"),
    ("Apprentissage continu", "se tient informé(e) de l'évolution de la jurisprudence internationale des droits de l'homme ;"),
    ("Communication efficace", "présente clairement des questions juridiques complexes aux juges et aux parties ;"),
    ("Réflexion conceptuelle", "dégage les questions juridiques essentielles soulevées par une requête ;"),
    ("Orientation vers les résultats", "organise son travail pour que les dossiers soient complets et à jour."),
]

DUT_EN = [
    "Register incoming applications, requests for provisional measures and requests for advisory opinions, and check that they meet the formal requirements of the Rules of Court;",
    "Prepare summaries of pleadings and draft procedural orders for the consideration of the Judges;",
    "Follow up on time limits granted to the parties and prepare reminders and notifications;",
    "Keep the electronic case management system accurate and produce monthly statistics on pending cases;",
    "Assist in the preparation of public hearings and of the sessions of the Court;",
    "Perform any other related duties as may be assigned by the supervisor.",
]
DUT_FR = [
    "Enregistrer les requêtes, les demandes de mesures provisoires et les demandes d'avis consultatif, et vérifier qu'elles satisfont aux conditions de forme prévues par le Règlement de la Cour ;",
    "Préparer les résumés des écritures et les projets d'ordonnances de procédure soumis aux juges ;",
    "Assurer le suivi des délais accordés aux parties et préparer les rappels et les notifications ;",
    "Tenir à jour le système électronique de gestion des affaires et produire des statistiques mensuelles sur les affaires pendantes ;",
    "Contribuer à la préparation des audiences publiques et des sessions de la Cour ;",
    "Accomplir toute autre tâche connexe confiée par le supérieur hiérarchique.",
]


def ol(items, cls="roman"):
    return "<ol class=\"%s\">\n" % cls + "".join("<li>%s</li>\n" % nw(i) for i in items) + "</ol>\n"


def comp_list(pairs):
    return "<ul>\n" + "".join("<li><b>%s:</b> %s</li>\n" % (nw(n), nw(d)) for n, d in pairs) + "</ul>\n"


def comp_list_fr(pairs):
    return "<ul>\n" + "".join("<li><b>%s</b> : %s</li>\n" % (nw(n), nw(d)) for n, d in pairs) + "</ul>\n"


def letterhead():
    return """<table class="lh"><tr>
<td class="l">AFRICAN UNION<br>UNION AFRICAINE<br>UNIÃO AFRICANA</td>
<td class="m">&#9733;</td>
<td class="r">AFRICAN COURT ON HUMAN AND PEOPLES' RIGHTS<br>COUR AFRICAINE DES DROITS DE L'HOMME ET DES PEUPLES</td>
</tr></table>
<p class="addr">P.O. Box 6274, Arusha, Tanzania &middot; Tel. +255 27 297 0490 &middot; registry@african-court.example &middot; www.african-court.example</p>
"""


def build():
    en = f"""<section class="half" lang="en">
{letterhead()}
<p class="kicker">The Registry of the Court</p>
<h1>ADVERTISEMENT N° {REF}</h1>
<h2>{nw(T_EN.upper())}, GRADE P3<br>{nw(O_EN.upper())}</h2>
<p class="center">(Closing date: 15/12/2033)</p>
<p>The African Court on Human and Peoples' Rights was set up under the Protocol to the African Charter on Human and Peoples' Rights and sits in Arusha. It hears applications concerning the interpretation and application of the Charter and of other human rights instruments ratified by the States concerned. The Court invites applications from nationals of African Union Member States for the following position:</p>
<h3>1. Post</h3>
<ul class="sq">
<li>Job title: {nw(T_EN)}</li>
<li>Post level: P3</li>
<li>Supervisor: Principal Legal Officer</li>
<li>Directorate: Registry of the Court &ndash; Legal Division</li>
<li>Duty station: {L_EN}</li>
<li>Type of contract: Fixed term, three (3) years, renewable</li>
<li>Date of publication: 14/11/2033</li>
</ul>
<h3>2. Job Purpose</h3>
<p>To ensure that every case before the Court moves forward in an orderly way, from registration to judgment, and that the Judges receive complete and accurate files.</p>
<h3>3. Major Duties and Responsibilities</h3>
<p>Under the overall supervision of the Head of Legal Division and the direct supervision of the Principal Legal Officer, the incumbent will:</p>
{ol(DUT_EN)}
<h3>4. Academic Qualifications and Relevant Experience</h3>
<p>Candidates must meet the following requirements:</p>
{ol(ESS_EN, "alpha")}
<p>The following will be an added advantage:</p>
{ol(DES_EN, "dash")}
<h3>5. Competencies</h3>
{comp_list(COMP_EN)}
<h3>6. Tenure of Appointment</h3>
<p>The appointment is for three years, of which the first twelve months are probationary. Renewal depends on performance and on the needs of the Court.</p>
<h3>7. Gender Mainstreaming</h3>
<p>The African Court is an equal opportunity employer; qualified women are strongly encouraged to apply.</p>
<h3>8. Remuneration</h3>
<p>The post carries an annual lump-sum salary of US$ 46,827.00 (P3, step 1), to which are added, where applicable, post adjustment, housing allowance, education allowance for eligible dependants and other benefits of internationally recruited staff of the African Union.</p>
<h3>9. Applications</h3>
<p>Applicants should send a motivation letter, a detailed curriculum vitae, copies of degrees and the names of three referees to recruitment@african-court.example, quoting the advertisement number. Applications must reach the Registry <b>not later than 15 December 2033</b>. Only shortlisted candidates will be contacted; interviews are planned for the week of 19 January 2034 and the expected date of entry on duty is 1 March 2034.</p>
</section>
"""
    fr = f"""<section class="half fr" lang="fr">
{letterhead()}
<p class="kicker">Le Greffe de la Cour</p>
<h1>AVIS DE VACANCE N° {REF}</h1>
<h2>{nw(T_FR.upper())}, CLASSE P3<br>{nw(O_FR.upper())}</h2>
<p class="center">(Date de clôture : 15/12/2033)</p>
<p>La Cour africaine des droits de l'homme et des peuples a été créée par le Protocole relatif à la Charte africaine des droits de l'homme et des peuples et siège à Arusha. Elle connaît des requêtes relatives à l'interprétation et à l'application de la Charte et des autres instruments relatifs aux droits de l'homme ratifiés par les États concernés. La Cour invite les ressortissants des États membres de l'Union africaine à faire acte de candidature pour le poste suivant :</p>
<h3>1. Poste</h3>
<ul class="sq">
<li>Intitulé du poste : {nw(T_FR)}</li>
<li>Niveau du poste : P3</li>
<li>Supérieur hiérarchique : Juriste principal</li>
<li>Direction : Greffe de la Cour &ndash; Division juridique</li>
<li>Lieu d'affectation : {L_FR}</li>
<li>Type de contrat : durée déterminée de trois (3) ans, renouvelable</li>
<li>Date de publication : 14/11/2033</li>
</ul>
<h3>2. Objet du poste</h3>
<p>Veiller à ce que chaque affaire portée devant la Cour progresse de manière ordonnée, de l'enregistrement à l'arrêt, et à ce que les juges disposent de dossiers complets et exacts.</p>
<h3>3. Principales fonctions et responsabilités</h3>
<p>Sous la supervision générale du Chef de la Division juridique et sous la supervision directe du Juriste principal, le/la titulaire du poste devra :</p>
{ol(DUT_FR)}
<h3>4. Qualifications académiques et expérience pertinente</h3>
<p>Les candidat(e)s doivent remplir les conditions suivantes :</p>
{ol(ESS_FR, "alpha")}
<p>Constituent un avantage supplémentaire :</p>
{ol(DES_FR, "dash")}
<h3>5. Compétences</h3>
{comp_list_fr(COMP_FR)}
<h3>6. Durée du contrat</h3>
<p>La nomination est faite pour trois ans, dont douze mois de période probatoire. Le renouvellement dépend de la performance et des besoins de la Cour.</p>
<h3>7. Intégration de la dimension genre</h3>
<p>La Cour africaine pratique l'égalité des chances ; les femmes qualifiées sont vivement encouragées à postuler.</p>
<h3>8. Rémunération</h3>
<p>Le poste est assorti d'un salaire annuel forfaitaire de 46 827,00 dollars des États-Unis (USD) (P3, échelon 1), auquel s'ajoutent, le cas échéant, l'indemnité de poste, l'indemnité de logement, l'allocation pour frais d'études des personnes à charge et les autres avantages du personnel recruté sur le plan international de l'Union africaine.</p>
<h3>9. Candidatures</h3>
<p>Les candidat(e)s adressent une lettre de motivation, un curriculum vitae détaillé, la copie de leurs diplômes et le nom de trois référents à recruitment@african-court.example, en rappelant le numéro de l'avis. Les candidatures doivent parvenir au Greffe <b>au plus tard le 15 décembre 2033</b>. Seul(e)s les candidat(e)s présélectionné(e)s seront contacté(e)s ; les entretiens sont prévus la semaine du 19 janvier 2034 et l'entrée en fonction est envisagée le 1er mars 2034.</p>
</section>
"""
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Advertisement {REF} – {esc(T_EN)}</title>
<style>
@page {{ size: A4; margin: 18mm 20mm; }}
body {{ font-family: "Liberation Serif", serif; font-size: 11pt; line-height: 1.35; }}
.nw {{ white-space: nowrap; }}
.lh {{ width: 100%; border-bottom: 2px solid #7a5c00; font-family: "Liberation Sans", sans-serif; font-size: 8.5pt; font-weight: bold; }}
.lh .l {{ width: 30%; }} .lh .m {{ width: 10%; text-align: center; font-size: 20pt; color: #7a5c00; }} .lh .r {{ text-align: right; }}
.addr {{ font-size: 8pt; text-align: center; color: #444; }}
.kicker {{ font-style: italic; }}
h1 {{ font-size: 13pt; text-align: center; margin: 10px 0 4px; }}
h2 {{ font-size: 12pt; text-align: center; margin: 0 0 4px; }}
h3 {{ font-size: 11pt; margin: 12px 0 4px; }}
.center {{ text-align: center; font-weight: bold; }}
ol.roman {{ list-style: lower-roman; }} ol.alpha {{ list-style: lower-alpha; }} ol.dash {{ list-style: none; }}
ol.dash li::before {{ content: "\\2013  "; }}
li {{ break-inside: avoid; margin-bottom: 2px; }}
ul.sq {{ list-style: square; }}
.fr {{ break-before: page; }}
</style></head><body>
{en}{fr}</body></html>
"""
    name = KEY + "-african-court.html"
    write(name, page, KEY)
    return name


def exp():
    expected(KEY, {
        "reference": REF, "post_number": None, "languages": ["en", "fr"],
        "title": {"en": T_EN, "fr": T_FR},
        "organisation": {"en": O_EN, "fr": O_FR},
        "location": {"en": L_EN, "fr": L_FR},
        "schedule": {"en": None, "fr": None},
        "deadline": "2033-12-15",
        "salary": sal(amount=46827.00, cur="USD", period="year"),
        "grade": "P3", "clearance": None,
        "requirements": {"en": req(ESS_EN, DES_EN), "fr": req(ESS_FR, DES_FR)},
        "competencies": {"en": comp(COMP_EN), "fr": comp(COMP_FR)},
    })
