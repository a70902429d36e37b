from common import *
KEY = "2033-sil-118"; REF = "2033-SIL-118"
T = "Spécialiste cybersécurité des systèmes industriels (OT) à 100 %"
ORG = "Services industriels de Lausanne"
LOC = "Lausanne (site de Pierre-de-Plan)"
SCHED = "100 %"
SALS = "CHF 97 400.– à 126 900.– brut par an, 13e salaire compris"
ESS = ["Master HES ou EPF en informatique, en électrotechnique ou en automatisation, ou titre jugé équivalent",
       "Au minimum cinq ans d'expérience en sécurité informatique, dont deux dans un environnement industriel (SCADA, automates programmables)",
       "Très bonne connaissance des normes IEC 62443 et ISO 27001",
       "Excellente maîtrise du français et bonnes connaissances de l'anglais technique",
       "Disposition à participer au service de piquet"]
DES = ["Certification CISSP, GICSP ou équivalente", "Connaissance du secteur de l'énergie ou de l'approvisionnement en eau", "Connaissances de l'allemand"]
COMP = ["Sens des responsabilités", "Capacité à vulgariser", "Esprit d'analyse", "Aisance relationnelle"]
expected(KEY, reference=REF, languages=["fr"], title={"fr": T}, organisation={"fr": ORG}, location={"fr": LOC},
         schedule={"fr": SCHED}, deadline="2033-09-18", salary=sal(None, 97400, 126900, "CHF", "year"),
         requirements={"fr": {"essential": ESS, "desirable": DES}}, competencies={"fr": names(COMP)})
INTRO = "Les Services industriels de Lausanne distribuent l'électricité, le gaz et la chaleur à distance à plus de 170 000 clientes et clients. Pour protéger les systèmes qui pilotent nos réseaux, nous créons un poste de spécialiste de la cybersécurité des technologies opérationnelles au sein de la division Systèmes d'information."
MISS = ["Définir et faire évoluer la politique de sécurité des systèmes de conduite des réseaux", "Analyser les vulnérabilités des installations et piloter les mesures correctives",
        "Accompagner les projets de renouvellement des postes de commande et des automates", "Organiser les exercices de gestion de crise avec les équipes d'exploitation",
        "Assurer la veille technologique et réglementaire (OFEN, NCSC)"]
OFFRE = ["Un poste à responsabilités au cœur de la transition énergétique", "Un horaire variable et la possibilité de télétravailler deux jours par semaine", "Une caisse de pension de droit public et six semaines de vacances"]
FACTS = [("Référence", REF), ("Employeur", ORG), ("Service", "Division Systèmes d'information – Unité Sécurité"), ("Lieu de travail", LOC),
         ("Taux d'activité", SCHED), ("Type de contrat", "Contrat de durée indéterminée"), ("Salaire", SALS), ("Entrée en fonction", "1er décembre 2033 ou à convenir"), ("Délai de postulation", "18.09.2033")]
html = ["<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Offres d'emploi – Ville de Lausanne</title>",
        "<style>dl{display:grid;grid-template-columns:12em 1fr} dt{font-weight:bold}</style></head><body>",
        "<div class=\"consent\">lausanne.ch utilise des cookies pour améliorer votre expérience. <a>Accepter</a> <a>Refuser</a></div>",
        "<header><span>Ville de Lausanne</span><nav><a>Officiel</a> <a>Vivre à Lausanne</a> <a>Prestations</a> <a>Emplois</a></nav><a>DE</a> <a>EN</a></header>",
        "<nav class=\"breadcrumb\">Accueil / Emplois / Postes vacants / Services industriels</nav><main>",
        f"<h1>{esc(T)}</h1>", f"<p class=\"lead\">{esc(INTRO)}</p><dl>"] + [f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in FACTS] + ["</dl>",
        "<h2>Vos missions</h2><ul>" + "".join(f"<li>{esc(x)}</li>" for x in MISS) + "</ul>",
        "<h2>Votre profil</h2><ul>" + "".join(f"<li>{esc(x)}</li>" for x in ESS) + "</ul>",
        "<h3>Un atout :</h3><ul>" + "".join(f"<li>{esc(x)}</li>" for x in DES) + "</ul>",
        "<h3>Vos qualités</h3><ul>" + "".join(f"<li>{esc(x)}</li>" for x in COMP) + "</ul>",
        "<h2>Nous vous offrons</h2><ul>" + "".join(f"<li>{esc(x)}</li>" for x in OFFRE) + "</ul>",
        "<h2>Intéressé·e ?</h2><p>Déposez votre dossier complet en ligne d'ici au 18 septembre 2033. Les entretiens auront lieu le 29 septembre 2033. Renseignements : M. Fabrice Mottier, chef de l'unité Sécurité, 021 315 99 00.</p>",
        "<p><a class=\"button\">Postuler en ligne</a></p></main>",
        "<aside><h2>Autres postes aux SiL</h2><ul><li>Monteur·euse de réseaux électriques à 100 % – délai : 25.09.2033</li><li>Apprenti·e électricien·ne de réseau – délai : 31.10.2033</li></ul></aside>",
        "<footer>Ville de Lausanne · Place de la Palud 2 · 1003 Lausanne</footer></body></html>"]
write(KEY + "-lausanne.html", "\n".join(html))
jb = ["jobup.ch", "Rechercher des emplois\tEntreprises\tConseils carrière\tConnexion", "", "← Retour à la liste des résultats", "Offre 2 sur 37", "",
      "il y a 3 jours", T, ORG, "", "Date de publication :05 septembre 2033Taux d'activité :100%Type de contrat :Durée indéterminéeLieu de travail :Lausanne", "",
      "Postuler rapidement", "Enregistrer", "", "Salaire estimé par jobup.ch", "CHF 105 000 - 125 000 / an", "", INTRO, "",
      " · ".join(f"{k} : {v}" for k, v in FACTS), "", "Vos missions"] + MISS + ["", "Votre profil"] + ESS + ["Un atout :"] + DES + [
      "Vos qualités : " + " / ".join(COMP), "", "Nous vous offrons"] + OFFRE + ["",
      "Intéressé·e ? Déposez votre dossier complet en ligne d'ici au 18 septembre 2033. Les entretiens auront lieu le 29 septembre 2033.", "",
      "Contact", "Ville de Lausanne – Service du personnel", "Place Chauderon 9", "1003 Lausanne", "", "Identifiant de l'annonce : 6c1f0e2a-91d3-4b57-a0f8-2e7d5c3b9a14", "",
      "Emplois similaires", "Ingénieur·e sécurité OT", "Romande Réseaux SA · Morges · Délai : 30.09.2033", "Salaire estimé CHF 110 000 - 130 000 / an", ""]
write(KEY + "-jobup.txt", "\n".join(jb))
