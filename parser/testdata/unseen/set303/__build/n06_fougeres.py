from common import *
KEY = "vf-drh-2043-004"
REF = "VF-DRH-2043-004"
T = "Chef d'équipe propreté urbaine (H/F)"
O = "Ville de Fougères"
LOC = "Fougères"
SCHED = "Complet, 36h30 hebdomadaires"
GRADE = "Agent de maîtrise"
ESS = ["Expérience confirmée en encadrement d'une équipe technique",
       "Connaissance des techniques de nettoiement mécanisé et manuel",
       "Maîtrise des règles d'hygiène et de sécurité au travail",
       "Permis B obligatoire"]
DES = ["Permis C ou CACES R482",
       "Connaissance des démarches zéro phyto"]
QUAL = ["Sens du service public", "Capacité d'organisation", "Aisance relationnelle", "Réactivité"]
MISS = ["Organiser et répartir le travail d'une équipe de neuf agents de propreté",
        "Planifier les circuits de balayage mécanisé et de nettoiement manuel du centre-ville",
        "Contrôler la qualité des prestations et le respect des consignes de sécurité",
        "Gérer les interventions d'urgence (dépôts sauvages, tags, salage des trottoirs)",
        "Assurer le suivi du matériel et des stocks de fournitures"]

TXT = f"""emploi-territorial.fr
Accueil > Offres d'emploi > Ille-et-Vilaine > {T}

Offre n° O035221200893417

{T}

Synthèse de l'offre
Employeur : VILLE DE FOUGÈRES
35300 Fougères
Département de travail : Ille-et-Vilaine
Secteur géographique : Pays de Fougères
Lieu de travail : {LOC}
Poste à pourvoir le : 01/03/2043
Date limite de candidature : 25/01/2043
Type d'emploi : Emploi permanent - vacance d'emploi
Nombre de postes : 1

Détails de l'offre
Famille de métier : Propreté et déchets > Propreté urbaine
Grade(s) recherché(s) : {GRADE}
Métier(s) : Responsable de propreté des espaces publics

Descriptif de l'emploi :
La {O} recrute pour sa direction des services techniques. Au sein de la direction des services techniques, sous l'autorité du responsable du pôle cadre de vie, vous encadrez l'équipe propreté urbaine et garantissez un espace public propre et accueillant pour les 20 000 habitants de la ville. Référence de l'offre : {REF}

Missions ou activités :
""" + "\n".join("- " + m for m in MISS) + """

Profils recherchés :
""" + "\n".join("- " + e for e in ESS) + """
Serait un plus :
""" + "\n".join("- " + d for d in DES) + """
Savoir-être : """ + ", ".join(QUAL) + f"""

Temps de travail : {SCHED}
Rémunération statutaire + régime indemnitaire (RIFSEEP) + prime de fin d'année + participation mutuelle et prévoyance

Contact et informations complémentaires : Les candidatures (lettre de motivation + CV + dernier arrêté de situation administrative) sont à adresser à Madame la Maire avant le 25/01/2043. Jury de recrutement prévu le 05/02/2043.
Téléphone collectivité : 02 99 00 17 43
Adresse e-mail : recrutement@ville-fougeres.example

Publiée le 22/12/2042
Offres similaires : Agent de propreté urbaine (H/F) - Vitré - 31/01/2043 · Responsable du centre technique municipal (H/F) - Redon - 10/02/2043
"""

def li(items):
    return "\n".join(f"<li>{i}</li>" for i in items)

HTML = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{T} | Ville de Fougères</title></head>
<body>
<header><p>Ville de Fougères – Ville d'art et d'histoire</p>
<nav>Mairie | Vivre à Fougères | Culture et patrimoine | Sortir | <a href="#">Recrutement</a></nav></header>
<p class="alerte">Travaux rue de la Pinterie : circulation alternée jusqu'au 30 janvier.</p>
<nav class="ariane">Accueil / Mairie / La Ville recrute / {T}</nav>
<main>
<p class="surtitre">La Ville recrute · mise en ligne le 22/12/2042</p>
<h1>{T}</h1>
<table class="fiche">
<tr><th>Référence</th><td>{REF}</td></tr>
<tr><th>Direction</th><td>Services techniques – pôle cadre de vie</td></tr>
<tr><th>Lieu</th><td>{LOC}</td></tr>
<tr><th>Cadre d'emplois</th><td>Agents de maîtrise territoriaux (catégorie C)</td></tr>
<tr><th>Grade</th><td>{GRADE}</td></tr>
<tr><th>Temps de travail</th><td>{SCHED}</td></tr>
<tr><th>Date limite</th><td>25 janvier 2043</td></tr>
</table>
<h2>Vos missions</h2>
<ol>{li(MISS)}</ol>
<h2>Votre profil</h2>
<ul>{li(ESS)}</ul>
<h3>Serait un plus</h3>
<ul>{li(DES)}</ul>
<p><strong>Vos qualités :</strong> {" · ".join(QUAL)}</p>
<h2>Nous vous offrons</h2>
<p>Rémunération statutaire, régime indemnitaire, prime de fin d'année, participation employeur à la mutuelle, amicale du personnel et restauration collective.</p>
<h2>Pour postuler</h2>
<p>Lettre de motivation et CV à adresser à Madame la Maire, direction des ressources humaines, avant le 25 janvier 2043, de préférence par courriel à recrutement@ville-fougeres.example. Le jury se réunira le 5 février 2043.</p>
</main>
<aside><h2>Autres offres</h2><ul><li>Animateur périscolaire (H/F) – jusqu'au 15 janvier 2043</li><li>Agent d'accueil de la médiathèque (H/F) – jusqu'au 2 février 2043</li></ul></aside>
<footer>Hôtel de ville de Fougères · Mentions légales · Accessibilité : non conforme</footer>
</body></html>
"""

def build():
    write(KEY + "-emploiterritorial.txt", TXT, KEY)
    write(KEY + "-fougeres.html", HTML, KEY)
    expected(KEY, REF, ["fr"], T, O, LOC, SCHED, "2043-01-25", None, grade=GRADE,
             requirements={"fr": (ESS, DES)}, competencies={"fr": [(q, "") for q in QUAL]})
