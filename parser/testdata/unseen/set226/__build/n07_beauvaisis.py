from common import *
KEY = "cab-2036-058"; REF = "CAB-2036-058"
T = "Gestionnaire de la commande publique (H/F)"; O = "Communauté d'agglomération du Beauvaisis"; LOC = "Beauvais"
SCH = "Temps complet – 37 h 30 hebdomadaires avec 15 jours de RTT"
GR = "Rédacteur principal de 2e classe"
ESS = ["Formation supérieure en droit public ou en achats publics (bac +2 minimum) ;",
       "Expérience d'au moins deux ans dans le service des marchés publics d'une collectivité ;",
       "Maîtrise du code de la commande publique et des procédures dématérialisées ;",
       "Pratique d'un profil d'acheteur et d'un logiciel de gestion financière."]
DES = ["connaissance des clauses sociales et environnementales ;", "expérience des groupements de commandes."]
CMP = ["Rigueur", "Sens de l'organisation", "Discrétion", "Aisance rédactionnelle"]
MIS = ["rédiger les pièces administratives des consultations (règlement, acte d'engagement, CCAP) ;",
       "publier les avis et assurer le suivi des procédures sur le profil d'acheteur ;",
       "analyser la recevabilité des candidatures et préparer les commissions d'appel d'offres ;",
       "suivre l'exécution administrative et financière des marchés (avenants, sous-traitance, reconductions) ;",
       "conseiller les directions opérationnelles de l'agglomération et de la ville-centre."]
expected(KEY, REF, ["fr"], {"fr": T}, {"fr": O}, {"fr": LOC}, {"fr": SCH}, "2036-08-28",
         sal(amount=2315, cur="EUR", per="month"), grade=GR,
         req={"fr": {"essential": ESS, "desirable": DES}}, comps={"fr": comp([(c, "") for c in CMP])})
et = f"""Emploi-Territorial
Accueil\tOffres\tCandidats\tCollectivités\tConcours\tConnexion

Retour à la liste des offres\t< Offre précédente\tOffre suivante >

{T}
Offre n° O0602607012345
Publiée le 25/07/2036

Synthèse de l'offre
Employeur\t{O}
48 rue Desgroux 60000 Beauvais
Département de travail\tOise
Secteur géographique\tBeauvais
Poste à pourvoir le\t01/10/2036
Date limite de candidature\t28/08/2036
Type d'emploi\tEmploi permanent - vacance d'emploi
Nombre de postes\t1

Détails de l'offre
Grade(s)\t{GR}
Famille de métier\tAffaires juridiques > Achat public
Métier(s)\tAcheteur ou acheteuse public
Temps de travail\tComplet, 37h30 hebdomadaire
Télétravail\tOui

Descriptif de l'emploi
Au sein de la direction de la commande publique mutualisée entre l'agglomération et la ville de Beauvais (8 agents), vous assurez la passation et le suivi d'un portefeuille de marchés de travaux, fournitures et services.

Missions ou activités
{bullets(MIS, "- ")}

Profils recherchés
{bullets(ESS, "- ")}
Serait apprécié(e) :
{bullets(DES, "- ")}
Savoir-être : {" / ".join(CMP)}

Temps de travail
{SCH}

Contact et informations complémentaires
Référence interne : {REF}
Rémunération : 2 315 € bruts mensuels + régime indemnitaire (RIFSEEP) + adhésion au CNAS.
Candidature (lettre + CV + dernier arrêté de situation administrative) à adresser à M. le Président avant le 28/08/2036. Jury prévu le 15 septembre 2036.
Courriel\trecrutement@beauvaisis.example
Lien de publication\thttps://www.emploi-territorial.fr/offre/O0602607012345

Offres similaires
Acheteur public (H/F) – Ville de Compiègne – date limite 22/08/2036
Assistant marchés publics (H/F) – Département de l'Oise – date limite 05/09/2036
"""
w(KEY + "-emploiterritorial.txt", et, KEY)
def tx(s):
    return s.replace("&", "\\&").replace("%", "\\%").replace("'", "’")
items = lambda xs: "\n".join("\\item " + tx(x) for x in xs)
tex = r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage{lmodern}
\usepackage[margin=2.2cm]{geometry}\usepackage{fancyhdr}
\hyphenpenalty=10000\exhyphenpenalty=10000\sloppy
\pagestyle{fancy}\fancyhf{}\lhead{\small Communauté d’agglomération du Beauvaisis -- DRH}\rhead{\small """ + REF + r"""}\cfoot{\small Fiche de poste -- version du 24/07/2036 -- \thepage}
\begin{document}
\begin{center}{\Large\bfseries FICHE DE POSTE}\\[4pt]{\large """ + tx(T) + r"""}\end{center}
\begin{description}
\item[Référence :] """ + REF + r"""
\item[Employeur :] """ + tx(O) + r"""
\item[Direction :] Commande publique (service mutualisé avec la ville de Beauvais)
\item[Lieu de travail :] """ + LOC + r"""
\item[Cadre d’emplois :] Rédacteurs territoriaux (catégorie B)
\item[Grade :] """ + GR + r"""
\item[Temps de travail :] """ + tx(SCH) + r"""
\item[Rémunération :] 2 315 € bruts mensuels + régime indemnitaire (RIFSEEP)
\item[Prise de poste :] 1er octobre 2036
\item[Date limite de candidature :] 28 août 2036
\end{description}
\section*{1. Missions}
\begin{itemize}""" + items(MIS) + r"""\end{itemize}
\section*{2. Profil}
\begin{itemize}""" + items(ESS) + r"""\end{itemize}
\noindent\textbf{Serait apprécié(e) :}
\begin{itemize}""" + items(DES) + r"""\end{itemize}
\noindent\textbf{Savoir-être :} """ + tx(", ".join(CMP)) + r""".
\section*{3. Candidature}
Lettre de motivation et CV à adresser à M. le Président de la Communauté d’agglomération du Beauvaisis au plus tard le 28 août 2036. Le jury se réunira le 15 septembre 2036.
\end{document}
"""
p = os.path.join(B, "tex", "cab-2036-058-fiche.tex")
open(p, "w", encoding="utf-8").write(tex)
pdflatex(p, KEY + "-fiche.pdflatex.pdf")
dump(KEY + "-fiche.pdflatex.pdf", KEY)
