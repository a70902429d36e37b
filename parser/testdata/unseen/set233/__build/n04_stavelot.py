from common import *
REF = "STV/RH/2037/06"; KEY = "stv-rh-2037-06"
T = "Conducteur des travaux voirie (m/f/x)"
O = "Ville de Stavelot"; LOC = "Stavelot"
SCH = "temps plein – 38 heures par semaine"
PAY = "traitement annuel brut indexé de 42 318,55 € à 61 027,40 €, selon l'ancienneté valorisable"
ESS = ["Être titulaire d'un bachelier à orientation technique (construction, travaux publics ou géomètre) ;",
       "Justifier d'une expérience de cinq ans minimum dans la conduite de chantiers de voirie ;",
       "Être titulaire du permis de conduire B ;",
       "Maîtriser les outils bureautiques et un logiciel de métré."]
DES = ["Être titulaire du permis C ;", "Disposer d'une formation de conseiller en prévention de niveau III."]
CMP = [("Leadership", "fédérer une équipe d'ouvriers et répartir le travail avec équité"),
       ("Sens de l'organisation", "planifier les chantiers en tenant compte des imprévus"),
       ("Communication", "rendre compte au Collège communal et dialoguer avec les riverains")]
LEG = ["être ressortissant ou non d'un État membre de l'Union européenne (pour les non-ressortissants, être titulaire d'un permis de travail) ;",
       "jouir de ses droits civils et politiques ;", "être d'une conduite répondant aux exigences de la fonction ;", "être âgé de 18 ans au moins."]
MIS = ["organiser et contrôler les chantiers de voirie réalisés en régie ;", "préparer les métrés et les cahiers des charges des petits travaux ;",
       "encadrer une équipe de douze ouvriers ;", "assurer le suivi des entreprises adjudicataires et la réception des travaux."]
MD = f"""![Ville de Stavelot](logo.png)

Accueil | Ma ville | Vie politique | Services communaux | **Emplois** | Contact

*Publié le 17/02/2037 – mis à jour le 19/02/2037*

# {T}

La {O} procède au recrutement d'un conducteur des travaux (m/f/x) pour son service des travaux, sous contrat à durée indéterminée, et constitue une réserve de recrutement valable deux ans.

**Référence :** {REF}\\
**Pouvoir organisateur :** {O}\\
**Service :** Service des travaux – voirie\\
**Lieu de travail :** {LOC} (dépôt communal, rue du Château)\\
**Régime de travail :** {SCH}\\
**Échelle barémique :** D9\\
**Rémunération :** {PAY}\\
**Date limite de candidature :** 10/03/2037

## 1. Missions

{chr(10).join('- ' + m for m in MIS)}

## 2. Conditions générales d'admissibilité

{chr(10).join('- ' + m for m in LEG)}

## 3. Conditions particulières

{chr(10).join(f'{i}. ' + e for i, e in enumerate(ESS, 1))}

## 4. Atouts

{chr(10).join('+ ' + d for d in DES)}

## 5. Compétences comportementales

{chr(10).join(f'- *{n}* : {d}' for n, d in CMP)}

## 6. Nous offrons

Un contrat à durée indéterminée, des chèques-repas de 8 €, un 2e pilier de pension et l'intervention dans les frais de déplacement domicile-travail.

## 7. Procédure

Les candidats retenus présenteront une épreuve écrite le 24 mars 2037 et une épreuve orale le 31 mars 2037. Le dossier (lettre de motivation, CV, copie du diplôme, extrait de casier judiciaire) est adressé au Collège communal, par courrier ou par courriel à emploi@stavelot.example, pour le 10/03/2037 au plus tard.

Voir aussi : Ouvrier qualifié jardinier (m/f/x) – date limite 03/03/2037 · Employé d'administration D4 – date limite 24/03/2037

---
Administration communale de Stavelot · Place Saint-Remacle · Mentions légales
"""
APPEL = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Appel {REF}</title>
<style>body{{font-family:'Liberation Serif';font-size:11pt}} td{{border:1px solid #000;padding:3pt;vertical-align:top}} .r{{text-align:right}}</style></head><body>
<p class="r">VILLE DE STAVELOT<br>Service du personnel<br>Place Saint-Remacle<br>4970 Stavelot</p>
<p>Stavelot, le 17 février 2037</p>
<p>N/Réf. : {REF}</p>
<h2 style="text-align:center">APPEL PUBLIC AUX CANDIDATURES</h2>
<p style="text-align:center"><b>{T}</b></p>
<table style="border-collapse:collapse;width:100%">
<tr><td>Pouvoir organisateur</td><td>{O}</td></tr>
<tr><td>Lieu de travail</td><td>{LOC}</td></tr>
<tr><td>Régime de travail</td><td>{SCH}</td></tr>
<tr><td>Échelle barémique</td><td>D9</td></tr>
<tr><td>Rémunération</td><td>{PAY}</td></tr>
<tr><td>Date limite</td><td>10/03/2037</td></tr>
</table>
<h3>1. Missions</h3>{ul(MIS)}
<h3>2. Conditions générales d'admissibilité</h3>{ul(LEG)}
<h3>3. Conditions particulières</h3>{ul(ESS, 'ol')}
<h3>4. Atouts</h3>{ul(DES)}
<h3>5. Compétences comportementales</h3>
<ul>{''.join(f'<li><b>{n}</b> : {d}</li>' for n, d in CMP)}</ul>
<h3>6. Candidature</h3>
<p>Épreuve écrite : 24 mars 2037. Épreuve orale : 31 mars 2037. Les candidatures sont à adresser au Collège communal pour le 10 mars 2037 au plus tard.</p>
<table style="width:100%"><tr><td style="border:none">Le Directeur général,<br><br>P. Demarteau</td><td style="border:none" class="r">Le Bourgmestre,<br><br>A. Lemaire</td></tr></table>
</body></html>"""
def build():
    write(f"{KEY}-stavelot.md", MD, KEY)
    src("stavelot-appel.html", APPEL)
    libreoffice("stavelot-appel.html", f"{KEY}-appel.libreoffice.pdf", KEY)
    expected(KEY, REF, ["fr"], {"fr": T}, {"fr": O}, {"fr": LOC}, {"fr": SCH}, "2037-03-10", sal(42318.55, 61027.40), "D9", None,
             {"fr": (ESS, DES)}, {"fr": CMP})
