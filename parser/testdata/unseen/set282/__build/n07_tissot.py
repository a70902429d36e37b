from common import *
KEY = "tis-0318"
REF = "TIS-0318"
T = "Horloger de rhabillage (H/F)"
O = "Tissot SA"
LOC = "Le Locle"
SCH = "100%"
ESS = ["CFC d'horloger praticien ou d'horloger de production, ou formation jugée équivalente",
       "Au moins deux ans d'expérience en service après-vente horloger",
       "Bonne connaissance des mouvements mécaniques et quartz"]
DES = ["Connaissance des calibres automatiques à spiral en silicium", "Notions d'anglais"]
COMP = ["Minutie", "Patience", "Sens de la qualité"]
MISS = ["Réaliser le diagnostic des montres retournées au service clients",
        "Effectuer les révisions complètes et les réparations des mouvements",
        "Contrôler l'étanchéité, la marche et l'aspect avant l'expédition",
        "Documenter les interventions et signaler les défauts récurrents au laboratoire qualité"]
expected(KEY, {"reference": REF, "post_number": None, "languages": ["fr"], "title": both(None, T),
 "organisation": both(None, O), "location": both(None, LOC), "schedule": both(None, SCH), "deadline": "2041-04-20",
 "salary": None, "grade": None, "clearance": None,
 "requirements": {"en": None, "fr": {"essential": ESS, "desirable": DES}},
 "competencies": {"en": None, "fr": [C(n) for n in COMP]}})
INTRO = ("Depuis le Locle, Tissot conçoit des montres suisses distribuées dans plus de cent soixante pays. Pour notre atelier "
         "de service après-vente international, nous recherchons un")
txt = f"""jobup.ch   Rechercher des emplois   Entreprises   Salaires   Conseils carrière          Se connecter   Recruteurs

‹ Retour aux résultats          Emploi 4 sur 31          ‹  ›

{T}
{O}
★★★★☆ 4.2 · 87 évaluations

Date de publication:
02 avril 2041
Taux d'activité:
{SCH}
Type de contrat:
Durée indéterminée (CDI)
Lieu de travail:
{LOC}

Salaire estimé par jobup.ch
CHF 72 000 - 86 000 / an
Cette estimation est calculée à partir d'offres semblables.

Postuler rapidement     Sauvegarder

{INTRO}

{T}

Vos tâches
{chr(10).join(MISS)}

Votre profil
{chr(10).join(ESS)}

Un plus
{chr(10).join(DES)}

Savoir-être : {', '.join(COMP)}

Nous offrons
Un poste stable au sein d'une marque de renommée internationale, une formation interne aux nouveaux calibres, des horaires variables et un restaurant d'entreprise. Entrée en fonction : 1er juin 2041.

Intéressé(e) ? Merci de nous faire parvenir votre dossier complet (CV, certificats de travail et diplômes) en ligne, en mentionnant la référence {REF}, d'ici au 20 avril 2041.

Contact
Service des ressources humaines
{O}
Chemin des Tourelles 17
2400 {LOC}

Job-ID: 3b7f29c4-1e05-4d8a-9b62-0c51e7aa4f13

Emplois similaires
Horloger complet (H/F) · Manufacture des Combes SA · La Chaux-de-Fonds · publié le 28 mars 2041
Opérateur en assemblage de mouvements · Bienne · CHF 58 000 - 66 000 / an
"""
write(KEY + "-jobup.txt", txt, KEY, "txt")
md = f"""[The Swatch Group – Carrières](#) › [Offres](#) › Tissot

# {T}

**{O}** | {LOC}, NE, CH | Taux d'activité : {SCH} | Référence : {REF}

*Publiée le 02.04.2041*

{INTRO} **{T}**.

#### VOS TÂCHES
{chr(10).join('- ' + m for m in MISS)}

#### VOTRE PROFIL
{chr(10).join('- ' + m for m in ESS)}

#### UN PLUS
{chr(10).join('- ' + m for m in DES)}

#### SAVOIR-ÊTRE
{chr(10).join('- ' + m for m in COMP)}

Entrée en fonction au 1er juin 2041. Nous nous réjouissons de recevoir votre candidature en ligne d'ici au 20 avril 2041. Seuls les dossiers correspondant au profil recevront une réponse.

[Postuler maintenant »](#)

Job Segment: Horlogerie, Service après-vente, Production
"""
write(KEY + "-swatchgroup.md", md, KEY, "md")
