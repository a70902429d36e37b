"""Notice 8: OIM Niger, sous-bureau de Diffa (French only), NO-A - HTML avis -> LibreOffice, French e-mail."""
from common import *

REF = "SVN/NE/2043/031"
KEY = "svn-ne-2043-031"
TITLE = "Responsable national(e) de programme (protection)"
ORG = "Organisation internationale pour les migrations"
LOC = "Diffa (Niger)"
GRADE = "NO-A"
SAL = "10 482 000 FCFA"
ESS = [
    "Diplôme universitaire (licence ou équivalent) en droit, sciences sociales, travail social ou dans un domaine connexe, avec au moins deux années d'expérience professionnelle pertinente ; ou master dans ces domaines sans exigence d'expérience.",
    "Expérience de la gestion de cas de protection, de l'orientation des victimes ou de l'assistance aux migrants vulnérables.",
    "Maîtrise du français, à l'écrit comme à l'oral.",
    "Connaissance pratique du kanouri ou du haoussa.",
]
DES = [
    "Expérience au sein du système des Nations Unies ou d'une organisation non gouvernementale internationale.",
    "Connaissance pratique de l'anglais.",
    "Connaissance des outils de gestion de l'information sur la protection.",
]
COMPS = [
    ("Travail d'équipe", "développe et encourage une collaboration efficace au sein des équipes et entre elles ; "
     "partage l'information et reconnaît la contribution de chacun."),
    ("Obtention de résultats", "produit des résultats de qualité dans les délais ; s'organise pour respecter les "
     "priorités fixées et rend compte de ses actions."),
    ("Communication", "s'exprime clairement et de manière convaincante à l'oral comme à l'écrit ; écoute et "
     "adapte son message aux interlocuteurs."),
]
TACHES = [
    "Coordonner les activités de protection du sous-bureau, y compris l'identification et l'orientation des migrants vulnérables ;",
    "Superviser l'équipe de gestion de cas et veiller au respect des procédures opérationnelles standard ;",
    "Représenter l'OIM dans le sous-groupe protection de Diffa et auprès des services techniques de l'État ;",
    "Préparer les rapports mensuels, les notes de situation et les contributions aux rapports destinés aux bailleurs ;",
    "Organiser des formations sur la protection et la prévention de l'exploitation et des abus sexuels ;",
    "Exécuter toute autre tâche qui pourrait lui être confiée.",
]
CONTEXTE = ("Sous la supervision générale du Chef de mission et sous la supervision directe du Chef du "
            "sous-bureau de Diffa, le/la titulaire appuiera la mise en œuvre du volet protection du programme de "
            "stabilisation communautaire dans la région de Diffa.")


def build():
    comp_html = "\n".join("<p><b>%s</b> : %s</p>" % c for c in COMPS)
    html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Avis de vacance de poste spécial {REF}</title>
<style>
body {{ font-family: "Liberation Serif", serif; font-size: 11pt; }}
.lh {{ text-align: center; font-weight: bold; }}
table {{ border-collapse: collapse; width: 100%; }}
th, td {{ border: 1px solid #444; padding: 3px 6px; text-align: left; vertical-align: top; }}
th {{ width: 38%; background: #e6ecf2; }}
h3 {{ text-decoration: underline; font-size: 11pt; }}
</style></head>
<body>
<p class="lh">ORGANISATION INTERNATIONALE POUR LES MIGRATIONS<br>Mission au Niger – Niamey</p>
<p class="lh">AVIS DE VACANCE DE POSTE SPÉCIAL</p>
<table>
<tr><th>N° de l'avis</th><td>{REF}</td></tr>
<tr><th>Intitulé du poste</th><td>{TITLE}</td></tr>
<tr><th>Organisation</th><td>{ORG} (OIM)</td></tr>
<tr><th>Lieu d'affectation</th><td>{LOC}</td></tr>
<tr><th>Classe</th><td>{GRADE}</td></tr>
<tr><th>Type de contrat</th><td>Contrat de durée déterminée spécial, un an, avec possibilité de prolongation</td></tr>
<tr><th>Ouvert aux</th><td>Candidat(e)s de nationalité nigérienne uniquement</td></tr>
<tr><th>Date de publication</th><td>23 juin 2043</td></tr>
<tr><th>Date limite de candidature</th><td>22 juillet 2043</td></tr>
</table>
<h3>CONTEXTE</h3>
<p>{CONTEXTE}</p>
<h3>RESPONSABILITÉS ET OBLIGATIONS</h3>
{ul(TACHES, "ol")}
<h3>QUALIFICATIONS EXIGÉES</h3>
{ul(ESS)}
<h3>QUALIFICATIONS SOUHAITÉES</h3>
{ul(DES)}
<h3>COMPÉTENCES</h3>
{comp_html}
<h3>RÉMUNÉRATION</h3>
<p>Traitement annuel net : {SAL}, auquel s'ajoutent les prestations prévues pour le personnel national (assurance médicale, caisse des pensions).</p>
<h3>COMMENT POSTULER</h3>
<p>Les candidatures (lettre de motivation et formulaire de notice personnelle) doivent être envoyées à recrutement-niger@example.org au plus tard le 22 juillet 2043, en indiquant la référence de l'avis. Seul(e)s les candidat(e)s présélectionné(e)s seront convoqué(e)s à un test écrit prévu le 5 août 2043.</p>
<p><b>L'OIM NE DEMANDE AUCUN FRAIS À AUCUNE ÉTAPE DU PROCESSUS DE RECRUTEMENT.</b></p>
</body></html>
"""
    hname = KEY + "-avis.fr.html"
    write(hname, html, KEY)
    libreoffice(os.path.join(ROOT, hname), KEY + "-avis.fr.libreoffice.pdf", KEY, "writer_web_pdf_Export")

    mail = f"""De : Hadiza Moussa <hmoussa@example.org>
Envoyé : mardi 24 juin 2043 10:12
À : Liste Partenaires Protection Diffa <protection-diffa@example.org>
Objet : TR: Avis de vacance {REF} – {TITLE}

Bonjour à toutes et à tous,

Veuillez trouver ci-dessous, pour large diffusion, un avis de vacance de l'OIM pour notre sous-bureau de Diffa.
La prochaine réunion du sous-groupe protection reste fixée au jeudi 3 juillet à 9 h ; elle n'a pas de lien avec
ce recrutement.

Cordialement,
Hadiza

-------- Message transféré --------
Objet : Avis de vacance de poste spécial {REF}

N° de l'avis ............... {REF}
Intitulé du poste .......... {TITLE}
Organisation ............... {ORG} (OIM)
Lieu d'affectation ......... {LOC}
Classe ..................... {GRADE}
Ouvert aux ................. Candidat(e)s de nationalité nigérienne uniquement
Date limite de candidature . 22 juillet 2043

CONTEXTE
{CONTEXTE}

RESPONSABILITÉS ET OBLIGATIONS
{chr(10).join("%d. %s" % (i + 1, t) for i, t in enumerate(TACHES))}

QUALIFICATIONS EXIGÉES
{chr(10).join("  * " + x for x in ESS)}

QUALIFICATIONS SOUHAITÉES
{chr(10).join("  * " + x for x in DES)}

COMPÉTENCES
{chr(10).join("  %s : %s" % c for c in COMPS)}

RÉMUNÉRATION
Traitement annuel net : {SAL}.

Test écrit prévu le 5 août 2043 pour les candidat(e)s présélectionné(e)s.
L'OIM NE DEMANDE AUCUN FRAIS À AUCUNE ÉTAPE DU PROCESSUS DE RECRUTEMENT.

--
Hadiza Moussa | Assistante administrative | OIM – Sous-bureau de Diffa
Pensez à l'environnement avant d'imprimer ce courriel.
"""
    write(KEY + "-courriel.fr.txt", mail, KEY)

    expected(KEY, REF, ["fr"], TITLE, ORG, LOC, None, "2043-07-22",
             (10482000, None, None, "XOF", "year"), GRADE, (ESS, DES), COMPS)
