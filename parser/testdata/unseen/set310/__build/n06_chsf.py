from common import *

KEY = "drh-chsf-2043-044"
REF = "DRH-CHSF-2043-044"
T = "Technicien de laboratoire médical (H/F) – biologie polyvalente"
O = "Centre hospitalier de Saint-Flour"
L = "Saint-Flour"
S = "100 % – 7 h 30 par jour en repos variables, gardes de nuit et de week-end par roulement"
GRADE = "Technicien de laboratoire médical de classe normale"
ESS = ["Diplôme d'État de technicien de laboratoire médical, BTS analyses de biologie médicale ou DUT génie biologique option analyses biologiques et biochimiques",
       "Connaissance des automates de biochimie, d'hématologie et d'hémostase",
       "Maîtrise des règles d'hygiène et de sécurité au laboratoire",
       "Connaissance de la norme NF EN ISO 15189"]
DES = ["Expérience en immuno-hématologie et en délivrance de produits sanguins labiles",
       "Habilitation au prélèvement sanguin"]
COMP = [("Rigueur", ""), ("Réactivité", ""), ("Sens du travail en équipe", ""), ("Discrétion professionnelle", "")]
EXP = fr_only(reference=REF, title=T, organisation=O, location=L, schedule=S, deadline="2043-08-25",
              grade=GRADE, salary=sal(2086, 3312, "EUR", "month"), requirements=(ESS, DES), competencies=COMP)

MISSIONS = ["réaliser les analyses de biochimie, d'hématologie, d'hémostase et d'immuno-hématologie, de la réception de l'échantillon à la validation technique",
            "assurer la maintenance de premier niveau et le contrôle qualité des automates",
            "participer à la démarche d'accréditation du laboratoire",
            "assurer la continuité de l'activité lors des gardes, en lien avec le biologiste d'astreinte"]


def build():
    indeed = f"""indeed
Emplois   Avis sur les entreprises   Estimation de salaire        Connexion   Employeurs / Publier une annonce

Quoi ? technicien laboratoire    Où ? Cantal (15)    Rechercher

{T}
{O}
4,0 ★★★★☆ 38 avis
{L} (15)
2 086 € - 3 312 € par mois - Temps plein, CDI

Postuler maintenant     ♡

Détails de l'emploi
Salaire
2 086 € - 3 312 € par mois
Type de poste
Temps plein
CDI
Fonction publique

Lieu
{L} (15)

Avantages
Inclus dans l'annonce complète
Restauration d'entreprise
Comité d'entreprise
Crèche

Description du poste
Le {O}, établissement de 420 lits et places au cœur du Cantal, recrute pour son laboratoire de biologie médicale.

Référence de l'offre : {REF}
Grade : {GRADE}
Quotité de travail : {S}
Rémunération : de 2 086 € à 3 312 € bruts mensuels selon l'échelon, plus prime Ségur et indemnités de garde
Date limite de candidature : 25/08/2043
Prise de poste : 01/10/2043

Missions principales :
{chr(10).join('- ' + m for m in MISSIONS)}

Profil :
{chr(10).join('- ' + e for e in ESS)}

Serait un plus :
{chr(10).join('- ' + e for e in DES)}

Qualités requises : {', '.join(n for n, _ in COMP)}.

Les candidatures (CV et lettre de motivation) sont à adresser à la Direction des ressources humaines. Les entretiens se dérouleront le 3 septembre 2043.

Type d'emploi : Temps plein, CDI
Rémunération : 2 086,00€ à 3 312,00€ par mois
Lieu du poste : En présentiel

Signaler l'annonce

Emplois similaires
Technicien de laboratoire H/F - Laboratoire Bioval - Aurillac (15) - il y a 3 jours
Préleveur à domicile H/F - Clinique des Monts - Murat (15) - il y a 12 jours

©2043 Indeed - Accessibilité - Confidentialité et cookies - Conditions
"""
    write(f"{KEY}-indeed.txt", indeed, KEY)
    html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Offres d'emploi – {O}</title></head>
<body>
<div class="alerte">Visites : se reporter aux consignes affichées à l'accueil principal.</div>
<header><p><b>{O}</b></p><nav>Patients et visiteurs · Offre de soins · Nous rejoindre · Contact</nav></header>
<p class="ariane">Accueil &gt; Nous rejoindre &gt; Offres d'emploi paramédicales</p>
<main>
<h1>{T}</h1>
<p><i>Direction des ressources humaines – Réf. {REF} – mise en ligne le 22 juillet 2043</i></p>
<dl>
<dt>Établissement</dt><dd>{O}</dd>
<dt>Lieu</dt><dd>{L}</dd>
<dt>Pôle</dt><dd>Pôle médico-technique – laboratoire de biologie médicale</dd>
<dt>Grade</dt><dd>{GRADE}</dd>
<dt>Quotité</dt><dd>{S}</dd>
<dt>Rémunération</dt><dd>de 2 086 € à 3 312 € bruts mensuels selon l'échelon</dd>
<dt>Date limite de candidature</dt><dd>25 août 2043</dd>
</dl>
<h2>Missions</h2>
<ol>{''.join('<li>' + m + '</li>' for m in MISSIONS)}</ol>
<h2>Profil recherché</h2>
<ul>{''.join('<li>' + e + '</li>' for e in ESS)}</ul>
<h3>Serait apprécié</h3>
<ul>{''.join('<li>' + e + '</li>' for e in DES)}</ul>
<h3>Qualités</h3>
<p>{' · '.join(n for n, _ in COMP)}</p>
<p>Logement temporaire possible dans la résidence du personnel ; prime d'installation de 1 500 € pour une première affectation.</p>
<p>Candidatures à adresser à drh@ch-saintflour.example avant le 25 août 2043.</p>
</main>
<footer>{O} · Plan d'accès · Mentions légales</footer>
</body></html>
"""
    write(f"{KEY}-chsf.html", html, KEY)
    expected(KEY, EXP)
