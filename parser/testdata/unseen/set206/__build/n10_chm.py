from common import *
KEY = "chm-drh-2034-0412"
REF = "CHM-DRH-2034-0412"
TITLE = "Responsable de l'unité biomédicale"
ORG = "Centre Hospitalier de Mayotte (CHM)"
LOC = "Mamoudzou, site principal du CHM, avec interventions dans les centres de référence de l'île"
SCHED = "Temps plein (35 h hebdomadaires), astreintes techniques par roulement"
GRADE = "Ingénieur hospitalier"
REM = "Statutaire (grille des ingénieurs hospitaliers), majorée de l'indexation applicable à Mayotte, prime d'installation selon éligibilité"
ESS = [
 "Diplôme d'ingénieur ou master en ingénierie biomédicale",
 "Expérience d'au moins deux ans dans un service biomédical hospitalier",
 "Connaissance de la réglementation des dispositifs médicaux et de la matériovigilance",
 "Pratique d'une GMAO et des procédures de marchés publics",
 "Permis B",
]
DES = [
 "Expérience en imagerie médicale ou en dialyse",
 "Connaissance du shimaoré ou du kibushi",
]
COMP = [
 ("Réactivité", "intervient rapidement sur les équipements critiques des blocs et de la réanimation."),
 ("Pédagogie", "forme les soignants au bon usage des dispositifs."),
 ("Sens du service", "place la continuité des soins au cœur de ses priorités."),
]
MISS = [
 "Gérer le parc d'équipements biomédicaux (inventaire, maintenance préventive et curative, contrôles qualité)",
 "Piloter les achats d'équipements, de la définition du besoin à la mise en service",
 "Encadrer l'équipe de techniciens biomédicaux et suivre les contrats de maintenance externes",
 "Assurer la matériovigilance en lien avec la pharmacie et la direction qualité",
 "Participer au plan pluriannuel d'investissement et au projet de second site hospitalier",
]
E = fr_only(reference=REF, title=TITLE, organisation=ORG, location=LOC, schedule=SCHED,
            deadline="2034-12-22", salary=None, grade=GRADE,
            essential=ESS, desirable=DES,
            competencies=[{"name": n, "description": d} for n, d in COMP])
expected(KEY, E)

md = f"""<!-- Page enregistrée depuis le site du CHM, rubrique « Nous rejoindre » -->

[Le CHM](#) | [Offre de soins](#) | [Patients et visiteurs](#) | **[Nous rejoindre](#)** | [Contact](#)

Accueil > Nous rejoindre > Offres d'emploi > Personnels techniques

# {TITLE} – Direction des Travaux et du Biomédical

*Offre n° {REF} – mise en ligne le 24/11/2034*

| | |
|---|---|
| **Intitulé du poste** | {TITLE} |
| **Établissement** | {ORG} |
| **Direction** | Direction des Travaux, de la Logistique et du Biomédical |
| **Lieu d'exercice** | {LOC} |
| **Grade(s)** | {GRADE} |
| **Catégorie** | A |
| **Statut** | Titulaire, détachement ou contractuel (CDD de 3 ans) |
| **Temps de travail** | {SCHED} |
| **Rémunération** | {REM} |
| **Date limite de candidature** | 22/12/2034 |

## Missions principales

- {MISS[0]}
- {MISS[1]}
- {MISS[2]}
- {MISS[3]}
- {MISS[4]}

## Profil recherché

- {ESS[0]}
- {ESS[1]}
- {ESS[2]}
- {ESS[3]}
- {ESS[4]}

**Serait un plus :**

- {DES[0]}
- {DES[1]}

## Savoir-être

- **{COMP[0][0]} :** {COMP[0][1]}
- **{COMP[1][0]} :** {COMP[1][1]}
- **{COMP[2][0]} :** {COMP[2][1]}

## Candidature

CV et lettre de motivation à adresser à la Direction des Ressources Humaines avant le vendredi 22 décembre 2034, en rappelant la référence {REF}. Prise de poste souhaitée : 1er mars 2035. Renseignements auprès de l'ingénieur en chef (coordonnées fictives).

---
Offres récentes : Infirmier(ère) de bloc opératoire (clôture le 15/12/2034) · Technicien(ne) supérieur(e) hospitalier(e) en électricité (clôture le 05/01/2035)
"""
write(KEY + "-chm.md", md)

rows = "\n".join(f"<tr><th>{a}</th><td>{b}</td></tr>" for a, b in [
    ("Référence", REF), ("Intitulé du poste", TITLE), ("Établissement", ORG),
    ("Direction", "Direction des Travaux, de la Logistique et du Biomédical"),
    ("Lieu d'exercice", LOC), ("Grade(s)", GRADE), ("Catégorie", "A"),
    ("Statut", "Titulaire, détachement ou contractuel (CDD de 3 ans)"),
    ("Temps de travail", SCHED), ("Rémunération", REM),
    ("Date limite de candidature", "22 décembre 2034")])
html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Fiche de poste {REF}</title>
<style>
@page {{ size: A4; margin: 2cm; @bottom-center {{ content: "CHM – Fiche de poste " counter(page); font-size: 8pt; }} }}
body {{ font-family: "DejaVu Sans", sans-serif; font-size: 9.5pt; }}
h1 {{ font-size: 14pt; color: #00607a; }}
table {{ border-collapse: collapse; width: 100%; }}
th {{ text-align: left; width: 30%; background: #e6f1f4; border: 1px solid #9cc; padding: 3px; }}
td {{ border: 1px solid #9cc; padding: 3px; }}
</style></head><body>
<p><b>CENTRE HOSPITALIER DE MAYOTTE</b><br>Direction des Ressources Humaines – Recrutement</p>
<h1>FICHE DE POSTE – APPEL À CANDIDATURES</h1>
<table>
{rows}
</table>
<h2>Missions principales</h2>
<ul>
{chr(10).join('<li>' + m + '</li>' for m in MISS)}
</ul>
<h2>Profil recherché</h2>
<ul>
{chr(10).join('<li>' + x + '</li>' for x in ESS)}
</ul>
<p><b>Serait un plus :</b></p>
<ul>
{chr(10).join('<li>' + x + '</li>' for x in DES)}
</ul>
<h2>Savoir-être</h2>
<ul>
{chr(10).join(f'<li><b>{n} :</b> {d}</li>' for n, d in COMP)}
</ul>
<h2>Candidature</h2>
<p>CV et lettre de motivation à adresser à la Direction des Ressources Humaines avant le vendredi 22 décembre 2034, en rappelant la référence {REF}. Prise de poste souhaitée : 1er mars 2035.</p>
</body></html>
"""
write("__build/chm-fiche.html", html)
