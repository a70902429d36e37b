from common import *
REF = "CA-2037-112"; KEY = "ca-2037-112"
T = {"fr": "Planificateur(trice) principal(e) de la demande", "en": "Senior Demand Planner"}
O = {"fr": "Co-op Atlantique", "en": "Co-op Atlantic"}
L = {"fr": "Moncton (N.-B.)", "en": "Moncton, NB"}
S = {"fr": "Temps plein, du lundi au vendredi", "en": "Full-time, Monday to Friday"}
PAY = {"fr": "De 68 250 $ à 81 200 $ par année", "en": "$68,250 to $81,200 per year"}
ESS = {"fr": ["Baccalauréat en administration des affaires, en gestion de la chaîne d'approvisionnement ou dans un domaine connexe;",
              "Au moins cinq ans d'expérience en prévision de la demande ou en planification des stocks dans le commerce de détail ou la distribution alimentaire;",
              "Maîtrise avancée d'Excel et expérience d'un progiciel de planification (SAP IBP, Blue Yonder ou l'équivalent);",
              "Bilinguisme (français et anglais), à l'oral et à l'écrit."],
       "en": ["Bachelor's degree in business administration, supply chain management or a related field;",
              "At least five years of experience in demand forecasting or inventory planning in retail or food distribution;",
              "Advanced Excel skills and experience with a planning system (SAP IBP, Blue Yonder or equivalent);",
              "Bilingualism (French and English), spoken and written."]}
DES = {"fr": ["Titre CPIM ou CSCP;", "Connaissance du modèle coopératif."],
       "en": ["CPIM or CSCP designation;", "Knowledge of the co-operative model."]}
COMP = {"fr": [("Esprit d'analyse", ""), ("Collaboration", ""), ("Sens des priorités", "")],
        "en": [("Analytical mind", ""), ("Collaboration", ""), ("Sense of priorities", "")]}
TASK = {"fr": ["Produire les prévisions hebdomadaires de la demande pour les épiceries membres et les centres de distribution;",
               "Animer la réunion mensuelle de planification des ventes et des opérations;",
               "Analyser les écarts de prévision et proposer des mesures correctives aux acheteurs;",
               "Encadrer deux planificateurs(trices)."],
        "en": ["Produce weekly demand forecasts for member grocery stores and distribution centres;",
               "Lead the monthly sales and operations planning meeting;",
               "Analyse forecast errors and recommend corrective actions to buyers;",
               "Coach two planners."]}

def half(l):
    fr = l == "fr"
    lab = ["N° de concours", "Employeur", "Lieu de travail", "Statut", "Horaire", "Salaire", "Date limite"] if fr else \
          ["Competition #", "Employer", "Work location", "Status", "Schedule", "Salary", "Closing date"]
    val = [REF, O[l], L[l], "Permanent, non syndiqué" if fr else "Permanent, non-union", S[l], PAY[l] + (", selon l'expérience" if fr else ", based on experience"),
           "Le mardi 30 juin 2037" if fr else "Tuesday, June 30, 2037"]
    h = ['<section lang="%s" id="%s">' % (l, l), "<h1>%s</h1>" % e(T[l]), "<table>"] + \
        ["<tr><th>%s</th><td>%s</td></tr>" % (e(a), e(b)) for a, b in zip(lab, val)] + ["</table>"]
    if fr:
        h += ["<p>%s est une coopérative régionale qui approvisionne les épiceries et les quincailleries coopératives des provinces de l'Atlantique.</p>" % O[l], "<h2>Tâches</h2>"]
    else:
        h += ["<p>%s is a regional co-operative supplying co-operative grocery and hardware stores across Atlantic Canada.</p>" % O[l], "<h2>Duties</h2>"]
    h += ["<ul>%s</ul>" % "".join("<li>%s</li>" % e(x) for x in TASK[l])]
    h += ["<h2>%s</h2><ul>%s</ul>" % ("Exigences" if fr else "Requirements", "".join("<li>%s</li>" % e(x) for x in ESS[l]))]
    h += ["<h2>%s</h2><ul>%s</ul>" % ("Atouts" if fr else "Assets", "".join("<li>%s</li>" % e(x) for x in DES[l]))]
    h += ["<h2>%s</h2><ul>%s</ul>" % ("Qualités recherchées" if fr else "Qualities we look for", "".join("<li>%s</li>" % e(a) for a, b in COMP[l]))]
    if fr:
        h += ["<h2>Pour postuler</h2><p>Envoyez votre candidature à emplois@coopatlantique.example au plus tard le 30 juin 2037. Entrée en fonction prévue le 4 août 2037. Seules les personnes retenues pour une entrevue seront contactées.</p>"]
    else:
        h += ["<h2>How to apply</h2><p>Send your application to emplois@coopatlantique.example by June 30, 2037. Expected start date: August 4, 2037. Only candidates selected for an interview will be contacted.</p>"]
    return h + ["</section>"]

def build():
    h = ["<!DOCTYPE html>", '<html lang="fr"><head><meta charset="utf-8"><title>Carrières – Co-op Atlantique</title></head><body>',
         '<header><nav><a href="#">Accueil</a> <a href="#">Notre coopérative</a> <a href="#">Carrières</a> <a href="#en">English</a></nav></header>',
         '<p class="crumbs">Accueil / Carrières / Postes ouverts</p>',
         '<div class="cookie">Nous utilisons des témoins (cookies). / We use cookies. <button>OK</button></div>', "<main>"] + half("fr") + ["<hr>"] + half("en") + \
        ["</main>", '<aside><h3>Autres postes / Other openings</h3><ul><li>Commis d\'entrepôt – Moncton – 12 juin 2037</li><li>Truck Driver AZ – Moncton – June 19, 2037</li></ul></aside>',
         "<footer>Co-op Atlantique / Co-op Atlantic · 123 rue Main Street · © 2037</footer></body></html>"]
    w(KEY + "-coop.html", "\n".join(h), KEY)
    b = ["GUICHET EMPLOI NB / NB JOB BANK", "Chercheurs d'emploi | Employeurs | English", "", "Offre n° 7720418 – affichée le 2 juin 2037", ""]
    for l in ("fr", "en"):
        fr = l == "fr"
        if not fr:
            b += ["", "=" * 40, "ENGLISH VERSION", "=" * 40, ""]
        b += [T[l], O[l], L[l], ""]
        pairs = [("N° de concours" if fr else "Competition #", REF), ("Lieu de travail" if fr else "Work location", L[l]),
                 ("Horaire" if fr else "Schedule", S[l]), ("Salaire" if fr else "Salary", PAY[l]),
                 ("Date limite" if fr else "Closing date", "30 juin 2037" if fr else "June 30, 2037")]
        for a, v in pairs:
            b += [a, "", v, ""]
        b += ["Tâches" if fr else "Duties"] + ["  " + x for x in TASK[l]] + ["", "Exigences" if fr else "Requirements"] + ["  " + x for x in ESS[l]] + \
             ["", "Atouts" if fr else "Assets"] + ["  " + x for x in DES[l]] + ["", "Qualités recherchées" if fr else "Qualities we look for"] + ["  " + a for a, _ in COMP[l]] + [""]
    b += ["Emplois semblables / Similar jobs", "  Analyste des stocks – Dieppe – date limite 26 juin 2037", "  Buyer, Produce – Moncton – closes July 3, 2037", ""]
    w(KEY + "-guichetemploi.txt", "\n".join(b), KEY)
    expected(KEY, REF, ["fr", "en"], T, O, L, S, "2037-06-30", sal(mn=68250, mx=81200, cur="CAD", period="year"), None, None,
             {l: (ESS[l], DES[l]) for l in ("en", "fr")}, COMP)
