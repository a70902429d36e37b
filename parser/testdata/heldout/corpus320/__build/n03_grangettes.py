from common import *
KEY, REF = "grg-2044-0457", "GRG-2044-0457"
T = "Infirmier·ère instrumentiste – bloc opératoire central"
ORG = "Clinique des Grangettes"
LOC = "Chêne-Bougeries (Genève)"
SCH = "80 – 100 %"
ESS = ["Diplôme d'infirmier·ère HES ou titre jugé équivalent, reconnu par la Croix-Rouge suisse",
       "Certificat ou formation postgrade en soins opératoires (TSO ou équivalent)",
       "Trois ans d'expérience au minimum en bloc opératoire, dont une partie en chirurgie orthopédique",
       "Droit de pratique genevois ou disposition à l'obtenir avant l'entrée en fonction"]
DES = ["Expérience en chirurgie robotique",
       "Connaissances d'allemand ou d'anglais"]
COMP = [("Précision", "vous préparez chaque table d'instrumentation sans rien laisser au hasard"),
        ("Anticipation", "vous avez toujours un geste d'avance sur le chirurgien"),
        ("Sens du collectif", "vous contribuez à une ambiance de travail sereine au sein de l'équipe")]
expected(KEY, REF, ["fr"], {"fr": T}, {"fr": ORG}, {"fr": LOC}, {"fr": SCH}, "2044-06-07",
         requirements={"fr": {"essential": ESS, "desirable": DES}}, competencies={"fr": COMP})

html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{T} – Carrières – Clinique des Grangettes</title>
<style>body{{font-family:Helvetica,Arial,sans-serif;margin:0}} .facts td{{padding:4px 10px;border-bottom:1px solid #ddd}}
.facts th{{text-align:left;color:#7a1f45;padding:4px 10px}} .wrap{{display:flex;gap:30px;max-width:1000px;margin:auto}}
.side{{width:260px;font-size:13px;background:#faf4f7;padding:10px}}</style></head>
<body>
<div id="cookie">Ce site utilise des cookies pour mesurer l'audience. <a href="#">Paramétrer</a> <a href="#">Tout accepter</a></div>
<header><p><strong>Clinique des Grangettes</strong> · Genève</p>
<nav><a href="/">Accueil</a> | <a href="/medecins">Trouver un médecin</a> | <a href="/urgences">Urgences 24/24</a> | <a href="/maternite">Maternité</a> | <a href="/carrieres">Carrières</a> | <a href="/en">EN</a></nav></header>
<div class="wrap">
<main>
<p>Carrières &gt; Offres d'emploi &gt; Soins &gt; Réf. {REF}</p>
<p>Publiée le 12 mai 2044 · Soins infirmiers</p>
<h1>{T}</h1>
<table class="facts">
<tr><th>Référence</th><td>{REF}</td></tr>
<tr><th>Établissement</th><td>{ORG}</td></tr>
<tr><th>Service</th><td>Bloc opératoire central (9 salles)</td></tr>
<tr><th>Lieu de travail</th><td>{LOC}</td></tr>
<tr><th>Taux d'activité</th><td>{SCH}</td></tr>
<tr><th>Type de contrat</th><td>Contrat à durée indéterminée</td></tr>
<tr><th>Entrée en fonction</th><td>1er septembre 2044 ou à convenir</td></tr>
<tr><th>Délai de postulation</th><td>07.06.2044</td></tr>
</table>
<h2>Votre mission</h2>
<p>Au sein d'une équipe d'une quarantaine de soignants, vous assurez l'instrumentation et la circulation lors d'interventions programmées et urgentes, principalement en orthopédie, en chirurgie viscérale et en gynécologie.</p>
<ul>
<li>Vous préparez la salle, les dispositifs médicaux et les plateaux d'instruments</li>
<li>Vous instrumentez et garantissez l'asepsie tout au long de l'intervention</li>
<li>Vous assurez la traçabilité des implants et le décompte des compresses</li>
<li>Vous participez au piquet de nuit et de week-end selon un tournus</li>
</ul>
<h2>Votre profil</h2>
<ul>
{chr(10).join(f"<li>{x}</li>" for x in ESS)}
</ul>
<h2>Un plus</h2>
<ul>
{chr(10).join(f"<li>{x}</li>" for x in DES)}
</ul>
<h2>Vos qualités</h2>
<ul>
{chr(10).join(f"<li><b>{n}</b> : {d}</li>" for n, d in COMP)}
</ul>
<h2>Nous vous offrons</h2>
<p>Un cadre de travail au cœur d'un parc arboré, une formation continue soutenue, un restaurant du personnel et des conditions salariales selon la grille de la clinique. Les entretiens auront lieu le 16 juin 2044.</p>
<p><a href="#">Postuler en ligne</a> · Dossiers reçus par courriel non traités.</p>
</main>
<aside class="side"><h3>Agenda</h3><p>Soirée d'information future maman : 21 juin 2044</p><p>Journée portes ouvertes de la maternité : 2 juillet 2044</p>
<h3>Autres offres</h3><p>Sage-femme 60 % – délai 14.06.2044</p><p>Aide-soignant·e CFC – délai 30.06.2044</p></aside>
</div>
<footer>Clinique des Grangettes · chemin des Grangettes (adresse fictive) · 1224 Chêne-Bougeries · Mentions légales</footer>
</body></html>
"""
write(f"{KEY}-grangettes.html", html, KEY)

li = f"""LinkedIn
Accueil  Réseau  Emplois  Messagerie  Notifications

Clinique des Grangettes
{T}
{LOC} · il y a 1 semaine · Plus de 40 candidatures
Sur site   Temps plein   Confirmé
Postuler   Enregistrer

À propos de l'offre d'emploi
Réf. : {REF}
Établissement : {ORG}
Lieu de travail : {LOC}
Taux d'activité : {SCH}
Contrat : durée indéterminée
Délai de postulation : 07.06.2044

Au sein d'une équipe d'une quarantaine de soignants, vous assurez l'instrumentation et la circulation lors d'interventions programmées et urgentes (orthopédie, chirurgie viscérale, gynécologie).

Votre profil
- {chr(10).join('- ' + x for x in ESS)[2:]}

Un plus
{chr(10).join('- ' + x for x in DES)}

Vos qualités
{chr(10).join(f'- {n} : {d}' for n, d in COMP)}

Entretiens : 16 juin 2044.
…afficher moins

Niveau hiérarchique
Confirmé
Type d'emploi
Temps plein
Fonction
Santé
Secteurs
Hôpitaux et services de santé

Voir combien de personnes ont postulé en essayant Premium gratuitement

Emplois similaires
Infirmier·ère anesthésiste · Hôpital privé, Lausanne · il y a 3 jours
Technicien·ne en salle d'opération ES · Clinique, Fribourg · CHF 6 200/mois (estimation LinkedIn)
"""
write(f"{KEY}-linkedin.txt", li, KEY)
