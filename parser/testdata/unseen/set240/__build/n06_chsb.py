from common import *
REF = "CHSB-DRH-2037-118"; KEY = REF.lower()
T = "Technicien d'information médicale (H/F)"; O = "Centre hospitalier de Saint-Brieuc"; LOC = "Saint-Brieuc"
SCH = "100 % – 7 h 30 par jour, du lundi au vendredi"; GR = "Technicien supérieur hospitalier de 2e classe"
ESS = ["Diplôme de niveau bac +2 dans le domaine de la santé ou de l'information médicale (DU TIM apprécié)",
       "Connaissance de la terminologie médicale et des classifications CIM-10 et CCAM",
       "Maîtrise des règles de codage du PMSI MCO",
       "Aisance avec les outils bureautiques, notamment le tableur"]
DES = ["Expérience dans un département d'information médicale",
       "Connaissance du logiciel de dossier patient utilisé dans l'établissement"]
COMP = ["Rigueur", "Respect du secret professionnel", "Esprit d'équipe", "Capacité d'adaptation"]
li = lambda xs: "\n".join(f"<li>{x}</li>" for x in xs)

html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{T} – Recrutement – {O}</title>
<style>body{{font-family:Arial,sans-serif;margin:0}} .band{{background:#c8102e;color:#fff;padding:4px 16px;font-size:12px}}
dl.facts{{display:grid;grid-template-columns:230px 1fr;border:1px solid #ccc;padding:8px}} dt{{font-weight:bold}} dd{{margin:0 0 6px}}
main{{padding:0 24px}}</style></head><body>
<div class="band">Urgences : composez le 15 · Standard : 02 00 00 00 00 · Prendre rendez-vous</div>
<nav>L'hôpital · Offre de soins · Patients et visiteurs · Professionnels · Recrutement</nav>
<main>
<p>Accueil › Recrutement › Offres d'emploi › Personnels techniques</p>
<p><em>Département d'information médicale – Réf. {REF} – mise en ligne le 30 septembre 2037</em></p>
<h1>{T}</h1>
<dl class="facts">
<dt>Établissement</dt><dd>{O}</dd>
<dt>Service</dt><dd>Département d'information médicale (DIM)</dd>
<dt>Lieu d'exercice</dt><dd>{LOC} – site de l'hôpital Yves Le Foll</dd>
<dt>Grade</dt><dd>{GR} (catégorie B)</dd>
<dt>Type de recrutement</dt><dd>Mutation, détachement ou contrat (CDD de 12 mois en vue de stagiairisation)</dd>
<dt>Temps de travail</dt><dd>{SCH}</dd>
<dt>Rémunération</dt><dd>de 2 264 € à 3 318 € bruts mensuels selon l'échelon, hors complément de traitement indiciaire</dd>
<dt>Poste à pourvoir</dt><dd>le 4 janvier 2038</dd>
<dt>Date limite de candidature</dt><dd>22/10/2037</dd>
</dl>
<h2>Présentation du service</h2>
<p>Le DIM compte un médecin responsable, deux praticiens et sept techniciens. Il assure le recueil et la qualité des données d'activité de l'établissement (800 lits et places), leur transmission aux tutelles et l'appui aux pôles pour l'analyse de leur activité.</p>
<h2>Missions principales</h2>
<ul>
<li>contrôler et compléter le codage des séjours de médecine, chirurgie et obstétrique ;</li>
<li>analyser les dossiers médicaux pour repérer les diagnostics et actes non codés ;</li>
<li>participer aux contrôles de qualité et préparer les contrôles externes de l'Assurance maladie ;</li>
<li>former et accompagner les médecins et secrétaires au codage ;</li>
<li>produire des tableaux de bord d'activité pour les pôles.</li>
</ul>
<h2>Profil requis</h2>
<ul>
{li(ESS)}
</ul>
<h2>Serait un plus</h2>
<ul>
{li(DES)}
</ul>
<h2>Qualités attendues</h2>
<p>{" · ".join(COMP)}</p>
<h2>Candidater</h2>
<p>Lettre de motivation et CV à adresser à la Direction des ressources humaines avant le 22/10/2037. Les entretiens auront lieu le 5 novembre 2037.</p>
<h3>Offres associées</h3>
<ul><li>Secrétaire médicale (H/F) – date limite 15/10/2037</li><li>Préparateur en pharmacie hospitalière (H/F) – date limite 31/10/2037</li></ul>
</main>
<footer>{O} · 10, rue Marcel Proust · 22000 Saint-Brieuc · Mentions légales · Accessibilité</footer>
</body></html>
"""
w(KEY + "-chsb.html", html, KEY)

hw = f"""
HelloWork
Offres d'emploi    Entreprises    Salaires    Conseils    Mon espace

Quoi ?	Où ?	Rechercher

< Retour à la liste

{T}
{O} - Saint-Brieuc - 22
CDD    Temps plein    Bac +2
Publiée le 01/10/2037 - Réf. HW-77120943

Postuler

Le poste
Réf. établissement : {REF}
Lieu d'exercice : {LOC} – site de l'hôpital Yves Le Foll
Grade : {GR}
Temps de travail : {SCH}
Rémunération : de 2 264 € à 3 318 € bruts mensuels selon l'échelon, hors complément de traitement indiciaire
Date limite de candidature : 22/10/2037

Le DIM compte un médecin responsable, deux praticiens et sept techniciens. Il assure le recueil et la qualité des données d'activité de l'établissement.

Vos missions :
- contrôler et compléter le codage des séjours de médecine, chirurgie et obstétrique ;
- analyser les dossiers médicaux pour repérer les diagnostics et actes non codés ;
- participer aux contrôles de qualité ;
- former et accompagner les médecins et secrétaires au codage ;
- produire des tableaux de bord d'activité pour les pôles.

Le profil recherché
{chr(10).join(ESS)}
Serait un plus : {DES[0]} ; {DES[1]}
Qualités : {", ".join(COMP)}

Entretiens prévus le 5 novembre 2037.

Salaire : 2 264 - 3 318 € / mois
Secteur : Santé • Hôpital public

L'entreprise
{O}
Établissement public de santé · 3 000 salariés

Offres similaires
Technicien d'information médicale (H/F) - Lannion - CDI - 2 100 - 2 900 € / mois
Codeur PMSI (H/F) - Rennes - Intérim

HelloWork · Conditions générales · Données personnelles
"""
w(KEY + "-hellowork.txt", hw, KEY)

expected(KEY, reference=REF, languages=["fr"], title=T, organisation=O, location=LOC, schedule=SCH,
         deadline="2037-10-22", salary=sal("EUR", "month", mn=2264, mx=3318), grade=GR,
         requirements={"fr": {"essential": ESS, "desirable": DES}}, competencies={"fr": [(c, "") for c in COMP]})
