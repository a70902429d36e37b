from common import *
KEY = "racj-40-017"
REF = "RACJ-40-017"
T = "Conseillère ou conseiller en conformité – permis d'alcool"
ORG = "Régie des alcools, des courses et des jeux"
LOC = "Montréal"
SCHED = "35 heures par semaine, du lundi au vendredi, avec disponibilité occasionnelle en soirée"
ESS = ["Être titulaire d'un diplôme d'études collégiales en techniques juridiques, en techniques policières ou dans une autre discipline appropriée ;",
       "Posséder au moins deux années d'expérience en inspection, en enquête ou en vérification de la conformité ;",
       "Détenir un permis de conduire valide de classe 5 ;",
       "Être disponible pour des visites en soirée et, à l'occasion, la fin de semaine."]
DES = ["Connaissance de la Loi sur les permis d'alcool et de ses règlements ;",
       "Expérience dans le secteur de la restauration, des bars ou de l'hôtellerie."]
QUAL = ["Rigueur", "Jugement", "Sens de l'éthique", "Aisance à communiquer", "Calme dans les situations tendues"]
DUTIES = ["analyser les demandes de permis d'alcool et vérifier qu'elles respectent les exigences réglementaires ;",
          "effectuer des visites d'établissements avec les corps policiers et rédiger les rapports qui en découlent ;",
          "conseiller les titulaires de permis sur leurs obligations et sur les mesures correctives attendues ;",
          "préparer les dossiers soumis aux régisseurs en vue des audiences ;",
          "tenir à jour les données de suivi dans le système de gestion des permis."]
INTRO = ("La Régie des alcools, des courses et des jeux veille à ce que les activités liées aux boissons alcooliques, aux "
         "courses et aux jeux se déroulent de manière sécuritaire et conforme à la loi. Sa Direction des permis d'alcool "
         "cherche une personne qui saura allier connaissance des règles et sens pratique pour accompagner les "
         "établissements du territoire montréalais.")
COND = ("Les personnes intéressées doivent avoir la citoyenneté canadienne, le statut de résident permanent ou un permis "
        "de travail valide. Une vérification des antécédents judiciaires sera effectuée. Un examen écrit pourrait avoir "
        "lieu le 22 février 2040 ; les personnes retenues seront convoquées par courriel.")

def build():
    txt = f"""Aller au contenu principal
Régie des alcools, des courses et des jeux   Québec
Accueil  Permis  Courses  Jeux  Publications  La Régie  Carrières  Nous joindre
Rechercher

Accueil > La Régie > Carrières > Emplois disponibles

{T}

Publié le 26 janvier 2040

Numéro de l'appel de candidatures : {REF}
Organisme : {ORG}
Direction : Direction des permis d'alcool
Lieu de travail : {LOC}
Corps d'emploi : Inspectrice ou inspecteur (264)
Statut : Emploi régulier à temps complet
Horaire : {SCHED}
Nombre d'emplois à pourvoir : 1
Traitement : de 52 873 $ à 84 406 $ par année, selon l'expérience
Période d'inscription : du 26 janvier 2040 au 9 février 2040 à 23 h 59

Imprimer   Partager   Courriel

Le contexte
{INTRO}

Vos responsabilités
Sous l'autorité de la cheffe du Service de la conformité, vous aurez notamment à :
""" + "\n".join("• " + d for d in DUTIES) + """

Exigences
""" + "\n".join("• " + e for e in ESS) + """

Atouts
""" + "\n".join("• " + d for d in DES) + """

Profil recherché
""" + ", ".join(QUAL) + f""".

Conditions d'admission
{COND}

Pour postuler
Soumettez votre candidature en ligne avant la fin de la période d'inscription, en y joignant votre curriculum vitæ et une copie de votre diplôme. Les candidatures reçues par la poste ne seront pas traitées.

La Régie applique un programme d'accès à l'égalité en emploi et invite les femmes, les membres des minorités visibles et ethniques, les Autochtones et les personnes handicapées à présenter leur candidature.

Autres emplois disponibles
Technicienne ou technicien en administration – Québec – inscription jusqu'au 2 février 2040
Analyste en intégrité des jeux – Montréal – inscription jusqu'au 16 février 2040

Accessibilité   Politique de confidentialité   Déclaration de services aux citoyens
© Gouvernement du Québec, 2040
"""
    write(KEY + "-carrieres.txt", txt, KEY)
    li = lambda xs: "\n".join(f"<li>{x}</li>" for x in xs)
    doc = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Appel de candidatures {REF}</title>
<style>body{{font-family:"Liberation Sans";font-size:10pt}} td{{border:1px solid #000;padding:3px;vertical-align:top}}
table{{border-collapse:collapse;width:100%}} h1{{font-size:15pt;text-align:center}} h2{{font-size:11pt;background:#d9e2f3}}</style></head><body>
<p align="right"><b>{ORG}</b><br>Direction des ressources humaines</p>
<h1>APPEL DE CANDIDATURES<br>{T}</h1>
<table>
<tr><td width="35%"><b>Numéro</b></td><td>{REF}</td></tr>
<tr><td><b>Direction</b></td><td>Direction des permis d'alcool</td></tr>
<tr><td><b>Lieu de travail</b></td><td>{LOC}</td></tr>
<tr><td><b>Corps d'emploi</b></td><td>Inspectrice ou inspecteur (264)</td></tr>
<tr><td><b>Statut</b></td><td>Régulier, temps complet</td></tr>
<tr><td><b>Horaire</b></td><td>{SCHED}</td></tr>
<tr><td><b>Traitement annuel</b></td><td>De 52 873 $ à 84 406 $</td></tr>
<tr><td><b>Période d'inscription</b></td><td>Du 26 janvier 2040 au 9 février 2040, 23 h 59</td></tr>
</table>
<h2>1. Contexte</h2><p>{INTRO}</p>
<h2>2. Attributions</h2><ol type="a">{li(DUTIES)}</ol>
<h2>3. Exigences de l'emploi</h2><ul>{li(ESS)}</ul>
<h2>4. Atouts</h2><ul>{li(DES)}</ul>
<h2>5. Profil recherché</h2><p>{' – '.join(QUAL)}</p>
<h2>6. Conditions d'admission et modalités</h2><p>{COND}</p>
<p>Les candidatures doivent être soumises en ligne. Seules les personnes retenues seront contactées.</p>
</body></html>"""
    src("racj-appel.html", doc)
    soffice("racj-appel.html", KEY + "-appel.libreoffice.pdf", KEY)
    expected(KEY, dict(reference=REF, languages=["fr"], title={"en": None, "fr": T}, organisation={"en": None, "fr": ORG},
        location={"en": None, "fr": LOC}, schedule={"en": None, "fr": SCHED}, deadline="2040-02-09",
        salary=sal(52873, 84406, "CAD", "year"), grade=None, clearance=None,
        requirements={"en": None, "fr": {"essential": ESS, "desirable": DES}},
        competencies={"en": None, "fr": comp(*[(q, "") for q in QUAL])}))
