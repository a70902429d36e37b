from common import *

KEY = "btci-drh-ar-2040-17"
REF = "BTCI/DRH/AR/2040-17"
TITLE = "Chargé(e) de la monétique et des paiements électroniques"
ORG = "Banque Togolaise pour le Commerce et l'Industrie (BTCI)"
LOC = "Lomé (Togo), siège social, quartier administratif"
SCHED = "Du lundi au vendredi, de 7 h 30 à 17 h 30, avec astreintes tournantes le week-end"
GRADE = "Cadre, catégorie C2"
SAL = "Entre 850 000 et 1 100 000 FCFA brut par mois, selon profil, plus prime de bilan"
ESS = [
    "Diplôme de niveau Bac + 4 ou Bac + 5 en informatique, en systèmes d'information bancaires ou en finance.",
    "Au moins quatre (4) ans d'expérience en monétique, dans une banque ou chez un processeur de paiement.",
    "Bonne connaissance des normes EMV et PCI DSS et des règles des réseaux de cartes internationaux.",
    "Pratique du paramétrage d'un serveur monétique et des plateformes de paiement mobile.",
]
DES = [
    "Une certification PCI ou ITIL.",
    "L'expérience d'un projet de migration de parc de terminaux de paiement.",
]
COMP = [
    ("Rigueur", "vous suivez chaque rapprochement jusqu'à ce que l'écart soit nul."),
    ("Sens du service", "vous répondez aux agences et aux commerçants dans la journée."),
    ("Discrétion", "vous protégez les données des porteurs de cartes en toutes circonstances."),
]
MISSIONS = [
    "administrer le serveur monétique et le parc de guichets automatiques de la Banque ;",
    "suivre les flux de compensation des cartes et traiter les rejets et les impayés ;",
    "piloter les relations avec le processeur régional et les réseaux internationaux ;",
    "instruire les réclamations des porteurs et des commerçants affiliés ;",
    "préparer les tableaux de bord mensuels de la fraude et de la disponibilité des services.",
]

expected(KEY, reference=REF, languages=["fr"], title=TITLE, organisation=ORG, location=LOC,
         schedule=SCHED, deadline="2040-10-05", salary=salary(min=850000, max=1100000, currency="XOF"),
         grade=GRADE, requirements={"fr": {"essential": ESS, "desirable": DES}},
         competencies={"fr": COMP})

html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Offre {REF} – Carrières BTCI</title>
<style>
body{{font-family:Arial,Helvetica,sans-serif;margin:0;color:#222}}
.cookie{{background:#333;color:#fff;font-size:12px;padding:6px 20px}}
header{{background:#004b87;color:#fff;padding:10px 20px}} nav a{{color:#fff;margin-right:14px}}
main{{max-width:900px;margin:20px auto}} table.fiche{{border-collapse:collapse;width:100%;font-size:13px}}
table.fiche th{{background:#e8eef5;text-align:left;padding:5px;border:1px solid #bcc}}
table.fiche td{{padding:5px;border:1px solid #bcc;vertical-align:top}}
dt{{font-weight:bold;margin-top:6px}} aside{{border-top:2px solid #004b87;margin-top:24px;font-size:13px}}
</style></head><body>
<div class="cookie">Ce site utilise des cookies pour mesurer l'audience. <a href="#">Accepter</a> · <a href="#">Paramétrer</a></div>
<header><strong>BTCI</strong> — Banque Togolaise pour le Commerce et l'Industrie
<nav><a href="#">Particuliers</a><a href="#">Entreprises</a><a href="#">Banque en ligne</a><a href="#">Carrières</a><a href="#">Agences</a></nav></header>
<main>
<p class="crumb">Accueil › Carrières › Offres en cours</p>
<h1>La BTCI renforce sa Direction des opérations</h1>
<p><em>Publié le 14 septembre 2040 – Avis n° {REF}</em></p>
<p>Dans le cadre du développement de ses services de paiement, la Banque lance un appel à candidatures pour le poste ci-dessous, à pourvoir à Lomé.</p>
<table class="fiche">
<tr><th>Référence</th><th>Intitulé du poste</th><th>Employeur</th><th>Direction</th></tr>
<tr><td>{REF}</td><td>{TITLE}</td><td>{ORG}</td><td>Direction des opérations et de la monétique</td></tr>
<tr><th>Lieu d'affectation</th><th>Horaires</th><th>Classification</th><th>Rémunération</th></tr>
<tr><td>{LOC}</td><td>{SCHED}</td><td>{GRADE}</td><td>{SAL}</td></tr>
<tr><th>Type de contrat</th><th colspan="3">Date limite de candidature</th></tr>
<tr><td>CDI, période d'essai de six mois</td><td colspan="3">vendredi 5 octobre 2040 à 17 h 00</td></tr>
</table>
<h2>Vos missions</h2>
<ol>
{li(MISSIONS)}
</ol>
<h2>Profil recherché</h2>
<ul>
{li(ESS)}
</ul>
<h2>Seraient un plus</h2>
<ul>
{li(DES)}
</ul>
<h2>Qualités attendues</h2>
<dl>
{"".join(f"<dt>{n}</dt><dd>{d}</dd>" for n, d in COMP)}
</dl>
<h2>Comment postuler</h2>
<p>Le dossier (lettre de motivation, CV détaillé, copies des diplômes et attestations de travail) est déposé en ligne sur l'espace Carrières, en rappelant la référence de l'avis. Les candidat(e)s présélectionné(e)s passeront un test technique le vendredi 19 octobre 2040, puis un entretien avec un jury. Seules les candidatures retenues seront contactées.</p>
<aside><h3>Autres offres</h3>
<ul><li>Conseiller(ère) clientèle Particuliers – Kara – clôture le 28 septembre 2040</li>
<li>Auditeur(trice) interne – Lomé – clôture le 12 octobre 2040</li></ul>
<p>Nouveau : la carte prépayée BTCI est disponible en agence pour 5 000 FCFA.</p></aside>
</main>
<footer><p>© 2040 BTCI – Mentions légales – Politique de confidentialité – Nous contacter</p></footer>
</body></html>
"""
write(KEY + "-btci.html", html)

board = f"""
TogoEmploi  Accueil  Offres d'emploi  Entreprises  Conseils CV  Connexion  Publier une offre
Accueil > Offres d'emploi > Banque / Finance > Lomé

CHARGÉ(E) DE LA MONÉTIQUE ET DES PAIEMENTS ÉLECTRONIQUES (H/F)
BTCILomé, TogoPubliée le 14.09.2040Expire le 05.10.2040Vues : 1 284
Secteur d'activitéBanque / Assurance / FinanceType de contratCDINiveau d'étudesBac + 4 / Bac + 5ExpérienceConfirmé (3 à 5 ans)

Référence : {REF}
Poste : {TITLE}
Entreprise : {ORG}
Lieu : {LOC}
Horaires : {SCHED}
Classification : {GRADE}
Salaire : {SAL}
Date limite : 05.10.2040

DESCRIPTION DU POSTE
Rattaché(e) au responsable de la Direction des opérations et de la monétique, vous aurez pour missions d'{MISSIONS[0]} {" ".join(MISSIONS[1:])}

PROFIL DU CANDIDAT
• {ESS[0]}
• {ESS[1]}
• {ESS[2]}
• {ESS[3]}

Atouts :
• {DES[0]}
• {DES[1]}

Qualités personnelles
{COMP[0][0]} : {COMP[0][1]}
{COMP[1][0]} : {COMP[1][1]}
{COMP[2][0]} : {COMP[2][1]}

DOSSIER DE CANDIDATURE
Lettre de motivation, CV, copies des diplômes et attestations de travail, à déposer sur l'espace Carrières de la banque avec la référence de l'avis. Test technique prévu le 19/10/2040.

Signaler cette offre  |  Partager  |  Imprimer

OFFRES SIMILAIRES
Analyste risques opérationnels – Lomé – Expire le 30.09.2040
Chargé(e) de clientèle entreprises – Lomé – Expire le 11.10.2040
Agent de caisse – Sokodé – 180 000 FCFA – Expire le 02.10.2040

© 2040 TogoEmploi – Conditions d'utilisation – Confidentialité
"""
write(KEY + "-togoemploi.txt", board)
