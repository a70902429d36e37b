from common import *

REF = "39-Statistics-ECA-450133-R-Yaounde (G)"
KEY = "39-statistics-eca-450133-r-yaounde-g"
TITLE = "Assistant(e) de recherche (statistiques économiques)"
ORG = "Commission économique pour l'Afrique"
LOC = "YAOUNDE"
GRADE = "G-6"
EDU = ("Un diplôme de fin d'études secondaires ou équivalent est exigé. Un certificat en statistique ou en "
       "économie délivré par une école reconnue est souhaitable.")
EXP_REQ = ["Au moins six années d'expérience dans la collecte, le traitement ou l'analyse de données statistiques ou économiques sont exigées."]
EXP_DES = [
    "Une expérience de l'utilisation de logiciels statistiques (Stata, R ou SPSS) est souhaitable.",
    "Une expérience au sein d'une organisation internationale ou d'un institut national de la statistique en Afrique centrale est souhaitable.",
]
LANG_REQ = "Pour le poste faisant l'objet du présent avis, la maîtrise du français est exigée."
LANG_DES = "La connaissance de l'anglais est souhaitable."
COMP = [
    ("Professionnalisme", "Connaissance des méthodes de collecte et de validation des données ; capacité d'appliquer les règles et procédures de l'Organisation ; fierté de son travail et de ses réalisations."),
    ("Souci du client", "Considère tous ceux auxquels il ou elle fournit des services comme des clients et cherche à voir les choses de leur point de vue."),
    ("Aptitude à planifier et à organiser", "Fixe des objectifs clairs et compatibles avec les stratégies convenues ; hiérarchise les activités et les tâches prioritaires."),
]
SETTING = ("Le poste est à pourvoir au Bureau sous-régional pour l'Afrique centrale de la Commission économique pour "
           "l'Afrique (CEA), à Yaoundé. Le ou la titulaire travaille sous la supervision de l'économiste chargé(e) "
           "des statistiques et des prévisions économiques.")
DUTIES = [
    "Collecte et met à jour les données macroéconomiques des pays de la sous-région ;",
    "Prépare des tableaux, graphiques et notes statistiques pour les rapports du Bureau ;",
    "Vérifie la cohérence des séries et documente les sources et les méthodes ;",
    "Apporte un appui logistique aux ateliers de renforcement des capacités statistiques ;",
    "S'acquitte de toute autre tâche qui pourrait lui être confiée.",
]


def facts():
    return [("Intitulé du poste", "ASSISTANT(E) DE RECHERCHE, G6"), ("Code de l'emploi", "ASSISTANT(E) DE RECHERCHE"),
            ("Département/Bureau", ORG), ("Lieu d'affectation", LOC),
            ("Catégorie et classe", "Agents des services généraux et catégories apparentées, " + GRADE),
            ("Réseau d'emplois", "Développement économique, social et durable"), ("Famille d'emplois", "Statistique"),
            ("Numéro de l'appel à candidatures", REF), ("Date de publication", "26 déc. 2039"),
            ("Date limite", "24 janv. 2040")]


def body():
    comp = "\n".join("<p><b>%s</b> : %s</p>" % c for c in COMP)
    return f"""<h2>Cadre organisationnel et rattachement hiérarchique</h2>
<p>{SETTING}</p>
<h2>Responsabilités</h2>
<p>Dans les limites des pouvoirs qui lui sont délégués, le ou la titulaire s'acquitte des fonctions suivantes :</p>
{ul(DUTIES)}
<h2>Compétences</h2>
{comp}
<h2>Formation</h2>
<p>{EDU}</p>
<h2>Expérience professionnelle</h2>
<p>{EXP_REQ[0]}</p>
<p>{EXP_DES[0]}</p>
<p>{EXP_DES[1]}</p>
<h2>Connaissances linguistiques</h2>
<p>L'anglais et le français sont les langues de travail du Secrétariat de l'Organisation des Nations Unies. {LANG_REQ} {LANG_DES}</p>
<h2>Évaluation</h2>
<p>Les candidat(e)s présélectionné(e)s pourront être invité(e)s à un examen écrit, prévu à titre indicatif le 7 février 2040, suivi d'un entretien axé sur les compétences.</p>
<h2>Avis spécial</h2>
<p>Il s'agit d'un poste recruté sur le plan local. Le ou la titulaire doit avoir réussi le Test mondial pour le recrutement des agents des services généraux (GGST).</p>
<h2>Aucuns frais</h2>
<p>L'ORGANISATION DES NATIONS UNIES NE PERÇOIT DE FRAIS À AUCUN STADE DU PROCESSUS DE RECRUTEMENT.</p>
"""


def page():
    rows = "\n".join('<div class="f"><span class="l">%s</span> <span class="v">%s</span></div>' % (a, esc(b)) for a, b in facts())
    return f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{TITLE}, G6 | Carrières ONU</title>
<style>body{{font-family:Arial,sans-serif}} .l{{display:inline-block;width:220px;color:#666}} .v{{font-weight:bold}}</style></head>
<body>
<div class="bar">Carrières à l'ONU · English · Se connecter</div>
<div class="crumb">Accueil › Offres d'emploi › Résultats › Détails de l'offre</div>
<h1>{TITLE}, G6</h1>
<div class="act">Postuler · Enregistrer · Partager · Imprimer</div>
<div class="facts">
{rows}
</div>
{body()}
<footer>© Nations Unies · Alerte aux fraudes · Confidentialité</footer>
</body></html>
"""


def print_html():
    rows = "\n".join("<tr><th>%s</th><td>%s</td></tr>" % (a, esc(b)) for a, b in facts())
    return f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Version imprimable</title>
<style>body{{font-family:'Liberation Serif',serif;font-size:10.5pt}} table{{border-collapse:collapse}}
th{{text-align:left;font-weight:normal;padding:2px 12px 2px 0;vertical-align:top}} td{{font-weight:bold}}
h2{{font-size:11pt;text-decoration:underline}}</style></head><body>
<p style="font-size:8pt">Version imprimable – careers.un.org – imprimé le 28/12/2039</p>
<h1 style="font-size:15pt">{TITLE}, G6</h1>
<table>
{rows}
</table>
{body()}
</body></html>
"""


def build():
    write(KEY + "-carrieres.fr.html", page(), KEY)
    libreoffice_pdf(KEY + "-imprimable.fr", print_html(), KEY)
    expected(KEY, reference=REF, languages=["fr"], title=TITLE, organisation=ORG, location=LOC,
             deadline="2040-01-24", salary=None, grade=GRADE,
             req={"fr": ([EDU] + EXP_REQ + [LANG_REQ], EXP_DES + [LANG_DES])}, comp={"fr": COMP})
