from common import *
import html as H
KEY = "SIS-SF-2042-04"
TITLE = "Secrétaire de direction – Section française"
ORG = "École internationale du SHAPE (SIS)"
LOC = "Casteau (Mons), Belgique"
SCH = "Temps partiel (28 heures par semaine)"
GRADE = "B-3"
MISSIONS = [
 "accueillir les familles et tenir à jour les dossiers des élèves de la section ;",
 "préparer les conseils de classe, les réunions de parents et les courriers du/de la chef(fe) de section ;",
 "suivre le budget de fonctionnement de la section et les commandes de fournitures ;",
 "assurer le lien avec le secrétariat général de l'École et avec les services du SHAPE.",
]
ESS = [
 "diplôme de niveau bac + 2 en assistanat de direction ou en gestion administrative",
 "au moins deux ans d'expérience comme secrétaire ou assistant(e), de préférence dans un établissement scolaire",
 "maîtrise parfaite du français écrit et oral",
 "bonne connaissance de l'anglais (niveau B2)",
 "maîtrise des outils bureautiques courants",
]
DES = [
 "connaissance du fonctionnement des établissements français à l'étranger",
 "notions de néerlandais",
]
COMP = [("Sens de l'accueil", ""), ("Discrétion", ""), ("Organisation", ""), ("Réactivité", "")]
INTRO = ("L'École internationale du SHAPE accueille les enfants du personnel du Grand Quartier général des puissances alliées en Europe et des organismes voisins. "
         "Sa section française scolarise près de 300 élèves, de la maternelle à la terminale, selon les programmes de l'Éducation nationale.")
COND = ("Contrat de droit local à durée indéterminée, avec une période d'essai de six mois. Rémunération : 2 846,15 EUR brut par mois (au prorata du temps partiel), "
        "treizième mois et chèques-repas. Horaires : du lundi au jeudi, de 8 h 00 à 15 h 30, hors vacances scolaires. Prise de fonctions : 25 août 2042.")
CAND = ("Les candidatures (lettre de motivation et CV en français) sont à adresser au secrétariat général de l'École au plus tard le jeudi 24 avril 2042 à 12 h. "
        "Les entretiens auront lieu le 6 mai 2042 à Casteau.")

def build():
    expected(KEY, langs=["fr"], title=L(None, TITLE), org=L(None, ORG), loc=L(None, LOC), sched=L(None, SCH),
             deadline="2042-04-24", salary=sal(2846.15), grade=GRADE, clearance=None,
             req={"en": None, "fr": {"essential": ESS, "desirable": DES}}, comps={"en": None, "fr": comp(COMP)})
    e = H.escape
    li = lambda lst: '\n'.join(f'      <li>{e(x)}</li>' for x in lst)
    page = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Offre d'emploi – {e(TITLE)} | SHAPE International School</title></head>
<body>
<div class="topbar"><a href="#">English</a> | <a href="#">Français</a> | <a href="#">Deutsch</a> | <a href="#">Nederlands</a></div>
<header>
  <p class="logo">SHAPE International School – École internationale du SHAPE</p>
  <nav><ul><li><a href="#">L'École</a></li><li><a href="#">Sections</a></li><li><a href="#">Inscriptions</a></li><li><a href="#">Vie scolaire</a></li><li><a href="#">Emplois</a></li><li><a href="#">Contact</a></li></ul></nav>
</header>
<p class="crumbs">Accueil › Section française › Emplois</p>
<main>
  <article>
    <h1>Offre d'emploi : {e(TITLE)}</h1>
    <p class="date">Publiée le 27 mars 2042</p>
    <dl class="fiche">
      <dt>Référence</dt><dd>{KEY}</dd>
      <dt>Organisme</dt><dd>{e(ORG)}</dd>
      <dt>Service</dt><dd>Section française</dd>
      <dt>Lieu de travail</dt><dd>{e(LOC)}</dd>
      <dt>Temps de travail</dt><dd>{e(SCH)}</dd>
      <dt>Grade</dt><dd>{GRADE}</dd>
      <dt>Date limite de candidature</dt><dd>24 avril 2042, 12 h</dd>
    </dl>
    <h2>La section française</h2>
    <p>{e(INTRO)}</p>
    <h2>Vos missions</h2>
    <p>Placé(e) sous l'autorité du/de la chef(fe) de section, vous êtes chargé(e) de :</p>
    <ul>
{li(MISSIONS)}
    </ul>
    <h2>Profil recherché</h2>
    <ul>
{li(ESS)}
    </ul>
    <h3>Seraient un plus</h3>
    <ul>
{li(DES)}
    </ul>
    <h2>Qualités attendues</h2>
    <ul>
{li([n for n, _ in COMP])}
    </ul>
    <h2>Conditions</h2>
    <p>{e(COND)}</p>
    <h2>Candidature</h2>
    <p>{e(CAND)}</p>
  </article>
  <aside>
    <h3>Agenda</h3>
    <p>Vendredi 4 avril 2042 : carnaval de l'école primaire<br>
    Lundi 7 avril 2042 : début des vacances de printemps<br>
    Mardi 22 avril 2042 : rentrée des classes</p>
  </aside>
</main>
<footer>SHAPE International School – Avenue de Bouvignes 1, 7010 SHAPE, Belgique – Mentions légales – Cookies</footer>
</body></html>
"""
    write(f"{KEY}-sis.html", page, KEY)

    fb = f"""Facebook
Parents de la section française – École internationale du SHAPE
Groupe privé · 1,2 k membres

Discussion   Annonces   Membres   Événements   Médias

Sophie Lemaire
Administratrice · 28 mars, 19:14 · 🔒
Bonsoir à tous ! L'École recrute pour la section, si vous connaissez quelqu'un de sérieux dans la région, faites passer. Je recopie l'annonce du site :

📌 Offre d'emploi : {TITLE}
Référence : {KEY}
Organisme : {ORG}
Service : Section française
Lieu de travail : {LOC}
Temps de travail : {SCH}
Grade : {GRADE}
Date limite de candidature : 24 avril 2042, 12 h

La section française
{INTRO}

Vos missions
Placé(e) sous l'autorité du/de la chef(fe) de section, vous êtes chargé(e) de :
{bullets(MISSIONS, '▪️ ')}

Profil recherché
{bullets(ESS, '✔️ ')}

Seraient un plus
{bullets(DES, '➕ ')}

Qualités attendues
{bullets([n for n, _ in COMP], '⭐ ')}

Conditions
{COND}

Candidature
{CAND}

👍❤️ 23 · 7 commentaires · 4 partages

J'aime   Commenter   Partager

Nadia Benali
C'est le poste de Mme Durand qui part à la retraite ? 😢
J'aime · Répondre · 2 j

    Sophie Lemaire
    Oui, elle part fin juin. Le pot de départ est prévu le 27 juin, on en reparle !
    J'aime · Répondre · 2 j

Marc Verhaegen
Partagé dans le groupe des familles de Mons. 28 h par semaine c'est idéal avec des enfants.
J'aime · Répondre · 1 j

Écrire un commentaire…
"""
    write(f"{KEY}-facebook.txt", fb, KEY)
