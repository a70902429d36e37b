from common import *

KEY = "rco-ben-nva-2034-03"
REF = "RCO/BEN/NVA/2034/03"
TITLE = "Chargé(e) de la gestion des données et du suivi des résultats"
ORG = "Bureau du Coordonnateur résident des Nations Unies au Bénin"
LOC = "Cotonou, Bénin"
SCHED = "Temps plein"
COMP = [
    ("Professionnalisme", "maîtrise les méthodes de suivi des résultats et les outils de gestion des données ; livre des analyses exactes dans les délais convenus."),
    ("Aptitude à planifier et à organiser", "fixe des étapes claires pour le cycle annuel de rapports et coordonne les contributions de plusieurs agences."),
    ("Esprit d'équipe", "travaille avec les groupes de résultats de l'équipe de pays et partage l'information de manière ouverte."),
]
EDU = "Un diplôme universitaire de niveau master en statistique, économie, sociologie ou dans un domaine apparenté est exigé. À défaut, un diplôme universitaire de premier cycle assorti de deux années supplémentaires d'expérience pertinente peut être accepté."
EXP = "Au moins cinq années d'expérience professionnelle en gestion de données, suivi et évaluation ou planification du développement sont exigées."
EXP_D = "Une expérience de la plateforme UN Info ou d'un autre système de suivi des plans de coopération est souhaitable."
LANG_CTX = "Le français et l'anglais sont les langues de travail du Secrétariat de l'Organisation des Nations Unies."
LANG_E = "Pour ce poste, la maîtrise du français est exigée."
LANG_D = "La connaissance de l'anglais est souhaitable."
TACHES = [
    "Tenir à jour les données de suivi du plan de coopération et veiller à leur qualité ;",
    "Préparer le rapport annuel de résultats de l'équipe de pays et les notes d'information du Coordonnateur résident ;",
    "Appuyer les groupes de résultats dans la définition des indicateurs et des cibles ;",
    "Organiser les revues conjointes avec le Gouvernement et les partenaires ;",
    "Former les points focaux des agences à l'utilisation des outils de suivi ;",
    "S'acquitter de toute autre tâche connexe.",
]


def source():
    li = "".join(f"<li>{t}</li>" for t in TACHES)
    comp = "".join(f"<p><b>{n} :</b> {d}</p>" for n, d in COMP)
    return f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 2cm; @bottom-center {{ content: "{REF} – page " counter(page); font-size: 8pt; }} }}
body {{ font-family: "DejaVu Sans", sans-serif; font-size: 10pt; }}
.entete {{ text-align: center; font-weight: bold; }}
table {{ border-collapse: collapse; width: 100%; }} th, td {{ border: 1px solid #444; padding: 4px; text-align: left; vertical-align: top; }}
th {{ width: 38%; background: #e8f1fa; }}
h2 {{ font-size: 11pt; color: #1b5e9e; border-bottom: 1px solid #1b5e9e; }}
.nw {{ white-space: nowrap; }}
</style></head><body>
<p class="entete">NATIONS UNIES<br/>{ORG}</p>
<p class="entete">AVIS DE VACANCE DE POSTE – RECRUTEMENT NATIONAL</p>
<table>
<tr><th>Numéro de l'avis</th><td class="nw">{REF}</td></tr>
<tr><th>Intitulé du poste</th><td>{TITLE}</td></tr>
<tr><th>Catégorie et classe</th><td>Administrateur recruté sur le plan national, NO-C</td></tr>
<tr><th>Lieu d'affectation</th><td>{LOC}</td></tr>
<tr><th>Horaire de travail</th><td>{SCHED}</td></tr>
<tr><th>Type de contrat</th><td>Engagement de durée déterminée d'un an, renouvelable</td></tr>
<tr><th>Date de publication</th><td>22 septembre 2034</td></tr>
<tr><th>Date limite de candidature</th><td>23 octobre 2034 (minuit, heure de Cotonou)</td></tr>
</table>
<p><i>Ce poste est ouvert aux seuls ressortissants du Bénin.</i></p>
<h2>I. Cadre organisationnel</h2>
<p>Le {ORG} appuie la coordination des activités de développement des entités du système des Nations Unies dans le pays. Le ou la titulaire relève du Chef du Bureau du Coordonnateur résident.</p>
<h2>II. Attributions</h2>
<ul>{li}</ul>
<h2>III. Compétences</h2>
{comp}
<h2>IV. Formation</h2>
<p>{EDU}</p>
<h2>V. Expérience professionnelle</h2>
<p>{EXP}</p>
<p>{EXP_D}</p>
<h2>VI. Langues</h2>
<p>{LANG_CTX} {LANG_E} {LANG_D}</p>
<h2>VII. Rémunération</h2>
<p>Traitement annuel net de départ : 21 874 300 FCFA, auquel s'ajoutent les prestations prévues pour le personnel recruté sur le plan national.</p>
<h2>VIII. Évaluation</h2>
<p>Les candidats présélectionnés pourront être invités à un test écrit le 6 novembre 2034, puis à un entretien axé sur les compétences.</p>
<p><b>L'ONU ne perçoit aucun frais à quelque stade que ce soit du processus de recrutement.</b></p>
</body></html>
"""


def facebook():
    return f"""Emplois & Stages Bénin
22 septembre 2034 à 18:04 · 🌍

📢 AVIS DE VACANCE – NATIONS UNIES

Le {ORG} recrute !

📌 Numéro de l'avis : {REF}
📌 Intitulé du poste : {TITLE}
📌 Catégorie et classe : Administrateur recruté sur le plan national, NO-C
📌 Lieu d'affectation : {LOC}
📌 Horaire de travail : {SCHED}
📌 Date limite de candidature : 23 octobre 2034 (minuit, heure de Cotonou)

👉 Ouvert aux seuls ressortissants du Bénin.

ATTRIBUTIONS
{chr(10).join("▪ " + t for t in TACHES)}

COMPÉTENCES
{chr(10).join(f"{n} : {d}" for n, d in COMP)}

FORMATION
{EDU}

EXPÉRIENCE PROFESSIONNELLE
{EXP} {EXP_D}

LANGUES
{LANG_CTX} {LANG_E} {LANG_D}

💰 Traitement annuel net de départ : 21 874 300 FCFA

🔗 Postulez sur le portail des carrières des Nations Unies. Test écrit prévu le 6 novembre 2034.

#emploi #Bénin #NationsUnies #Cotonou

👍 214   💬 37 commentaires   ↗ 96 partages

Commentaires les plus pertinents
Akouavi D. — Est-ce que le diplôme de licence suffit ?
Emplois & Stages Bénin — Lisez la rubrique FORMATION 😉
Rodrigue H. — Merci pour le partage !
"""


def build():
    p = src(KEY + "-avis.html", source())
    weasyprint(p, KEY + "-avis.weasyprint.pdf", KEY)
    write(KEY + "-facebook.fr.txt", facebook(), KEY)
    expected(KEY, reference=REF, languages=["fr"], title=TITLE, organisation=ORG, location=LOC,
             schedule=SCHED, deadline="2034-10-23", grade="NO-C",
             salary={"amount": 21874300, "currency": "XOF", "period": "year"},
             requirements={"essential": [EDU, EXP, LANG_E], "desirable": [EXP_D, LANG_D]},
             competencies=COMP)
