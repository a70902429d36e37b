"""Ville de Val-d'Or: Word-style posting (Markdown -> pandoc DOCX -> LibreOffice PDF) and an e-mail forward."""
from common import *

KEY = "vdo-2035-06"
REF = "VDO-2035-06"
T = "Contremaître(sse) – eau potable et eaux usées"
ORG = "Ville de Val-d'Or"
LOC = "Val-d'Or (Québec)"
SCHED = "Temps plein – 37,5 heures par semaine"
ESS = [
    "Diplôme d'études collégiales (DEC) en technologie de l'eau, en assainissement ou en génie civil;",
    "Certificat de qualification en eau potable (OPA) reconnu par le ministère de l'Environnement;",
    "Minimum de cinq (5) années d'expérience pertinente, dont deux (2) en supervision de personnel syndiqué;",
    "Connaissance du Règlement sur la qualité de l'eau potable et des exigences applicables aux ouvrages municipaux d'assainissement;",
    "Permis de conduire valide de classe 5.",
]
DES = [
    "Formation en santé et sécurité sur les chantiers de construction;",
    "Expérience avec un système de télémétrie ou de supervision (SCADA);",
    "Résider sur le territoire de la Vallée-de-l'Or ou être disposé(e) à s'y établir.",
]
COMP = [
    ("Leadership mobilisateur", "sait donner une direction claire à son équipe et reconnaître ses bons coups;"),
    ("Sens de l'organisation", "planifie les travaux en tenant compte des urgences et des saisons;"),
    ("Jugement", "prend des décisions rapides et sécuritaires lors des bris et des alertes;"),
    ("Communication", "entretient des relations cordiales avec les citoyens et les entrepreneurs."),
]

expected(KEY, reference=REF, languages=["fr"], title={"fr": T}, organisation={"fr": ORG},
         location={"fr": LOC}, schedule={"fr": SCHED}, deadline="2035-02-02",
         salary=sal(mn=38.64, mx=46.93, cur="CAD", period="hour"), grade=None,
         requirements={"fr": req(ESS, DES)},
         competencies={"fr": [{"name": n, "description": d} for n, d in COMP]})

RESP = [
    "planifier, diriger et contrôler le travail d'une équipe de douze opérateurs et journaliers;",
    "assurer la conformité de la production d'eau potable et du traitement des eaux usées;",
    "coordonner les interventions lors des bris d'aqueduc et des refoulements d'égout;",
    "participer à l'élaboration du budget d'exploitation et au suivi des dépenses;",
    "veiller à l'application des règles de santé et de sécurité au travail;",
    "assurer la garde de soir et de fin de semaine selon la rotation établie.",
]

md = f"""**VILLE DE VAL-D'OR** — Service des ressources humaines

# OFFRE D'EMPLOI — CONCOURS {REF}

## {T}

La {ORG} est à la recherche d'une personne pour occuper le poste de contremaître ou contremaîtresse à la
division de l'hygiène du milieu du Service des travaux publics. Porte d'entrée de l'Abitibi-Témiscamingue,
Val-d'Or offre une qualité de vie exceptionnelle, à deux pas des lacs et de la forêt boréale.

| Rubrique | Information |
|---|---|
| Numéro de concours | {REF} |
| Employeur | {ORG} |
| Service | Travaux publics — Division de l'hygiène du milieu |
| Lieu de travail | {LOC} |
| Statut | Poste cadre permanent |
| Horaire | {SCHED} |
| Salaire | de 38,64 $ à 46,93 $ de l'heure |
| Entrée en fonction | 16 mars 2035 |
| Date limite | vendredi 2 février 2035, 16 h |

### Responsabilités

Relevant du surintendant de l'hygiène du milieu, la personne titulaire du poste devra :

{chr(10).join('- ' + r for r in RESP)}

### Exigences

{chr(10).join('- ' + e for e in ESS)}

### Atouts

{chr(10).join('- ' + e for e in DES)}

### Compétences recherchées

{chr(10).join(f'- **{n} :** {d}' for n, d in COMP)}

### Conditions de travail

La Ville offre une gamme complète d'avantages sociaux : régime de retraite, assurances collectives, quatre
semaines de vacances, programme d'aide aux employés et allocation pour le conditionnement physique.

### Pour postuler

Faites parvenir votre curriculum vitae et une lettre de présentation, en indiquant le numéro de concours
{REF}, au plus tard le vendredi 2 février 2035, 16 h, à l'adresse rh@ville-valdor.example. Les entrevues
auront lieu le 21 février 2035. Seules les personnes retenues seront contactées.

*La Ville de Val-d'Or souscrit au principe de l'égalité en emploi. Le masculin est utilisé uniquement pour
alléger le texte.*
"""
with open(os.path.join(BUILD, KEY + "-valdor.md"), "w", encoding="utf-8") as f:
    f.write(md)
libreoffice(KEY + "-valdor.md", KEY + "-valdor.libreoffice.pdf", KEY)

body = f"""À tous les conseillers et conseillères,

Voici une nouvelle offre de la {ORG} à diffuser auprès de vos clients. Le poste est ouvert aux candidats de
l'extérieur de la région; notre service d'accueil des nouveaux arrivants peut soutenir leur installation.
Atelier CV « postes de supervision » le mercredi 24 janvier à 13 h 30, salle 2.

Bonne semaine,
Josée Pelletier
Agente de liaison avec les employeurs
Services Emploi Vallée-de-l'Or
"""
fwd = f"""OFFRE D'EMPLOI - CONCOURS {REF}
{T.upper()}

{T}

Numéro de concours : {REF}
Employeur :          {ORG}
Service :            Travaux publics - Division de l'hygiène du milieu
Lieu de travail :    {LOC}
Statut :             Poste cadre permanent
Horaire :            {SCHED}
Salaire :            de 38,64 $ à 46,93 $ de l'heure
Entrée en fonction : 16 mars 2035
Date limite :        vendredi 2 février 2035, 16 h

La {ORG} est à la recherche d'une personne pour occuper le poste de contremaître ou contremaîtresse à la division de l'hygiène du milieu du Service des travaux publics.

RESPONSABILITÉS
{chr(10).join('  * ' + r for r in RESP)}

EXIGENCES
{chr(10).join('  * ' + e for e in ESS)}

ATOUTS
{chr(10).join('  * ' + e for e in DES)}

COMPÉTENCES RECHERCHÉES
{chr(10).join(f'  * {n} : {d}' for n, d in COMP)}

POUR POSTULER
Faites parvenir votre curriculum vitae et une lettre de présentation, en indiquant le numéro de concours {REF}, au plus tard le vendredi 2 février 2035, 16 h, à l'adresse rh@ville-valdor.example. Les entrevues auront lieu le 21 février 2035.
"""
lines = []
for ln in fwd.split("\n"):
    lines.append(wrap(ln, 72, "  " if ln.startswith("  * ") and False else "") if len(ln) > 72 and not ln.startswith("  * ") else ln)
wrapped = []
for ln in lines:
    if ln.startswith("  * ") and len(ln) > 72:
        import textwrap
        wrapped.append(textwrap.fill(ln, 72, subsequent_indent="    ", break_on_hyphens=False))
    else:
        wrapped.append(ln)
email = f"""De : Pelletier, Josée <jpelletier@services-emploi-vdo.example>
Envoyé : 18 janvier 2035 08:57
À : Liste-Conseillers-Emploi
Objet : TR: Offre d'emploi - {T} ({REF})

{body}
-----Message d'origine-----
De : Ressources humaines <rh@ville-valdor.example>
Envoyé : 17 janvier 2035 15:12
À : Partenaires emploi Abitibi
Objet : Offre d'emploi - concours {REF}

Bonjour,

Vous trouverez ci-dessous notre offre d'emploi. Merci de la diffuser dans vos réseaux.

{chr(10).join(wrapped)}

Service des ressources humaines
{ORG}

AVIS DE CONFIDENTIALITÉ : Ce courriel peut contenir des renseignements confidentiels. Si vous l'avez reçu
par erreur, veuillez en aviser l'expéditeur et le détruire.
"""
out(KEY + "-courriel.txt", email, KEY)
