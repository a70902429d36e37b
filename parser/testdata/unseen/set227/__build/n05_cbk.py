from common import *
REF = "CBK/DRH/AR/2036-019"; K = key_of(REF)
TITLE = "Chef de quart exploitation minière"
ORG = "Compagnie des Bauxites de Kindia (CBK)"
LOC = "Mine de Débélé, préfecture de Kindia"
SCHED = "Travail posté en 2x12 heures, cycle de 14 jours de travail et 7 jours de repos"
GRADE = "Agent de maîtrise, niveau M2"
SALT = "14 500 000 à 17 500 000 GNF brut par mois, primes de poste et de rendement en sus"
ESS = ["être de nationalité guinéenne ;",
       "être titulaire d'un diplôme de technicien supérieur ou d'une licence en mines, en géologie ou en génie civil ;",
       "justifier de cinq (5) ans d'expérience en exploitation à ciel ouvert, dont deux (2) comme chef d'équipe ;",
       "connaître les règles de sécurité applicables aux tirs de mines et à la circulation des engins ;",
       "être apte au travail posté de nuit."]
DES = ["la maîtrise d'un logiciel de planification minière ;",
       "le permis de conduire de catégorie C ;",
       "la connaissance du soussou ou du pular."]
COMP = [("Leadership", "fait appliquer les consignes par les équipes de conduite."),
        ("Vigilance", "détecte les situations dangereuses avant tout incident."),
        ("Sens de l'organisation", "répartit les engins entre les fronts de taille selon le plan du jour.")]
MISS = ["organiser le travail des équipes d'abattage, de chargement et de transport pendant le quart ;",
        "veiller au respect du plan de production et des consignes de sécurité ;",
        "renseigner le rapport de quart et transmettre les consignes au quart suivant ;",
        "signaler les pannes d'engins au service maintenance."]

src = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Avis de recrutement CBK</title>
<style>body{{font-family:'Liberation Serif';font-size:11pt}} td,th{{border:1px solid #000;padding:3pt;vertical-align:top}} table{{border-collapse:collapse;width:100%}}</style></head><body>
<p align="center"><b>COMPAGNIE DES BAUXITES DE KINDIA</b><br>Société anonyme – Siège : Kindia, République de Guinée<br>Direction des Ressources Humaines</p>
<p align="right">Kindia, le 21 août 2036</p>
<h2 align="center">AVIS DE RECRUTEMENT</h2>
<p align="center"><b>N° {REF}</b></p>
<p>La Compagnie des Bauxites de Kindia recrute, pour les besoins de sa Direction de l'exploitation, un agent pour le poste suivant :</p>
<table>
<tr><td width="30%"><b>Intitulé du poste</b></td><td>{TITLE}</td></tr>
<tr><td><b>Employeur</b></td><td>{ORG}</td></tr>
<tr><td><b>Direction</b></td><td>Direction de l'exploitation minière</td></tr>
<tr><td><b>Lieu d'affectation</b></td><td>{LOC}</td></tr>
<tr><td><b>Classification</b></td><td>{GRADE}</td></tr>
<tr><td><b>Régime de travail</b></td><td>{SCHED}</td></tr>
<tr><td><b>Rémunération</b></td><td>{SALT}</td></tr>
<tr><td><b>Date limite de dépôt</b></td><td>Lundi 15 septembre 2036 à 16 heures</td></tr>
</table>
<p><b>I. MISSIONS</b></p>
<ul>{li(MISS)}</ul>
<p><b>II. PROFIL REQUIS</b></p>
<p>Le candidat doit :</p>
<ul>{li(ESS)}</ul>
<p><b>III. ATOUTS</b></p>
<ul>{li(DES)}</ul>
<p><b>IV. QUALITÉS PERSONNELLES</b></p>
<ul>{li("%s : %s" % c for c in COMP)}</ul>
<p><b>V. DOSSIER ET DÉPÔT</b></p>
<p>Le dossier (lettre de motivation, CV, copies des diplômes et des certificats de travail, extrait de casier judiciaire) est déposé sous pli fermé au bureau du recrutement de la cité de Débélé ou à la Direction des Ressources Humaines à Kindia, au plus tard le lundi 15 septembre 2036 à 16 heures. Les candidats présélectionnés seront convoqués à un test pratique le 29 septembre 2036. La CBK rappelle que le recrutement est gratuit.</p>
<p align="right">Le Directeur des Ressources Humaines<br>(signature – nom fictif)</p>
</body></html>
"""
open(B + "/cbk-avis.html", "w", encoding="utf-8").write(src)
libreoffice("cbk-avis.html", K + "-avis.libreoffice.pdf", K)

board = f"""GUINÉE EMPLOI PLUS   |   Offres   |   Appels d'offres   |   Formations   |   Déposer un CV
Accueil > Offres d'emploi > Mines et carrières

CHEF DE QUART EXPLOITATION MINIÈRE – CBK (H/F)
Publié le : 22/08/2036 | Expire le : 15/09/2036 | Vues : 1 208
Secteur : Mines | Région : Kindia | Expérience : 5 ans | Niveau : Bac+3

Compagnie des Bauxites de Kindia – Avis de recrutement N° {REF}

Intitulé du poste : {TITLE}
Employeur : {ORG}
Lieu d'affectation : {LOC}
Classification : {GRADE}
Régime de travail : {SCHED}
Rémunération : {SALT}
Date limite de dépôt : 15/09/2036 à 16h

MISSIONS
{bullets(MISS, "- ")}

PROFIL REQUIS
Le candidat doit :
{bullets(ESS, "- ")}

ATOUTS
{bullets(DES, "- ")}

QUALITÉS PERSONNELLES
{bullets(("%s : %s" % c for c in COMP), "- ")}

Dossier à déposer à Débélé ou à la DRH de Kindia. Test pratique le 29/09/2036.

Attention : Guinée Emploi Plus ne perçoit aucun frais sur les candidatures.

Offres similaires
- Conducteur d'engins lourds – Boffa – Expire le : 05/09/2036
- Géologue de production – Siguiri – 9 000 000 GNF – Expire le : 20/09/2036
"""
write(K + "-guinee-emploi.txt", board, K)

expected(REF, ["fr"], {"fr": TITLE}, {"fr": ORG}, {"fr": LOC}, {"fr": SCHED}, "2036-09-15",
         sal(mn=14500000, mx=17500000, cur="GNF", per="month"), GRADE, {"fr": (ESS, DES)}, {"fr": COMP})
