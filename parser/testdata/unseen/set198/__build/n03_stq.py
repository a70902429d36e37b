from common import *
KEY = "stq-34-112"; REF = "STQ-34-112"
T = "Matelot ou matelote de pont – Traverse Sorel-Tracy–Saint-Ignace-de-Loyola"
ORG = "Société des traversiers du Québec"; LOC = "Sorel-Tracy (Montérégie)"
SCH = "Quarts de 12 heures selon un cycle de 7 jours de travail suivis de 7 jours de congé, jour et nuit"
SAL = "De 26,41 $ à 31,87 $ l'heure, selon l'expérience, plus une prime de quart de nuit"
ESS = ["Détenir un diplôme d'études secondaires (DES) ou l'équivalent;",
 "Détenir le certificat de fonctions d'urgence en mer (FUM) valide, délivré par Transports Canada;",
 "Détenir un certificat médical maritime valide;",
 "Avoir une bonne condition physique et pouvoir soulever des charges de 25 kg;",
 "Être disponible pour travailler sur un horaire de quarts, y compris la nuit, les fins de semaine et les jours fériés."]
DES = ["Détenir le certificat de matelot de quart à la passerelle;",
 "Posséder une expérience sur un traversier ou un navire de passagers;",
 "Détenir une formation en secourisme en milieu de travail."]
Q = ["Sens de la sécurité", "Esprit d'équipe", "Courtoisie envers la clientèle", "Ponctualité"]
MIS = ["Diriger la circulation des véhicules lors de l'embarquement et du débarquement;",
 "Effectuer les manœuvres d'amarrage et de largage;",
 "Assurer la surveillance des ponts et la sécurité des passagers pendant la traversée;",
 "Participer aux exercices d'urgence et à l'entretien courant du navire."]
ul = lambda xs: "<ul>" + "".join(f"<li>{e(x)}</li>" for x in xs) + "</ul>"
page = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{e(T)} | Carrières STQ</title>
<style>body{{font-family:Arial,sans-serif;margin:0}}header,footer{{background:#003a70;color:#fff;padding:8px}}.wrap{{max-width:900px;margin:auto;padding:10px}}
.fiche{{display:grid;grid-template-columns:14em 1fr;gap:4px;background:#eef4fa;padding:8px}}.fiche b{{color:#003a70}}</style></head><body>
<div id="cookies">Ce site utilise des témoins (cookies) pour améliorer votre expérience de navigation. <a href="#">En savoir plus</a> <button>J'accepte</button></div>
<header><a href="/">traversiers.com</a> <nav><a href="#">Horaires et tarifs</a> <a href="#">État du service</a> <a href="#">Carrières</a> <a href="#">English</a></nav></header>
<div class="wrap">
<p class="crumbs">Accueil › Carrières › Offres d'emploi › Personnel navigant</p>
<p class="kicker">Personnel navigant · Affichage externe</p>
<h1>{e(T)}</h1>
<p>Publié le 21 mars 2034</p>
<div class="fiche">
<b>Numéro de concours</b><span>{REF}</span>
<b>Employeur</b><span>{ORG}</span>
<b>Lieu de travail</b><span>{LOC}</span>
<b>Statut</b><span>Régulier saisonnier (avril à décembre)</span>
<b>Horaire</b><span>{e(SCH)}</span>
<b>Salaire</b><span>{e(SAL)}</span>
<b>Entrée en fonction</b><span>Le 4 mai 2034</span>
<b>Date limite</b><span>11 avril 2034</span>
</div>
<h2>Votre rôle</h2>
<p>À bord des navires de la traverse, vous contribuez au transport sécuritaire des usagers entre les deux rives et vous êtes en première ligne avec la clientèle. Vos principales tâches :</p>
{ul(MIS)}
<h2>Exigences</h2>{ul(ESS)}
<h2>Atouts</h2>{ul(DES)}
<h2>Qualités recherchées</h2>{ul(Q)}
<h2>Ce que nous offrons</h2>
<p>Régime de retraite à prestations déterminées, assurances collectives, formation payée et uniformes fournis. Les employés saisonniers sont rappelés chaque printemps selon leur ancienneté.</p>
<h2>Pour postuler</h2>
<p>Faites parvenir votre curriculum vitæ et une copie de vos certificats au plus tard le 11 avril 2034 en indiquant le numéro de concours. Une séance d'évaluation pratique est prévue à Sorel-Tracy le 23 avril 2034. Seules les personnes retenues seront contactées.</p>
<aside><h3>Autres offres</h3><ul><li>Officier ou officière mécanicien – Traverse Matane · date limite : 28 avril 2034</li><li>Préposé ou préposée à la billetterie – Traverse Québec–Lévis · 19,85 $ l'heure</li></ul></aside>
</div>
<footer>© Société des traversiers du Québec · Accessibilité · Confidentialité</footer>
</body></html>
"""
out(KEY + "-stq.html", page)
board = f"""jobboom
Emplois   Entreprises   Conseils carrière   Connexion

{T}
{ORG}
{LOC}
Permanent saisonnierTemps pleinJour / Nuit / Fin de semaine
26,41 $ - 31,87 $ / heure
Publiée le 22 mars 2034   Offre n° 4471902
POSTULER

Description de l'offre
Numéro de concours : {REF}  Employeur : {ORG}  Lieu de travail : {LOC}  Statut : Régulier saisonnier (avril à décembre)  Horaire : {SCH}  Salaire : {SAL}  Entrée en fonction : Le 4 mai 2034  Date limite : 11 avril 2034
Votre rôleÀ bord des navires de la traverse, vous contribuez au transport sécuritaire des usagers entre les deux rives. {' '.join(MIS)}
Exigences
{chr(10).join(ESS)}
Atouts
{chr(10).join(DES)}
Qualités recherchées
{', '.join(Q)}
Faites parvenir votre curriculum vitæ au plus tard le 11 avril 2034. Une séance d'évaluation pratique est prévue le 23 avril 2034.

Exigences du poste
Niveau d'études : Secondaire
Années d'expérience : 0-2 ans
Langues : Français (parlé et écrit)

Offres similaires
Matelot – Navigation intérieure · Groupe maritime Lanoraie · Contrecœur · 28 $ / heure · Publiée il y a 3 jours
Débardeur ou débardeuse · Port de Bécancour · Date d'expiration : 2034-04-30
"""
out(KEY + "-jobboom.txt", board)
expected(KEY, dict(reference=REF, post_number=None, languages=["fr"], title=bi(None, T), organisation=bi(None, ORG),
  location=bi(None, LOC), schedule=bi(None, SCH), deadline="2034-04-11",
  salary=dict(amount=None, min=26.41, max=31.87, currency="CAD", period="hour"), grade=None, clearance=None,
  requirements={"en": None, "fr": {"essential": ESS, "desirable": DES}}, competencies={"en": None, "fr": comps(Q)}))
