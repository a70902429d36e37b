from common import *
KEY = "fadq-42-fin-011"
REF = "FADQ-42-FIN-011"
T = "Conseillère ou conseiller en financement agricole"
O = "La Financière agricole du Québec"
LOC = "Victoriaville"
SCHED = "35 heures par semaine, du lundi au vendredi"
EXI = ["Détenir un baccalauréat en agronomie, en économie rurale, en administration ou dans une discipline connexe",
       "Posséder au moins une année d'expérience en analyse financière ou en crédit commercial",
       "Maîtriser la langue française à l'oral et à l'écrit",
       "Être titulaire d'un permis de conduire valide et disposer d'un véhicule"]
ATO = ["Être membre de l'Ordre des agronomes du Québec",
       "Connaître les productions laitière et acéricole",
       "Avoir utilisé un logiciel d'analyse de crédit agricole"]
PROF = [("Rigueur", "vous analysez chaque dossier avec méthode et exactitude"),
        ("Sens du service", "vous accompagnez les entreprises agricoles avec écoute et disponibilité"),
        ("Autonomie", "vous organisez vos visites et vos priorités sur un vaste territoire")]
ATTR = ["analyser les demandes de financement des entreprises agricoles et recommander les prêts et garanties ;",
        "visiter les fermes de la région pour évaluer leur situation financière et leurs projets ;",
        "conseiller les productrices et producteurs sur les programmes de financement et d'assurance ;",
        "assurer le suivi des dossiers de crédit et préparer les renouvellements ;",
        "collaborer avec les institutions financières partenaires de la région."]

TXT = f"""Aller au contenu principal
Québec.ca  |  Recherche  |  English
La Financière agricole du Québec
Accueil > Nous joindre > Carrières > Offres d'emploi

Offre d'emploi – recrutement

{T}
Publiée le 19 décembre 2042 · Imprimer · Partager

Numéro de l'appel de candidatures : {REF}
Organisme : {O}
Direction : Direction régionale du Centre-du-Québec
Lieu de travail : {LOC}
Nombre d'emplois : 1
Classe d'emploi : Agente ou agent de recherche et de planification socio-économique (105)
Statut : régulier, à temps complet
Horaire de travail : {SCHED}
Traitement : De 54 672 $ à 101 348 $ par année, selon l'expérience et la scolarité
Période d'inscription : Du 5 janvier 2043 au 19 janvier 2043 à 23 h 59

Votre milieu de travail
La direction régionale du Centre-du-Québec accompagne plus de 2 400 entreprises agricoles, de Nicolet à Plessisville. Notre équipe de onze personnes y offre le financement et l'assurance des productions.

Attributions
À titre de conseillère ou conseiller en financement agricole, vous aurez à :
""" + "\n".join("- " + a for a in ATTR) + """

Conditions d'admission
Être titulaire d'un diplôme universitaire de premier cycle dont l'obtention nécessite un minimum de seize années d'études reconnu par l'autorité compétente. Avoir réussi l'examen de qualification de la classe d'emploi (le cas échéant, la date d'examen sera communiquée le 27 janvier 2043).

Exigences du poste
""" + "\n".join("- " + e + " ;" for e in EXI) + """

Atouts
""" + "\n".join("- " + a + " ;" for a in ATO) + """

Profil recherché
""" + "\n".join(f"- {n} : {d} ;" for n, d in PROF) + f"""

Inscription
Vous devez vous inscrire au plus tard le 19 janvier 2043 à 23 h 59 en joignant votre curriculum vitæ. Les entrevues auront lieu au cours de la semaine du 9 février 2043.

Le programme d'accès à l'égalité en emploi de l'organisme vise les femmes, les personnes handicapées, les Autochtones et les membres des minorités visibles et ethniques.

Renseignements
Sur le processus : Mélodie Thibodeau-Garneau, ressources humaines, 418 555-0172
Sur les attributions : Pierre-Luc Desharnais, directeur régional, 819 555-0148

Autres offres
Technicienne ou technicien en administration – Saint-Hyacinthe – jusqu'au 2 février 2043
Analyste en assurance récolte – Lévis – jusqu'au 26 janvier 2043

Dernière mise à jour : 19 décembre 2042
© Gouvernement du Québec, 2042
"""

def li(items):
    return "\n".join(f"<li>{i}</li>" for i in items)

LO = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><style>
body {{ font-family: "Liberation Sans", sans-serif; font-size: 10pt }}
.lh {{ text-align: right; font-size: 9pt; color: #333 }}
h1 {{ text-align: center; font-size: 15pt; letter-spacing: 2px }}
table {{ border-collapse: collapse; width: 100% }}
td {{ border: 1px solid #555; padding: 3px 6px; vertical-align: top }}
td.l {{ background: #dde4ee; font-weight: bold; width: 35% }}
h2 {{ font-size: 11pt; background: #dde4ee; padding: 2px 4px }}
</style></head><body>
<p class="lh">{O}<br>Direction des ressources humaines<br>Lévis, le 19 décembre 2042</p>
<h1>AVIS DE RECRUTEMENT</h1>
<h2 style="text-align:center;background:none">{T}</h2>
<table>
<tr><td class="l">Numéro de l'appel</td><td>{REF}</td></tr>
<tr><td class="l">Organisme</td><td>{O}</td></tr>
<tr><td class="l">Lieu de travail</td><td>{LOC}</td></tr>
<tr><td class="l">Classe d'emploi</td><td>Agente ou agent de recherche et de planification socio-économique (105)</td></tr>
<tr><td class="l">Horaire</td><td>{SCHED}</td></tr>
<tr><td class="l">Traitement annuel</td><td>De 54 672 $ à 101 348 $</td></tr>
<tr><td class="l">Inscription</td><td>Du 5 janvier 2043 au 19 janvier 2043, 23 h 59</td></tr>
</table>
<h2>1. Attributions</h2>
<ol type="a">{li([a.rstrip(' ;.') for a in ATTR])}</ol>
<h2>2. Exigences</h2>
<ul>{li(EXI)}</ul>
<p><b>Atouts :</b></p>
<ul>{li(ATO)}</ul>
<h2>3. Profil recherché</h2>
<ul>{li(f"<i>{n}</i> : {d}" for n, d in PROF)}</ul>
<h2>4. Inscription</h2>
<p>Les candidatures doivent être transmises au plus tard le 19 janvier 2043 à 23 h 59. Seules les personnes retenues pour une entrevue (semaine du 9 février 2043) seront jointes.</p>
</body></html>
"""

def build():
    write(KEY + "-carrieres.txt", TXT, KEY)
    libreoffice(KEY + "-avis", LO, KEY)
    expected(KEY, REF, ["fr"], T, O, LOC, SCHED, "2043-01-19", (None, 54672, 101348, "CAD", "year"),
             requirements={"fr": (EXI, ATO)}, competencies={"fr": PROF})
