import os, subprocess, shutil
from common import *

KEY = "cse-dg-ar-2043-11"; REF = "CSE/DG/AR/2043-11"
TITLE = "Chargé(e) de télédétection – suivi des feux de brousse"
ORG = "Centre de Suivi Écologique"
LOC = "Dakar (Fann Résidence), avec missions de terrain dans les régions"
SCHED = "Temps plein (40 heures par semaine)"
SAL = "1 284 600 FCFA brut mensuel"
ESS = ["être de nationalité sénégalaise ;",
       "être titulaire d'un diplôme de niveau Bac + 5 en géomatique, télédétection, foresterie ou sciences de l'environnement ;",
       "justifier d'au moins quatre (04) années d'expérience dans le traitement d'images satellitaires (MODIS, VIIRS, Sentinel-2) ;",
       "maîtriser au moins un logiciel SIG (QGIS ou ArcGIS) et la plateforme Google Earth Engine ;",
       "être apte à effectuer des missions de terrain prolongées."]
DES = ["une expérience de la programmation en Python ou en R ;",
       "la connaissance du dispositif national de prévention et de lutte contre les feux de brousse."]
COMP = [("Rigueur", "capacité à produire des données fiables, vérifiées et documentées ;"),
        ("Réactivité", "aptitude à diffuser des alertes dans des délais courts en pleine saison sèche ;"),
        ("Sens du travail en équipe", "collaboration suivie avec les services des Eaux et Forêts et les partenaires techniques.")]
MISSIONS = ["produire chaque jour, pendant la saison sèche, les cartes de détection des feux actifs à partir des données satellitaires ;",
            "calculer et valider les superficies brûlées par région et par aire protégée ;",
            "alimenter la base de données nationale sur les feux et en assurer la qualité ;",
            "rédiger les bulletins décadaires et les notes d'alerte destinés aux services déconcentrés ;",
            "participer aux missions de vérification sur le terrain et à la formation des agents régionaux."]

def build():
    expected(KEY, REF, ["fr"], {"fr": TITLE}, {"fr": ORG}, {"fr": LOC}, {"fr": SCHED}, "2043-11-06",
             salary=sal(1284600, cur="XOF", period="month"),
             req={"fr": {"essential": ESS, "desirable": DES}}, comp={"fr": comps(COMP)})
    li = lambda xs: "\n".join("-   " + x for x in xs)
    md = f"""
**CENTRE DE SUIVI ÉCOLOGIQUE**\\
Association reconnue d'utilité publique\\
Fann Résidence – BP 15 532 Dakar-Fann (adresse fictive)\\
Tél. : +221 33 000 00 00 (numéro fictif)

*Dakar, le 19 octobre 2043*

# AVIS DE RECRUTEMENT

**N° {REF}**

Le {ORG} (CSE) recrute, pour le compte de son Département Surveillance de l'environnement, un(e) :

## {TITLE}

**Intitulé du poste** : {TITLE}

**Structure** : {ORG} (CSE), Département Surveillance de l'environnement

**Lieu d'affectation** : {LOC}

**Type de contrat** : contrat à durée déterminée de vingt-quatre (24) mois, renouvelable

**Régime horaire** : {SCHED}

**Rémunération** : {SAL}, hors indemnités de terrain

**Date limite de dépôt** : vendredi 6 novembre 2043 à 17 h 00 (heure de Dakar)

## I. CONTEXTE

Depuis plus de quarante ans, le CSE observe l'état des ressources naturelles du pays. Chaque saison sèche, les
feux de brousse parcourent une part importante des savanes du centre et du sud-est. Le programme national de
suivi des feux, que le Centre anime avec les services forestiers, repose sur la détection quotidienne des foyers
actifs et sur la cartographie des surfaces brûlées. Pour renforcer cette équipe, le CSE ouvre le présent poste.

## II. MISSIONS

Sous l'autorité du Chef du Département Surveillance de l'environnement, le ou la titulaire du poste aura pour
principales missions de :

{li(MISSIONS)}

## III. PROFIL REQUIS

Le candidat ou la candidate doit :

{li(ESS)}

**Seraient des atouts :**

{li(DES)}

## IV. APTITUDES PERSONNELLES

{li([n + " : " + d for n, d in COMP])}

## V. COMPOSITION DU DOSSIER

Le dossier comprend une lettre de motivation adressée au Directeur général, un curriculum vitae détaillé, les
copies certifiées des diplômes et les attestations de travail. Il est déposé sous pli fermé au secrétariat du CSE
ou transmis par courriel à recrutement\\@cse.example, avec en objet la référence {REF}.

Les candidat(e)s présélectionné(e)s passeront un test technique le mercredi 18 novembre 2043 ; la prise de
fonction est prévue le 4 janvier 2044. Seules les candidatures retenues feront l'objet d'une réponse.

*Le Directeur général*
"""
    src = os.path.join(B, "cse.md"); open(src, "w", encoding="utf-8").write(md.lstrip())
    docx = os.path.join(B, "cse.docx")
    sh(["pandoc", src, "-o", docx])
    prof = "file:///tmp/c313/lo-profile"
    sh(["soffice", "-env:UserInstallation=" + prof, "--headless", "--convert-to", "pdf", "--outdir", B, docx],
       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf = KEY + "-cse.libreoffice.pdf"
    shutil.move(os.path.join(B, "cse.pdf"), os.path.join(ROOT, pdf))
    pdfrow(pdf, KEY)

    bullets = lambda xs: "\n".join("✔ " + x for x in xs)
    board = f"""
SenEmploi Plus – Le portail de l'emploi au Sénégal
Accueil  Offres d'emploi  Appels d'offres  Concours  Conseils carrière  Recruteurs  Connexion
Vous êtes ici : Accueil > Offres d'emploi > Environnement > {TITLE}

{TITLE.upper()}
{ORG} (CSE)
Dakar, SénégalCDD 24 moisBac+5Expérience : 4 ansEnvironnement / GéomatiquePubliée le 20/10/2043
1 312 vues · 48 candidatures

Résumé de l'offre
Entreprise : {ORG} (CSE)
Référence : {REF}
Poste : {TITLE}
Lieu d'affectation : {LOC}
Contrat : CDD de 24 mois renouvelable
Horaire : {SCHED}
Salaire : {SAL}
Date limite : 06/11/2043

Description du poste
Le CSE renforce l'équipe du programme national de suivi des feux de brousse. La personne recrutée aura pour
missions de :
{bullets(MISSIONS)}

Profil recherché
Le candidat ou la candidate doit :
{bullets(ESS)}
Seraient des atouts :
{bullets(DES)}

Aptitudes personnelles
{chr(10).join("- " + n + " : " + d for n, d in COMP)}

Comment postuler
Envoyer lettre de motivation, CV et copies des diplômes à recrutement@cse.example (objet : {REF}).
Test technique prévu le 18/11/2043.

Partager : Facebook | LinkedIn | WhatsApp | X
Signaler cette offre

Offres similaires
• Technicien SIG (H/F) – ONG internationale – Ziguinchor – Salaire : 650 000 FCFA – Expire le 12/11/2043
• Assistant(e) cartographe – Bureau d'études – Thiès – Expire le 30/10/2043
• Expert(e) suivi-évaluation environnemental – Projet – Saint-Louis – Expire le 15/11/2043

© 2043 SenEmploi Plus – Tous droits réservés – Mentions légales – Contact
"""
    w(KEY + "-senemploi.txt", board, KEY)
