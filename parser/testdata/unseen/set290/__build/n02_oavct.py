"""OAVCT (Haiti): institutional page (HTML, facts as <th>/<td>) + daily's classified page."""
from common import *

KEY = "oavct-drh-av-2041-014"
REF = "OAVCT/DRH/AV/2041-014"
TITLE = "Gestionnaire des sinistres corporels"
ORG = "Office d'Assurance Véhicules Contre Tiers (OAVCT)"
LOC = "Bureau régional des Gonaïves (Artibonite), avec déplacements à Saint-Marc et à Hinche"
SCHED = "Du lundi au vendredi, de 8 h 00 à 16 h 00"
GRADE = "Cadre professionnel, niveau 2"
ESS = [
    "Être de nationalité haïtienne",
    "Licence en droit, en sciences administratives ou en gestion des assurances",
    "Trois (3) ans d'expérience au moins dans le règlement de sinistres ou dans un cabinet d'avocats",
    "Bonne connaissance de la législation sur l'assurance obligatoire des véhicules",
    "Maîtrise du créole haïtien et du français, à l'oral comme à l'écrit",
    "Permis de conduire valide",
]
DES = [
    "Formation en évaluation du dommage corporel",
    "Connaissance de l'anglais ou de l'espagnol",
]
COMP = ["Empathie", "Sens de la négociation", "Discrétion", "Esprit d'organisation"]
TACHES = [
    "Recevoir les victimes d'accidents de la circulation et leurs ayants droit et ouvrir les dossiers de réclamation",
    "Vérifier les pièces justificatives (procès-verbal de police, certificats médicaux, factures d'hôpital)",
    "Organiser les contre-visites médicales avec les médecins-conseils de l'Office",
    "Calculer les indemnités selon le barème en vigueur et préparer les propositions de transaction",
    "Suivre les dossiers contentieux avec le service juridique et les tribunaux de paix",
    "Tenir à jour la base de données des sinistres du bureau régional",
]

li = lambda xs: "\n".join(f"      <li>{x}</li>" for x in xs)
html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<title>Avis de vacance – {TITLE} | OAVCT</title>
<style>
body{{font-family:Arial,sans-serif;margin:0;color:#222}}
.top{{background:#0b3d6b;color:#fff;padding:6px 20px;font-size:13px}}
nav a{{margin-right:14px}} main{{display:flex;gap:30px;padding:20px}}
article{{flex:3}} aside{{flex:1;background:#f1f4f7;padding:12px;font-size:14px}}
table.fiche th{{text-align:left;background:#e4ebf2;width:35%;padding:6px}} table.fiche td{{padding:6px}}
</style></head><body>
<div class="top">Urgence accident : 2800-0000 · Lundi – vendredi 8 h – 16 h · Kreyòl | Français</div>
<header><h2>OAVCT – Office d'Assurance Véhicules Contre Tiers</h2>
<nav><a href="#">Accueil</a><a href="#">L'Office</a><a href="#">Assurés</a><a href="#">Victimes</a><a href="#">Avis de vacance</a><a href="#">Contact</a></nav></header>
<main>
<article>
  <p><small>Accueil › Avis de vacance › {REF}</small></p>
  <h1>L'OAVCT ouvre un poste dans l'Artibonite</h1>
  <p><em>Publié le 20 novembre 2041</em></p>
  <p>L'Office d'Assurance Véhicules Contre Tiers invite les personnes intéressées et remplissant les conditions ci-dessous à soumettre leur candidature pour le poste suivant.</p>
  <table class="fiche">
    <tr><th>Référence</th><td>{REF}</td></tr>
    <tr><th>Poste</th><td>{TITLE}</td></tr>
    <tr><th>Institution</th><td>{ORG}</td></tr>
    <tr><th>Direction</th><td>Direction des sinistres et de l'indemnisation</td></tr>
    <tr><th>Lieu d'affectation</th><td>{LOC}</td></tr>
    <tr><th>Classification</th><td>{GRADE}</td></tr>
    <tr><th>Horaire de travail</th><td>{SCHED}</td></tr>
    <tr><th>Salaire</th><td>142 500 gourdes (HTG) brutes par mois, plus assurance maladie</td></tr>
    <tr><th>Date limite</th><td>Jeudi 12 décembre 2041, 16 h 00</td></tr>
  </table>
  <h3>Tâches et responsabilités</h3>
  <ul>
{li(TACHES)}
  </ul>
  <h3>Qualifications requises</h3>
  <ul>
{li(ESS)}
  </ul>
  <h3>Constituent des atouts</h3>
  <ul>
{li(DES)}
  </ul>
  <h3>Aptitudes</h3>
  <ul>
{li(COMP)}
  </ul>
  <h3>Comment postuler</h3>
  <p>Les candidat(e)s déposent une lettre de motivation, un curriculum vitae, la copie des diplômes, la copie de la carte d'identification nationale (CIN) et du NIF, ainsi qu'un certificat de bonne vie et mœurs, au bureau régional des Gonaïves ou par courriel à rh@oavct.example, au plus tard le jeudi 12 décembre 2041 à 16 h 00. Les entretiens se tiendront à Port-au-Prince la semaine du 5 janvier 2042.</p>
  <p>L'OAVCT encourage les candidatures féminines.</p>
</article>
<aside>
  <h4>Autres avis</h4>
  <p>Agent(e) de guichet – Cap-Haïtien<br>Clôture : 28 novembre 2041</p>
  <p>Chauffeur(e) – Port-au-Prince<br>Clôture : 4 décembre 2041</p>
  <h4>Victimes</h4>
  <p>Déclarez un accident dans les 30 jours. Formulaire en ligne.</p>
</aside>
</main>
<footer><p>© 2041 OAVCT · Delmas (adresse fictive) · Mentions légales</p></footer>
</body></html>
"""
write(KEY + "-oavct.html", html, KEY)

paper = f"""LE COURRIER DE L'ARTIBONITE          Mercredi 26 novembre 2041          Page 14
Quotidien d'informations générales – Gonaïves – No 7 215 (journal fictif)
--------------------------------------------------------------------------------
                    PETITES ANNONCES – OFFRES ET AVIS
--------------------------------------------------------------------------------

                        AVIS DE VACANCE
       OFFICE D'ASSURANCE VÉHICULES CONTRE TIERS (OAVCT)
                     Réf. {REF}

Poste : {TITLE}
Institution : {ORG}
Lieu d'affectation : {LOC}
Classification : {GRADE}
Horaire de travail : {SCHED}
Salaire : 142 500 gourdes (HTG) brutes par mois
Date limite : 12/12/2041 à 16 h 00

Tâches : recevoir les victimes et leurs ayants droit et ouvrir les dossiers ;
vérifier les pièces justificatives ; organiser les contre-visites médicales ;
calculer les indemnités selon le barème en vigueur ; suivre le contentieux ;
tenir à jour la base de données des sinistres.

Qualifications requises :
- {ESS[0]}
- {ESS[1]}
- {ESS[2]}
- {ESS[3]}
- {ESS[4]}
- {ESS[5]}

Constituent des atouts :
- {DES[0]}
- {DES[1]}

Aptitudes : {", ".join(COMP[:-1])}, {COMP[-1]}.

Dossier (lettre, CV, diplômes, CIN, NIF, certificat de bonne vie et mœurs) à
déposer au bureau régional des Gonaïves, rue Louverture (adresse fictive), ou à
rh@oavct.example. Entretiens : semaine du 5 janvier 2042.
--------------------------------------------------------------------------------
PERTE. – Il est porté à la connaissance du public la perte de la carte grise du
véhicule immatriculé AA-00000 (fictif). Toute opposition avant le 10 décembre 2041.
--------------------------------------------------------------------------------
À VENDRE. – Moto 125 cm3, bon état, 95 000 gourdes à débattre. Tél. 3700-0000.
--------------------------------------------------------------------------------
"""
write(KEY + "-courrier.txt", paper, KEY)

expected(KEY, reference=REF, languages=["fr"], title=TITLE, organisation=ORG, location=LOC,
         schedule=SCHED, deadline="2041-12-12", salary=salary(142500, cur="HTG"), grade=GRADE,
         requirements={"fr": {"essential": ESS, "desirable": DES}},
         competencies={"fr": [(c, "") for c in COMP]})
save_rows("n02")
