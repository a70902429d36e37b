"""CINU Brazzaville (Département de la communication globale), avis de vacance en français:
HTML -> LibreOffice PDF, et copie d'un site d'emploi congolais."""
from common import *

KEY = "cinu-bzv-av-2040-02"
REF = "CINU-BZV/AV/2040/02"
TITLE = "Assistant(e) à l'information publique"
ORG = "Département de la communication globale"
LOC = "Brazzaville (République du Congo)"
GRADE = "G-6"
EDU = "Un diplôme de fin d'études secondaires ou l'équivalent est exigé. Un diplôme universitaire en journalisme, en communication ou dans un domaine apparenté est souhaitable."
WX_REQ = "Au moins six années d'expérience progressive dans les domaines de l'information, de la communication, du journalisme ou des relations publiques sont exigées."
WX_DES = ["Une expérience de l'animation de réseaux sociaux institutionnels est souhaitable.",
          "Une expérience au sein du système des Nations Unies ou d'une organisation internationale est souhaitable."]
LANG_REQ = "Pour le poste faisant l'objet du présent avis, la maîtrise du français est exigée."
LANG_DES = ["La connaissance de l'anglais est souhaitable.",
            "La connaissance du lingala ou du kituba est souhaitable."]
COMP = [
    ("Professionnalisme", "Connaissance des médias nationaux et des techniques de communication ; capacité d'appliquer les règles et procédures de l'Organisation ; est consciencieux(se) et efficace dans l'exécution de ses tâches et le respect des délais."),
    ("Communication", "S'exprime clairement et efficacement, tant oralement que par écrit ; écoute les autres, les comprend bien et donne suite comme il convient ; adapte le langage, le ton, le style et la forme au public visé."),
    ("Souci du client", "Considère toutes les personnes auxquelles il ou elle fournit des services comme des clients et cherche à voir les choses de leur point de vue ; tient les clients informés de l'état d'avancement des dossiers."),
]
SAL = "10 372 400"
TACHES = ["Suit l'actualité nationale et prépare chaque matin une revue de presse sur les questions intéressant l'ONU ;",
          "Rédige des projets de communiqués, d'articles et de publications pour le site web et les réseaux sociaux du Centre ;",
          "Entretient les contacts avec les journalistes, les universités et les organisations de la société civile ;",
          "Organise les journées internationales, les conférences de presse et les activités de sensibilisation ;",
          "Gère la bibliothèque de référence et la diffusion des documents de l'ONU en français."]


def html():
    comp = "\n".join(f"<p><b>{n}</b> : {d}</p>" for n, d in COMP)
    return f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Avis de vacance {REF}</title>
<style>body{{font-family:"Liberation Serif",serif;font-size:11pt}} table{{border-collapse:collapse;width:100%}}
td,th{{border:1px solid #444;padding:3px 6px;text-align:left;vertical-align:top}} h2{{font-size:11pt;text-decoration:underline}}</style>
</head><body>
<p align="center"><b>NATIONS UNIES</b><br>Centre d'information des Nations Unies (CINU) à Brazzaville<br>
Avenue Foch, Brazzaville</p>
<h1 align="center" style="font-size:14pt">AVIS DE VACANCE DE POSTE (RECRUTEMENT LOCAL)</h1>
<table>
<tr><th>Avis de vacance n°</th><td>{REF}</td></tr>
<tr><th>Intitulé du poste</th><td>{TITLE}</td></tr>
<tr><th>Département/Bureau</th><td>{ORG}</td></tr>
<tr><th>Service</th><td>Centre d'information des Nations Unies (CINU) à Brazzaville</td></tr>
<tr><th>Lieu d'affectation</th><td>{LOC}</td></tr>
<tr><th>Catégorie et classe</th><td>Services généraux et catégories apparentées, {GRADE}</td></tr>
<tr><th>Type d'engagement</th><td>Engagement de durée déterminée d'un an</td></tr>
<tr><th>Date de publication</th><td>21 juillet 2040</td></tr>
<tr><th>Date limite de dépôt des candidatures</th><td>20 août 2040</td></tr>
</table>

<h2>CADRE ORGANISATIONNEL</h2>
<p>Le Centre d'information des Nations Unies à Brazzaville fait partie du réseau mondial des centres d'information
du {ORG}. Il diffuse l'information sur les activités de l'Organisation auprès du public congolais. Le ou la
titulaire relève du Directeur ou de la Directrice du Centre.</p>

<h2>RESPONSABILITÉS</h2>
<ol>{li(TACHES)}</ol>

<h2>COMPÉTENCES</h2>
{comp}

<h2>FORMATION</h2>
<p>{EDU}</p>

<h2>EXPÉRIENCE PROFESSIONNELLE</h2>
<p>{WX_REQ} {WX_DES[0]} {WX_DES[1]}</p>

<h2>CONNAISSANCES LINGUISTIQUES</h2>
<p>Le français et l'anglais sont les langues de travail du Secrétariat de l'Organisation des Nations Unies.
{LANG_REQ} {LANG_DES[0]} {LANG_DES[1]}</p>

<h2>MÉTHODE D'ÉVALUATION</h2>
<p>La réussite au Test mondial pour les agents des services généraux (GGST) est une condition préalable. Les
candidat(e)s retenu(e)s pourront être convoqué(e)s à une épreuve écrite le 3 septembre 2040, suivie d'un entretien
axé sur les compétences.</p>

<h2>RÉMUNÉRATION</h2>
<p>Traitement annuel net de départ : {SAL} FCFA, auquel s'ajoutent les indemnités prévues par le barème local.</p>

<h2>CONDITIONS PARTICULIÈRES</h2>
<p>Les agents des services généraux sont recrutés localement. Le poste est ouvert aux ressortissant(e)s
congolais(es) et aux personnes titulaires d'un permis de séjour valide en République du Congo.</p>

<p><b>L'ORGANISATION DES NATIONS UNIES NE PERÇOIT AUCUNS FRAIS À QUELQUE STADE QUE CE SOIT DU PROCESSUS DE
RECRUTEMENT.</b></p>
</body></html>
"""


def board():
    return f"""EmploiCongo.cg  |  Offres  |  Appels d'offres  |  Concours  |  Conseils  |  Espace recruteur
Accueil > Offres d'emploi > Organisations internationales

{TITLE} – CINU Brazzaville
Publiée le 22/07/2040  ·  Brazzaville  ·  CDD  ·  1 poste  ·  Expire le 20/08/2040

Recruteur : Nations Unies – CINU Brazzaville
Secteur : Communication / Médias
Référence de l'avis : {REF}
Poste : {TITLE}
Département : {ORG}
Lieu d'affectation : {LOC}
Classe : {GRADE}
Date limite de dépôt des candidatures : 20 août 2040

DESCRIPTION DU POSTE
Le Centre d'information des Nations Unies à Brazzaville recrute un(e) assistant(e) pour sa revue de presse
quotidienne, ses communiqués et ses réseaux sociaux, les relations avec les journalistes et les universités,
l'organisation des journées internationales et la gestion de sa bibliothèque de référence.

COMPÉTENCES
{chr(10).join(n + ' : ' + d for n, d in COMP)}

PROFIL RECHERCHÉ
Formation : {EDU}
Expérience : {WX_REQ} {WX_DES[0]} {WX_DES[1]}
Langues : {LANG_REQ} {LANG_DES[0]} {LANG_DES[1]}

Rémunération : {SAL} FCFA net par an (traitement de départ)
Test GGST obligatoire. Épreuve écrite prévue le 03/09/2040.

>> Postuler sur le site de l'employeur
EmploiCongo.cg n'est pas l'employeur. Ne payez jamais pour obtenir un emploi.

Offres similaires
- Chargé(e) de communication – ONG – Pointe-Noire – expire le 14/08/2040
- Journaliste reporter – radio privée – Brazzaville – expire le 31/08/2040
"""


def build():
    write(KEY + "-avis.fr.html", html(), KEY)
    libreoffice(os.path.join(OUT, KEY + "-avis.fr.html"), KEY + "-avis.fr.libreoffice.pdf", KEY)
    write(KEY + "-emploicongo.fr.txt", board(), KEY)
    expected(KEY, reference=REF, langs=["fr"], title=TITLE, organisation=ORG, location=LOC,
             deadline="2040-08-20", grade=GRADE, salary=(10372400, None, None, "XAF", "year"),
             req={"fr": ([EDU, WX_REQ, LANG_REQ], WX_DES + LANG_DES)}, comp={"fr": COMP})
