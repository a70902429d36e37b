from common import *
KEY = "sfm-rh-2039-07"
REF = "SFM-RH-2039-07"
T_FR = "Agent(e) de projets – vitalité communautaire"
T_EN = "Project Officer – Community Vitality"
O = "Société de la francophonie manitobaine"
L_FR, L_EN = "Winnipeg (Manitoba)", "Winnipeg, Manitoba"
S_FR, S_EN = "Temps plein, 35 heures par semaine", "Full-time, 35 hours per week"
ESS_FR = [
 "Diplôme universitaire en développement communautaire, en sciences sociales, en gestion de projets ou dans un domaine connexe;",
 "Au moins trois années d'expérience en coordination de projets dans un organisme sans but lucratif;",
 "Excellente maîtrise du français écrit et oral et bonne connaissance de l'anglais;",
 "Permis de conduire valide et accès à un véhicule pour les déplacements dans les régions rurales.",
]
DES_FR = [
 "Connaissance de la francophonie manitobaine et de ses organismes;",
 "Expérience de la rédaction de demandes de financement auprès de bailleurs publics.",
]
ESS_EN = [
 "University degree in community development, social sciences, project management or a related field;",
 "At least three years of experience coordinating projects in a non-profit organization;",
 "Excellent written and spoken French and good knowledge of English;",
 "Valid driver's licence and access to a vehicle for travel to rural areas.",
]
DES_EN = [
 "Knowledge of Manitoba's francophone community and its organizations;",
 "Experience writing funding applications to public funders.",
]
SAL_FR = "de 52 740 $ à 60 180 $ par année"
SAL_EN = "$52,740 to $60,180 per year"

def build():
    html = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Offre d'emploi – {T_FR}</title></head>
<body>
<a href="#contenu">Passer au contenu</a> · <a href="#english">English</a>
<header><p><b>{O}</b> – La voix de la francophonie au Manitoba</p>
<ul><li>Qui sommes-nous</li><li>Services</li><li>Dossiers</li><li>Emplois</li><li>Nous joindre</li></ul></header>
<div class="alerte">Nos bureaux seront fermés le lundi 10 octobre 2039 (Action de grâce).</div>
<main id="contenu">
<article lang="fr">
<h1>Offre d'emploi : {T_FR}</h1>
<p><i>Affichée le 21 septembre 2039</i></p>
<dl>
<dt>Numéro de l'offre</dt><dd>{REF}</dd>
<dt>Employeur</dt><dd>{O}</dd>
<dt>Lieu de travail</dt><dd>{L_FR}</dd>
<dt>Statut</dt><dd>Poste permanent</dd>
<dt>Horaire</dt><dd>{S_FR}</dd>
<dt>Salaire</dt><dd>{SAL_FR}, selon l'expérience</dd>
<dt>Date limite</dt><dd>Le lundi 17 octobre 2039, à 16 h 30</dd>
</dl>
<h2>Le poste</h2>
<p>Sous l'autorité de la direction des programmes, la personne titulaire accompagne les comités locaux des municipalités bilingues dans la planification et la réalisation de projets qui renforcent la vie en français : activités culturelles, services d'accueil, promotion de l'offre active.</p>
<h2>Responsabilités principales</h2>
<ul><li>appuyer six comités régionaux dans l'élaboration de leurs plans d'action;</li><li>organiser des rencontres communautaires et en rédiger les comptes rendus;</li><li>assurer le suivi budgétaire des projets et la reddition de comptes aux bailleurs;</li><li>représenter la SFM auprès des partenaires municipaux.</li></ul>
<h2>Exigences</h2>
<ul>{li(ESS_FR)}</ul>
<h2>Atouts</h2>
<ul>{li(DES_FR)}</ul>
<p>La SFM offre un régime d'avantages sociaux, un régime de retraite et un horaire flexible. Les entrevues auront lieu la semaine du 24 octobre 2039; l'entrée en fonction est prévue le 14 novembre 2039. Faites parvenir votre lettre et votre CV à emplois@sfm.example.</p>
</article>
<hr>
<article lang="en" id="english">
<h1>Job posting: {T_EN}</h1>
<p><i>Posted September 21, 2039</i></p>
<dl>
<dt>Posting number</dt><dd>{REF}</dd>
<dt>Employer</dt><dd>{O}</dd>
<dt>Location</dt><dd>{L_EN}</dd>
<dt>Status</dt><dd>Permanent position</dd>
<dt>Hours</dt><dd>{S_EN}</dd>
<dt>Salary</dt><dd>{SAL_EN}, depending on experience</dd>
<dt>Closing date</dt><dd>Monday, October 17, 2039, at 4:30 p.m.</dd>
</dl>
<h2>The position</h2>
<p>Reporting to the director of programs, the incumbent supports local committees in bilingual municipalities as they plan and deliver projects that strengthen life in French: cultural activities, welcome services and the promotion of active offer.</p>
<h2>Main responsibilities</h2>
<ul><li>support six regional committees in preparing their action plans;</li><li>organize community meetings and write their minutes;</li><li>monitor project budgets and report to funders;</li><li>represent the SFM with municipal partners.</li></ul>
<h2>Requirements</h2>
<ul>{li(ESS_EN)}</ul>
<h2>Assets</h2>
<ul>{li(DES_EN)}</ul>
<p>The SFM offers a benefits plan, a pension plan and flexible hours. Interviews will be held the week of October 24, 2039; the start date is November 14, 2039. Send your letter and résumé to emplois@sfm.example.</p>
</article>
</main>
<aside><h3>À l'agenda</h3><p>Assemblée générale annuelle – 29 octobre 2039</p></aside>
<footer>{O} · 147, boulevard Provencher, Winnipeg · 233-ALLÔ</footer>
</body></html>
"""
    w(KEY + "-sfm.html", html, KEY, "html")
    mail = f"""De : Réseau des directions d'école francophones <liste@rdef.example>
Envoyé : 22 septembre 2039 09:14
À : membres-rdef@rdef.example
Objet : TR: Offre d'emploi SFM – {T_FR} / {T_EN}

Bonjour à toutes et à tous,

Nous relayons l'offre ci-dessous à la demande de la SFM. N'hésitez pas à la transmettre aux parents de vos écoles. Rappel : notre prochaine réunion du réseau aura lieu le 6 octobre 2039 par visioconférence.

Chantal

-----Message d'origine-----
De : Ressources humaines SFM <emplois@sfm.example>
Envoyé : 21 septembre 2039 16:02
Objet : Offre d'emploi {REF}

OFFRE D'EMPLOI – {T_FR}

Numéro de l'offre ........ {REF}
Employeur ................ {O}
Lieu de travail .......... {L_FR}
Statut ................... Poste permanent
Horaire .................. {S_FR}
Salaire .................. {SAL_FR}
Date limite .............. 17 octobre 2039, 16 h 30

Exigences :
{bullets(ESS_FR, '  o ')}

Atouts :
{bullets(DES_FR, '  o ')}

Entrevues la semaine du 24 octobre 2039.

JOB POSTING – {T_EN}

Posting number ........... {REF}
Employer ................. {O}
Location ................. {L_EN}
Status ................... Permanent position
Hours .................... {S_EN}
Salary ................... {SAL_EN}
Closing date ............. October 17, 2039, 4:30 p.m.

Requirements:
{bullets(ESS_EN, '  o ')}

Assets:
{bullets(DES_EN, '  o ')}

Interviews the week of October 24, 2039.

Ce courriel et ses pièces jointes sont confidentiels. / This e-mail and its attachments are confidential.
"""
    w(KEY + "-courriel.txt", mail, KEY, "txt")
    expected(KEY, reference=REF, languages=["fr", "en"], title={"en": T_EN, "fr": T_FR},
             organisation={"en": O, "fr": O}, location={"en": L_EN, "fr": L_FR},
             schedule={"en": S_EN, "fr": S_FR}, deadline="2039-10-17",
             salary=sal(mn=52740, mx=60180, cur="CAD", period="year"),
             requirements={"en": {"essential": ESS_EN, "desirable": DES_EN},
                           "fr": {"essential": ESS_FR, "desirable": DES_FR}},
             competencies={"en": [], "fr": []})
