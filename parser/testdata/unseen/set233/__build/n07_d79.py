from common import *
REF = "D79-DRH-2037-142"; KEY = REF.lower()
T = "Chargé de mission patrimoine routier (H/F)"
O = "Département des Deux-Sèvres"; LOC = "Niort"
GR = "Attaché territorial"
SCH = "Temps complet – 38 h 30 hebdomadaires avec 20 jours de RTT"
PAY = "entre 2 684 € et 3 246 € bruts mensuels + régime indemnitaire (RIFSEEP) + CNAS"
ESS = ["Diplôme d'ingénieur ou master en génie civil, infrastructures ou aménagement ;",
       "Expérience confirmée dans la gestion d'un patrimoine d'infrastructures ;",
       "Maîtrise des méthodes d'auscultation des chaussées et des ouvrages d'art ;",
       "Aisance avec les outils SIG (QGIS) et les tableurs."]
DES = ["connaissance du fonctionnement des collectivités territoriales ;", "pratique de la programmation pluriannuelle d'investissements."]
SAV = ["Esprit d'analyse", "Sens du travail en équipe", "Qualités rédactionnelles", "Autonomie"]
MIS = ["Établir et tenir à jour l'inventaire des 4 800 km de routes départementales et de leurs ouvrages",
       "Piloter les campagnes d'auscultation et analyser leurs résultats",
       "Proposer le programme annuel d'entretien et en suivre l'exécution budgétaire",
       "Animer le réseau des agences techniques territoriales"]
GAZ = f"""La Gazette des communes – Emploi
Offres   Déposer une offre   Concours   Mon compte

Recherche : mot-clé\tRégion\tFiltrer

< Offre précédente   Offre suivante >

{T}
{O} (79)
Publiée le 20/02/2037 · Offre n° GZ-2037-0227195
Date limite de candidature : 22/03/2037

Employeur\t{O}
Lieu de travail\t{LOC}
Catégorie\tA
Filière\tTechnique / Administrative
Grade(s)\t{GR}
Type de contrat\tTitulaire ou contractuel
Temps de travail\tTemps complet
Poste à pourvoir le\t01/06/2037

Descriptif
Au sein de la Direction des routes, vous garantissez la connaissance et la préservation du patrimoine routier départemental.

Missions
{chr(10).join(MIS)}

Profil recherché
{chr(10).join(ESS)}
Serait apprécié(e) : {' / '.join(DES)}
Savoir-être : {' / '.join(SAV)}

Conditions
Temps de travail : {SCH}
Rémunération : {PAY}
Référence à rappeler : {REF}
Jury de recrutement prévu le 7 avril 2037.

Offres similaires
Technicien routes (H/F) – Département de la Vienne – 15/03/2037
Ingénieur ouvrages d'art (H/F) – Région Nouvelle-Aquitaine – 28/03/2037

© Groupe Moniteur – La Gazette des communes
"""
def tx(s):
    return s.replace("&", "\\&").replace("%", "\\%").replace("€", "\\texteuro{}").replace("'", "’")
TEX = r"""\documentclass[a4paper,10pt]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage{lmodern}\usepackage{textcomp}
\usepackage[margin=2cm]{geometry}\usepackage{fancyhdr}
\hyphenpenalty=10000\exhyphenpenalty=10000\sloppy
\pagestyle{fancy}\fancyhead[L]{Département des Deux-Sèvres -- Direction des ressources humaines}\fancyfoot[C]{Fiche de poste -- version du 20/02/2037}
\begin{document}
\begin{center}{\Large\bfseries FICHE DE POSTE}\\[4pt]{\large """ + tx(T) + r"""}\end{center}
\begin{description}
\item[Référence :] """ + tx(REF) + r"""
\item[Collectivité :] """ + tx(O) + r"""
\item[Direction :] Direction des routes -- service patrimoine
\item[Lieu de travail :] """ + tx(LOC) + r"""
\item[Cadre d'emplois :] Attachés territoriaux (catégorie A)
\item[Grade :] """ + tx(GR) + r"""
\item[Temps de travail :] """ + tx(SCH) + r"""
\item[Rémunération :] """ + tx(PAY) + r"""
\item[Prise de poste :] 1er juin 2037
\item[Date limite de candidature :] 22 mars 2037
\end{description}
\section*{1. Missions}
\begin{itemize}
""" + "".join("\\item " + tx(m) + "\n" for m in MIS) + r"""\end{itemize}
\section*{2. Profil}
\begin{itemize}
""" + "".join("\\item " + tx(e) + "\n" for e in ESS) + r"""\end{itemize}
\textbf{Serait apprécié(e) :} """ + tx(" / ".join(DES)) + r"""

\textbf{Savoir-être :} """ + tx(" / ".join(SAV)) + r"""
\section*{3. Candidature}
Lettre et CV à adresser à Monsieur le Président du Conseil départemental avant le 22 mars 2037. Jury : 7 avril 2037.
\end{document}
"""
def build():
    write(f"{KEY}-gazette.txt", GAZ, KEY)
    src("tex/" + KEY + "-fiche.tex", TEX)
    pdflatex(KEY + "-fiche.tex", f"{KEY}-fiche.pdflatex.pdf", KEY)
    expected(KEY, REF, ["fr"], {"fr": T}, {"fr": O}, {"fr": LOC}, {"fr": SCH}, "2037-03-22", sal(2684, 3246, per="month"), GR, None,
             {"fr": (ESS, DES)}, {"fr": [(q, "") for q in SAV]})
