from common import *

KEY = "soneb-dg-drh-2040-028"
REF = "SONEB/DG/DRH/2040-028"
TITLE = "Chef du service des branchements sociaux"
ORG = "Société Nationale des Eaux du Bénin (SONEB)"
LOC = "Cotonou (Direction régionale Atlantique-Littoral), avec déplacements fréquents à Abomey-Calavi et Ouidah"
SCHED = "40 heures par semaine, du lundi au vendredi"
GRADE = "Catégorie A, échelle 1"
SAL = "Salaire de base de 640 000 FCFA brut par mois, hors indemnités de fonction et de logement"
ESS = [
    "être de nationalité béninoise ;",
    "être âgé(e) de 45 ans au plus au 31 décembre 2040 ;",
    "être titulaire d'un diplôme d'ingénieur en hydraulique, en génie civil ou en génie rural ;",
    "justifier d'au moins cinq (05) années d'expérience dans la distribution d'eau potable, dont deux à un poste d'encadrement ;",
    "maîtriser la lecture des plans de réseaux et un logiciel de dessin ou de cartographie (AutoCAD ou QGIS).",
]
DES = [
    "une expérience de projets financés par des partenaires techniques et financiers ;",
    "la pratique du fon ou du yoruba.",
]
QUAL = ["Leadership", "Sens de l'écoute", "Intégrité", "Capacité à travailler sous pression"]
MISSIONS = [
    "planifier les campagnes de branchements sociaux dans les quartiers périurbains",
    "contrôler les devis, les métrés et la qualité des travaux des entreprises prestataires",
    "tenir le fichier des ménages bénéficiaires et des compteurs posés",
    "encadrer une équipe de huit techniciens et plombiers",
    "rendre compte chaque mois de l'avancement physique et financier des campagnes",
]

expected(KEY, reference=REF, languages=["fr"], title=TITLE, organisation=ORG, location=LOC,
         schedule=SCHED, deadline="2040-10-08", salary=salary(amount=640000, currency="XOF"),
         grade=GRADE, requirements={"fr": {"essential": ESS, "desirable": DES}},
         competencies={"fr": [(q, "") for q in QUAL]})

src = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Avis de recrutement {REF}</title>
<style>body{{font-family:'Liberation Serif';font-size:11pt}} h1{{font-size:14pt;text-align:center}}
h2{{font-size:11pt;text-decoration:underline}} .c{{text-align:center}}</style></head><body>
<p class="c"><b>RÉPUBLIQUE DU BÉNIN</b><br>Fraternité – Justice – Travail<br>————<br>MINISTÈRE EN CHARGE DE L'EAU<br>————<br><b>SOCIÉTÉ NATIONALE DES EAUX DU BÉNIN</b><br>Direction Générale – Direction des Ressources Humaines</p>
<p align="right">Cotonou, le 17 septembre 2040</p>
<h1>AVIS DE RECRUTEMENT<br>N° {REF}</h1>
<p>Le Directeur Général de la Société Nationale des Eaux du Bénin porte à la connaissance du public qu'un poste est à pourvoir par voie de recrutement externe, dans le cadre du programme national d'accès à l'eau potable en milieu urbain et périurbain.</p>
<h2>I. CARACTÉRISTIQUES DU POSTE</h2>
<p>Intitulé du poste : {TITLE}<br>
Employeur : {ORG}<br>
Structure de rattachement : Département de la clientèle et des branchements<br>
Lieu d'affectation : {LOC}<br>
Durée hebdomadaire de travail : {SCHED}<br>
Rémunération : {SAL}<br>
Catégorie : {GRADE}<br>
Nature du contrat : contrat à durée indéterminée</p>
<h2>II. ATTRIBUTIONS</h2>
<p>Sous l'autorité du Chef du Département de la clientèle, le Chef du service des branchements sociaux est chargé de :</p>
<ul>
{li(m + " ;" for m in MISSIONS[:-1])}
<li>{MISSIONS[-1]}.</li>
</ul>
<h2>III. CONDITIONS DE CANDIDATURE</h2>
<p>Peut faire acte de candidature toute personne remplissant les conditions suivantes :</p>
<ol>
{li(ESS)}
</ol>
<p>Constitueraient des atouts :</p>
<ul>
{li(DES)}
</ul>
<p>Qualités requises : {" ; ".join(QUAL)}.</p>
<h2>IV. COMPOSITION DU DOSSIER</h2>
<p>a) une demande manuscrite adressée au Directeur Général ; b) un curriculum vitae détaillé ; c) les copies certifiées des diplômes ; d) un extrait d'acte de naissance ; e) un casier judiciaire datant de moins de trois mois ; f) les attestations de travail.</p>
<h2>V. DÉPÔT DES DOSSIERS</h2>
<p>Les dossiers, sous pli fermé portant la mention « Candidature au poste de {TITLE} », sont reçus au secrétariat de la Direction des Ressources Humaines, siège de la SONEB à Cotonou, au plus tard le lundi 8 octobre 2040 à 12 heures. Les candidat(e)s présélectionné(e)s seront convoqué(e)s à une épreuve écrite prévue le samedi 20 octobre 2040. Aucun dossier ne sera retourné.</p>
<p align="right">Le Directeur Général,<br><i>(signature – nom fictif)</i><br>A. Dossou-Gbété</p>
</body></html>
"""
p = write_build("soneb-avis.html", src.replace("Abomey-Calavi", "Abomey\u2011Calavi"))
libreoffice(p, KEY + "-avis.libreoffice.pdf")

wa = f"""
17/09/2040, 19:02 - Groupe « Ingénieurs Hydrauliciens Bénin 🇧🇯 » : Florentin H. a ajouté Nadège A.
17/09/2040, 19:05 - Florentin H.: Bonsoir la famille 🙏🏾 Avis tout frais de la SONEB, partagez à ceux qui ont le profil 👇🏾
17/09/2040, 19:06 - Florentin H.: *📢 AVIS DE RECRUTEMENT N° {REF}*

*Poste :* {TITLE}
*Employeur :* {ORG}
*Lieu :* {LOC}
*Catégorie :* {GRADE}
*Durée hebdomadaire de travail :* {SCHED}
*Rémunération :* {SAL}
*Contrat :* CDI
*Date limite :* 08/10/2040 à 12h au secrétariat DRH (siège, Cotonou)

*🛠 Attributions*
🔹 {MISSIONS[0]}
🔹 {MISSIONS[1]}
🔹 {MISSIONS[2]}
🔹 {MISSIONS[3]}
🔹 {MISSIONS[4]}

*✅ Conditions*
▪️ {ESS[0]}
▪️ {ESS[1]}
▪️ {ESS[2]}
▪️ {ESS[3]}
▪️ {ESS[4]}

*➕ Atouts*
▫️ {DES[0]}
▫️ {DES[1]}

*Qualités requises :* {" ; ".join(QUAL)}.

*📂 Dossier :* demande manuscrite, CV, diplômes certifiés, acte de naissance, casier judiciaire de moins de 3 mois, attestations de travail. Épreuve écrite le 20/10 pour les présélectionnés.
17/09/2040, 19:09 - Nadège A.: Merci grand frère 🙏🏾 Le dépôt c'est physique seulement ou bien par mail aussi ?
17/09/2040, 19:11 - Florentin H.: Physique seulement d'après l'avis, sous pli fermé
17/09/2040, 19:12 - Romuald K.: <Médias omis>
17/09/2040, 19:12 - Romuald K.: Ce message a été supprimé
17/09/2040, 19:15 - Romuald K.: Ils demandent 45 ans au plus au 31 décembre, donc les anciens on est hors jeu 😅
17/09/2040, 19:20 - Florentin H.: 😂 Rappel aussi : réunion de l'association samedi 29/09 à 10h à Akpakpa, cotisation 2 000 FCFA
17/09/2040, 19:31 - Sylvie T.: Bien reçu, je transfère à mon cousin de Parakou 👍🏾
"""
write(KEY + "-whatsapp.txt", wa)
