# Commission communautaire française (COCOF), Brussels — French only
# renderings: Word-style appel à candidatures (pandoc DOCX -> LibreOffice PDF, + dump); regional board copy
from common import *

KEY = "cocof-2040-a1-031"
REF = "COCOF/2040/A1/031"
T = "Attaché(e) gestionnaire de subsides – Action sociale et Famille"
O = "Commission communautaire française"
L = "1030 Schaerbeek"
S = "Temps plein, 38 heures par semaine, horaire flottant"
ESS = [
    "Vous êtes titulaire d'un diplôme de master (enseignement universitaire ou de type long).",
    "Vous disposez d'au moins deux ans d'expérience dans la gestion de subventions publiques ou dans le secteur associatif.",
    "Vous connaissez les règles de base des marchés publics et du contrôle budgétaire.",
    "Vous maîtrisez les outils bureautiques courants (traitement de texte, tableur).",
]
DES = [
    "La connaissance du secteur social-santé bruxellois.",
    "Une bonne connaissance du néerlandais.",
]
COMP = [c("Analyse", "vous examinez les dossiers de manière critique et en tirez des conclusions fondées."),
        c("Fiabilité", "vous respectez les délais et la confidentialité des informations."),
        c("Orientation usager", "vous accompagnez les associations avec clarté et disponibilité."),
        c("Travail en équipe", "vous partagez l'information avec vos collègues et la hiérarchie.")]
EXP = exp(REF, ["fr"], {"fr": T + " (H/F/X)"}, {"fr": O}, {"fr": L}, {"fr": S}, "2040-12-14",
          sal(mn=56418.72, mx=84906.35, cur="EUR", period="year"), grade="A1",
          req={"fr": {"essential": ESS, "desirable": DES}}, comp={"fr": COMP})
ROWS = [("Référence", REF), ("Employeur", O + " (COCOF)"), ("Service", "Administration – Direction Action sociale et Famille"),
        ("Lieu de travail", L), ("Niveau", "A1"), ("Type de contrat", "Contrat à durée indéterminée"),
        ("Régime de travail", S),
        ("Rémunération", "rémunération annuelle brute indexée de 56 418,72 € à 84 906,35 € selon l'ancienneté valorisable"),
        ("Date limite de candidature", "14 décembre 2040")]
TASKS = ["Vous analysez les demandes de subsides introduites par les services agréés (centres d'action sociale globale, services d'aide aux familles).",
         "Vous préparez les arrêtés et les notes au Collège.",
         "Vous contrôlez les justificatifs et calculez les montants dus.",
         "Vous conseillez les associations sur les règles de subventionnement."]
OFFER = ["Un contrat à durée indéterminée avec reprise de l'ancienneté utile", "Des chèques-repas et l'abonnement STIB gratuit",
         "Le télétravail jusqu'à deux jours par semaine", "Un large choix de formations"]


def md():
    o = ["**COMMISSION COMMUNAUTAIRE FRANÇAISE**", "", "**Administration – Direction des ressources humaines**", "",
         "*Bruxelles, le 14 novembre 2040*", "", "# APPEL À CANDIDATURES", "", f"## {T} (H/F/X)", "",
         "| Rubrique | Précisions |", "|---|---|"]
    o += [f"| {k} | {v} |" for k, v in ROWS]
    o += ["", "### 1. Contexte", "", "La Commission communautaire française exerce à Bruxelles des compétences en matière "
          "d'action sociale, de famille, de santé et de cohésion. Sa Direction Action sociale et Famille subventionne "
          "plus de deux cents associations agréées.", "", "### 2. Votre fonction", ""]
    o += ["- " + x for x in TASKS]
    o += ["", "### 3. Votre profil", ""] + ["- " + x for x in ESS]
    o += ["", "**Atouts :**", ""] + ["- " + x for x in DES]
    o += ["", "### 4. Compétences comportementales", ""] + [f"- **{x['name']}** : {x['description']}" for x in COMP]
    o += ["", "### 5. Notre offre", ""] + ["- " + x for x in OFFER]
    o += ["", "### 6. Procédure", "", "Envoyez votre candidature (CV et lettre de motivation) avec la référence "
          f"{REF} au plus tard le 14 décembre 2040 à recrutement@cocof.example. Une épreuve écrite est prévue le "
          "11 janvier 2041 et les entretiens la semaine du 28 janvier 2041.", "",
          "*La COCOF mène une politique d'égalité des chances et de diversité.*", ""]
    return "\n".join(o)


def board():
    o = ["talent-bxl   Offres d'emploi   Employeurs publics   FR | NL | EN   Se connecter", "",
         "Accueil > Offres > " + T, "", T + " (H/F/X)", "Commission communautaire française (COCOF)",
         "SchaerbeekCDINiveau A1Temps pleinClôture : 14/12/2040", "", "Postuler  |  Imprimer  |  Partager", "",
         "Informations générales"]
    o += [f"{k} : {v}" for k, v in ROWS]
    o += ["", "Votre fonction"] + ["• " + x for x in TASKS]
    o += ["", "Votre profil"] + ["• " + x for x in ESS] + ["Atouts"] + ["• " + x for x in DES]
    o += ["", "Compétences comportementales"] + [f"• {x['name']} : {x['description']}" for x in COMP]
    o += ["", "Notre offre"] + ["• " + x for x in OFFER]
    o += ["", "Épreuve écrite le 11/01/2041.", "",
          "Offres similaires", "Gestionnaire RH (m/f/x) – Forest – Clôture : 07/12/2040",
          "Conseiller·ère en prévention (m/f/x) – Ixelles – Clôture : 21/12/2040", "", "© 2040 talent-bxl · Vie privée · Cookies", ""]
    return "\n".join(o)


def build():
    expected(KEY, EXP)
    open(os.path.join(BUILD, "cocof.md"), "w", encoding="utf-8").write(md())
    libreoffice("cocof.md", f"{KEY}-cocof.libreoffice.pdf", KEY)
    out(f"{KEY}-talent-bxl.txt", board(), KEY)
