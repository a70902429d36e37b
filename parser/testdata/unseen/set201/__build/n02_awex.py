"""AWEX (Brussels) - Walloon public agency, French only. Careers page (HTML with a
<dl> sidebar) and its browser copy (.txt)."""
from common import write, expected, sal, req, comp, esc

KEY = "awex-rh-2034-09"
REF = "AWEX-RH-2034-09"
TITLE = "Conseiller·ère export – Secteur agroalimentaire (H/F/X)"
ORG = "Agence wallonne à l'Exportation et aux Investissements étrangers"
LOC = "Bruxelles"
SCHED = "Temps plein – 38 heures/semaine"
GRADE = "A6"
ESS = [
    "Vous êtes titulaire d'un diplôme de master (ingénieur commercial, bioingénieur, sciences économiques ou équivalent).",
    "Vous justifiez d'une expérience de trois ans minimum dans le commerce international ou l'accompagnement d'entreprises.",
    "Vous connaissez le tissu des entreprises agroalimentaires wallonnes et leurs filières.",
    "Vous maîtrisez l'anglais (niveau C1) en plus du français.",
    "Vous êtes disposé·e à effectuer des missions à l'étranger de courte durée.",
]
DES = [
    "Une connaissance du néerlandais ou de l'allemand.",
    "Une expérience au sein d'un poste diplomatique ou d'une chambre de commerce.",
    "La connaissance des règles sanitaires et phytosanitaires à l'exportation.",
]
COMP = [
    ("Orientation client", "vous partez des besoins des entreprises et y répondez avec réactivité."),
    ("Esprit d'équipe", "vous travaillez en réseau avec les attachés économiques et commerciaux."),
    ("Communication", "vous présentez un marché de manière claire devant un public de chefs d'entreprise."),
    ("Autonomie", "vous organisez votre portefeuille d'entreprises et vos priorités."),
]
SAL_TXT = "de 51 963,47 € à 79 316,58 € bruts annuels indexés"


def build():
    li = lambda xs: "\n".join("      <li>%s</li>" % esc(x) for x in xs)
    comps = "\n".join("      <li><strong>%s</strong> : %s</li>" % (esc(n), esc(d)) for n, d in COMP)
    html = f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>{esc(TITLE)} | AWEX – Offres d'emploi</title>
<style>
body{{font-family:Arial,Helvetica,sans-serif;margin:0;color:#222}}
.cookies{{background:#1d2f4f;color:#fff;padding:8px 16px;font-size:13px}}
header{{display:flex;justify-content:space-between;padding:12px 24px;border-bottom:3px solid #e2001a}}
nav a{{margin-right:14px;color:#1d2f4f;text-decoration:none}}
.wrap{{display:flex;gap:32px;padding:20px 24px}}
main{{flex:3}} aside{{flex:1;background:#f3f4f7;padding:14px;border-top:4px solid #e2001a}}
dt{{font-weight:bold;margin-top:8px}} dd{{margin:0}}
footer{{font-size:12px;color:#666;padding:16px 24px;border-top:1px solid #ccc}}
</style>
</head>
<body>
<div class="cookies">Ce site utilise des cookies pour mesurer l'audience. <a href="#">Accepter</a> <a href="#">Refuser</a> <a href="#">Personnaliser</a></div>
<header>
  <div class="logo"><strong>AWEX</strong> Wallonia Export &amp; Investment Agency</div>
  <nav><a href="#">Exporter</a><a href="#">Investir en Wallonie</a><a href="#">Nos bureaux à l'étranger</a><a href="#">Actualités</a><a href="#">Emploi</a><a href="#">FR</a> <a href="#">EN</a></nav>
</header>
<p style="padding:0 24px;font-size:13px"><a href="#">Accueil</a> › <a href="#">L'AWEX recrute</a> › Offre d'emploi</p>
<div class="wrap">
<main>
  <p class="kicker">L'AWEX recrute · Publié le 23 juin 2034</p>
  <h1>{esc(TITLE)}</h1>
  <p>L'{esc(ORG)} (AWEX) accompagne les entreprises wallonnes sur les marchés internationaux et promeut la Wallonie auprès des investisseurs étrangers, grâce à un réseau de plus de cent bureaux dans le monde. Pour sa Direction Agroalimentaire, elle recrute un·e conseiller·ère export sous contrat à durée indéterminée.</p>
  <h2>Votre fonction</h2>
  <p>Au sein d'une équipe de six personnes, vous êtes l'interlocuteur·rice des entreprises du secteur agroalimentaire qui souhaitent se développer à l'exportation. Concrètement, vous :</p>
  <ul>
    <li>analysez le potentiel international des entreprises et leur proposez un plan d'action ;</li>
    <li>organisez des missions de prospection et la participation collective aux salons professionnels ;</li>
    <li>relayez les opportunités d'affaires remontées par les attachés économiques et commerciaux ;</li>
    <li>rédigez des notes de marché et des fiches sectorielles ;</li>
    <li>gérez les dossiers d'aides financières à l'exportation de votre portefeuille.</li>
  </ul>
  <h2>Votre profil</h2>
  <ul>
{li(ESS)}
  </ul>
  <h2>Atouts</h2>
  <ul>
{li(DES)}
  </ul>
  <h2>Compétences comportementales</h2>
  <ul>
{comps}
  </ul>
  <h2>Notre offre</h2>
  <p>Un contrat à durée indéterminée au grade {GRADE}, un traitement {SAL_TXT} selon l'ancienneté valorisable, des chèques-repas, une assurance hospitalisation, la gratuité des transports en commun domicile-travail et la possibilité de télétravailler deux jours par semaine.</p>
  <h2>Procédure</h2>
  <p>Envoyez votre CV et votre lettre de motivation via le formulaire en ligne au plus tard le <strong>mercredi 19 juillet 2034 à 23 h 59</strong>, en mentionnant la référence {REF}. Les candidat·e·s retenu·e·s sur dossier seront invité·e·s à une épreuve écrite dans la semaine du 28 août 2034, puis à un entretien devant un jury.</p>
  <p><a href="#">Postuler</a> · <a href="#">Imprimer</a> · <a href="#">Partager</a></p>
</main>
<aside>
  <h3>En résumé</h3>
  <dl>
    <dt>Référence</dt><dd>{REF}</dd>
    <dt>Employeur</dt><dd>{esc(ORG)}</dd>
    <dt>Direction</dt><dd>Direction Agroalimentaire</dd>
    <dt>Lieu de travail</dt><dd>{LOC}</dd>
    <dt>Régime</dt><dd>{esc(SCHED)}</dd>
    <dt>Grade</dt><dd>{GRADE}</dd>
    <dt>Contrat</dt><dd>CDI</dd>
    <dt>Date limite</dt><dd>19 juillet 2034</dd>
  </dl>
  <h3>Autres offres</h3>
  <ul>
    <li><a href="#">Attaché·e économique et commercial·e – Nairobi</a> (jusqu'au 31 juillet 2034)</li>
    <li><a href="#">Assistant·e administratif·ve – Namur</a> (jusqu'au 4 août 2034)</li>
  </ul>
</aside>
</div>
<footer>© AWEX 2034 · Place Sainctelette 2, 1080 Bruxelles · <a href="#">Mentions légales</a> · <a href="#">Vie privée</a> · <a href="#">Accessibilité</a></footer>
</body>
</html>
"""
    write(KEY + "-awex.html", html, KEY)
    nl = "\n"
    txt = f"""Aller au contenu
Ce site utilise des cookies pour mesurer l'audience. Accepter Refuser Personnaliser
AWEX Wallonia Export & Investment Agency
Exporter
Investir en Wallonie
Nos bureaux à l'étranger
Actualités
Emploi
FR EN
Accueil › L'AWEX recrute › Offre d'emploi

L'AWEX recrute · Publié le 23 juin 2034

{TITLE}

L'{ORG} (AWEX) accompagne les entreprises wallonnes sur les marchés internationaux et promeut la Wallonie auprès des investisseurs étrangers, grâce à un réseau de plus de cent bureaux dans le monde. Pour sa Direction Agroalimentaire, elle recrute un·e conseiller·ère export sous contrat à durée indéterminée.

Votre fonction

Au sein d'une équipe de six personnes, vous êtes l'interlocuteur·rice des entreprises du secteur agroalimentaire qui souhaitent se développer à l'exportation. Concrètement, vous :

analysez le potentiel international des entreprises et leur proposez un plan d'action ;
organisez des missions de prospection et la participation collective aux salons professionnels ;
relayez les opportunités d'affaires remontées par les attachés économiques et commerciaux ;
rédigez des notes de marché et des fiches sectorielles ;
gérez les dossiers d'aides financières à l'exportation de votre portefeuille.

Votre profil

{nl.join(ESS)}

Atouts

{nl.join(DES)}

Compétences comportementales

{nl.join(n + " : " + d for n, d in COMP)}

Notre offre

Un contrat à durée indéterminée au grade {GRADE}, un traitement {SAL_TXT} selon l'ancienneté valorisable, des chèques-repas, une assurance hospitalisation, la gratuité des transports en commun domicile-travail et la possibilité de télétravailler deux jours par semaine.

Procédure

Envoyez votre CV et votre lettre de motivation via le formulaire en ligne au plus tard le mercredi 19 juillet 2034 à 23 h 59, en mentionnant la référence {REF}. Les candidat·e·s retenu·e·s sur dossier seront invité·e·s à une épreuve écrite dans la semaine du 28 août 2034, puis à un entretien devant un jury.

Postuler · Imprimer · Partager

En résumé
Référence
{REF}
Employeur
{ORG}
Direction
Direction Agroalimentaire
Lieu de travail
{LOC}
Régime
{SCHED}
Grade
{GRADE}
Contrat
CDI
Date limite
19 juillet 2034
Autres offres
Attaché·e économique et commercial·e – Nairobi (jusqu'au 31 juillet 2034)
Assistant·e administratif·ve – Namur (jusqu'au 4 août 2034)
© AWEX 2034 · Place Sainctelette 2, 1080 Bruxelles · Mentions légales · Vie privée · Accessibilité
"""
    write(KEY + "-awex-browser.txt", txt, KEY)
    expected(KEY, reference=REF, languages=["fr"],
             title={"en": None, "fr": TITLE}, organisation={"en": None, "fr": ORG},
             location={"en": None, "fr": LOC}, schedule={"en": None, "fr": SCHED},
             deadline="2034-07-19", salary=sal(mn=51963.47, mx=79316.58, cur="EUR", period="year"),
             grade=GRADE, clearance=None,
             requirements={"en": None, "fr": req(ESS, DES)},
             competencies={"en": None, "fr": comp(COMP)})
