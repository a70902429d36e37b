from common import *

KEY = "awac-2041-012"
REF = "AWAC-2041-012"
T = "Attaché(e) – expert(e) en inventaires d'émissions atmosphériques (m/f/x)"
O = "Agence wallonne de l'air et du climat"
L = "Jambes (Namur)"
S = "Temps plein (38 heures/semaine)"
ESS = ["Vous êtes titulaire d'un master en sciences, en sciences de l'ingénieur, en bioingénierie ou en environnement.",
       "Vous disposez d'au moins deux ans d'expérience dans le calcul d'émissions, la modélisation de la qualité de l'air ou le rapportage environnemental.",
       "Vous maîtrisez les tableurs avancés et au moins un langage de traitement de données (R ou Python).",
       "Vous lisez couramment l'anglais technique."]
DES = ["Vous connaissez les lignes directrices du GIEC pour les inventaires nationaux.",
       "Vous avez une connaissance du néerlandais."]
C = [("Analyse", "vous repérez les incohérences dans de grands jeux de données."),
     ("Rigueur", "vous documentez chaque hypothèse de calcul."),
     ("Collaboration", "vous travaillez avec les autres régions, le fédéral et les secteurs industriels.")]
DL = "2041-07-29"

expected(KEY, dict(reference=REF, post_number=None, languages=["fr"],
    title={"en": None, "fr": T}, organisation={"en": None, "fr": O},
    location={"en": None, "fr": L}, schedule={"en": None, "fr": S}, deadline=DL,
    salary={"amount": None, "min": 50318.27, "max": 81144.06, "currency": "EUR", "period": "year"},
    grade="A6", clearance=None,
    requirements={"en": None, "fr": {"essential": ESS, "desirable": DES}},
    competencies={"en": None, "fr": comps(C)}))

html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Offre d'emploi {esc(REF)} – AwAC</title>
<style>body{{font-family:Verdana,sans-serif;font-size:13px;margin:0}} header{{border-top:6px solid #d7002f;padding:10px 24px}} dl.resume{{display:grid;grid-template-columns:15em 1fr;background:#fff4d6;padding:10px}} dt{{font-weight:bold}} .rgpd{{background:#eee;padding:6px 24px;font-size:11px}}</style>
</head><body>
<div class="rgpd">Ce site utilise des cookies fonctionnels et de mesure d'audience. <a href="#">J'accepte</a> · <a href="#">Paramètres</a></div>
<header><strong>AwAC</strong> · Agence wallonne de l'Air et du Climat · Wallonie
<nav>L'Agence · Qualité de l'air · Climat · Énergie · Publications · Emplois · Contact</nav></header>
<main>
<p>Accueil › L'Agence › Emplois</p>
<h1>{esc(T)}</h1>
<p>Réf. {esc(REF)} · Publiée le 1er juillet 2041 · Recrutement contractuel</p>
<dl class="resume">
  <dt>Employeur</dt><dd>{esc(O)}, direction à gestion séparée du Service public de Wallonie</dd>
  <dt>Direction</dt><dd>Direction de l'inventaire et du rapportage</dd>
  <dt>Lieu de travail</dt><dd>{esc(L)}</dd>
  <dt>Type de contrat</dt><dd>CDI après une période d'essai</dd>
  <dt>Régime de travail</dt><dd>{esc(S)}</dd>
  <dt>Niveau</dt><dd>A6</dd>
  <dt>Rémunération</dt><dd>de 50.318,27 € à 81.144,06 € bruts annuels indexés, selon l'ancienneté valorisable</dd>
  <dt>Date limite de candidature</dt><dd>29/07/2041</dd>
</dl>
<h2>Votre fonction</h2>
<p>Au sein de l'équipe Inventaires, vous contribuez à l'inventaire wallon des émissions de polluants atmosphériques et de gaz à effet de serre, transmis chaque année à l'Union européenne et aux Nations unies.</p>
<ul>
<li>Vous collectez et vérifiez les données d'activité des secteurs de l'industrie, du transport et de l'agriculture.</li>
<li>Vous calculez les émissions et documentez les méthodes dans les rapports d'inventaire.</li>
<li>Vous répondez aux questions des équipes d'examen internationales.</li>
</ul>
<h2>Votre profil</h2>
<ul>
{chr(10).join('<li>' + esc(x) + '</li>' for x in ESS)}
</ul>
<h2>Atouts</h2>
<ul>
{chr(10).join('<li>' + esc(x) + '</li>' for x in DES)}
</ul>
<h2>Compétences comportementales</h2>
<ul>
{chr(10).join(f'<li><strong>{esc(n)}</strong> : {esc(d)}</li>' for n, d in C)}
</ul>
<h2>Nous vous offrons</h2>
<p>Un contrat à durée indéterminée, des chèques-repas, le télétravail jusqu'à trois jours par semaine, le remboursement des transports en commun et de nombreuses formations.</p>
<h2>Intéressé(e) ?</h2>
<p>Envoyez votre CV et une lettre de motivation à emploi@awac.example au plus tard le 29/07/2041. Une épreuve écrite est prévue le 26 août 2041 et les entretiens la semaine du 8 septembre 2041.</p>
</main>
<footer>AwAC · Avenue Prince de Liège 7, 5100 Jambes · Prochaine publication : bilan de la qualité de l'air, 15 juillet 2041</footer>
</body></html>
"""
write(KEY + "-awac.html", html, KEY)

chat = f"""Microsoft Teams – Canal « Réseau Climat Wallonie / Offres »

Benoît Lefèvre  10:14 AM  (02/07/2041)
Pour info, l'AwAC recrute ! Je colle l'annonce ci-dessous, n'hésitez pas à faire suivre 🙂

{T}
Réf. {REF}
Employeur : {O}
Lieu de travail : {L}
Régime de travail : {S}
Niveau : A6
Rémunération : de 50.318,27 € à 81.144,06 € bruts annuels indexés
Date limite : 29/07/2041

Votre fonction : inventaire wallon des émissions (polluants et GES), données d'activité, calculs, rapports, examens internationaux.

Votre profil
{chr(10).join('  • ' + x for x in ESS)}

Atouts
{chr(10).join('  • ' + x for x in DES)}

Compétences comportementales
{chr(10).join(f'  • {n} : {d}' for n, d in C)}

CV + lettre à emploi@awac.example. Épreuve écrite le 26 août 2041.

    👍 4   ❤️ 1

Sarah Dumont  10:31 AM
Merci ! Ça correspond au profil de notre stagiaire de l'an dernier, je lui transmets.

Benoît Lefèvre  10:33 AM
Parfait. Réunion du réseau jeudi 11 juillet 2041 à 14 h, je mettrai le point à l'ordre du jour.

Répondre
"""
write(KEY + "-teams.txt", chat, KEY)
