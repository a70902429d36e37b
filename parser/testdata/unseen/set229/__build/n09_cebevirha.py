from common import *

KEY = "cebevirha-se-daf-2036-006"
REF = "CEBEVIRHA/SE/DAF/2036/006"
TITLE = "Chef(fe) du Service des statistiques et de l'information halieutiques"
ORG = "Commission Économique du Bétail, de la Viande et des Ressources Halieutiques"
LOC = "N'Djamena (Tchad)"
SCHED = "Temps plein"
ESS = ["être ressortissant(e) de l'un des États membres de la CEMAC ;",
       "être titulaire d'un diplôme de niveau Bac+5 en statistique, en halieutique, en économie rurale ou dans une discipline équivalente ;",
       "justifier d'une expérience professionnelle d'au moins huit (8) ans, dont quatre (4) à un poste d'encadrement ;",
       "avoir une bonne maîtrise des logiciels statistiques (Stata, R ou SPSS) et des bases de données ;",
       "être âgé(e) de cinquante (50) ans au plus à la date de clôture des candidatures."]
DES = ["la connaissance de l'anglais ou de l'espagnol ;",
       "une expérience dans une organisation d'intégration régionale ou un projet régional de pêche."]
COMP = [("Leadership", "capacité à animer une équipe pluridisciplinaire et à déléguer"),
        ("Sens de l'organisation", "capacité à planifier les travaux et à respecter les délais"),
        ("Communication", "aptitude à présenter des résultats chiffrés à des publics variés")]
expected(KEY, {
    "reference": REF, "post_number": None, "languages": ["fr"],
    "title": {"en": None, "fr": TITLE}, "organisation": {"en": None, "fr": ORG},
    "location": {"en": None, "fr": LOC}, "schedule": {"en": None, "fr": SCHED},
    "deadline": "2036-11-28", "salary": sal(1736400, cur="XAF", per="month"),
    "grade": "P3", "clearance": None,
    "requirements": {"en": None, "fr": {"essential": ESS, "desirable": DES}},
    "competencies": {"en": None, "fr": [{"name": n, "description": d} for n, d in COMP]},
})
MISS = ["concevoir et coordonner le système régional de collecte des statistiques de pêche et d'aquaculture des États membres ;",
        "consolider les données nationales et publier l'annuaire statistique halieutique de la Communauté ;",
        "appuyer les services nationaux dans l'harmonisation des méthodes et des nomenclatures ;",
        "gérer la base de données régionale et veiller à la qualité des informations diffusées ;",
        "encadrer les agents du Service et préparer le programme de travail annuel."]
FACTS = [("Intitulé du poste", TITLE), ("Direction", "Direction des Ressources Halieutiques"),
         ("Lieu d'affectation", LOC), ("Catégorie", "P3"), ("Type de contrat", "Contrat de trois (3) ans renouvelable une fois"),
         ("Régime", SCHED), ("Date de publication", "13 octobre 2036")]

html = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Avis de vacance de poste – CEBEVIRHA</title>
<style>body{{font-family:'Liberation Serif',serif;font-size:11.5pt;max-width:46em;margin:1.5em auto;line-height:1.35}}
.head{{display:flex;justify-content:space-between;font-size:9.5pt;text-transform:uppercase}} h1{{font-size:13.5pt;text-align:center;text-decoration:underline}}
h2{{font-size:11.5pt;text-transform:uppercase;margin-top:1.1em}} td{{padding:2px 8px;vertical-align:top}} td:first-child{{width:35%;font-weight:bold}}
.menu{{font-family:'Liberation Sans',sans-serif;font-size:9pt;border-bottom:1px solid #999;padding-bottom:.3em}} @media print{{.menu{{display:none}}}}</style></head><body>
<div class="menu">Accueil | La Commission | Filières bétail et viande | Pêche et aquaculture | Publications | Avis et communiqués | Contact</div>
<div class="head"><div>Communauté Économique et Monétaire<br>de l'Afrique Centrale<br><strong>CEBEVIRHA</strong><br>Secrétariat Exécutif</div>
<div style="text-align:right">B.P. 00 N'Djamena – Tchad<br>N'Djamena, le 13 octobre 2036</div></div>
<h1>AVIS DE VACANCE DE POSTE<br>N° {nb(REF)}</h1>
<p>La {esc(ORG)} (CEBEVIRHA), institution spécialisée de la CEMAC, lance un appel à candidatures pour pourvoir le poste ci-après au sein de son Secrétariat Exécutif.</p>
<h2>1. Identification du poste</h2>
<table>{''.join('<tr><td>%s</td><td>: %s</td></tr>' % (esc(a), nb(esc(b)) if a == "Lieu d'affectation" else esc(b)) for a, b in FACTS)}</table>
<h2>2. Missions principales</h2>
<p>Sous l'autorité du Directeur des Ressources Halieutiques, le (la) titulaire est chargé(e) de :</p><ul>{li(MISS)}</ul>
<h2>3. Qualifications requises</h2>
<p>Le (la) candidat(e) doit :</p><ul>{li(ESS)}</ul>
<h2>4. Atouts</h2><ul>{li(DES)}</ul>
<h2>5. Compétences comportementales</h2>
<ul>{''.join('<li><strong>%s</strong> : %s ;</li>' % (esc(n), esc(d)) for n, d in COMP)}</ul>
<h2>6. Rémunération</h2>
<p>Le poste est classé en catégorie P3 de la grille des fonctionnaires des institutions de la CEMAC. Le salaire de base mensuel est de 1 736 400 FCFA, auquel s'ajoutent les indemnités de logement, de transport et de fonction prévues par le Statut du personnel.</p>
<h2>7. Dossier et dépôt des candidatures</h2>
<p>Le dossier comprend une lettre de motivation, un curriculum vitae, les copies certifiées des diplômes, les attestations de travail et un certificat de nationalité. Il doit parvenir au Secrétariat Exécutif de la CEBEVIRHA, sous pli fermé ou à l'adresse recrutement@cebevirha.example, au plus tard le vendredi 28 novembre 2036 à 17 h 00 (heure de N'Djamena), délai de rigueur.</p>
<p>Seul(e)s les candidat(e)s présélectionné(e)s seront invité(e)s à un test écrit et à un entretien, prévus en janvier 2037. Les candidatures féminines sont vivement encouragées.</p>
<p style="text-align:right"><strong>Le Secrétaire Exécutif</strong></p>
</body></html>"""
write(KEY + "-cebevirha.html", html, KEY)
chromium(KEY + "-cebevirha.html", KEY + "-cebevirha.chromium.pdf", KEY)
