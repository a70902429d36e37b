from common import *
K = "ctm-drh-2033-0562"
REF = "CTM-DRH-2033-0562"
TITLE = "Chargé(e) de mission économie bleue"
LONG = "Chargé(e) de mission économie bleue et pêche durable"
ORG = "Collectivité Territoriale de Martinique"
LOC = "Fort-de-France, Hôtel de la Collectivité (Plateau Roy)"
SCHED = "Temps complet (37 h 30 hebdomadaires, avec RTT)"
GRADE = "Attaché territorial"
SAL = "Rémunération indicative de 3 100 € net mensuel (EUR), régime indemnitaire et majoration de traitement de 40 % compris"
ESS = ["Formation supérieure (Bac+5) en économie, gestion des ressources halieutiques ou aménagement du littoral",
       "Expérience confirmée de la conduite de projets cofinancés par les fonds européens",
       "Connaissance de l'environnement institutionnel des collectivités d'outre-mer",
       "Aisance rédactionnelle et maîtrise des outils bureautiques"]
DES = ["Pratique de l'anglais ou de l'espagnol dans le cadre de la coopération caribéenne",
       "Connaissance du secteur de la pêche artisanale martiniquaise"]
COMP = [("Sens du dialogue", "fait converger les intérêts des professionnels et des services de l'État."),
        ("Organisation", "conduit plusieurs dossiers en parallèle dans le respect des échéances."),
        ("Réserve", "respecte la confidentialité des échanges avec les élus.")]
ACT = ["Élaborer et suivre la feuille de route de la Collectivité en matière d'économie bleue",
       "Instruire les demandes d'aides des entreprises de la pêche et de l'aquaculture",
       "Animer les comités techniques réunissant professionnels, services de l'État et associations",
       "Préparer les rapports et délibérations soumis à l'Assemblée et au Conseil exécutif",
       "Représenter la Collectivité dans les réseaux de coopération régionale de la Caraïbe"]
expected(fr_only(key=K, reference=REF, title=TITLE, organisation=ORG, location=LOC, schedule=SCHED,
  deadline="2033-10-28", salary=salary(amount=3100, cur="EUR", period="month"), grade=GRADE,
  essential=ESS, desirable=DES, competencies=COMP))

GEN = [("Référence", REF), ("Date limite de candidature", "28/10/2033"), ("Intitulé long de l'offre", LONG)]
DESC = [("Versant", "Fonction publique territoriale"), ("Catégorie", "Catégorie A (cadre)"),
        ("Nature de l'emploi", "Emploi ouvert aux fonctionnaires et aux contractuels"),
        ("Domaine / Métier", "Développement économique – Chargée / Chargé de développement territorial"),
        ("Intitulé du poste", TITLE), ("Grade(s)", GRADE), ("Employeur", ORG),
        ("Direction", "Direction de la Mer et de la Pêche"), ("Temps de travail", SCHED), ("Rémunération", SAL)]
LOCB = [("Zone géographique", "Martinique"), ("Lieu d'affectation", LOC)]
PROC = [("Date de prise de poste souhaitée", "02/01/2034"),
        ("Processus de recrutement", "Candidature en ligne (CV et lettre de motivation). Jury de recrutement prévu à partir du 14 novembre 2033.")]

def blocks_html(rows):
    return "\n".join(f'    <div class="field"><h3>{a}</h3><p>{b}</p></div>' for a, b in rows)
ul = lambda xs: "<ul>" + "".join(f"<li>{x}</li>" for x in xs) + "</ul>"
html = f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Offre d'emploi : {LONG} – Collectivité Territoriale de Martinique</title>
<style>
body {{ font-family: 'Open Sans', Arial, sans-serif; background: #f4f4f4; margin: 0; }}
.bandeau {{ background: #003f7f; color: #fff; padding: 10px 24px; }}
.content {{ background: #fff; max-width: 960px; margin: 16px auto; padding: 20px 28px; }}
.field h3 {{ font-size: 12px; color: #666; margin: 12px 0 2px; font-weight: 600; }}
.field p {{ margin: 0; }}
h2 {{ border-bottom: 1px solid #003f7f; color: #003f7f; font-size: 16px; }}
.actions a {{ margin-right: 14px; }}
#rgpd {{ position: fixed; bottom: 0; width: 100%; background: #222; color: #eee; font-size: 12px; padding: 8px; }}
</style>
</head>
<body>
<a class="skip" href="#main">Aller au contenu</a>
<div class="bandeau">Collectivité Territoriale de Martinique – Espace recrutement · <a href="#">Mon espace candidat</a> · <a href="#">Créer une alerte</a></div>
<div class="content" id="main">
  <p class="crumbs">Accueil &gt; Offres d'emploi &gt; Détail de l'offre</p>
  <h1>{LONG}</h1>
  <div class="actions"><a href="#">Postuler</a><a href="#">Imprimer</a><a href="#">Envoyer à un ami</a></div>
  <h2>Informations générales</h2>
{blocks_html(GEN)}
  <h2>Description du poste</h2>
{blocks_html(DESC)}
    <div class="field"><h3>Vos activités principales</h3>{ul(ACT)}</div>
  <h2>Profil du candidat</h2>
    <div class="field"><h3>Connaissances et compétences requises</h3>{ul(ESS)}</div>
    <div class="field"><h3>Compétences appréciées</h3>{ul(DES)}</div>
    <div class="field"><h3>Savoir-être</h3>{ul([f"{n} : {d}" for n, d in COMP])}</div>
  <h2>Localisation du poste</h2>
{blocks_html(LOCB)}
  <h2>Demandeur</h2>
{blocks_html(PROC)}
  <p class="share">Partager : Facebook · LinkedIn · X</p>
  <h2>Offres similaires</h2>
  <ul class="similar">
    <li>Chef(fe) de projet transition énergétique – Fort-de-France – Date limite : 04/11/2033</li>
    <li>Gestionnaire fonds européens FEAMPA – Le Lamentin – Date limite : 21/10/2033</li>
  </ul>
</div>
<div id="rgpd">Nous utilisons des cookies pour améliorer votre expérience. <a href="#">Tout accepter</a> <a href="#">Personnaliser</a></div>
</body>
</html>
"""
write(K + "-ctm.html", html)

def blocks_txt(rows):
    return "\n".join(f"{a}\n{b}" for a, b in rows)
nav = f"""Aller au contenu
Collectivité Territoriale de Martinique – Espace recrutement	Mon espace candidat	Créer une alerte
Accueil > Offres d'emploi > Détail de l'offre
{LONG}
Postuler	Imprimer	Envoyer à un ami
Informations générales
{blocks_txt(GEN)}
Description du poste
{blocks_txt(DESC)}
Vos activités principales
{chr(10).join(ACT)}
Profil du candidat
Connaissances et compétences requises
{chr(10).join(ESS)}
Compétences appréciées
{chr(10).join(DES)}
Savoir-être
{chr(10).join(f"{n} : {d}" for n, d in COMP)}
Localisation du poste
{blocks_txt(LOCB)}
Demandeur
{blocks_txt(PROC)}
Partager : Facebook · LinkedIn · X
Offres similaires
Chef(fe) de projet transition énergétique – Fort-de-France – Date limite : 04/11/2033
Gestionnaire fonds européens FEAMPA – Le Lamentin – Date limite : 21/10/2033
Nous utilisons des cookies pour améliorer votre expérience. Tout accepter Personnaliser
"""
write(K + "-navigateur.txt", nav)
