from common import *

REF = "APIX/DCH/2037/027"
TITLE = "Chargé(e) du suivi des investissements – Zones économiques spéciales"
ORG = "Agence nationale chargée de la Promotion de l'Investissement et des Grands Travaux"
LOC = "Diamniadio (Sénégal)"
ESS = ["Diplôme de niveau Bac+5 en économie, finance, gestion de projets ou droit des affaires.",
       "Minimum cinq (5) années d'expérience dans le suivi de projets d'investissement ou l'accompagnement d'entreprises.",
       "Bonne connaissance du Code des investissements et du régime des zones économiques spéciales.",
       "Maîtrise des outils de tableaux de bord et de reporting."]
DES = ["Expérience au sein d'une agence de promotion des investissements ou d'un guichet unique.",
       "Pratique courante de l'anglais des affaires."]
QUAL = ["Sens de l'écoute", "Discrétion", "Esprit de synthèse", "Orientation client"]


def build():
    k = expected(REF, ["fr"], {"fr": TITLE}, {"fr": ORG}, {"fr": LOC}, {}, "2038-01-27", None, None, None,
                 {"fr": {"essential": ESS, "desirable": DES}}, {"fr": [(q, "") for q in QUAL]})
    li = lambda xs: "\n".join(f"<li>{x}</li>" for x in xs)
    html = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Recrutement – APIX S.A.</title></head>
<body>
<div class="lang">FR | EN</div>
<header><p class="logo">APIX S.A. – Investir au Sénégal</p>
<nav><ul><li>Pourquoi le Sénégal</li><li>Créer son entreprise</li><li>Zones économiques spéciales</li><li>Grands travaux</li><li>Actualités</li><li>Recrutement</li></ul></nav></header>
<main>
<h1>Appel à candidatures</h1>
<p class="kicker">Avis de recrutement externe N° {REF}</p>
<h2>{TITLE}</h2>
<p>L'{ORG} (APIX S.A.) accompagne les investisseurs nationaux et étrangers et assure la gestion des zones économiques spéciales. Dans le cadre du renforcement de sa Direction de l'Appui aux Zones Économiques Spéciales, elle recrute un(e) {TITLE}.</p>
<div class="encadre">
<p><b>Référence :</b> {REF}</p>
<p><b>Direction :</b> Direction de l'Appui aux Zones Économiques Spéciales</p>
<p><b>Lieu d'affectation :</b> {LOC}</p>
<p><b>Type de contrat :</b> CDI avec période d'essai</p>
<p><b>Date de publication :</b> 16 décembre 2037</p>
<p><b>Date limite de dépôt :</b> 27 janvier 2038 à 18 h 00 GMT</p>
</div>
<h3>Missions principales</h3>
<ol>
<li>Assurer le suivi des engagements pris par les entreprises agréées (investissements, emplois, exportations).</li>
<li>Collecter et analyser les rapports périodiques des promoteurs.</li>
<li>Organiser les visites de terrain et les comités de suivi.</li>
<li>Proposer des mesures correctives en cas de non-respect des cahiers des charges.</li>
</ol>
<h3>Profil</h3>
<ul>
{li(ESS)}
</ul>
<h3>Atouts</h3>
<ul>
{li(DES)}
</ul>
<h3>Savoir-être</h3>
<p>{' – '.join(QUAL)}</p>
<h3>Dossier de candidature</h3>
<p>Lettre de motivation adressée au Directeur général, CV détaillé, copies des diplômes et attestations, à déposer sur la plateforme recrutement.apix.example. Seuls les candidat(e)s présélectionné(e)s seront convoqué(e)s à un entretien (prévu en février 2038).</p>
<p class="avert">APIX S.A. ne demande aucun frais pour le traitement des candidatures. Méfiez-vous des offres frauduleuses.</p>
</main>
<footer>APIX S.A. · 52-54, rue Mohamed V, Dakar · © 2037 · Mentions légales</footer>
</body></html>
"""
    write(k + "-apix.html", html, k)
    fb = f"""APIX S.A. – Investir au Sénégal
16 décembre 2037 à 10:04 · 🌍

📣 APPEL À CANDIDATURES – Avis N° {REF}

L'{ORG} recrute :
👉 {TITLE}

🏢 Direction de l'Appui aux Zones Économiques Spéciales
📍 Lieu d'affectation : {LOC}
📄 CDI
🗓️ Date limite : 27 janvier 2038 à 18 h GMT

🎯 Missions : suivi des engagements des entreprises agréées, analyse des rapports des promoteurs, visites de terrain et comités de suivi, mesures correctives.

✅ Profil :
{chr(10).join('▪️ ' + x for x in ESS)}

➕ Atouts :
{chr(10).join('▪️ ' + x for x in DES)}

🤝 Savoir-être : {', '.join(QUAL)}

🔗 Postulez sur recrutement.apix.example
⚠️ Aucun frais n'est demandé aux candidats.

#Recrutement #Sénégal #ZES #Diamniadio #Emploi

👍❤️ 412 · 57 commentaires · 233 partages
J'aime   Commenter   Partager

Moussa Diop
Est-ce ouvert aux candidats de la diaspora ?
J'aime · Répondre · 2 sem

APIX S.A. – Investir au Sénégal
@Moussa Diop Oui, la candidature se fait en ligne. Bonne chance !
J'aime · Répondre · 2 sem

Awa Ndiaye
Partagé dans le groupe Emplois Thiès 🙏
"""
    write(k + "-facebook.txt", fb, k)
