"""Centre hospitalier Jura Sud (French public hospital), FR: job-board copy (Hellowork-like) + hospital page."""
from common import *

KEY = "chjs-drh-2044-117"
REF = "CHJS-DRH-2044-117"
T = "Technicien biomédical – imagerie et stérilisation (H/F)"
O = "Centre hospitalier Jura Sud"
LOC = "Lons-le-Saunier"
GRADE = "Technicien supérieur hospitalier de 2e classe"
SCHED = "100 % – 7 h 36 par jour, du lundi au vendredi, une astreinte technique une semaine sur cinq"
ESS = [
    "BTS ou DUT (BUT) en génie biologique, électronique ou maintenance des systèmes, option biomédicale de préférence",
    "Expérience d'au moins deux ans en maintenance d'équipements médicaux",
    "Connaissance de la réglementation relative à la matériovigilance et à la maintenance des dispositifs médicaux",
    "Maîtrise d'une GMAO (Asset+, Optim ou équivalent)",
]
DES = [
    "une habilitation électrique B2V-BR",
    "une expérience sur les autoclaves et laveurs-désinfecteurs",
]
QUAL = ["Rigueur", "Sens du service", "Capacité d'adaptation", "Esprit d'équipe"]
MISSIONS = [
    "assurer la maintenance préventive et curative des équipements d'imagerie et de la stérilisation centrale",
    "gérer les interventions des fournisseurs et contrôler les rapports de maintenance",
    "participer aux contrôles qualité réglementaires et tenir à jour la GMAO",
    "conseiller les services de soins lors des achats et former les utilisateurs",
]
PRES = ("Le Centre hospitalier Jura Sud, établissement support du groupement hospitalier de territoire, compte "
        "près de 600 lits et places répartis entre Lons-le-Saunier et ses sites de proximité. Son service biomédical "
        "de six personnes gère un parc de plus de 4 000 équipements.")


def board():
    return f"""hellowork.example  Offres d'emploi  Entreprises  Salaires  Conseils  Connexion

Accueil > Emploi > Technicien biomédical > Lons-le-Saunier

{T}

{O}
{LOC} - 39
CDI
Temps plein
2 214 - 3 376 € / mois
Publiée le 25 septembre 2044

Postuler

Le poste

{PRES}

Dans le cadre d'un recrutement par voie de mutation, de détachement ou de contrat, le Centre hospitalier
recrute un {T}.

Référence de l'offre : {REF}
Grade : {GRADE}
Temps de travail : {SCHED}
Rémunération : de 2 214 € à 3 376 € bruts mensuels selon l'échelon, plus complément de traitement indiciaire
Date limite de candidature : 14/10/2044
Prise de poste : 01/12/2044

Missions :
{chr(10).join('- ' + m for m in MISSIONS)}

Le profil recherché

Profil :
{chr(10).join('- ' + e for e in ESS)}

Serait apprécié :
{chr(10).join('- ' + e for e in DES)}

Qualités requises : {', '.join(QUAL)}.

Les entretiens se dérouleront le 23 octobre 2044. Une prime d'engagement de 2 000 € peut être versée aux
agents contractuels recrutés sur ce poste.

Candidature (CV et lettre de motivation) à adresser à la direction des ressources humaines :
recrutement@ch-jurasud.example

Postuler

Secteur : Santé - Hôpital public
Catégorie : Technicien, Agent de maîtrise
Contrat : CDI - Temps plein
Salaire : 2 214 - 3 376 € / mois
Lieu : Lons-le-Saunier (39)

Offres similaires
Technicien de maintenance (H/F) - Bourg-Fontanelle (01) - Publiée il y a 3 jours
Ingénieur biomédical (H/F) - Besançon (25) - Publiée il y a 1 semaine

© hellowork.example - Conditions générales - Cookies
"""


def page():
    rows = "".join(f"<tr><th>{a}</th><td>{b}</td></tr>" for a, b in [
        ("Référence", REF), ("Pôle / service", "Direction des travaux et du biomédical – service biomédical"),
        ("Lieu", LOC), ("Grade", GRADE), ("Temps de travail", SCHED),
        ("Rémunération", "de 2 214 € à 3 376 € bruts mensuels"), ("Date limite de candidature", "14 octobre 2044")])
    return f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{T} - {O}</title></head><body>
<div class="alerte">Visites : port du masque recommandé dans les services de soins.</div>
<nav>Patients et visiteurs · Offre de soins · Le CH recrute · Contact</nav>
<p>Accueil &gt; Le CH recrute &gt; Offres d'emploi</p>
<main>
<p class="meta">Direction des ressources humaines · mise en ligne le 25/09/2044</p>
<h1>{T}</h1>
<table class="fiche">{rows}</table>
<h2>Présentation</h2><p>{PRES}</p>
<h2>Missions principales</h2><ol>{''.join(f'<li>{m}</li>' for m in MISSIONS)}</ol>
<h2>Profil</h2><ul>{''.join(f'<li>{e}</li>' for e in ESS)}</ul>
<h3>Serait apprécié</h3><ul>{''.join(f'<li>{e}</li>' for e in DES)}</ul>
<h2>Qualités attendues</h2><p>{' · '.join(QUAL)}</p>
<h2>Conditions</h2><p>Poste ouvert aux titulaires de la fonction publique hospitalière et aux contractuels. Accès à la
crèche hospitalière et au restaurant du personnel. Prime d'engagement de 2 000 € possible pour les contractuels.
Entretiens prévus le 23 octobre 2044.</p>
<p>Candidatures à adresser avant le <strong>14 octobre 2044</strong> à recrutement@ch-jurasud.example.</p>
</main>
<footer>{O} · Lons-le-Saunier · Mentions légales</footer>
</body></html>"""


def build():
    write(KEY + "-hellowork.txt", board(), KEY)
    write(KEY + "-chjs.html", page(), KEY)
    expected(KEY, reference=REF, languages=["fr"], title=L(None, T), organisation=L(None, O), location=L(None, LOC),
             schedule=L(None, SCHED), deadline="2044-10-14", salary=sal(2214, 3376, "EUR", "month"), grade=GRADE,
             requirements=L(None, req(ESS, DES)), competencies=L(None, names(QUAL)))
