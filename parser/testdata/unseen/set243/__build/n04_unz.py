from common import *

REF = "UNZ/P/SG/DRH/2037-031"
TITLE = "Technicien(ne) supérieur(e) de laboratoire en sciences du sol"
ORG = "Université Norbert Zongo"
LOC = "Koudougou (Burkina Faso)"
SCHED = "Temps plein"
GRADE = "B1"
ESS = ["être de nationalité burkinabè ;",
       "être titulaire d'un diplôme universitaire de technologie (DUT) ou d'une licence professionnelle en analyses biologiques, en chimie ou en agronomie ;",
       "justifier d'une expérience d'au moins deux (2) ans dans un laboratoire d'analyses de sols, d'eaux ou de végétaux ;",
       "maîtriser les outils bureautiques courants ;",
       "être âgé(e) de trente-sept (37) ans au plus au 31 décembre 2037."]
DES = ["une formation en assurance qualité des laboratoires (norme ISO/IEC 17025) ;",
       "la connaissance de la spectrophotométrie d'absorption atomique."]
COMP = [("Rigueur", "respect strict des protocoles et de la traçabilité des échantillons"),
        ("Sens de l'organisation", "gestion des priorités et des stocks de réactifs"),
        ("Esprit d'équipe", "collaboration avec les enseignants-chercheurs et les doctorants")]
DL = "mercredi 20 janvier 2038 à 15 h 30"


def build():
    k = expected(REF, ["fr"], {"fr": TITLE}, {"fr": ORG}, {"fr": LOC}, {"fr": SCHED}, "2038-01-20", None, GRADE, None,
                 {"fr": {"essential": ESS, "desirable": DES}}, {"fr": COMP})
    li = lambda xs: "\n".join(f"<li>{x}</li>" for x in xs)
    html = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Avis {REF}</title>
<style>
@page {{ size: A4; margin: 2cm 2cm 2.2cm; @bottom-center {{ content: "Avis de recrutement {REF} — page " counter(page) " / " counter(pages); font-size: 8pt; color:#555 }} }}
body {{ font-family: "DejaVu Serif", serif; font-size: 10.5pt; line-height: 1.35 }}
.lh {{ display: flex; justify-content: space-between; font-size: 9pt; text-transform: uppercase }}
.lh div {{ width: 48% }} .right {{ text-align: right }}
h1 {{ text-align: center; font-size: 13pt; text-decoration: underline; margin-top: 1.2em }}
h2 {{ font-size: 11pt; margin: 1em 0 .3em }}
.nw {{ white-space: nowrap }}
td {{ padding: 2px 8px 2px 0; vertical-align: top }}
ul {{ list-style-type: "▪ "; margin-top: .2em }}
</style></head><body>
<div class="lh"><div>Ministère de l'Enseignement supérieur, de la Recherche et de l'Innovation<br>{ORG}<br>Présidence<br>Secrétariat Général<br>Direction des Ressources Humaines<br>N° 2037-0456/UNZ/P/SG</div>
<div class="right">Burkina Faso<br>La Patrie ou la Mort, nous Vaincrons<br><br>Koudougou, le 7 décembre 2037</div></div>
<h1>AVIS DE RECRUTEMENT N° <span class="nw">{REF}</span></h1>
<p>Le Président de l'{ORG} porte à la connaissance du public qu'un recrutement sur contrat est ouvert pour un poste de <strong>{TITLE}</strong> au profit du Laboratoire des sciences du sol de l'Institut Supérieur des Sciences et Techniques.</p>
<h2>1. Présentation du poste</h2>
<table>
<tr><td>Emploi</td><td>: {TITLE}</td></tr>
<tr><td>Structure</td><td>: Laboratoire des sciences du sol</td></tr>
<tr><td>Lieu d'affectation</td><td>: <span class="nw">{LOC}</span></td></tr>
<tr><td>Catégorie</td><td>: {GRADE}</td></tr>
<tr><td>Nature du contrat</td><td>: contrat à durée indéterminée, période d'essai de six mois</td></tr>
<tr><td>Régime</td><td>: {SCHED}</td></tr>
<tr><td>Rémunération</td><td>: selon la grille indiciaire en vigueur à l'Université</td></tr>
</table>
<h2>2. Attributions</h2>
<ul>
<li>préparer les échantillons de sols et de végétaux et réaliser les analyses physico-chimiques courantes ;</li>
<li>assurer l'entretien et l'étalonnage des équipements du laboratoire ;</li>
<li>tenir les registres d'entrée des échantillons et les fiches de résultats ;</li>
<li>appuyer les travaux pratiques des étudiants de licence et de master ;</li>
<li>veiller au respect des règles d'hygiène et de sécurité.</li>
</ul>
<h2>3. Conditions de participation</h2>
<p>Peut faire acte de candidature toute personne remplissant les conditions suivantes :</p>
<ul>
{li(ESS)}
</ul>
<h2>4. Atouts</h2>
<ul>
{li(DES)}
</ul>
<h2>5. Aptitudes recherchées</h2>
<ul>
{li(f"<strong>{n}</strong> : {d}" for n, d in COMP)}
</ul>
<h2>6. Composition du dossier</h2>
<ol>
<li>une demande manuscrite adressée au Président de l'Université ;</li>
<li>un curriculum vitae ;</li>
<li>une copie légalisée du diplôme ;</li>
<li>un extrait d'acte de naissance et un certificat de nationalité ;</li>
<li>les attestations de travail.</li>
</ol>
<h2>7. Dépôt des dossiers</h2>
<p>Les dossiers sont déposés sous pli fermé au secrétariat de la Direction des Ressources Humaines (bâtiment administratif, porte 12) au plus tard le <strong>{DL}</strong>. Les candidat(e)s dont les dossiers seront retenus prendront part à un test écrit le samedi 30 janvier 2038, suivi d'un entretien.</p>
<p style="margin-top:2em;text-align:right">Le Président de l'Université<br><br><br><strong>Pr Wendyam S. KABORÉ</strong><br><em>Officier de l'Ordre de l'Étalon</em></p>
</body></html>
"""
    weasy_pdf(html, k + "-unz.weasyprint.pdf", k)

    mail = f"""De : Secrétariat ISST <secretariat.isst@unz.example>
Envoyé : lundi 14 décembre 2037 09:12
À : liste-laboratoires@agro-bf.example
Objet : TR: Avis de recrutement – {TITLE}

Bonjour à toutes et à tous,

Pour diffusion auprès de vos anciens stagiaires : l'{ORG} recrute un(e) technicien(ne) pour le laboratoire des sciences du sol. La réunion d'information prévue le jeudi 17 décembre 2037 à l'amphi B est maintenue.

Cordialement,
A. Ouédraogo
Secrétariat ISST

-----Message d'origine-----
De : DRH UNZ <drh@unz.example>
Envoyé : vendredi 11 décembre 2037 16:40
Objet : Avis de recrutement N° {REF}

{ORG.upper()}
Présidence – Secrétariat Général – DRH

AVIS DE RECRUTEMENT N° {REF}
Poste : {TITLE}

Emploi ................ {TITLE}
Structure ............. Laboratoire des sciences du sol (ISST)
Lieu d'affectation .... {LOC}
Catégorie ............. {GRADE}
Contrat ............... CDI, essai de six mois
Régime ................ {SCHED}
Rémunération .......... grille indiciaire de l'Université

ATTRIBUTIONS
  o préparation des échantillons et analyses physico-chimiques courantes ;
  o entretien et étalonnage des équipements ;
  o tenue des registres et des fiches de résultats ;
  o appui aux travaux pratiques ;
  o hygiène et sécurité.

CONDITIONS DE PARTICIPATION
Peut faire acte de candidature toute personne remplissant les conditions suivantes :
{chr(10).join('  o ' + x for x in ESS)}

ATOUTS
{chr(10).join('  o ' + x for x in DES)}

APTITUDES RECHERCHÉES
{chr(10).join(f'  o {n} : {d}' for n, d in COMP)}

DOSSIER : demande manuscrite au Président, CV, copie légalisée du diplôme, extrait d'acte de naissance, certificat de nationalité, attestations de travail.

DÉPÔT : secrétariat de la DRH, porte 12, au plus tard le {DL}.
Test écrit : samedi 30 janvier 2038.

Le Président de l'Université
Pr Wendyam S. KABORÉ

--
Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires.
"""
    write(k + "-courriel.txt", mail, k)
