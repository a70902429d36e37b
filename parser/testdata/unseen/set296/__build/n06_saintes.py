from common import *

KEY = "drh-chsa-2042-063"
REF = "DRH-CHSA-2042-063"
T = "Masseur-kinésithérapeute – SSR et rééducation neurologique (H/F)"
O = "Centre hospitalier de Saintes"
L = "Saintes"
SCHED = "100 % – 37 h 30 hebdomadaires, du lundi au vendredi"
GRADE = "Masseur-kinésithérapeute de classe normale"
ESS = [
    "Diplôme d'État de masseur-kinésithérapeute",
    "Inscription au tableau de l'Ordre des masseurs-kinésithérapeutes",
    "Connaissance des techniques de rééducation neurologique et de la prise en charge des patients cérébrolésés",
]
DES = [
    "Une expérience en service de soins de suite et de réadaptation",
    "Une formation en rééducation vestibulaire ou en thérapie miroir",
]
COMP = [("Sens du travail en équipe pluridisciplinaire", ""), ("Qualités relationnelles", ""),
        ("Rigueur dans la traçabilité des soins", ""), ("Capacité d'adaptation", "")]
MISSIONS = [
    "Réaliser les bilans kinésithérapiques et établir les objectifs de rééducation",
    "Mettre en œuvre les séances individuelles et collectives en plateau technique et en chambre",
    "Participer aux synthèses pluridisciplinaires et à l'éducation thérapeutique des patients",
    "Encadrer les étudiants en kinésithérapie accueillis en stage",
]


def build():
    nl = "\n"
    txt = f"""France Travail   Candidat   Entreprise   Se connecter
Accueil > Offres d'emploi > Masseur-kinésithérapeute / Masseuse-kinésithérapeute

Retour aux résultats

{T}

17 - SAINTES - Localiser avec Mappy
Publié le 24 mai 2042 - offre n° 204RKTD

Le Centre hospitalier de Saintes (établissement support du GHT de Saintonge, 1 000 lits et places) recrute pour son pôle Médecine-Réadaptation.

Référence : {REF}
Établissement : {O}
Service : Soins de suite et de réadaptation (SSR) – 30 lits et hôpital de jour
Grade : {GRADE}
Temps de travail : {SCHED}
Rémunération : de 2 213 € à 3 487 € bruts mensuels selon l'échelon, plus primes statutaires
Date limite de candidature : 14/06/2042

Missions :
{nl.join(MISSIONS)}

Profil recherché :
{nl.join(ESS)}

Serait apprécié :
{nl.join(DES)}

Qualités requises : {", ".join(n for n, _ in COMP)}

Prise de poste souhaitée le 01/09/2042. Les entretiens se tiendront le 23/06/2042.
Candidature (CV et lettre de motivation) à adresser à la Direction des ressources humaines en précisant la référence.

Type de contrat
Contrat à durée indéterminée
Contrat travail

Durée du travail
35H Horaires normaux

Salaire
Salaire brut : Mensuel de 2213,00 Euros à 3487,00 Euros sur 12 mois

Profil souhaité

Expérience
Débutant accepté

Savoirs et savoir-faire
Techniques de rééducation fonctionnelle
Réaliser un bilan kinésithérapique

Savoir-être professionnels
Travail en équipe
Sens de la communication
Capacité d'adaptation

Formation
Bac+5 et plus ou équivalents Kinésithérapie - Exigé

Informations complémentaires
Qualification : Cadre
Secteur d'activité : Activités hospitalières

Employeur
CENTRE HOSPITALIER DE SAINTES
1000 à 1999 salariés

Postuler

Offres similaires
Masseur-kinésithérapeute (H/F) - 17 - ROCHEFORT - publié il y a 6 jours
Ergothérapeute en SSR (H/F) - 17 - ROYAN - publié il y a 2 jours

Signaler cette offre
"""
    write(KEY + "-francetravail.txt", txt, KEY)

    lis = lambda xs: "".join(f"<li>{x}</li>" for x in xs)
    html = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Offre d'emploi – {O}</title></head>
<body>
<div class="alerte">Visites : consultez les horaires et les consignes en vigueur avant votre venue.</div>
<header><p><a href="#">{O}</a> | <a href="#">Patients et visiteurs</a> | <a href="#">Offre de soins</a> | <a href="#">Nous rejoindre</a></p></header>
<main>
<p><a href="#">Accueil</a> / <a href="#">Nous rejoindre</a> / <a href="#">Offres d'emploi</a></p>
<h1>{T}</h1>
<p><em>Direction des ressources humaines – Réf. {REF} – mise en ligne le 24/05/2042</em></p>
<dl class="fiche">
<dt>Établissement</dt><dd>{O}</dd>
<dt>Lieu</dt><dd>{L}</dd>
<dt>Pôle</dt><dd>Médecine-Réadaptation – SSR</dd>
<dt>Grade</dt><dd>{GRADE} (catégorie A)</dd>
<dt>Contrat</dt><dd>Titulaire, mutation, détachement ou contractuel en vue de titularisation</dd>
<dt>Quotité</dt><dd>{SCHED}</dd>
<dt>Rémunération</dt><dd>de 2 213 € à 3 487 € bruts mensuels selon l'échelon</dd>
<dt>Date limite de candidature</dt><dd>14 juin 2042</dd>
</dl>
<h2>Vos missions</h2>
<ol>{lis(MISSIONS)}</ol>
<h2>Votre profil</h2>
<ul>{lis(ESS)}</ul>
<h3>Serait apprécié</h3>
<ul>{lis(DES)}</ul>
<h3>Qualités attendues</h3>
<p>{" · ".join(n for n, _ in COMP)}</p>
<h2>Nos avantages</h2>
<p>Crèche hospitalière, restaurant du personnel, CGOS, 25 jours de congés annuels et 15 RTT, prime d'attractivité de 3 000 € versée sur deux ans.</p>
<p>Renseignements : cadre de santé du pôle, 05 00 00 00 00. Entretiens le 23 juin 2042.</p>
</main>
<footer><p>{O} · Plan d'accès · Mentions légales</p></footer>
</body></html>"""
    write(KEY + "-chsaintes.html", html, KEY)
    expected(KEY, reference=REF, languages=["fr"], title=T, organisation=O, location=L, schedule=SCHED,
             deadline="2042-06-14", salary=sal(2213, 3487, "EUR", "month"), grade=GRADE,
             requirements={"en": None, "fr": {"essential": ESS, "desirable": DES}},
             competencies={"en": None, "fr": names(COMP)})
