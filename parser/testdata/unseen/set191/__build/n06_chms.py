from common import *
KEY = "chms-2033-0412"; REF = "CHMS-2033-0412"
T = "Diététicien(ne) – Pôle Médecine et Gériatrie"
ORG = "Centre hospitalier Métropole Savoie"
LOC = "Chambéry – site de Chambéry"
SCHED = "Temps plein – 7 h 30 par jour, du lundi au vendredi"
GRADE = "Diététicien de classe normale"
ESS = ["Diplôme d'État de Diététicien ou BTS Diététique / BUT Génie biologique option diététique et nutrition (obligatoire).",
       "Inscription au répertoire ADELI / RPPS.",
       "Expérience en établissement de santé appréciée, jeunes diplômé(e)s accepté(e)s.",
       "Maîtrise des outils bureautiques et du dossier patient informatisé."]
DES = ["Diplôme universitaire en nutrition de la personne âgée ou en nutrition artificielle.",
       "Formation à l'éducation thérapeutique du patient (40 heures).",
       "Connaissance de la méthode IDDSI (textures modifiées)."]
COMP = ["Écoute et pédagogie", "Rigueur et organisation", "Capacité à travailler en équipe pluridisciplinaire", "Adaptabilité"]
expected(KEY, reference=REF, languages=["fr"], title={"fr": T}, organisation={"fr": ORG}, location={"fr": LOC},
         schedule={"fr": SCHED}, deadline="2033-09-26", salary=sal(None, 2210, 2960, "EUR", "month"), grade=GRADE,
         requirements={"fr": {"essential": ESS, "desirable": DES}}, competencies={"fr": names(COMP)})
MISS = ["Dépister et évaluer l'état nutritionnel des patients hospitalisés en médecine interne, en gériatrie et en soins de suite.",
        "Élaborer et suivre les prescriptions diététiques en lien avec les médecins et la cuisine centrale.",
        "Participer aux programmes d'éducation thérapeutique (diabète, insuffisance rénale).",
        "Contribuer aux travaux du CLAN et aux audits de la qualité des repas.",
        "Encadrer les étudiants en stage."]
REM = "entre 2 210 € et 2 960 € brut mensuel selon expérience, hors primes (grille de la fonction publique hospitalière)"
md = ["[Aller au contenu](#main) | [Aller au menu](#menu)", "", "**CH Métropole Savoie** — Patients et visiteurs · Professionnels · **Nous rejoindre** · Actualités", "",
      "*En poursuivant votre navigation, vous acceptez le dépôt de cookies de mesure d'audience.* [OK]", "",
      "Accueil > Nous rejoindre > Offres d'emploi > Paramédical", "",
      f"# {T}", "", f"Offre n° {REF} · publiée le 31 août 2033", "",
      "| | |", "|---|---|",
      f"| **Établissement** | {ORG} |", f"| **Lieu d'exercice** | {LOC} |", "| **Pôle** | Médecine et Gériatrie – Unité transversale de nutrition |",
      f"| **Grade** | {GRADE} (catégorie A) |", "| **Type de contrat** | Mutation, détachement ou CDD de 6 mois en vue de stagiairisation |",
      f"| **Temps de travail** | {SCHED} |", f"| **Rémunération** | {REM} |", "| **Poste à pourvoir** | 2 novembre 2033 |",
      "| **Date limite de candidature** | 26/09/2033 |", "",
      "## Présentation", "", "Le Centre hospitalier Métropole Savoie réunit les sites de Chambéry et d'Aix-les-Bains et compte plus de 1 500 lits et places. L'unité transversale de nutrition (quatre diététiciennes et diététiciens, un médecin nutritionniste) intervient dans l'ensemble des services de médecine et de gériatrie.", "",
      "## Missions principales", ""] + [f"* {x}" for x in MISS] + ["", "## Profil", "", "### Diplômes et expérience", ""] + [f"* {x}" for x in ESS] + [
      "", "### Seraient un plus", ""] + [f"* {x}" for x in DES] + ["", "### Qualités attendues", ""] + [f"* {x}" for x in COMP] + [
      "", "## Candidature", "", f"Lettre de motivation et CV à adresser à la Direction des ressources humaines, en rappelant la référence {REF}, avant le 26 septembre 2033 : recrutement.paramedical@chms.example. Les entretiens se dérouleront le 6 octobre 2033.", "",
      "---", "", "Offres similaires : Orthophoniste (F/H) – Aix-les-Bains – date limite 10/10/2033 · Ergothérapeute (F/H) – Chambéry – date limite 19/09/2033", ""]
write(KEY + "-chms.md", "\n".join(md))
board = ["FHF Emploi hospitalier", "Offres\tÉtablissements\tConcours\tMon espace", "Rechercher : diététicien | Auvergne-Rhône-Alpes", "",
         "< Retour aux résultats (14)", "", T, ORG, "Chambéry (73)CDDFonctionnaireTemps pleinCatégorie A", "",
         "Publiée le 31/08/2033Date limite : 26/09/2033Offre n° 2033-73-08817", "Postuler", "Sauvegarder", "",
         "Informations", f"Établissement{ORG}Lieu d'exercice{LOC}Filière / métierRééducation – Diététicien(ne)Grade{GRADE} (catégorie A)Temps de travail{SCHED}Rémunération{REM}Référence de l'établissement{REF}", "",
         "Description du poste", "Le Centre hospitalier Métropole Savoie réunit les sites de Chambéry et d'Aix-les-Bains et compte plus de 1 500 lits et places. L'unité transversale de nutrition (quatre diététiciennes et diététiciens, un médecin nutritionniste) intervient dans l'ensemble des services de médecine et de gériatrie.",
         "Missions principales" + " ".join(MISS), "",
         "Profil recherché", "Diplômes et expérience"] + [f"- {x}" for x in ESS] + ["Seraient un plus"] + [f"- {x}" for x in DES] + [
         "Qualités attendues : " + ", ".join(COMP), "",
         f"Lettre de motivation et CV à adresser à la Direction des ressources humaines, en rappelant la référence {REF}, avant le 26 septembre 2033 : recrutement.paramedical@chms.example. Les entretiens se dérouleront le 6 octobre 2033.", "",
         "Offres proches", "Diététicien(ne) – SSR", "CH de Voiron · Voiron (38) · Date limite : 03/10/2033", "Diététicien(ne) hémodialyse", "Clinique associative · Annecy (74) · 2 100 - 2 600 € / mois", "",
         "La FHF · Mentions légales · Plan du site", ""]
write(KEY + "-fhf.txt", "\n".join(board))
