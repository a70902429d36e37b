from common import *
REF = "BRB/DRH/REC/2036/011"; K = key_of(REF)
TITLE = "Économiste chargé(e) de la modélisation macroéconomique"
ORG = "Banque de la République du Burundi (BRB)"
LOC = "Bujumbura, siège central"
SCHED = "Temps plein, du lundi au vendredi de 7 h 30 à 16 h 00"
GRADE = "Cadre de conception, grade C4"
SAL = "3 240 000 BIF (francs burundais) brut par mois, auxquels s'ajoutent les indemnités de logement et de transport prévues par le Statut du personnel"
ESS = ["être de nationalité burundaise ;",
       "être titulaire d'un master en économie, en économétrie ou en statistique appliquée ;",
       "justifier d'au moins quatre (4) ans d'expérience en prévision macroéconomique ou en analyse de politique monétaire ;",
       "maîtriser au moins un logiciel économétrique (EViews, Stata, R ou Dynare) ;",
       "être âgé(e) de quarante (40) ans au plus à la date de clôture du présent avis."]
DES = ["une expérience des modèles de prévision trimestriels ou des modèles DSGE ;",
       "la pratique de l'anglais et du kiswahili ;",
       "au moins une publication dans une revue économique à comité de lecture."]
COMP = [("Rigueur", "documente chaque hypothèse retenue dans les projections."),
        ("Esprit d'équipe", "travaille en lien avec les services de la balance des paiements et des statistiques monétaires."),
        ("Discrétion", "respecte la confidentialité des travaux préparatoires du Comité de politique monétaire.")]
MISS = ["Développer et tenir à jour le modèle de prévision de l'inflation et de la croissance de la Banque.",
        "Préparer les scénarios macroéconomiques présentés à chaque réunion du Comité de politique monétaire.",
        "Rédiger les notes de conjoncture trimestrielles et contribuer au Rapport annuel.",
        "Former les cadres de la Direction à l'utilisation des outils de projection."]
DOSS = ["une lettre de motivation adressée au Gouverneur ;", "un curriculum vitae détaillé ;",
        "les copies certifiées conformes des diplômes ;", "les attestations de services rendus ;",
        "une copie de la carte nationale d'identité."]

html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{REF} – Économiste | BRB</title>
<style>
body{{font-family:Liberation Sans,Arial,sans-serif;margin:0;color:#1d2a38;font-size:14px}}
.topbar{{background:#0c3b5e;color:#fff;padding:4px 24px;font-size:12px}}
header{{padding:12px 24px;border-bottom:3px solid #c8a13a}} header b{{font-size:20px}}
nav a{{margin-right:14px;color:#0c3b5e}}
.wrap{{display:flex;gap:24px;padding:0 24px}} main{{flex:3}} aside{{flex:1;background:#f3f5f8;padding:12px;font-size:13px}}
table.fiche{{border-collapse:collapse;width:100%}} table.fiche th{{text-align:left;background:#e9eef4;width:32%;padding:6px;border:1px solid #c9d3de}}
table.fiche td{{padding:6px;border:1px solid #c9d3de}} .meta{{color:#666;font-style:italic}}
footer{{margin-top:24px;padding:12px 24px;background:#0c3b5e;color:#fff;font-size:12px}}
</style></head><body>
<div class="topbar">Ikirundi | Français | English · Cours indicatifs du jour · Contact</div>
<header><b>BANQUE DE LA RÉPUBLIQUE DU BURUNDI</b><br>
<nav><a href="#">Accueil</a><a href="#">La Banque</a><a href="#">Politique monétaire</a><a href="#">Supervision</a><a href="#">Statistiques</a><a href="#">Publications</a><a href="#">Carrières</a></nav></header>
<div class="wrap"><main>
<p>Accueil › Carrières › Offres en cours › {REF}</p>
<h1>Avis de recrutement : un(e) Économiste (H/F)</h1>
<p class="meta">Publié le 14/08/2036 · Direction des Ressources Humaines · Réf. {REF}</p>
<p>Dans le cadre du renforcement de ses capacités d'analyse, la Banque de la République du Burundi lance un recrutement externe pour le poste décrit ci-dessous.</p>
<table class="fiche">
<tr><th scope="row">Intitulé du poste</th><td>{TITLE}</td></tr>
<tr><th scope="row">Employeur</th><td>{ORG}</td></tr>
<tr><th scope="row">Direction</th><td>Direction des Études économiques et de la Politique monétaire</td></tr>
<tr><th scope="row">Lieu de travail</th><td>{LOC}</td></tr>
<tr><th scope="row">Type de contrat</th><td>Contrat à durée indéterminée, après une période d'essai de six mois</td></tr>
<tr><th scope="row">Horaires</th><td>{SCHED}</td></tr>
<tr><th scope="row">Classification</th><td>{GRADE}</td></tr>
<tr><th scope="row">Salaire de base</th><td>{SAL}</td></tr>
<tr><th scope="row">Date limite de dépôt</th><td>Jeudi 4 septembre 2036 à 15 h 00</td></tr>
</table>
<h2>Missions principales</h2>
<ol>{li(MISS)}</ol>
<h2>Conditions de candidature</h2>
<p>Le (la) candidat(e) doit :</p>
<ul>{li(ESS)}</ul>
<h2>Atouts</h2>
<ul>{li(DES)}</ul>
<h2>Qualités requises</h2>
<ul>{li("<b>%s</b> : %s" % c for c in COMP)}</ul>
<h2>Dossier de candidature</h2>
<ol type="a">{li(DOSS)}</ol>
<p>Les dossiers sont déposés sous pli fermé au secrétariat de la Direction des Ressources Humaines ou envoyés à recrutement@brb.example au plus tard le <strong>jeudi 4 septembre 2036 à 15 h 00</strong>. Seuls les candidats présélectionnés seront convoqués au test écrit prévu le jeudi 18 septembre 2036.</p>
</main>
<aside><h3>Autres offres</h3>
<p>Juriste en droit bancaire<br><small>clôture le 28/08/2036</small></p>
<p>Analyste informatique (sécurité des systèmes de paiement)<br><small>clôture le 11/09/2036</small></p>
<p>Caissier principal, agence de Gitega<br><small>clôture le 02/10/2036</small></p>
<h3>Alertes emploi</h3><p>Inscrivez-vous pour recevoir nos avis par courriel.</p></aside></div>
<footer>© 2036 Banque de la République du Burundi (site de démonstration) · Mentions légales · Ce site utilise des cookies de mesure d'audience. <u>Accepter</u> <u>Refuser</u></footer>
</body></html>
"""
write(K + "-brb.html", html, K)

tg = f"""Akazi Burundi – Offres d'emploi 🇧🇮
Forwarded from BRB – Banque centrale (compte officiel)

📢 AVIS DE RECRUTEMENT – BRB
Réf. : {REF}

🔹 Poste : {TITLE}
🔹 Employeur : {ORG}
🔹 Direction : Études économiques et Politique monétaire
🔹 Lieu : {LOC}
🔹 Contrat : CDI (essai de 6 mois)
🔹 Horaires : {SCHED}
🔹 Classification : {GRADE}
🔹 Salaire de base : {SAL}
⏰ Date limite : 04/09/2036 à 15h00

📝 MISSIONS
{bullets(MISS, "▫️ ")}

✅ CONDITIONS DE CANDIDATURE
Le (la) candidat(e) doit :
{bullets(ESS, "▫️ ")}

➕ ATOUTS
{bullets(DES, "▫️ ")}

💡 QUALITÉS REQUISES
{bullets(("%s : %s" % c for c in COMP), "▫️ ")}

📂 Dossier : lettre au Gouverneur, CV, diplômes certifiés, attestations de services, copie de la CNI.
📩 recrutement@brb.example ou dépôt à la DRH. Test écrit le 18/09/2036 pour les présélectionnés.

👁 3.4K   edited 09:12

💬 Comments (4)
Ndayizeye P.: Est-ce que le master en finance est accepté ?
Akazi Burundi: Le texte dit économie, économétrie ou statistique appliquée. Lisez bien l'avis 🙏
Irakoze A.: Merci pour le partage !
Niyonzima J.: Le dépôt physique c'est jusqu'à quelle heure ? → 15h00 le 04/09 selon l'avis.
"""
write(K + "-telegram.txt", tg, K)

expected(REF, ["fr"], {"fr": TITLE}, {"fr": ORG}, {"fr": LOC}, {"fr": SCHED}, "2036-09-04",
         sal(amount=3240000, cur="BIF", per="month"), GRADE, {"fr": (ESS, DES)}, {"fr": COMP})
