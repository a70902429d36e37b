from common import *
import tempfile, shutil
KEY = "04-2034"; REF = "04/2034"
T = "Technicien (m/f) pour le service technique communal"
ORG = "Administration communale de Walferdange"; LOC = "Walferdange"
SCH = "tâche complète (40 heures par semaine)"
ESS = ["être détenteur d'un diplôme de technicien en génie civil ou en bâtiment, ou d'un diplôme reconnu équivalent ;",
 "avoir une bonne connaissance des outils de dessin assisté par ordinateur (AutoCAD ou équivalent) ;",
 "savoir lire et contrôler des métrés, des devis et des décomptes de travaux ;",
 "être titulaire du permis de conduire de la catégorie B ;",
 "faire preuve d'autonomie, de rigueur et d'un bon sens de l'organisation."]
DES = ["une expérience professionnelle dans le suivi de chantiers de voirie ou de réseaux ;",
 "la connaissance de la réglementation des marchés publics ;",
 "la maîtrise d'un logiciel de système d'information géographique."]
MIS = ["préparer les dossiers de soumission pour les travaux de voirie, de canalisation et d'entretien des bâtiments communaux ;",
 "surveiller les chantiers et vérifier les décomptes des entreprises ;",
 "tenir à jour les plans des réseaux communaux ;",
 "répondre aux demandes des habitants concernant les permissions de voirie."]
ADM = ["posséder la nationalité d'un État membre de l'Union européenne ;",
 "avoir réussi l'examen d'admissibilité du groupe de traitement B1, sous-groupe technique, organisé par le ministère de l'Intérieur ;",
 "avoir fait preuve d'une connaissance adéquate des trois langues administratives."]
def tex(s):
    return s.replace("&", "\\&").replace("%", "\\%").replace("°", "\\textdegree{}").replace("’", "'")
items = lambda xs, m: "\\begin{itemize}\\setlength\\itemsep{1pt}\n" + "\n".join("\\item[" + (m if m != "a)" else "abcdef"[i] + ")") + "] " + tex(x) for i, x in enumerate(xs)) + "\n\\end{itemize}"
doc = r"""\documentclass[a4paper,11pt]{article}
\usepackage[utf8]{inputenc}\usepackage[T1]{fontenc}\usepackage{lmodern}\usepackage[margin=2.2cm]{geometry}
\usepackage{fancyhdr}\pagestyle{fancy}\fancyhf{}\lhead{Commune de Walferdange}\rhead{Secrétariat communal -- Service du personnel}\cfoot{\thepage/2}
\hyphenpenalty=10000\exhyphenpenalty=10000\sloppy\setlength\parindent{0pt}\setlength\parskip{5pt}
\begin{document}
\begin{center}{\Large\bfseries AVIS DE VACANCE DE POSTE N\textsuperscript{o}~""" + REF + r"""}\end{center}
Le collège des bourgmestre et échevins de la commune de Walferdange se propose de recruter un fonctionnaire communal pour le poste suivant :

\begin{center}{\large\bfseries """ + tex(T) + r"""}\end{center}

\begin{tabular}{@{}ll@{}}
Référence : & """ + REF + r""" \\
Employeur : & """ + ORG + r""" \\
Carrière : & fonctionnaire communal \\
Groupe de traitement : & B1 \\
Sous-groupe : & technique \\
Tâche : & """ + SCH + r""" \\
Lieu de travail : & """ + LOC + r""" \\
Entrée en service : & 1\textsuperscript{er} juillet 2034 \\
\end{tabular}

\section*{1. Missions}
""" + items(MIS, "--") + r"""
\section*{2. Conditions d'admission}
Pour être admis au poste, les candidats doivent :
""" + items(ADM, "a)") + r"""
\section*{3. Profil recherché}
""" + items(ESS, "\\textbullet") + r"""
Constitue un atout :
""" + items(DES, "--") + r"""
\section*{4. Candidatures}
Les candidatures, accompagnées d'une notice biographique, d'une copie des diplômes, d'un extrait récent du casier judiciaire et du certificat de réussite à l'examen d'admissibilité, sont à adresser au collège des bourgmestre et échevins, B.P. 7, L-7201 Walferdange, au plus tard le 20 avril 2034 à 12h00. Les candidatures incomplètes ou parvenues après ce délai ne seront pas prises en considération. Un entretien aura lieu au cours de la semaine du 4 mai 2034.

Walferdange, le 27 mars 2034

Le collège des bourgmestre et échevins
\end{document}
"""
tmp = tempfile.mkdtemp()
open(os.path.join(tmp, "w.tex"), "w", encoding="utf-8").write(doc)
for _ in range(2):
    subprocess.run(["pdflatex", "-interaction=nonstopmode", "w.tex"], cwd=tmp, capture_output=True)
shutil.copy(os.path.join(tmp, "w.pdf"), os.path.join(ROOT, KEY + "-walferdange.pdflatex.pdf"))
shutil.copy(os.path.join(tmp, "w.tex"), os.path.join(ROOT, "__build", "walferdange.tex"))
dump(KEY + "-walferdange.pdflatex.pdf")
web = f"""Aller au contenu
FR | DE | EN | LB
Commune de Walferdange
Accueil   Citoyens   Mairie   Vivre à Walferdange   Actualités
Accueil > Mairie > Postes vacants

Postes vacants
Publié le 27.03.2034

Avis de vacance de poste n° {REF}
Le collège des bourgmestre et échevins se propose de recruter un fonctionnaire communal pour le poste de
{T}

Carrière : fonctionnaire communal
Groupe de traitement : B1
Sous-groupe : technique
Tâche : {SCH}
Lieu de travail : {LOC}
Employeur : {ORG}
Entrée en service : 1er juillet 2034

Missions
{chr(10).join('- ' + x for x in MIS)}

Conditions d'admission
{chr(10).join(f'{c}) ' + x for c, x in zip('abc', ADM))}

Profil recherché
{chr(10).join('- ' + x for x in ESS)}

Constitue un atout :
{chr(10).join('- ' + x for x in DES)}

Les candidatures complètes sont à adresser au collège des bourgmestre et échevins, B.P. 7, L-7201 Walferdange, pour le 20 avril 2034 à 12h00 au plus tard.

Télécharger l'avis (PDF, 96 ko)

Autres postes vacants
Éducateur diplômé (m/f) – maison relais · délai : 24.04.2034
Salarié à tâche manuelle (m/f) – service des régies · délai : 30.04.2034

Commune de Walferdange · 2, rue de l'Église · L-7224 Walferdange · Tél. 33 01 44-1
"""
out(KEY + "-walferdange-site.txt", web)
expected(KEY, dict(reference=REF, post_number=None, languages=["fr"], title=bi(None, T), organisation=bi(None, ORG),
  location=bi(None, LOC), schedule=bi(None, SCH), deadline="2034-04-20", salary=None, grade="B1", clearance=None,
  requirements={"en": None, "fr": {"essential": ESS, "desirable": DES}}, competencies={"en": None, "fr": []}))
