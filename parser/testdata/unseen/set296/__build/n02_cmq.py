from common import *

KEY = "cmq-42-ver-006"
REF = "CMQ-42-VER-006"
T = "Vérificatrice ou vérificateur en conformité municipale"
O = "Commission municipale du Québec"
L = "Québec"
SCHED = "35 heures par semaine, du lundi au vendredi"
ESS = [
    "Détenir un diplôme universitaire de premier cycle en comptabilité, en administration, en gestion publique ou dans une discipline connexe ;",
    "Posséder au moins trois années d'expérience en vérification, en audit de conformité ou en contrôle de gestion ;",
    "Avoir une excellente maîtrise du français écrit.",
]
DES = [
    "Détenir le titre de CPA ;",
    "Connaître le fonctionnement des municipalités et le cadre légal municipal québécois ;",
    "Avoir de l'expérience dans l'utilisation d'un logiciel d'audit ou d'analyse de données.",
]
COMP = [("Rigueur", "vous documentez chaque constat et chaque source."),
        ("Sens de l'analyse", "vous reliez les faits observés aux obligations légales."),
        ("Communication", "vous expliquez vos constats avec tact à des élus et à des directions générales."),
        ("Autonomie", "vous planifiez vos mandats et respectez les échéances.")]
DUTIES = [
    "planifie et réalise des audits de conformité auprès de municipalités de moins de 100 000 habitants ;",
    "analyse les processus d'adjudication des contrats, d'attribution des subventions et de gestion des ressources humaines ;",
    "rédige des rapports d'audit et des recommandations destinés à être publiés ;",
    "assure le suivi des recommandations auprès des municipalités auditées.",
]


def build():
    txt = f"""Aller au contenu principal
Québec.ca   Rechercher   Menu   English
Accueil > Emplois > Carrières dans la fonction publique > Offres d'emploi > Offre d'emploi régulier

{T}

Offre d'emploi régulier – Date de début d'affichage : 26 mai 2042

Imprimer   Partager   Ajouter à mes favoris

Numéro de l'appel de candidatures

{REF}

Ministère ou organisme

{O}

Direction

Direction de la vérification

Classe d'emploi

Agente ou agent de recherche et de planification socio-économique (105)

Lieu de travail

{L}

Bureaux du centre-ville (l'adresse exacte est communiquée aux personnes convoquées)

Nombre d'emplois

1

Statut

Régulier (permanent)

Horaire de travail

{SCHED}

Traitement

De 53 886 $ à 99 128 $ par année, selon l'expérience et la scolarité

Période d'inscription

Du 26 mai 2042 au 8 juin 2042 à 23 h 59

Contexte

La Commission municipale du Québec est un tribunal administratif et un organisme de vérification. Sa Direction de la vérification réalise chaque année des audits de conformité et de performance auprès des municipalités et publie ses rapports. L'équipe compte une douzaine de personnes, dont plusieurs professionnels en télétravail partiel.

Attributions

La personne titulaire de l'emploi :
- {DUTIES[0]}
- {DUTIES[1]}
- {DUTIES[2]}
- {DUTIES[3]}

Exigences de l'emploi
- {ESS[0]}
- {ESS[1]}
- {ESS[2]}

Atouts
- {DES[0]}
- {DES[1]}
- {DES[2]}

Profil recherché
- {COMP[0][0]} : {COMP[0][1]}
- {COMP[1][0]} : {COMP[1][1]}
- {COMP[2][0]} : {COMP[2][1]}
- {COMP[3][0]} : {COMP[3][1]}

Conditions d'admission

Être inscrit dans la banque de personnes qualifiées de la classe d'emploi visée ou y être admissible au terme du processus. Les personnes non qualifiées peuvent soumettre leur candidature en se soumettant au processus de qualification (examen en ligne prévu le 18 juin 2042).

Modalités d'inscription

Vous devez postuler en ligne avant la fin de la période d'inscription. Les entrevues auront lieu au cours de la semaine du 29 juin 2042.

Programme d'accès à l'égalité en emploi : la fonction publique québécoise applique des mesures pour augmenter la représentativité des membres de minorités visibles et ethniques, des personnes handicapées, des autochtones et des anglophones.

Renseignements
Sur le processus : Mme Danielle Pouliot, conseillère en ressources humaines – rh@cmq-exemple.example
Sur les attributions : M. Yannick Gervais, directeur de la vérification

Postuler

Autres offres de cet organisme
Avocate ou avocat – tribunal (période d'inscription se terminant le 1er juin 2042)
Technicienne ou technicien en administration (période d'inscription se terminant le 22 juin 2042)

Dernière mise à jour : 26 mai 2042
Québec.ca · Accessibilité · Politique de confidentialité · © Gouvernement du Québec, 2042
"""
    write(KEY + "-quebecca.txt", txt, KEY)

    row = lambda a, b: f'<tr><td class="l">{a}</td><td>{b}</td></tr>'
    lis = lambda xs: "".join(f"<li>{x}</li>" for x in xs)
    html = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{REF}</title>
<style>
body {{ font-family: "Liberation Serif", serif; font-size: 11pt; }}
.lh {{ text-align: right; font-size: 9pt; }}
h1 {{ font-size: 15pt; text-align: center; }}
table {{ border-collapse: collapse; width: 100%; }}
td {{ border: 1px solid #000; padding: 3px 6px; vertical-align: top; }}
td.l {{ background: #dde4ee; font-weight: bold; width: 32%; }}
h2 {{ font-size: 12pt; background: #dde4ee; }}
</style></head><body>
<p class="lh">{O}<br>Direction des ressources humaines<br>Québec, le 26 mai 2042</p>
<h1>APPEL DE CANDIDATURES<br>{T}</h1>
<table>
{row("Numéro de l'appel", REF)}
{row("Organisme", O)}
{row("Direction", "Direction de la vérification")}
{row("Classe d'emploi", "Agente ou agent de recherche et de planification socio-économique (105)")}
{row("Lieu de travail", L)}
{row("Statut", "Régulier (permanent)")}
{row("Horaire de travail", SCHED)}
{row("Traitement annuel", "De 53 886 $ à 99 128 $ par année, selon l'expérience et la scolarité")}
{row("Date limite d'inscription", "8 juin 2042, 23 h 59")}
</table>
<h2>1. Attributions</h2>
<ol type="a">{lis(DUTIES)}</ol>
<h2>2. Exigences</h2>
<ul>{lis(ESS)}</ul>
<h2>3. Atouts</h2>
<ul>{lis(DES)}</ul>
<h2>4. Profil recherché</h2>
{"".join(f"<p><i>{n}</i> : {d}</p>" for n, d in COMP)}
<h2>5. Pour postuler</h2>
<p>Les candidatures sont reçues en ligne uniquement. Un examen de qualification pourra avoir lieu le 18 juin 2042. Seules les personnes retenues seront contactées.</p>
<p style="text-align:right">La Direction des ressources humaines</p>
</body></html>"""
    src(KEY + "-appel.html", html)
    libreoffice(KEY + "-appel.html", KEY + "-appel.libreoffice.pdf", KEY)
    expected(KEY, reference=REF, languages=["fr"], title=T, organisation=O, location=L, schedule=SCHED,
             deadline="2042-06-08", salary=sal(53886, 99128, "CAD", "year"),
             requirements={"en": None, "fr": {"essential": ESS, "desirable": DES}},
             competencies={"en": None, "fr": names(COMP)})
