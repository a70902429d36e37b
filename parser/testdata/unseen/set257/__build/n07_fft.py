from common import *
REF = "FFT-2039-02"; KEY = "fft-2039-02"
T = {"fr": "Agent(e) d'accueil et d'établissement des personnes immigrantes", "en": "Newcomer Welcome and Settlement Officer"}
O = {"fr": "Fédération franco-ténoise", "en": "Fédération franco-ténoise"}
L = {"fr": "Yellowknife (Territoires du Nord-Ouest)", "en": "Yellowknife, Northwest Territories"}
S = {"fr": "Temps plein, 37,5 heures par semaine", "en": "Full-time, 37.5 hours per week"}
ESS_FR = ["Diplôme collégial ou universitaire en travail social, en relations humaines ou dans un domaine connexe;",
          "Deux ans d'expérience auprès de personnes immigrantes ou de communautés culturelles;",
          "Excellente maîtrise du français et bonne connaissance de l'anglais;",
          "Vérification du casier judiciaire satisfaisante."]
DES_FR = ["Connaissance d'une troisième langue, notamment l'arabe, le lingala ou l'espagnol;", "Expérience de vie dans le Nord."]
ESS_EN = ["College diploma or university degree in social work, human relations or a related field;",
          "Two years of experience working with immigrants or cultural communities;",
          "Excellent command of French and good knowledge of English;",
          "Satisfactory criminal record check."]
DES_EN = ["Knowledge of a third language, including Arabic, Lingala or Spanish;", "Experience living in the North."]
expected(KEY, reference=REF, languages=["fr", "en"], title=T, organisation=O, location=L, schedule=S,
         deadline="2039-03-23", salary=sal(None, 78320, 89900, "CAD", "year"),
         req={"fr": (ESS_FR, DES_FR), "en": (ESS_EN, DES_EN)}, comp={"fr": [], "en": []})

def half(lab, t, o, l, s, sal_, dl, intro, duties, ess, des, apply):
    return """<article>
<h2>%s</h2>
<p>%s</p>
<p><b>%s</b> %s<br>
<b>%s</b> %s<br>
<b>%s</b> %s<br>
<b>%s</b> %s<br>
<b>%s</b> %s<br>
<b>%s</b> %s<br>
<b>%s</b> %s</p>
<h3>%s</h3><ul>%s</ul>
<h3>%s</h3><ul>%s</ul>
<h3>%s</h3><ul>%s</ul>
<p>%s</p>
</article>""" % (t, intro, lab[0], REF, lab[1], o, lab[2], l, lab[3], lab[4], lab[5], s, lab[6], sal_, lab[7], dl,
                 lab[8], lis(duties), lab[9], lis(ess), lab[10], lis(des), apply)

html = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Emplois | Fédération franco-ténoise</title></head><body>
<div class="skip"><a href="#main">Passer au contenu</a> | <a href="#en">English</a></div>
<nav>Accueil | La FFT | Immigration francophone | Culture | Emplois | Nous joindre</nav>
<div class="alerte">Fermeture des bureaux : le 14 mars 2039 (tempête prévue, suivez nos réseaux sociaux).</div>
<main id="main">
""" + half(["Numéro de l'offre :", "Employeur :", "Lieu de travail :", "Statut :", "Contrat de deux ans avec possibilité de renouvellement", "Horaire :", "Salaire :", "Date limite :",
            "Tâches principales", "Exigences", "Atouts"],
           T["fr"], O["fr"], L["fr"], S["fr"], "de 78 320 $ à 89 900 $ par année, plus une indemnité de vie dans le Nord de 6 000 $", "le mercredi 23 mars 2039, 17 h (heure des Rocheuses)",
           "La Fédération franco-ténoise représente la communauté francophone des Territoires du Nord-Ouest. Son service d'immigration accueille chaque année des dizaines de familles francophones.",
           ["Accueillir les nouveaux arrivants à l'aéroport et les orienter vers les services;", "Offrir un suivi individuel en établissement (logement, école, santé);", "Organiser des activités de réseautage et d'intégration;", "Tenir les dossiers et rédiger les rapports au bailleur de fonds."],
           ESS_FR, DES_FR, "Envoyez votre CV et une lettre à emplois@franco-nord.example. Les entrevues auront lieu la semaine du 28 mars 2039; l'entrée en poste est prévue le 25 avril 2039.") + """
<hr id="en">
""" + half(["Posting number:", "Employer:", "Work location:", "Status:", "Two-year contract, renewable", "Hours:", "Salary:", "Deadline:",
            "Main duties", "Requirements", "Assets"],
           T["en"], O["en"], L["en"], S["en"], "$78,320 to $89,900 per year, plus a $6,000 northern living allowance", "Wednesday, March 23, 2039, 5 p.m. (Mountain Time)",
           "The Fédération franco-ténoise represents the French-speaking community of the Northwest Territories. Its immigration service welcomes dozens of French-speaking families every year.",
           ["Welcome newcomers at the airport and refer them to services;", "Provide individual settlement follow-up (housing, school, health);", "Organise networking and integration activities;", "Keep files and write reports to the funder."],
           ESS_EN, DES_EN, "Send your resume and a letter to emplois@franco-nord.example. Interviews will take place the week of March 28, 2039; the start date is April 25, 2039.") + """
</main>
<aside><h4>Autres offres / Other openings</h4><p>Animateur(trice) culturel(le) – date limite 6 avril 2039</p></aside>
<footer>Fédération franco-ténoise · C.P. 0000, Yellowknife · © 2039</footer>
</body></html>
"""
w(KEY + "-fft.html", html, KEY)

mail = """De : Marie-Ève Tremblay <me.tremblay@csfto.example>
Envoyé : 2 mars 2039 08:47
À : liste-parents-allain-st-cyr
Objet : TR: Offre d'emploi FFT-2039-02 / Job posting

Bonjour à toutes et à tous,

Je vous transfère cette offre de la Fédération. Rappel : la soirée des parents est le 10 mars 2039.

Marie-Ève

-----Message d'origine-----
De : Emplois FFT <emplois@franco-nord.example>
Envoyé : 1 mars 2039 15:30
Objet : Offre d'emploi FFT-2039-02

OFFRE D'EMPLOI
Agent(e) d'accueil et d'établissement des personnes immigrantes

Numéro de l'offre ..... FFT-2039-02
Employeur ............. Fédération franco-ténoise
Lieu de travail ....... Yellowknife (Territoires du Nord-Ouest)
Horaire ............... Temps plein, 37,5 heures par semaine
Salaire ............... de 78 320 $ à 89 900 $ par année (plus indemnité de vie dans le Nord)
Date limite ........... 23 mars 2039, 17 h

Exigences
""" + "\n".join("  o " + x for x in ESS_FR) + """

Atouts
""" + "\n".join("  o " + x for x in DES_FR) + """

JOB POSTING
Newcomer Welcome and Settlement Officer

Posting number ........ FFT-2039-02
Employer .............. Fédération franco-ténoise
Work location ......... Yellowknife, Northwest Territories
Hours ................. Full-time, 37.5 hours per week
Salary ................ $78,320 to $89,900 per year (plus northern living allowance)
Deadline .............. March 23, 2039, 5 p.m.

Requirements
""" + "\n".join("  o " + x for x in ESS_EN) + """

Assets
""" + "\n".join("  o " + x for x in DES_EN) + """

Ce courriel peut contenir des renseignements confidentiels. / This e-mail may contain confidential information.
"""
w(KEY + "-courriel.txt", mail, KEY)
