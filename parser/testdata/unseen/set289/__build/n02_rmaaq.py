from common import *

KEY = "rmaaq-41-eco-003"
REF = "RMAAQ-41-ECO-003"
T = "Économiste – mise en marché collective des produits agricoles"
O = "Régie des marchés agricoles et alimentaires du Québec"
LOC = "Montréal"
SCH = "35 heures par semaine, du lundi au vendredi"
ESS = ["Posséder au moins deux années d'expérience en analyse économique du secteur agricole ou agroalimentaire ;",
       "Maîtriser les méthodes quantitatives et un logiciel statistique (R, Stata ou l'équivalent) ;",
       "Rédiger avec aisance des analyses destinées à des non-spécialistes ;",
       "Avoir une excellente maîtrise du français écrit."]
DES = ["Connaissance de la Loi sur la mise en marché des produits agricoles, alimentaires et de la pêche ;",
       "Expérience de la préparation d'une preuve d'expert devant un organisme de régulation."]
COMP = [("Rigueur", "vous appuyez chaque conclusion sur des données vérifiables."),
        ("Esprit de synthèse", "vous résumez des dossiers volumineux en quelques pages claires."),
        ("Impartialité", "vous traitez les positions des parties avec la même attention.")]

MISSIONS = ["analyser les conventions de mise en marché et les règlements soumis à l'approbation de la Régie ;",
            "évaluer les effets économiques des demandes des offices de producteurs et des acheteurs ;",
            "préparer les avis économiques présentés aux régisseuses et régisseurs lors des audiences ;",
            "suivre l'évolution des prix, des coûts de production et des volumes dans les filières réglementées ;",
            "collaborer avec les juristes de la Régie à la rédaction des décisions."]

txt = f"""Passer au contenu principal
Québec.ca   English
Carrières > Offres d'emploi > {O}

Offre d'emploi

{T}

Publiée le 27 octobre 2041 · Mise à jour le 28 octobre 2041

Postuler    Imprimer    Partager

Numéro de l'appel de candidatures

{REF}

Organisme

{O}

Direction

Direction de l'analyse économique et des affaires réglementaires

Lieu de travail

{LOC}

Classe d'emploi

Économiste (102)

Statut

Emploi régulier

Horaire

{SCH}

Traitement

De 55 837 $ à 103 406 $ par année, selon l'expérience

Période d'inscription

Du 27 octobre 2041 au 10 novembre 2041 à 23 h 59

Nombre d'emplois : 1

Contexte

La Régie est un organisme de régulation économique qui encadre la mise en marché collective des produits agricoles, alimentaires et de la pêche. Elle tranche aussi les différends entre producteurs, acheteurs et offices. La Direction de l'analyse économique fournit aux régisseuses et régisseurs l'expertise chiffrée qui fonde leurs décisions.

Attributions

À titre d'économiste, vous aurez notamment à :

{chr(10).join('- ' + m for m in MISSIONS)}

Conditions d'admission

Être titulaire d'un diplôme universitaire de premier cycle dont l'obtention requiert au moins seize années d'études en économique, en économie rurale ou dans une discipline connexe. Être citoyenne ou citoyen canadien ou résident permanent.

Exigences du poste

{chr(10).join('- ' + e for e in ESS)}

Atouts

{chr(10).join('- ' + d for d in DES)}

Profil recherché

{chr(10).join(f'- {n} : {d}' for n, d in COMP)}

Modalités d'évaluation

Les personnes retenues seront convoquées à un examen écrit qui se tiendra le 20 novembre 2041, puis à une entrevue.

Pour postuler

Vous devez remplir votre candidature en ligne dans le Portail de recrutement avant la fin de la période d'inscription. Aucun curriculum vitæ transmis par courriel ne sera considéré.

La Régie applique un programme d'accès à l'égalité en emploi et invite les femmes, les Autochtones, les personnes handicapées et les membres des minorités visibles et ethniques à présenter leur candidature.

Renseignements sur le processus : Service des ressources humaines, 514 555-0143

Autres offres de cet organisme
Technicienne ou technicien en administration — inscription jusqu'au 3 novembre 2041
Agente ou agent de secrétariat — inscription jusqu'au 17 novembre 2041

Accessibilité   Politique de confidentialité   © Gouvernement du Québec, 2041
"""

def li(xs):
    return "".join(f"<li>{x}</li>" for x in xs)

lo_html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Appel de candidatures {REF}</title>
<style>
body {{ font-family: "Liberation Sans", Arial, sans-serif; font-size: 10pt; }}
table.fiche {{ border-collapse: collapse; width: 100%; }}
table.fiche td {{ border: 1px solid #555; padding: 3px 6px; vertical-align: top; }}
td.l {{ background: #d9e2f0; font-weight: bold; width: 32%; }}
h2 {{ background: #1f3864; color: #fff; font-size: 11pt; padding: 2px 6px; }}
</style></head><body>
<p align="right"><b>{O}</b><br>Service des ressources humaines<br>Montréal, le 27 octobre 2041</p>
<h1 align="center">APPEL DE CANDIDATURES</h1>
<p align="center"><b>{T}</b></p>
<table class="fiche">
<tr><td class="l">Numéro</td><td>{REF}</td></tr>
<tr><td class="l">Organisme</td><td>{O}</td></tr>
<tr><td class="l">Lieu de travail</td><td>{LOC}</td></tr>
<tr><td class="l">Classe d'emploi</td><td>Économiste (102)</td></tr>
<tr><td class="l">Statut</td><td>Emploi régulier, temps complet</td></tr>
<tr><td class="l">Horaire</td><td>{SCH}</td></tr>
<tr><td class="l">Traitement</td><td>De 55 837 $ à 103 406 $ par année</td></tr>
<tr><td class="l">Inscription</td><td>Du 27 octobre 2041 au 10 novembre 2041 à 23 h 59</td></tr>
</table>
<h2>1. Attributions</h2>
<ol type="a">{li(MISSIONS)}</ol>
<h2>2. Conditions d'admission</h2>
<p>Diplôme universitaire de premier cycle en économique, en économie rurale ou dans une discipline connexe (seize années d'études). Citoyenneté canadienne ou résidence permanente.</p>
<h2>3. Exigences du poste</h2>
<ul>{li(ESS)}</ul>
<p><b>Atouts :</b></p>
<ul>{li(DES)}</ul>
<h2>4. Profil recherché</h2>
{''.join(f'<p><i>{n}</i> – {d}</p>' for n, d in COMP)}
<h2>5. Évaluation et inscription</h2>
<p>Un examen écrit aura lieu le 20 novembre 2041. Seules les candidatures reçues par le Portail de recrutement pendant la période d'inscription seront considérées.</p>
<p>Programme d'accès à l'égalité en emploi : les femmes, les Autochtones, les personnes handicapées et les membres des minorités visibles et ethniques sont invités à postuler.</p>
</body></html>
"""

def build():
    write(KEY + "-carrieres.txt", txt, KEY)
    libreoffice("rmaaq-appel.html", lo_html, KEY + "-appel.libreoffice.pdf", KEY)
    expected(KEY, reference=REF, languages=["fr"], title={"fr": T}, organisation={"fr": O},
             location={"fr": LOC}, schedule={"fr": SCH}, deadline="2041-11-10",
             salary=(55837, 103406, "CAD", "year"),
             requirements={"fr": (ESS, DES)}, competencies={"fr": COMP})
