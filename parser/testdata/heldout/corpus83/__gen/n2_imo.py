from lib import *
KEY = "2026-41-p"; REF = "2026 41 (P)"
T = {"en": "Technical Officer, Marine Environment Division", "fr": "Administrateur technique/Administratrice technique, Division du milieu marin"}
O = {"en": "International Maritime Organization", "fr": "Organisation maritime internationale"}
L = {"en": "London, United Kingdom", "fr": "Londres (Royaume-Uni)"}
ESS = {"en": [
 "Advanced university degree in naval architecture, marine engineering, environmental science, chemistry or a related discipline. A first-level degree with two additional years of relevant experience may be accepted in lieu of the advanced degree.",
 "A minimum of five years of progressively responsible experience in the control of air emissions or pollution from ships, of which at least two at the international level.",
 "Sound knowledge of MARPOL Annex VI and of the related guidelines developed by the Organization.",
 "Fluency in English, with excellent drafting skills.",
], "fr": [
 "Diplôme universitaire du deuxième cycle en architecture navale, génie maritime, sciences de l'environnement, chimie ou discipline apparentée. Un diplôme du premier cycle assorti de deux années supplémentaires d'expérience pertinente peut tenir lieu de diplôme du deuxième cycle.",
 "Au moins cinq années d'expérience à des niveaux de responsabilité croissants dans le contrôle des émissions atmosphériques ou de la pollution par les navires, dont au moins deux au niveau international.",
 "Bonne connaissance de l'Annexe VI de MARPOL et des directives connexes élaborées par l'Organisation.",
 "Maîtrise de l'anglais, avec d'excellentes aptitudes rédactionnelles.",
]}
DES = {"en": [
 "Experience in servicing intergovernmental meetings or working groups.",
 "Working knowledge of French or Spanish.",
], "fr": [
 "Expérience du service de réunions ou de groupes de travail intergouvernementaux.",
 "Connaissance pratique du français ou de l'espagnol.",
]}
COMP = {"en": [
 ("Accountability", "Takes ownership of all responsibilities and honours commitments; delivers outputs within prescribed time, cost and quality standards."),
 ("Teamwork", "Works collaboratively with colleagues to achieve organizational goals; solicits input by genuinely valuing others' ideas and expertise."),
 ("Communication", "Speaks and writes clearly and effectively; tailors language, tone, style and format to match the audience."),
 ("Planning and organizing", "Develops clear goals consistent with agreed strategies; identifies priority activities and adjusts them as required."),
], "fr": [
 ("Responsabilité", "Assume la responsabilité de toutes ses tâches et honore ses engagements ; produit les résultats dans les délais, les coûts et les normes de qualité prescrits."),
 ("Esprit d'équipe", "Collabore avec ses collègues pour atteindre les objectifs de l'Organisation ; sollicite leurs contributions en appréciant sincèrement leurs idées et leurs compétences."),
 ("Communication", "S'exprime clairement et efficacement, oralement comme par écrit ; adapte le langage, le ton, le style et la forme au public visé."),
 ("Aptitude à planifier et à organiser", "Fixe des objectifs clairs conformes aux stratégies convenues ; définit les activités prioritaires et les ajuste selon les besoins."),
]}
EXP(KEY, REF, ["en", "fr"], T, O, L, {}, "2027-01-25", SAL(amount=76079, cur="USD", period="year"), "P.3", ESS, DES, COMP)

DUT = {"en": [
 "Provide technical and substantive support to the Marine Environment Protection Committee and its sub-committees on matters relating to air pollution and energy efficiency of ships.",
 "Prepare working documents, draft reports and analyses of submissions by Member States and observer organizations.",
 "Monitor the implementation of MARPOL Annex VI, including the reporting of fuel oil consumption data, and maintain the related modules of the information system.",
 "Contribute to the design and delivery of technical cooperation activities, including regional workshops and national training courses.",
 "Liaise with other United Nations bodies, the industry and academia on emissions from ships.",
 "Perform other related duties as required.",
], "fr": [
 "Fournir un appui technique et fonctionnel au Comité de la protection du milieu marin et à ses sous-comités pour les questions relatives à la pollution de l'atmosphère et à l'efficacité énergétique des navires.",
 "Établir des documents de travail, des projets de rapport et des analyses des communications des États Membres et des organisations dotées du statut d'observateur.",
 "Suivre la mise en œuvre de l'Annexe VI de MARPOL, y compris la notification des données sur la consommation de fuel-oil, et tenir à jour les modules correspondants du système d'information.",
 "Contribuer à la conception et à la réalisation des activités de coopération technique, y compris des ateliers régionaux et des cours de formation nationaux.",
 "Assurer la liaison avec les autres organismes des Nations Unies, le secteur et les milieux universitaires au sujet des émissions des navires.",
 "S'acquitter de toute autre tâche connexe, selon les besoins.",
]}
def half(l):
    if l == "en":
        lab = ["Vacancy Announcement No.", "Post title", "Grade", "Division", "Duty station", "Closing date", "Contract Information", "Salary Information"]
        val = [REF, T["en"], "P.3", "Marine Environment Division", L["en"], "25 January 2027",
               "Fixed-term for two years (first year probationary), with the possibility of extension subject to satisfactory performance",
               "US$76,079 net per annum, plus post adjustment (currently US$53,255). Salary is free of income tax in the United Kingdom"]
        heads = ["VACANCY ANNOUNCEMENT", "Purpose", "Duties and Responsibilities", "Required Qualifications", "Desirable", "Core Competencies", "Other information"]
        intro = "The Secretary-General of the International Maritime Organization announces the following vacancy at Headquarters."
        purpose = ("Under the general supervision of the Head of the Air Pollution and Energy Efficiency Section, the incumbent supports the work of the Organization "
                   "on reducing air emissions from ships, including the implementation of the regulations on sulphur oxides, nitrogen oxides and energy efficiency.")
        other = ("Applications must be submitted through the IMO e-recruitment system before the closing date. IMO staff are subject to the authority of the Secretary-General "
                 "and may be assigned to any of the activities of the Organization. Preference will be given, other qualifications being equal, to candidates from Member States "
                 "that are not represented or are under-represented in the Secretariat. IMO does not charge any fee at any stage of the recruitment process.")
        dutyintro = "The incumbent will:"
    else:
        lab = ["Avis de vacance de poste n°", "Titre du poste", "Classe", "Division", "Lieu d'affectation", "Date de clôture", "Type de contrat", "Traitement"]
        val = [REF, T["fr"], "P.3", "Division du milieu marin", L["fr"], "25 janvier 2027",
               "Engagement de durée déterminée de deux ans (la première année est une période de stage), pouvant être prolongé sous réserve de services satisfaisants",
               "76 079 dollars des États-Unis nets par an, plus indemnité de poste (actuellement 53 255 dollars des États-Unis). Le traitement est exonéré de l'impôt sur le revenu au Royaume-Uni"]
        heads = ["AVIS DE VACANCE DE POSTE", "Objet du poste", "Fonctions et responsabilités", "Qualifications requises", "Qualifications souhaitables", "Compétences de base", "Autres informations"]
        intro = "Le Secrétaire général de l'Organisation maritime internationale annonce la vacance du poste ci-après au Siège."
        purpose = ("Sous la supervision générale du Chef de la Section de la pollution de l'atmosphère et de l'efficacité énergétique, le/la titulaire appuie les travaux de l'Organisation "
                   "visant à réduire les émissions atmosphériques des navires, y compris la mise en œuvre des règles relatives aux oxydes de soufre, aux oxydes d'azote et à l'efficacité énergétique.")
        other = ("Les candidatures doivent être soumises au moyen du système de recrutement en ligne de l'OMI avant la date de clôture. Les fonctionnaires de l'OMI sont soumis à l'autorité "
                 "du Secrétaire général et peuvent être affectés à l'une quelconque des activités de l'Organisation. À qualifications égales, la préférence sera donnée aux candidats "
                 "des États Membres non représentés ou sous-représentés au Secrétariat. L'OMI ne perçoit aucun droit à quelque stade que ce soit du processus de recrutement.")
        dutyintro = "Le/la titulaire sera chargé(e) de :"
    rows = "\n".join("<tr><th>%s</th><td>%s</td></tr>" % (a, b) for a, b in zip(lab, val))
    sep = ": " if l == "en" else " : "
    comps = "\n".join("<li><strong>%s</strong>%s%s</li>" % (n, sep, d) for n, d in COMP[l])
    return """<section lang="%s"%s>
<p class="letterhead">%s</p>
<h1>%s</h1>
<p>%s</p>
<table class="facts">%s</table>
<h2>%s</h2><p>%s</p>
<h2>%s</h2><p>%s</p><ol>%s</ol>
<h2>%s</h2><ol type="a">%s</ol>
<h2>%s</h2><ul>%s</ul>
<h2>%s</h2><ul>%s</ul>
<h2>%s</h2><p>%s</p>
</section>""" % (l, ' style="page-break-before:always"' if l == "fr" else "",
        "INTERNATIONAL MARITIME ORGANIZATION &middot; 4 Albert Embankment, London SE1 7SR" if l == "en" else "ORGANISATION MARITIME INTERNATIONALE &middot; 4 Albert Embankment, Londres SE1 7SR",
        heads[0], intro, rows, heads[1], purpose, heads[2], dutyintro, lis(DUT[l]), heads[3], lis(ESS[l]), heads[4], lis(DES[l]), heads[5], comps, heads[6], other)
html = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>IMO Vacancy Announcement %s</title>
<style>@page{size:A4;margin:2cm} body{font-family:"Liberation Serif",serif;font-size:11pt} .letterhead{font-weight:bold;text-align:center;border-bottom:1px solid #000} table.facts{border-collapse:collapse;width:100%%} table.facts th{text-align:left;width:32%%;vertical-align:top;padding:3px;border:1px solid #999} table.facts td{padding:3px;border:1px solid #999} h1{text-align:center;font-size:15pt}</style></head>
<body>
%s
%s
</body></html>
""" % (REF, half("en"), half("fr"))
W(KEY + "-imo.html", html)
