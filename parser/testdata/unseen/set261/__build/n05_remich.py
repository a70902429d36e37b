from common import *

KEY = "rem-pers-2039-06"
REF = "REM-PERS-2039-06"
T = "Employé communal (m/f) – technicien en génie civil au service technique"
O = "Administration communale de Remich"
L = "Remich"
S = "tâche complète (40 heures par semaine)"
GRADE = "B1"

ESS = ["être détenteur d'un diplôme de technicien en génie civil ou d'un diplôme reconnu équivalent par le ministre ayant l'Éducation nationale dans ses attributions",
       "disposer d'une expérience professionnelle d'au moins deux ans dans le suivi de chantiers de voirie ou de réseaux",
       "maîtriser les trois langues administratives du pays (luxembourgeois, français, allemand)",
       "être titulaire du permis de conduire de la catégorie B"]
DES = ["la connaissance du logiciel AutoCAD ou d'un logiciel de DAO équivalent",
       "une expérience dans une administration communale",
       "la connaissance de la législation sur les marchés publics"]
COMP = ["Sens des responsabilités", "Capacité à travailler en équipe", "Disponibilité", "Esprit méthodique"]
MIS = ["assurer le suivi technique et administratif des chantiers communaux (voirie, canalisations, éclairage public)",
       "établir des métrés, des devis estimatifs et des cahiers des charges",
       "contrôler l'exécution des travaux confiés aux entreprises et participer aux réceptions",
       "répondre aux demandes des citoyens concernant le domaine public"]


def build():
    rows = [("Référence", REF), ("Employeur", O), ("Service", "Service technique"), ("Lieu de travail", L),
            ("Statut", "employé communal, contrat à durée indéterminée"), ("Groupe d'indemnité", GRADE + ", sous-groupe technique"),
            ("Tâche", S), ("Date d'entrée en service", "dès que possible"), ("Délai de candidature", "17.07.2039")]
    html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Vacance de poste – {O}</title>
<style>
body {{ font-family: 'Open Sans', Arial, sans-serif; margin: 0; }}
.lang {{ text-align: right; font-size: 12px; padding: 4px 20px; background: #eee; }}
.wrap {{ display: flex; }}
main {{ flex: 3; padding: 10px 24px; }}
.side {{ flex: 1; padding: 10px; background: #f3f6f9; font-size: 13px; }}
table.info td {{ padding: 3px 10px 3px 0; vertical-align: top; }}
table.info td:first-child {{ color: #555; white-space: nowrap; }}
</style></head>
<body>
<div class="lang">LU | DE | <b>FR</b> | EN &nbsp; · &nbsp; myGuichet &nbsp; · &nbsp; Contact</div>
<header style="padding:8px 24px"><b>Gemeng Réimech · Commune de Remich</b><br><small>La perle de la Moselle</small></header>
<nav style="padding:0 24px;font-size:13px">Citoyens · Commune · Loisirs · Économie · Actualités</nav>
<div class="wrap">
<main>
<p style="font-size:12px">Actualités › Vacances de poste › 24.06.2039</p>
<h1>Vacance de poste</h1>
<p>Le collège des bourgmestre et échevins de la commune de Remich se propose d'engager pour les besoins de son service technique
<b>un employé communal (m/f)</b> à tâche complète et à durée indéterminée.</p>
<h2>{T}</h2>
<table class="info">
""" + "\n".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows) + f"""
</table>
<h3>Missions principales</h3>
{ul(MIS)}
<h3>Conditions d'admission</h3>
<p>Les candidats doivent être ressortissants d'un État membre de l'Union européenne, jouir des droits civils et politiques et
présenter les garanties de moralité requises. L'engagement se fait conformément au règlement grand-ducal fixant le régime
des employés communaux.</p>
<h3>Profil recherché</h3>
{ul(ESS)}
<h3>Atouts</h3>
{ul(DES)}
<h3>Compétences</h3>
{ul(COMP)}
<h3>Dossier de candidature</h3>
<p>Les candidatures, accompagnées d'une lettre de motivation, d'un curriculum vitae, d'une copie des diplômes, d'un extrait
récent du casier judiciaire (bulletin n° 3) et d'une photo récente, sont à adresser au collège des bourgmestre et échevins
de la commune de Remich pour le 17 juillet 2039 au plus tard. Les candidats retenus seront invités à un entretien le
28 juillet 2039. Les dossiers incomplets ne seront pas pris en considération.</p>
</main>
<div class="side">
<h4>Autres vacances</h4>
<p>Agent municipal (m/f) – délai : 10.07.2039</p>
<p>Éducateur diplômé (m/f) – maison relais – délai : 31.07.2039</p>
<h4>Horaires de la mairie</h4>
<p>Lu–Ve 8h00–12h00 et 13h30–17h00</p>
</div>
</div>
<footer style="font-size:11px;padding:8px 24px;border-top:1px solid #ccc">Administration communale de Remich · Protection des données · Accessibilité</footer>
</body></html>
"""
    write(KEY + "-remich.html", html, KEY)

    def tex_items(items, env="itemize"):
        return f"\\begin{{{env}}}\n" + "\n".join(f"\\item {i}" for i in items) + f"\n\\end{{{env}}}"

    tex = r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage{lmodern}
\usepackage[margin=2.2cm]{geometry}
\usepackage{array}
\usepackage{fancyhdr}
\pagestyle{fancy}\fancyhf{}
\lhead{\small Commune de Remich -- Service du personnel}\rfoot{\small page \thepage}
\hyphenpenalty=10000 \exhyphenpenalty=10000
\raggedright
\setlength{\parindent}{0pt}\setlength{\parskip}{5pt}
\begin{document}
{\large\textbf{VACANCE DE POSTE}}\hfill Remich, le 24 juin 2039

N/Réf.\ : """ + REF + r"""

\textbf{""" + T + r"""}

Le collège des bourgmestre et échevins de l'""" + O + r""" se propose d'engager un employé communal (m/f) pour les besoins
de son service technique.

\begin{tabular}{>{\bfseries}p{4.2cm} p{10.5cm}}
Lieu de travail & """ + L + r""" \\
Statut & employé communal, contrat à durée indéterminée \\
Groupe d'indemnité & """ + GRADE + r""" \\
Sous-groupe & technique \\
Tâche & """ + S + r""" \\
Délai de candidature & 17 juillet 2039 \\
\end{tabular}

\section*{1. Missions principales}
""" + tex_items(MIS) + r"""

\section*{2. Profil recherché}
""" + tex_items(ESS, "enumerate") + r"""

\section*{3. Atouts}
""" + tex_items(DES) + r"""

\section*{4. Compétences}
""" + " -- ".join(COMP) + r"""

\section*{5. Candidatures}
Les candidatures complètes sont à adresser au collège des bourgmestre et échevins pour le 17.07.2039 au plus tard.
Entretiens prévus le 28.07.2039.

\vspace{1cm}
\begin{tabular}{p{7cm} p{7cm}}
Le secrétaire communal, & Le bourgmestre, \\[1cm]
J.\ Kremer & A.\ Wagner-Hoss \\
\end{tabular}
\end{document}
"""
    save_src(KEY + "-avis.tex", tex)
    pdflatex(KEY + "-avis.tex", KEY + "-avis.pdflatex.pdf", KEY)

    expected(KEY, REF, ["fr"], T, O, L, S, "2039-07-17", None, grade=GRADE,
             requirements={"fr": {"essential": ESS, "desirable": DES}}, competencies={"fr": names(*COMP)})


if __name__ == "__main__":
    build()
