from common import *
REF = "UGB/DRH/REC/2044-031"; KEY = "ugb-drh-rec-2044-031"
T = "Chargé(e) d'études crédit-bail et financements d'équipements"
ORG = "Union Gabonaise de Banque (UGB)"
LOC = "Siège social, boulevard de l'Indépendance, Libreville"
SCH = "Du lundi au vendredi, de 7 h 30 à 15 h 30"
GR = "Cadre, classe C3"
ESS = ["Être titulaire d'un Master en finance, en banque ou en gestion d'entreprise ;",
       "Justifier d'au moins quatre ans d'expérience en analyse de crédit aux entreprises ;",
       "Maîtriser l'analyse des états financiers établis selon le référentiel comptable OHADA ;",
       "Savoir utiliser un tableur à un niveau avancé."]
DES = ["Une expérience dans une société de crédit-bail ou chez un distributeur d'engins ;",
       "Une connaissance des filières forestière et minière du Gabon."]
COMP = [("Esprit d'analyse", "décomposer un dossier complexe et en tirer une recommandation claire"),
        ("Sens commercial", "entretenir une relation suivie avec les fournisseurs partenaires"),
        ("Rigueur", "respecter les délais et les procédures internes de la Banque")]
MISS = ["analyser les demandes de crédit-bail mobilier présentées par les PME et les grandes entreprises ;",
        "évaluer la valeur et la durée de vie économique des équipements financés (engins, véhicules, matériel médical) ;",
        "préparer les notes de présentation au comité de crédit ;",
        "suivre les échéanciers et alerter en cas d'impayé ;",
        "participer aux visites de clients et de fournisseurs à Libreville, Port-Gentil et Franceville."]

html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{REF} – Carrières – UGB</title>
<style>body{{font-family:Arial,sans-serif;margin:0;color:#222}} .top{{background:#0b4d2c;color:#fff;padding:4px 20px;font-size:12px}}
nav a{{margin-right:14px}} table.faits{{border-collapse:collapse;width:100%}} table.faits th{{text-align:left;background:#eef5f0;width:35%;padding:6px;border:1px solid #cfd}}
table.faits td{{padding:6px;border:1px solid #cfd}} .cookie{{position:fixed;bottom:0;background:#333;color:#fff;padding:8px;width:100%}} dt{{font-weight:bold}}</style></head>
<body>
<div class="top">Agence en ligne | Tarifs et conditions | Nous contacter : +241 00 00 00 00 (numéro fictif)</div>
<header><strong>UGB</strong> – la banque des Gabonais
<nav><a href="#">Particuliers</a><a href="#">Professionnels</a><a href="#">Entreprises</a><a href="#">La Banque</a><a href="#">Carrières</a></nav></header>
<p class="fil">Accueil › Carrières › Offres en cours › {REF}</p>
<main>
<h1>Rejoignez nos équipes</h1>
<p>Publiée le 12/10/2044 · Direction des Engagements · 1 poste</p>
<p>Filiale d'un grand groupe bancaire, l'Union Gabonaise de Banque accompagne depuis plus de soixante ans les ménages et les entreprises du pays. Pour renforcer son pôle de financements spécialisés, elle recrute :</p>
<table class="faits">
<tr><th>Référence de l'offre</th><td>{REF}</td></tr>
<tr><th>Intitulé du poste</th><td>{T}</td></tr>
<tr><th>Employeur</th><td>{ORG}</td></tr>
<tr><th>Direction</th><td>Direction des Engagements – pôle Financements spécialisés</td></tr>
<tr><th>Lieu de travail</th><td>{LOC}</td></tr>
<tr><th>Horaires</th><td>{SCH}</td></tr>
<tr><th>Classification</th><td>{GR}</td></tr>
<tr><th>Type de contrat</th><td>CDI, après une période d'essai de six mois</td></tr>
<tr><th>Rémunération</th><td>1 450 000 FCFA bruts par mois, sur 13 mois, hors prime de bilan</td></tr>
<tr><th>Date limite de candidature</th><td>jeudi 3 novembre 2044 à 16 h 00</td></tr>
</table>
<h2>Vos missions</h2>
{ul(MISS, "ol")}
<h2>Votre profil</h2>
<p>Pour ce poste, vous devez :</p>
{ul(ESS)}
<p><em>Seraient appréciées :</em></p>
{ul(DES)}
<h2>Vos qualités</h2>
<dl>
{"".join(f"<dt>{n}</dt><dd>{d}</dd>" for n, d in COMP)}
</dl>
<h2>Comment postuler ?</h2>
<p>Déposez votre CV, une lettre de motivation et la copie de vos diplômes sur notre espace recrutement en rappelant la référence de l'offre. Les candidats présélectionnés passeront un test écrit le 17 novembre 2044. Seules les candidatures retenues recevront une réponse.</p>
<aside><h3>Autres offres</h3><ul><li>Conseiller(ère) clientèle Particuliers – Oyem – 28/10/2044</li><li>Auditeur(trice) informatique – Libreville – 24/11/2044</li></ul></aside>
</main>
<footer>© 2044 UGB – Société anonyme – Mentions légales – Plan du site</footer>
<div class="cookie">Ce site utilise des cookies pour mesurer l'audience. <button>Accepter</button> <button>Refuser</button></div>
</body></html>
"""
w(KEY + "-ugb.html", html, REF)

li = f"""
Passer au contenu principal
Accueil
Réseau
Emplois
Messagerie
Notifications

Estelle M. (profil fictif)
Responsable recrutement chez UGB | Talent acquisition | Libreville
2 j • Modifié • 🌐

🚨 #Recrutement | L'UGB recrute ! 🚨

Vous aimez les chiffres, les engins et les beaux dossiers de crédit ? Cette offre est pour vous 👇

🔖 Réf. : {REF}
💼 Poste : {T}
🏦 Employeur : {ORG}
📍 Lieu : {LOC}
🕗 Horaires : {SCH}
📊 Classification : {GR}
💰 Salaire : 1 450 000 FCFA bruts / mois (13 mois)
⏳ Date limite : 03/11/2044

🎯 Ce que vous ferez :
➡️ analyser les demandes de crédit-bail des PME et des grands comptes ;
➡️ évaluer les équipements financés et préparer les notes au comité de crédit ;
➡️ suivre les échéanciers et visiter clients et fournisseurs.

✅ Profil exigé :
{lines(ESS, "✔️ ")}

➕ Un plus :
{lines(DES, "🔹 ")}

🌟 Qualités attendues :
{lines([f"{n} : {d}" for n, d in COMP], "▪️ ")}

📩 Candidature via l'espace recrutement du site de la Banque, en rappelant la référence. Test écrit prévu le 17/11/2044.
Merci de partager autour de vous 🙏 #Gabon #Libreville #Banque #Emploi #Finance
…voir moins

👍❤️💡 184
37 commentaires • 12 republications

J'aime   Commenter   Republier   Envoyer

Les plus pertinents ▾
Rodrigue N. • 3e et +
Bonjour, le poste est-il ouvert aux candidats basés à Port-Gentil ?
  J'aime · Répondre · 1 j
    Estelle M. • Auteur
    Oui, à condition d'accepter une affectation au siège de Libreville.
Prisca O. • 2e
Intéressée 🙋‍♀️ Je partage avec ma promo du master Banque.
  J'aime · Répondre · 20 h

Charger plus de commentaires
"""
w(KEY + "-linkedin-post.txt", li, REF)

exp(KEY, dict(reference=REF, languages=["fr"], title={"fr": T}, organisation={"fr": ORG}, location={"fr": LOC},
              schedule={"fr": SCH}, deadline="2044-11-03", salary=sal(1450000, cur="XAF"), grade=GR,
              requirements={"fr": {"essential": ESS, "desirable": DES}}, competencies={"fr": COMP}))
