from common import *
KEY = "drh-chd-2041-052"
REF = "DRH-CHD-2041-052"
T = "Codeur en information médicale – pôle MCO (H/F)"
O = "Centre hospitalier de Draguignan"
LOC = "Draguignan"
GR = "Technicien supérieur hospitalier de 2e classe"
SCH = "100 %, 37 h 30 hebdomadaires du lundi au vendredi"
ESS = ["Diplôme de niveau bac +2 (BTS, BUT) complété par une formation en information médicale ou en codage PMSI",
       "Première expérience au sein d'un DIM ou en codage des séjours MCO",
       "Maîtrise de la CIM-10 et de la CCAM"]
DES = ["Connaissance du logiciel de codage utilisé au sein du GHT", "Expérience du codage en SMR ou en psychiatrie"]
COMP = ["Rigueur", "Discrétion professionnelle", "Autonomie", "Sens du travail en équipe"]
MISS = ["Contrôler l'exhaustivité et la qualité du codage des séjours de médecine, chirurgie et obstétrique",
        "Coder les actes et les diagnostics à partir des dossiers patients en lien avec les médecins",
        "Préparer les envois mensuels PMSI et traiter les retours de contrôle",
        "Produire des tableaux de bord d'activité pour les pôles cliniques"]
expected(KEY, {"reference": REF, "post_number": None, "languages": ["fr"], "title": both(None, T),
 "organisation": both(None, O), "location": both(None, LOC), "schedule": both(None, SCH), "deadline": "2041-04-25",
 "salary": sal(2131, 3218, "EUR", "month"), "grade": GR, "clearance": None,
 "requirements": {"en": None, "fr": {"essential": ESS, "desirable": DES}},
 "competencies": {"en": None, "fr": [C(n) for n in COMP]}})
INTRO = ("Établissement support du groupement hospitalier de territoire, le Centre hospitalier de Draguignan compte 760 lits et places "
         "et plus de 2 000 professionnels. Le Département d'information médicale (DIM), rattaché à la direction des finances, "
         "recrute un technicien pour renforcer son équipe de quatre codeurs.")
txt = f"""indeed
Accueil    Avis sur les entreprises    Estimation de salaire          Connexion    Employeurs / Publier une annonce

Quoi ?  technicien information médicale        Où ?  Var
Rechercher

{T}
{O}
4,1 ★  58 avis
Draguignan (83)
2 131 € - 3 218 € par mois  -  CDD, Temps plein

Postuler maintenant          ♡

Détails de l'emploi
Voici comment les détails du poste correspondent à votre profil.

Salaire
2 131 € - 3 218 € par mois

Type de poste
CDD
Temps plein

Lieu
Draguignan (83)

Description complète du poste
{INTRO}

Référence : {REF}
Grade : {GR}
Temps de travail : {SCH}
Rémunération : de 2 131 € à 3 218 € bruts mensuels selon l'échelon, plus prime Ségur
Date limite de candidature : 25/04/2041

Vos missions :
{chr(10).join(MISS)}

Profil recherché :
{chr(10).join(ESS)}

Serait un plus :
{chr(10).join(DES)}

Qualités attendues : {', '.join(COMP)}.

Contrat de 12 mois pouvant déboucher sur une mise en stage. Poste à pourvoir le 01/06/2041. Les entretiens se dérouleront le 06/05/2041.

Type d'emploi : CDD, Temps plein
Durée du contrat : 12 mois
Rémunération : 2 131,00€ à 3 218,00€ par mois
Avantages :
Restaurant d'entreprise
Parking sur place
Lieu du poste : En présentiel

Publiée il y a 4 jours

Signaler l'offre

Emplois similaires
Secrétaire médical (H/F) - Clinique privée - Draguignan (83) - 1 950 € - 2 300 € par mois
Codeur PMSI (H/F) - Fréjus (83) - Publiée il y a 30+ jours

© 2041 Indeed    Accessibilité    Centre de confidentialité    Conditions
"""
write(KEY + "-indeed.txt", txt, KEY, "txt")
html = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{T} – CH Draguignan</title>
<style>ul.meta{{list-style:none;padding:0}} ul.meta span{{font-weight:bold;display:block;font-size:9pt;color:#0a5a8a}}</style></head><body>
<div class="banner">Plan blanc levé – les visites reprennent aux horaires habituels.</div>
<header><b>Centre hospitalier de Draguignan</b> · <a href="#">Patients</a> · <a href="#">Professionnels</a> · <a href="#">Nous rejoindre</a></header>
<p><a href="#">Nous rejoindre</a> › <a href="#">Offres d'emploi</a> › Personnels non médicaux</p>
<main>
<h1>{T}</h1>
<p><em>Direction des ressources humaines – Réf. {REF} – mise en ligne le 2 avril 2041</em></p>
<ul class="meta">
<li><span>Direction</span>Direction des finances – DIM</li>
<li><span>Lieu</span>{LOC}</li>
<li><span>Grade</span>{GR}</li>
<li><span>Type de contrat</span>CDD de 12 mois, mise en stage possible</li>
<li><span>Temps de travail</span>{SCH}</li>
<li><span>Rémunération</span>de 2 131 € à 3 218 € bruts mensuels selon l'échelon</li>
<li><span>Prise de poste</span>1er juin 2041</li>
<li><span>Date limite de candidature</span>25 avril 2041</li>
</ul>
<p>{INTRO}</p>
<h2>Missions</h2>
{ul(MISS)}
<h2>Profil recherché</h2>
{ul(ESS)}
<h3>Serait un plus</h3>
{ul(DES)}
<h3>Qualités attendues</h3>
<p>{' · '.join(COMP)}</p>
<h2>Candidater</h2>
<p>CV et lettre de motivation à adresser à la DRH par la plateforme de recrutement, en rappelant la référence {REF}. Entretiens prévus le 6 mai 2041.</p>
</main>
<footer>Centre hospitalier de Draguignan · Route de Montferrat · 83300 Draguignan · Mentions légales</footer>
</body></html>
"""
write(KEY + "-chd.html", html, KEY, "html")
