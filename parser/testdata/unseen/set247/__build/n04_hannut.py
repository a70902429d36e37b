from common import *

REF = "GRH/2038/07"; KEY = "grh-2038-07"
T = "Employé d'administration pour le service Urbanisme (H/F/X)"
O = "Commune de Hannut"
LOC = "Hannut"
SCH = "temps plein (38 heures par semaine)"
GRADE = "D6"
ESS = ["être titulaire d'un bachelier en construction, en urbanisme, en droit ou en sciences administratives ;",
       "justifier d'une expérience d'au moins deux ans dans le traitement de dossiers administratifs ;",
       "être titulaire du permis de conduire B ;",
       "réussir l'examen de recrutement organisé par la Commune."]
DES = ["une connaissance du Code du Développement Territorial (CoDT) ;",
       "une expérience au sein d'un service urbanisme communal ;",
       "la maîtrise d'un logiciel de gestion des permis."]
COMP = [("Rigueur", "vous respectez les délais de rigueur et les procédures"),
        ("Sens du service public", "vous accueillez les citoyens et les architectes avec courtoisie"),
        ("Esprit d'équipe", "vous collaborez avec le conseiller en aménagement du territoire et les agents techniques"),
        ("Autonomie", "vous organisez votre travail et proposez des améliorations")]
MIS = ["accueillir et renseigner les demandeurs de permis d'urbanisme et de permis d'urbanisation ;",
       "vérifier le caractère complet des dossiers et rédiger les accusés de réception ;",
       "organiser les enquêtes publiques et les annonces de projet ;",
       "préparer les projets de délibération pour le Collège communal ;",
       "assurer le suivi des infractions urbanistiques avec le service des travaux."]
SALTXT = "de 28 612,40 € à 41 870,95 € bruts annuels indexés, selon l'ancienneté valorisable"
DL = "20 mai 2038"
FACTS = [("Référence", REF), ("Employeur", O), ("Service", "Urbanisme et Aménagement du territoire"),
         ("Lieu de travail", f"{LOC} (Hôtel de Ville, rue des Tilleuls)"), ("Contrat", "contrat à durée indéterminée"),
         ("Régime de travail", SCH), ("Échelle barémique", GRADE), ("Rémunération", SALTXT),
         ("Date limite de candidature", DL)]
OFFER = ["un contrat à durée indéterminée après une période d'essai ;", "des chèques-repas d'une valeur faciale de 8 € ;",
         "une assurance hospitalisation ;", "la gratuité des transports en commun pour le trajet domicile-travail."]

html = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Offres d'emploi – Commune de Hannut</title>
<style>table.bref td,table.bref th{{border:1px solid #bbb;padding:4px 8px;text-align:left}}</style></head><body>
<div class="top">Accessibilité | Contact | FR</div>
<header><h1>Hannut</h1><p>Ma commune · Vie pratique · Loisirs · Économie · Emploi</p></header>
<p class="crumbs">Accueil › Ma commune › Emploi › Offres d'emploi</p>
<p><small>Publié le 28 avril 2038 — Mis à jour le 30 avril 2038</small></p>
<h1>{T}</h1>
<p>Le Collège communal de Hannut lance un appel à candidatures en vue de recruter un employé d'administration (H/F/X) et de constituer une réserve de recrutement valable deux ans.</p>
<table class="bref"><caption>En bref</caption>
{''.join(f'<tr><th>{k}</th><td>{v}</td></tr>' for k, v in FACTS)}
</table>
<h2>1. Description de la fonction</h2>
{ul(MIS)}
<h2>2. Conditions générales d'accès</h2>
<p>Être ressortissant ou non d'un État membre de l'Union européenne (pour les non-ressortissants, être en possession d'un permis de travail) ; jouir des droits civils et politiques ; être d'une conduite répondant aux exigences de la fonction ; justifier de la possession des aptitudes physiques exigées.</p>
<h2>3. Conditions particulières</h2>
{ul(ESS)}
<h2>4. Atouts</h2>
{ul(DES)}
<h2>5. Compétences comportementales</h2>
{''.join(f'<p><b>{n}</b> : {d}</p>' for n, d in COMP)}
<h2>6. Nous offrons</h2>
{ul(OFFER)}
<h2>7. Procédure</h2>
<p>Les candidatures (lettre de motivation, CV, copie du diplôme, extrait de casier judiciaire de moins de trois mois) sont à adresser au Collège communal, rue des Tilleuls 14 à 4280 Hannut, ou par courriel à grh@hannut.example, pour le {DL} au plus tard. L'épreuve écrite aura lieu le 3 juin 2038 et l'épreuve orale le 17 juin 2038.</p>
<aside><h3>Autres offres</h3><ul><li>Ouvrier qualifié D1 (plafonnage) – jusqu'au 13 mai 2038</li><li>Puériculteur (H/F/X) – réserve de recrutement – jusqu'au 31 mai 2038</li></ul></aside>
<footer>Administration communale de Hannut · rue des Tilleuls 14 · 4280 Hannut · Horaires d'ouverture</footer>
</body></html>"""
w(KEY + "-hannut.html", html, KEY)


def tx(s):
    return s.replace("&", "\\&").replace("%", "\\%").replace("€", "\\texteuro{}").replace("_", "\\_")


tex = r"""\documentclass[10pt,a4paper]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage{lmodern}\usepackage{textcomp}
\usepackage[margin=2cm]{geometry}
\hyphenpenalty=10000\exhyphenpenalty=10000\sloppy
\setlength{\parindent}{0pt}\pagestyle{empty}
\begin{document}
{\large\textbf{COMMUNE DE HANNUT}}\hfill Hannut, le 28 avril 2038\\
Rue des Tilleuls 14 -- 4280 Hannut\\[2mm]
N/Réf. : """ + REF + r"""
\begin{center}{\Large\textbf{APPEL \`A CANDIDATURES}}\\[1mm]""" + tx(T) + r"""\end{center}
Le Collège communal lance un appel à candidatures pour le poste décrit ci-dessous et la constitution d'une réserve de recrutement.\\[2mm]
\begin{tabular}{|p{4.2cm}|p{11.5cm}|}\hline
""" + "\n".join(f"{tx(k)} & {tx(v)} \\\\ \\hline" for k, v in FACTS) + r"""
\end{tabular}
\section*{1. Missions}
\begin{itemize}""" + "".join(f"\\item {tx(m)}\n" for m in MIS) + r"""\end{itemize}
\section*{2. Conditions particulières}
\begin{itemize}""" + "".join(f"\\item {tx(m)}\n" for m in ESS) + r"""\end{itemize}
\section*{3. Atouts}
\begin{itemize}""" + "".join(f"\\item {tx(m)}\n" for m in DES) + r"""\end{itemize}
\section*{4. Compétences comportementales}
\begin{itemize}""" + "".join(f"\\item \\textit{{{tx(n)}}} : {tx(d)}\n" for n, d in COMP) + r"""\end{itemize}
\section*{5. Candidature}
Dossier complet à adresser au Collège communal pour le """ + DL + r""" au plus tard (cachet de la poste ou date du courriel faisant foi). Épreuve écrite le 3 juin 2038 ; épreuve orale le 17 juin 2038.\\[6mm]
\begin{tabular}{p{7.5cm}p{7.5cm}}
Par le Collège, & \\
La Directrice générale, & Le Bourgmestre, \\
M. Delvoye & P. Gérardy \\
\end{tabular}
\end{document}
"""
pdflatex(KEY + "-appel", tex, KEY)

expected(KEY, REF, ["fr"], {"fr": T}, {"fr": O}, {"fr": LOC}, {"fr": SCH}, "2038-05-20",
         sal(28612.40, 41870.95, "EUR", "year"), GRADE, None, {"fr": {"essential": ESS, "desirable": DES}},
         {"fr": comp(*COMP)})
