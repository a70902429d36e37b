from common import *

KEY = "swde-2035-061"
REF = "SWDE-2035-061"
T = "Gestionnaire de projets réseaux de distribution (H/F/X)"
ORG = "Société wallonne des eaux"
LOC = "Verviers"
SCH = "Temps plein – 37 h 30/semaine"
ESS = [
    "Vous êtes titulaire d'un bachelier en construction, en électromécanique ou en géomètre-expert, ou d'un master en sciences de l'ingénieur industriel.",
    "Vous avez au moins trois ans d'expérience dans la gestion de chantiers de voirie ou de réseaux enterrés.",
    "Vous connaissez la législation sur les marchés publics et le cahier des charges type Qualiroutes.",
    "Vous êtes titulaire du permis B.",
]
DES = [
    "Une expérience dans le secteur de l'eau ou d'une autre entreprise d'utilité publique.",
    "La maîtrise d'un logiciel de dessin assisté par ordinateur (AutoCAD ou équivalent).",
    "Une connaissance de l'allemand.",
]
CN = ["Orientation résultats", "Communication", "Gestion des priorités"]
CD = ["vous menez vos chantiers dans le respect des délais, du budget et des règles de sécurité.",
      "vous expliquez les travaux aux riverains, aux communes et aux entrepreneurs avec clarté.",
      "vous arbitrez entre les urgences du terrain et la planification à moyen terme."]
MISS = [
    "préparer les dossiers de renouvellement de conduites (relevés, métrés, cahiers des charges) ;",
    "assurer la direction et la surveillance des chantiers confiés aux entrepreneurs ;",
    "coordonner les interventions avec les communes, les autres impétrants et la police ;",
    "vérifier les états d'avancement et les décomptes ;",
    "encoder les données des ouvrages réalisés dans le système d'information géographique.",
]

MD = f"""![SWDE](logo-swde.svg)

[Accueil](#) · [Particuliers](#) · [Professionnels](#) · [La SWDE](#) · **[Jobs](#)** · [Contact](#)

_Nous utilisons des cookies pour améliorer votre expérience. [Accepter](#) · [Refuser](#)_

# {T}

Direction régionale de l'Est – Service Études et Travaux · publiée le 23 mai 2035

- _Référence_ — {REF}
- _Employeur_ — {ORG}
- _Lieu de travail_ — {LOC}
- _Type de contrat_ — Contrat à durée indéterminée
- _Régime de travail_ — {SCH}
- _Échelle barémique_ — B2
- _Rémunération_ — rémunération mensuelle brute entre 3 614,27 € et 5 120,88 € (indexée), selon l'ancienneté valorisable
- _Date limite de candidature_ — 12/06/2035

### 1. Votre mission

Premier producteur et distributeur d'eau en Wallonie, la {ORG} renouvelle chaque année plusieurs dizaines de kilomètres de conduites. Au sein de la Direction régionale de l'Est, vous pilotez des projets de renouvellement et d'extension du réseau de distribution, de l'étude à la réception des travaux. Concrètement, vous êtes chargé·e de :

{chr(10).join("- " + m for m in MISS)}

### 2. Votre profil

{chr(10).join("+ " + x for x in ESS)}

**Atouts**

{chr(10).join("+ " + x for x in DES)}

### 3. Compétences comportementales

{chr(10).join(f"+ **{n}** : {d}" for n, d in zip(CN, CD))}

### 4. Notre offre

Un contrat à durée indéterminée dans une entreprise publique stable, des chèques-repas de 8 €, une assurance hospitalisation, un véhicule de service pour les déplacements sur chantier, 32 jours de congé et un plan de formation.

### 5. Procédure

Envoyez votre CV et votre lettre de motivation via le formulaire en ligne au plus tard le 12/06/2035. Les candidat·e·s retenu·e·s seront invité·e·s à un test technique le 24/06/2035 et à un entretien le 3 juillet 2035.

La SWDE s'engage pour la diversité et l'égalité des chances.

---

[Postuler](#) · [Toutes nos offres](#) · [Politique de confidentialité](#)
"""

FOREM = f"""Le Forem
Emploi   Formation   Mon espace   Se connecter

Accueil > Offres d'emploi > Résultats de recherche > Détail de l'offre

{T}
{ORG}
Offre n° 4512873
Publiée le 24/05/2035

Lieu(x) de travail
{LOC}
Arrondissement de Verviers

Type de contrat
Contrat à durée indéterminée

Régime de travail
{SCH}

Date limite de candidature
12/06/2035

Référence de l'employeur
{REF}

Échelle barémique
B2

Salaire
rémunération mensuelle brute entre 3 614,27 € et 5 120,88 € (indexée), selon l'ancienneté valorisable

Fonction
Premier producteur et distributeur d'eau en Wallonie, la {ORG} renouvelle chaque année plusieurs dizaines de kilomètres de conduites. Au sein de la Direction régionale de l'Est, vous pilotez des projets de renouvellement et d'extension du réseau de distribution, de l'étude à la réception des travaux.
{" ".join(MISS)}

Profil du candidat
{chr(10).join("• " + x for x in ESS)}
Atouts :
{chr(10).join("• " + x for x in DES)}

Compétences comportementales
{chr(10).join(f"• {n} : {d}" for n, d in zip(CN, CD))}

Offre
Chèques-repas de 8 €, assurance hospitalisation, véhicule de service, 32 jours de congé, plan de formation.

Candidature
Via le formulaire en ligne de l'employeur, au plus tard le 12/06/2035 (test technique le 24/06/2035).

Profil recherché (Le Forem)
Niveau d'études : Bachelier
Expérience : 36 mois
Permis de conduire : B

Offres similaires
Conducteur de travaux voirie (H/F/X) – Liège – publiée le 20/05/2035
Technicien réseaux gaz (H/F/X) – Eupen – publiée le 18/05/2035

Le Forem – Service public wallon de l'emploi et de la formation
"""

def build(pdf=True):
    write(KEY + "-swde.md", MD, KEY)
    write(KEY + "-forem.txt", FOREM, KEY)
    expected(KEY, reference=REF, languages=["fr"], title={"en": None, "fr": T},
             organisation={"en": None, "fr": ORG}, location={"en": None, "fr": LOC},
             schedule={"en": None, "fr": SCH}, deadline="2035-06-12",
             salary=sal(3614.27, 5120.88, currency="EUR", period="month"), grade="B2",
             requirements={"en": None, "fr": {"essential": ESS, "desirable": DES}},
             competencies={"en": None, "fr": comp(*CN, descs=CD)})
