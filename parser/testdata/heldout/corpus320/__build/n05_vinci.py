from common import *
KEY, REF = "heldv-2044-pers-09", "HELDV-2044-PERS-09"
T = "Maître-assistant·e en sciences infirmières – pratique clinique avancée"
ORG = "Haute École Léonard de Vinci"
LOC = "Woluwe-Saint-Lambert (Bruxelles), campus de l'Institut Parnasse-ISEI"
SCH = "Charge complète (10/10e)"
ESS = ["Être porteur·euse d'un master en sciences infirmières ou en sciences de la santé publique.",
       "Être titulaire du titre de bachelier infirmier responsable de soins généraux et être inscrit·e au registre des praticiens de l'art infirmier.",
       "Justifier d'une expérience professionnelle utile d'au moins trois ans dans le domaine des soins.",
       "Maîtriser la langue française (niveau C2)."]
DES = ["Posséder une expérience d'enseignement ou de tutorat clinique.",
       "Être engagé·e dans un projet de recherche en soins.",
       "Détenir le certificat d'aptitude pédagogique approprié à l'enseignement supérieur (CAPAES)."]
COMP = [("Pédagogie active", "concevoir des séances de simulation et des apprentissages par problèmes."),
        ("Travail collégial", "s'intégrer dans une équipe pluridisciplinaire d'enseignant·es et de maîtres de formation pratique."),
        ("Ouverture à la recherche", "faire le lien entre les données probantes et la pratique au chevet du patient.")]
expected(KEY, REF, ["fr"], {"fr": T}, {"fr": ORG}, {"fr": LOC}, {"fr": SCH}, "2044-06-14",
         salary={"min": 47312.64, "max": 79086.20, "currency": "EUR", "period": "year"}, grade="501",
         requirements={"fr": {"essential": ESS, "desirable": DES}}, competencies={"fr": COMP})

html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Appel à candidatures {REF}</title>
<style>
@page {{ size: A4; margin: 16mm 15mm; }}
body{{font-family:"Liberation Sans",Arial,sans-serif;font-size:10.5pt;color:#222}}
.brand{{display:flex;justify-content:space-between;border-bottom:3px solid #c8102e;padding-bottom:6px}}
.box{{display:grid;grid-template-columns:1fr 1fr;gap:6px 24px;border:1px solid #c8102e;padding:10px;margin:12px 0}}
.box p{{margin:0}} .box strong{{display:block;color:#c8102e;font-size:9pt;text-transform:uppercase}}
table.c{{border-collapse:collapse;width:100%}} table.c td,table.c th{{border:1px solid #999;padding:4px;vertical-align:top}}
nav,.noprint{{font-size:9pt;color:#666}}
@media print{{nav,.noprint{{display:none}}}}
</style></head>
<body>
<nav>Accueil · Formations · Admission · Recherche · Emploi · International · Contact</nav>
<div class="brand"><div><b>HAUTE ÉCOLE LÉONARD DE VINCI</b><br>Enseignement supérieur de type court – Fédération Wallonie-Bruxelles</div><div>Bruxelles, le 17 mai 2044</div></div>
<p class="noprint">Vous êtes ici : Emploi › Personnel enseignant › {REF}</p>
<h1 style="font-size:15pt">APPEL À CANDIDATURES<br>{T}</h1>
<p>La Haute École organise un appel en vue de l'engagement à titre temporaire d'un·e maître-assistant·e dans le département des sciences de la santé.</p>
<div class="box">
<p><strong>Référence</strong>{REF}</p>
<p><strong>Pouvoir organisateur</strong>{ORG}</p>
<p><strong>Département</strong>Sciences de la santé – bachelier infirmier responsable de soins généraux</p>
<p><strong>Lieu de travail</strong>{LOC}</p>
<p><strong>Fonction et barème</strong>Maître-assistant·e, barème 501</p>
<p><strong>Volume de la charge</strong>{SCH}</p>
<p><strong>Traitement</strong>traitement annuel brut indexé de 47 312,64 € à 79 086,20 € selon l'ancienneté</p>
<p><strong>Entrée en fonction</strong>14 septembre 2044</p>
<p><strong>Date limite</strong>14 juin 2044 à 12 h</p>
</div>
<h2 style="font-size:12pt">1. Description de la fonction</h2>
<p>La personne engagée assure des cours théoriques et des séances de simulation en soins intensifs et en pratique clinique avancée, supervise les stages en milieu hospitalier et encadre des travaux de fin d'études.</p>
<h2 style="font-size:12pt">2. Titres et conditions requis</h2>
<ol type="a">
{chr(10).join(f"<li>{x}</li>" for x in ESS)}
</ol>
<h2 style="font-size:12pt">3. Éléments appréciés</h2>
<ol type="a">
{chr(10).join(f"<li>{x}</li>" for x in DES)}
</ol>
<h2 style="font-size:12pt">4. Compétences attendues</h2>
<table class="c"><tr><th>Compétence</th><th>Description</th></tr>
{chr(10).join(f"<tr><td>{n}</td><td>{d}</td></tr>" for n, d in COMP)}
</table>
<h2 style="font-size:12pt">5. Modalités</h2>
<p>Les candidatures (lettre de motivation, CV, copie des diplômes) sont adressées au plus tard le 14 juin 2044 à 12 h à la direction de catégorie par courriel (recrutement@vinci.example). Une épreuve orale, sous la forme d'une leçon de 20 minutes, aura lieu le 28 juin 2044. Les personnes non retenues seront averties par courriel.</p>
<p class="noprint">Partager : Facebook · LinkedIn · Courriel — Journée portes ouvertes du 25 juin 2044 : inscrivez-vous !</p>
</body></html>
"""
write(f"{KEY}-vinci.html", nbh(html), KEY)
chromium(f"{KEY}-vinci.html", KEY)
