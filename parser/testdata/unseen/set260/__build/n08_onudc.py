from common import *

REF = "ONUDC/ROSEN/AV/2039/07"
KEY = "onudc-rosen-av-2039-07"
TITLE = "Assistant(e) aux finances et au budget"
ORG = "Office des Nations Unies contre la drogue et le crime"
LOC = "Dakar (Sénégal)"
GRADE = "G-6"
SAL = "1 146 500 FCFA"
EDU = ("Un diplôme de fin d'études secondaires ou équivalent est exigé. Un diplôme universitaire en comptabilité, "
       "finance ou gestion peut remplacer une partie de l'expérience requise.")
ESS = [EDU,
       "Au moins sept années d'expérience progressive en comptabilité, gestion budgétaire ou finances sont exigées.",
       "Une expérience de l'utilisation d'un progiciel de gestion intégré (ERP) est exigée.",
       "La maîtrise du français, à l'oral comme à l'écrit, est exigée."]
DES = ["Une expérience au sein du système des Nations Unies ou d'une organisation internationale est souhaitable.",
       "Une bonne connaissance de l'anglais est souhaitable."]
COMP = [("Professionnalisme", "Connaît les règles de gestion financière et budgétaire ; vérifie l'exactitude des données et respecte les délais ; garde son sang-froid dans les situations de tension."),
        ("Souci du client", "Considère les collègues des projets comme des clients ; répond rapidement aux demandes et les informe de l'état d'avancement des dossiers."),
        ("Aptitude à planifier et à organiser", "Établit des priorités claires ; prévoit le temps et les ressources nécessaires ; suit l'exécution des plans et les ajuste au besoin.")]
TACHES = ["Suivre l'exécution des budgets des projets du Bureau régional et préparer les révisions budgétaires ;",
          "Vérifier les pièces justificatives des engagements et des paiements avant leur approbation ;",
          "Préparer les rapports financiers mensuels et les rapports destinés aux bailleurs de fonds ;",
          "Assurer le suivi des avances aux partenaires d'exécution et des rapprochements bancaires ;",
          "Conseiller les chargés de programme sur les règles de gestion financière ;",
          "Accomplir toute autre tâche connexe à la demande du superviseur."]
CADRE = ("Le poste est à pourvoir au Bureau régional pour l'Afrique de l'Ouest et du Centre de l'Office des Nations "
         "Unies contre la drogue et le crime (ONUDC), situé à Dakar. Le ou la titulaire travaille au sein de l'Unité "
         "des services de gestion, sous la supervision directe du ou de la Chargé(e) de la gestion des finances.")
REM = ("Traitement mensuel net de départ : " + SAL + ", auquel s'ajoutent, le cas échéant, des indemnités pour "
       "charges de famille, une assurance maladie et l'affiliation à la Caisse commune des pensions.")


def facts():
    return [("Avis de vacance n°", REF), ("Intitulé du poste", TITLE), ("Classe", GRADE),
            ("Organisation", ORG + " (ONUDC)"), ("Lieu d'affectation", LOC),
            ("Type de contrat", "Engagement de durée déterminée d'un an, renouvelable"),
            ("Ouvert aux", "Candidat(e)s résidant légalement au Sénégal"),
            ("Date de publication", "19 mai 2039"), ("Date limite de candidature", "18 juin 2039")]


def src_html():
    t = "\n".join("<tr><td><b>%s</b></td><td>%s</td></tr>" % (esc(a), esc(b)) for a, b in facts())
    comp = "\n".join("<li><b>%s</b> : %s</li>" % (esc(n), esc(d)) for n, d in COMP)
    return f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{REF}</title>
<style>body{{font-family:"Liberation Serif",serif;font-size:11pt}} table{{border-collapse:collapse;width:100%}}
td{{border:1px solid #555;padding:3px 6px;vertical-align:top}} h1{{text-align:center;font-size:14pt}}
h2{{font-size:11.5pt;text-decoration:underline;text-transform:uppercase}}</style></head><body>
<p style="text-align:center"><b>NATIONS UNIES</b><br>Office des Nations Unies contre la drogue et le crime<br>Bureau régional pour l'Afrique de l'Ouest et du Centre – Immeuble Almadies, Dakar</p>
<h1>AVIS DE VACANCE DE POSTE (RECRUTEMENT LOCAL)</h1>
<table>
{t}
</table>
<h2>Cadre organisationnel</h2>
<p>{esc(CADRE)}</p>
<h2>Responsabilités</h2>
{ul(TACHES, "ol")}
<h2>Compétences</h2>
<ul>
{comp}
</ul>
<h2>Formation</h2>
<p>{esc(EDU)}</p>
<h2>Expérience professionnelle</h2>
<p>{esc(ESS[1])} {esc(ESS[2])} {esc(DES[0])}</p>
<h2>Langues</h2>
<p>L'anglais et le français sont les langues de travail du Secrétariat de l'Organisation des Nations Unies. {esc(ESS[3])} {esc(DES[1])}</p>
<h2>Rémunération</h2>
<p>{esc(REM)}</p>
<h2>Évaluation</h2>
<p>Les candidat(e)s présélectionné(e)s seront convoqué(e)s à un test écrit prévu le 2 juillet 2039, suivi d'un entretien axé sur les compétences.</p>
<p><b>AVIS :</b> L'ORGANISATION DES NATIONS UNIES NE PERÇOIT AUCUNE REDEVANCE À QUELQUE STADE QUE CE SOIT DU PROCESSUS DE RECRUTEMENT.</p>
</body></html>
"""


def md():
    t = "\n".join("| **%s** | %s |" % (a, b) for a, b in facts())
    comp = "\n".join("- **%s** : %s" % (n, d) for n, d in COMP)
    taches = "\n".join("%d. %s" % (i + 1, x) for i, x in enumerate(TACHES))
    return f"""[Accueil](#) · [Qui sommes-nous](#) · [Nos programmes](#) · [Actualités](#) · [Recrutement](#) · [English](#)

Accueil › Recrutement › Avis de vacance

# {TITLE}

| | |
|---|---|
{t}

## Cadre organisationnel

{CADRE}

## Responsabilités

{taches}

## Compétences

{comp}

## Formation

{EDU}

## Expérience professionnelle

{ESS[1]} {ESS[2]} {DES[0]}

## Langues

L'anglais et le français sont les langues de travail du Secrétariat. {ESS[3]} {DES[1]}

## Rémunération

{REM}

> Les candidatures se font uniquement en ligne. Séance d'information pour les candidat(e)s : 4 juin 2039 à 10 h, au Bureau régional.
"""


def build():
    src("onudc-avis.fr.html", src_html())
    libreoffice("onudc-avis.fr.html", KEY + "-avis.fr.libreoffice.pdf", REF)
    write(KEY + "-site.fr.md", md(), REF)
    expected(KEY, REF, ["fr"], {"fr": TITLE}, {"fr": ORG}, {"fr": LOC}, "2039-06-18",
             salary=(1146500, "XOF", "month"), grade=GRADE, req={"fr": (ESS, DES)}, comp={"fr": COMP})
