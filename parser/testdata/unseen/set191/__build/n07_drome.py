from common import *
import subprocess, shutil
KEY = "drh-33-0583"; REF = "DRH-33-0583"
T = "Chargé de mission mobilités rurales (H/F)"
ORG = "Département de la Drôme"
LOC = "Valence"
SCHED = "Complet, 37h30 hebdomadaires"
ESS = ["Formation supérieure (Bac +5) en aménagement du territoire, transports ou urbanisme",
       "Expérience d'au moins trois ans dans la conduite de projets de mobilité",
       "Connaissance de l'environnement des collectivités territoriales et de la loi d'orientation des mobilités",
       "Maîtrise de la conduite de réunions et de la concertation avec les élus",
       "Permis B indispensable (déplacements fréquents sur le territoire)"]
DES = ["Connaissance des outils SIG (QGIS)", "Expérience dans le montage de dossiers de financement européens"]
COMP = ["Aisance relationnelle", "Autonomie", "Sens du travail en transversalité", "Force de proposition"]
expected(KEY, reference=REF, languages=["fr"], title={"fr": T}, organisation={"fr": ORG}, location={"fr": LOC},
         schedule={"fr": SCHED}, deadline="2033-09-30", salary=None, grade="Ingénieur",
         requirements={"fr": {"essential": ESS, "desirable": DES}}, competencies={"fr": names(COMP)})
CTX = "Au sein de la Direction des mobilités du Département de la Drôme, le service Mobilités rurales et solidaires accompagne les intercommunalités drômoises dans le développement du covoiturage, du transport à la demande et des mobilités actives. Le Département porte un schéma départemental des mobilités adopté en 2032, dont vous piloterez la mise en œuvre sur le Diois, les Baronnies et la Drôme des collines."
MISS = ["Piloter le déploiement des lignes de covoiturage et des services de transport à la demande",
        "Animer le réseau des référents mobilité des communautés de communes",
        "Préparer les conventions de partenariat et suivre les subventions accordées",
        "Évaluer les dispositifs et produire les bilans annuels pour l'assemblée départementale",
        "Représenter le Département dans les comités de pôle et instances régionales"]
board = ["Emploi Territorial", "Accueil\tOffres\tConcours\tEspace candidat\tEspace employeur", "", "Retour à la liste", "",
         "Offre n° O026330900184472", "", T, "", "Synthèse de l'offre", "",
         "Employeur : DÉPARTEMENT DE LA DRÔME", "Hôtel du Département", "26000 Valence", "",
         "Département de travail : Drôme", "Secteur géographique : Valence", f"Lieu de travail : {LOC}", "Poste à pourvoir le : 01/12/2033",
         "Date limite de candidature : 30/09/2033", "Type d'emploi : Emploi permanent - vacance d'emploi", "Nombre de postes : 1", "",
         "Détails de l'offre", "", "Famille de métier : Infrastructures > Déplacements et transports", "Grade(s) recherché(s) : Ingénieur",
         "Métier(s) : Chargé ou chargée de la mobilité", "", "Descriptif de l'emploi :", CTX, "", "Missions ou activités :"] + [f"- {x}" for x in MISS] + [
         "", "Profils recherchés :"] + [f"- {x}" for x in ESS] + ["Serait un plus :"] + [f"- {x}" for x in DES] + ["Savoir-être :"] + [f"- {x}" for x in COMP] + [
         "", f"Temps de travail : {SCHED}", "Rémunération : statutaire + RIFSEEP + prime annuelle, participation employeur à la mutuelle et à la prévoyance, adhésion au CNAS", "Télétravail : Oui (jusqu'à 2 jours par semaine)", "",
         "Contact et informations complémentaires : Candidature (lettre de motivation et CV) à déposer sur le site du Département en rappelant la référence " + REF + ". Jury prévu le 13 octobre 2033. Renseignements : direction des mobilités, 04 75 00 12 34.",
         "Téléphone collectivité : 04 75 00 10 00", "Adresse e-mail : recrutement@ladrome.example", "Lien de publication : www.ladrome.example/offres", "",
         "Publiée le 02/09/2033", "Travailler en Drôme : 2 458 agents, 4 000 km de routes départementales", "",
         "Offres similaires", "Chargé de mission transition énergétique (H/F) – Communauté d'agglomération Valence Romans Agglo – Date limite : 15/09/2033",
         "Technicien mobilités actives (H/F) – Commune de Montélimar – Date limite : 22/10/2033", ""]
write(KEY + "-emploiterritorial.txt", "\n".join(board))

def tex(s):
    return s.replace("&", "\\&").replace("%", "\\%").replace("#", "\\#").replace("_", "\\_")
items = lambda xs: "\\begin{itemize}\n" + "\n".join(f"\\item {tex(x)}" for x in xs) + "\n\\end{itemize}\n"
doc = r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage{lmodern}
\usepackage[margin=2cm]{geometry}\usepackage{array}
\pagestyle{plain}\setlength{\parindent}{0pt}\setlength{\parskip}{4pt}
\begin{document}
{\large\textbf{LA DRÔME} -- LE DÉPARTEMENT}\hfill Direction des ressources humaines\\
\rule{\linewidth}{0.8pt}
\begin{center}{\Large\textbf{FICHE DE POSTE}}\\[4pt]{\large """ + tex(T) + r"""}\end{center}
\begin{tabular}{>{\bfseries}p{5cm}p{11cm}}
Référence & """ + REF + r""" \\
Employeur & """ + ORG + r""" \\
Direction & Direction des mobilités -- service Mobilités rurales et solidaires \\
Cadre d'emplois & Ingénieurs territoriaux (catégorie A) \\
Grade & Ingénieur \\
Lieu de travail & """ + LOC + r""" \\
Temps de travail & """ + SCHED + r""" \\
Date de publication & 2 septembre 2033 \\
Date limite de candidature & 30 septembre 2033 \\
\end{tabular}

\section*{1. Contexte}
""" + tex(CTX) + r"""
\section*{2. Missions}
""" + items(MISS) + r"""
\section*{3. Profil}
\subsection*{Connaissances et expérience requises}
""" + items(ESS) + r"""
\subsection*{Serait un plus}
""" + items(DES) + r"""
\subsection*{Savoir-être}
""" + items(COMP) + r"""
\section*{4. Conditions}
Rémunération statutaire + RIFSEEP + prime annuelle ; télétravail possible jusqu'à deux jours par semaine ; restaurant administratif. Prise de poste souhaitée le 1er décembre 2033. Le jury se tiendra le 13 octobre 2033.

\vfill
{\small Département de la Drôme -- fiche de poste """ + REF + r""" -- version du 1er septembre 2033}
\end{document}
"""
bd = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tex")
os.makedirs(bd, exist_ok=True)
open(os.path.join(bd, "drome.tex"), "w", encoding="utf-8").write(doc)
subprocess.run(["pdflatex", "-interaction=nonstopmode", "drome.tex"], cwd=bd, check=True, capture_output=True)
shutil.copy(os.path.join(bd, "drome.pdf"), os.path.join(OUT, KEY + "-drome.pdflatex.pdf"))
subprocess.run(["pdftotext", "-enc", "UTF-8", os.path.join(OUT, KEY + "-drome.pdflatex.pdf"), os.path.join(OUT, KEY + "-drome.pdflatex.pdftotext.txt")], check=True)
