from common import *
REF = "CARBAP/DG/AVR/2037/02"; KEY = "carbap-dg-avr-2037-02"
T = "Chercheur(e) en phytopathologie des bananiers et plantains"
O = "Centre Africain de Recherches sur Bananiers et Plantains"
L = "Njombé (Région du Littoral, Cameroun)"
S = "Temps plein"
ESS = ["être ressortissant(e) d'un État d'Afrique centrale ou de l'Ouest ;",
 "être titulaire d'un doctorat (PhD) en phytopathologie, en protection des végétaux ou dans une discipline voisine ;",
 "justifier d'au moins trois (3) années d'expérience de recherche sur les maladies des cultures tropicales ;",
 "avoir publié au moins trois (3) articles dans des revues scientifiques à comité de lecture ;",
 "maîtriser les techniques de diagnostic moléculaire (PCR, qPCR, séquençage) ;",
 "être âgé(e) de quarante (40) ans au plus au 31 décembre 2037."]
DES = ["une expérience des maladies des Musa (cercosporiose noire, fusariose, bunchy top) ;",
 "une bonne maîtrise de l'anglais scientifique ;",
 "une expérience de la conduite d'essais en milieu paysan."]
COMP = [("Curiosité scientifique", ""), ("Sens de l'organisation", ""), ("Aptitude au travail de terrain", ""), ("Esprit d'équipe", "")]
MISS = ["concevoir et conduire des programmes de recherche sur l'épidémiologie et la gestion intégrée des maladies des bananiers et plantains ;",
 "animer le laboratoire de diagnostic phytosanitaire et en assurer l'assurance qualité ;",
 "encadrer les doctorants, stagiaires et techniciens du département ;",
 "contribuer à la mobilisation de financements et à la rédaction de projets ;",
 "valoriser les résultats par des publications et des fiches techniques destinées aux producteurs."]

def tex(s):
    return s.replace("&", "\\&").replace("%", "\\%").replace("#", "\\#")

def build():
    items = lambda xs: "\n".join("\\item %s" % tex(x) for x in xs)
    src = r"""\documentclass[11pt,a4paper]{article}
\usepackage[utf8]{inputenc}\usepackage[T1]{fontenc}\usepackage{lmodern}
\usepackage[margin=2.2cm]{geometry}
\hyphenpenalty=10000 \exhyphenpenalty=10000
\setlength{\parindent}{0pt}\setlength{\parskip}{5pt}
\renewcommand{\labelitemi}{--}
\pagestyle{empty}
\begin{document}\raggedright
\begin{minipage}[t]{0.55\textwidth}\small\textbf{CENTRE AFRICAIN DE RECHERCHES\\SUR BANANIERS ET PLANTAINS}\\
B.P. 832 Douala -- Station de Njombé\\Direction Générale\end{minipage}\hfill
\begin{minipage}[t]{0.38\textwidth}\small\raggedleft Njombé, le 11 mai 2037\\N\textsuperscript{o} 0176/CARBAP/DG/SG\end{minipage}

\vspace{10pt}
\begin{center}\Large\textbf{AVIS DE RECRUTEMENT N\textsuperscript{o} CARBAP/DG/AVR/2037/02}\end{center}

Le Directeur Général du """ + O + r""" (CARBAP), organisation de recherche à vocation régionale au service des pays producteurs de bananes et de plantains d'Afrique centrale et de l'Ouest, lance un appel à candidatures pour le recrutement d'un(e) :

\begin{center}\large\textbf{""" + T + r"""}\end{center}

\section*{1. Identification du poste}
\begin{tabular}{@{}p{4.2cm}l@{}}
Intitulé du poste & : """ + T + r""" \\
Département & : Amélioration génétique et protection des cultures \\
Lieu d'affectation & : """ + L + r""" \\
Niveau & : P2 \\
Type de contrat & : contrat à durée déterminée de trois (3) ans, renouvelable \\
Régime de travail & : """ + S + r""" \\
Prise de fonction & : 1\textsuperscript{er} septembre 2037 \\
\end{tabular}

\section*{2. Principales missions}
Sous l'autorité du Chef du Département, le (la) chercheur(e) aura pour missions de :
\begin{itemize}
""" + items(MISS) + r"""
\end{itemize}

\section*{3. Profil requis}
Le (la) candidat(e) doit :
\begin{itemize}
""" + items(ESS) + r"""
\end{itemize}

\section*{4. Atouts}
\begin{itemize}
""" + items(DES) + r"""
\end{itemize}

\section*{5. Qualités personnelles}
\begin{itemize}
""" + items([a for a, b in COMP]) + r"""
\end{itemize}

\section*{6. Rémunération}
Le salaire de base est fixé à 1~148~000 FCFA brut par mois, auquel s'ajoutent une indemnité de logement, une indemnité de transport et une couverture médicale, selon le règlement du personnel du Centre.

\section*{7. Dossier de candidature}
\begin{enumerate}
\item une lettre de motivation adressée au Directeur Général ;
\item un curriculum vitae détaillé avec la liste des publications ;
\item les copies certifiées conformes des diplômes ;
\item une copie de l'acte de naissance et du passeport ;
\item les noms et contacts de trois (3) personnes de référence.
\end{enumerate}

Les dossiers sont à déposer sous pli fermé au secrétariat de la Direction Générale à Njombé ou à envoyer par courriel à recrutement@carbap.example au plus tard le mardi 9 juin 2037 à 15 heures. Seul(e)s les candidat(e)s présélectionné(e)s seront invité(e)s à un séminaire de présentation et à un entretien prévus en juillet 2037.

\vspace{12pt}
\hfill\begin{minipage}{0.4\textwidth}\centering Le Directeur Général\\[18pt](signé)\\Dr Emmanuel Tchoua Ngassa\end{minipage}
\end{document}
"""
    open(BUILD + "/carbap.tex", "w", encoding="utf-8").write(src)
    pdflatex("carbap.tex", KEY + "-carbap.pdflatex.pdf")
    row(KEY + "-carbap.pdflatex.pdf", KEY)
    dump(KEY + "-carbap.pdflatex.pdf", KEY)
    wa = ["[12/05/2037, 08:41] Secrétariat Dpt AGPC: Bonjour à tous 🌱 Merci de partager largement dans vos réseaux 👇",
          "[12/05/2037, 08:42] Secrétariat Dpt AGPC: *AVIS DE RECRUTEMENT N° %s*" % REF,
          "",
          "*%s* recrute un(e) :" % O,
          "🔬 *%s*" % T,
          "",
          "📍 Lieu d'affectation : %s" % L,
          "🏷️ Niveau : P2",
          "📄 Contrat : CDD de 3 ans renouvelable",
          "⏱️ Régime de travail : %s" % S,
          "💰 Salaire de base : 1 148 000 FCFA brut / mois + indemnités",
          "",
          "*Missions*"] + ["- " + x for x in MISS] + ["", "*Profil requis* — le (la) candidat(e) doit :"] + \
         ["- " + x for x in ESS] + ["", "*Atouts*"] + ["- " + x for x in DES] + \
         ["", "*Qualités personnelles*"] + ["- " + a for a, b in COMP] + \
         ["", "📩 Dossier (lettre, CV avec publications, diplômes certifiés, acte de naissance, 3 références) à recrutement@carbap.example",
          "⏰ Date limite : 09/06/2037 à 15 h",
          "Entretiens prévus en juillet 2037.",
          "[12/05/2037, 08:43] Secrétariat Dpt AGPC: <Pièce jointe : avis_recrutement_phytopatho.pdf>",
          "[12/05/2037, 09:02] Dr Mbella: Partagé dans le groupe des anciens de Dschang 👍",
          "[12/05/2037, 09:15] Aïcha K.: Est-ce que les candidats nigérians sont acceptés ?",
          "[12/05/2037, 09:21] Secrétariat Dpt AGPC: Oui, tous les pays d'Afrique centrale et de l'Ouest. Réunion du département le 20/05 à 10 h, ne l'oubliez pas.",
          ""]
    w(KEY + "-whatsapp.txt", "\n".join(wa), KEY)
    expected(KEY, REF, ["fr"], {"fr": T}, {"fr": O}, {"fr": L}, {"fr": S}, "2037-06-09",
             sal(1148000, cur="XAF", period="month"), "P2", None, {"fr": (ESS, DES)}, {"fr": COMP})
