from common import *

KEY = "ofs-2043-0412"; REF = "OFS-2043-0412"
TITLE = "Méthodologiste pour les statistiques des entreprises"
ORG = "Office fédéral de la statistique"
LOC = "Neuchâtel"
SCHED = "80–100 %"
GRADE = "classe de salaire 24"
ESS = ["Master en statistique, en mathématiques appliquées ou en économétrie",
       "Plusieurs années d'expérience dans la conception d'échantillons et l'estimation sur petits domaines",
       "Très bonnes connaissances de R et de SAS",
       "Très bonnes connaissances d'une deuxième langue officielle et bonnes connaissances de l'anglais"]
DES = ["Expérience des registres administratifs et de l'appariement de données",
       "Doctorat en statistique"]
TASKS = ["Vous concevez les plans d'échantillonnage des enquêtes auprès des entreprises et en évaluez la qualité.",
         "Vous développez des méthodes d'imputation et de calage et les documentez pour les équipes de production.",
         "Vous conseillez les sections thématiques et participez aux groupes de travail d'Eurostat.",
         "Vous contribuez à l'utilisation accrue des données administratives dans la statistique publique."]

def build():
    expected(KEY, REF, ["fr"], {"fr": TITLE}, {"fr": ORG}, {"fr": LOC}, {"fr": SCHED}, "2043-11-19",
             salary=sal(None, 109830, 148215, "CHF", "year"), grade=GRADE,
             req={"fr": {"essential": ESS, "desirable": DES}}, comp={"fr": []})
    li = lambda xs: "\n".join(f"      <li>{x}</li>" for x in xs)
    html = f"""<!DOCTYPE html>
<html lang="fr">
<head><meta charset="utf-8"><title>{TITLE} – Postes vacants – Administration fédérale</title></head>
<body>
<header>
  <div class="langs"><a href="#">DE</a> <b>FR</b> <a href="#">IT</a> <a href="#">EN</a></div>
  <div class="brand">Schweizerische Eidgenossenschaft<br>Confédération suisse<br>Confederazione Svizzera<br>Confederaziun svizra</div>
  <nav><a href="#">Postes vacants</a> <a href="#">Formation professionnelle</a> <a href="#">Stages</a> <a href="#">L'administration fédérale comme employeur</a></nav>
</header>
<main>
  <p><a href="#">‹ Retour aux résultats (37)</a></p>
  <p class="unit">{ORG} OFS</p>
  <h1>{TITLE}</h1>
  <div class="facts">
    <div><b>Numéro de référence</b><br>{REF}</div>
    <div><b>Lieu de travail</b><br>{LOC}</div>
    <div><b>Taux d'occupation</b><br>{SCHED}</div>
    <div><b>Type de contrat</b><br>Durée indéterminée</div>
    <div><b>Classification</b><br>{GRADE}</div>
    <div><b>Salaire annuel</b><br>CHF 109'830 – 148'215 (pour un taux d'occupation de 100 %)</div>
    <div><b>Date de publication</b><br>29.10.2043</div>
    <div><b>Délai de postulation</b><br>19.11.2043</div>
  </div>
  <p>Au sein de la division Méthodes statistiques, vous renforcez une équipe qui garantit la qualité des résultats
  publiés par l'{ORG}. Vous travaillez dans un environnement interdisciplinaire où se côtoient des statisticiennes,
  des informaticiens et des spécialistes des différents domaines économiques.</p>
  <h2>Vos tâches</h2>
  <ul>
{li(TASKS)}
  </ul>
  <h2>Votre profil</h2>
  <ul>
{li(ESS)}
  </ul>
  <h2>Ce qui constitue un atout</h2>
  <ul>
{li(DES)}
  </ul>
  <h2>Ce que nous offrons</h2>
  <p>Horaires de travail flexibles, possibilité de télétravail partiel, bâtiment à deux pas de la gare. Entrée en
  fonction : 1er mars 2044 ou à convenir. Les entretiens auront lieu le 2 décembre 2043.</p>
  <p>Nous valorisons la diversité et nous réjouissons de recevoir les candidatures de personnes de toutes les
  communautés linguistiques. Nous n'acceptons que les dossiers déposés en ligne.</p>
  <h2>Contact</h2>
  <p>Pour tout renseignement sur le poste : Mme A. Perrenoud, cheffe de section, +41 58 000 00 00 (numéro fictif).<br>
  Pour les questions relatives à la procédure : service du personnel, personnel@ofs.example.</p>
  <p><a href="#">Postuler en ligne</a></p>
</main>
<footer>Administration fédérale · Mentions juridiques · Déclaration d'accessibilité · Dernière modification 29.10.2043</footer>
</body>
</html>
"""
    w(KEY + "-ofs.html", html, KEY)
    board = f"""
emploisromandie.ch
Rechercher  Entreprises  Salaires  Conseils  Connexion  DE | FR

{TITLE}
{ORG} OFS · {LOC}

Publié le:29.10.2043Taux d'occupation:{SCHED}Type de contrat:Durée indéterminéeLieu de travail:{LOC}Langues:français, allemand, anglais
Postuler rapidement   ♡ Sauvegarder

Estimation de salaire de la plateforme : CHF 105'000 – 140'000 / an
Cette estimation est-elle utile ?  Oui  Non

Numéro de référence : {REF}
Classification : {GRADE}
Salaire annuel : CHF 109'830 – 148'215 (pour un taux d'occupation de 100 %)
Délai de postulation : 19.11.2043

Vos tâches
{chr(10).join("• " + t for t in TASKS)}

Votre profil
{chr(10).join("• " + x for x in ESS)}

Ce qui constitue un atout
{chr(10).join("• " + x for x in DES)}

Ce que nous offrons
Horaires flexibles, télétravail partiel, entrée en fonction le 1er mars 2044 ou à convenir.

À propos de l'entreprise
L'{ORG} est le centre de compétence de la statistique publique suisse.

Emplois similaires
Statisticien-ne junior 60–80 % · Berne · publié le 27.10.2043
Data scientist 100 % · Lausanne · CHF 115'000 / an · publié le 22.10.2043
"""
    w(KEY + "-emploisromandie.txt", board, KEY)
