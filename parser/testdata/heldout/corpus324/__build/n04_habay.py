"""Commune de Habay (Belgian commune), FR: browser copy of the commune page + pdflatex avis."""
from common import *

KEY = "hab-rh-2044-09"
REF = "HAB/RH/2044-09"
T = "Chargé de projets mobilité et sécurité routière (h/f/x)"
O = "Commune de Habay"
LOC = "Habay-la-Neuve"
SCHED = "4/5e temps (30 h 24 par semaine)"
ESS = [
    "être titulaire d'un bachelier en urbanisme, en géographie, en gestion de la mobilité ou d'un diplôme équivalent",
    "être titulaire du permis de conduire B",
    "disposer d'une bonne connaissance du Code de la route et de la réglementation relative à la signalisation routière",
    "réussir un examen de recrutement (épreuve écrite et épreuve orale)",
]
DES = [
    "une expérience dans l'élaboration d'un plan communal de mobilité (PCM)",
    "la maîtrise d'un logiciel de cartographie (QGIS)",
    "la connaissance du fonctionnement d'une administration communale",
]
COMP = [
    ("Rigueur", "vous préparez des dossiers complets et vérifiés avant leur passage au Collège."),
    ("Sens du dialogue", "vous écoutez les riverains, les écoles et les commerçants et savez expliquer un projet."),
    ("Autonomie", "vous organisez votre travail et vos visites de terrain sans supervision constante."),
]
MISSIONS = [
    "assurer le suivi du plan communal de mobilité et proposer des aménagements de sécurité aux abords des écoles",
    "préparer les règlements complémentaires de police relatifs à la circulation routière",
    "coordonner les comptages de trafic et analyser les demandes des riverains",
    "monter les dossiers de subsides régionaux et suivre les marchés de travaux de signalisation",
    "représenter la commune dans les réunions de la commission consultative de mobilité",
]
ACCESS = ("Conditions d'accès : être belge ou citoyen de l'Union européenne, jouir des droits civils et politiques, "
          "être d'une conduite irréprochable et justifier de la possession des aptitudes physiques exigées pour la fonction.")


def txt():
    s = f"""Aller au contenu principal
Accessibilité   Plan du site   Contact

COMMUNE DE HABAY
Ma commune   Vie pratique   Loisirs   Économie   Emploi   Actualités

Nous utilisons des cookies fonctionnels et de mesure d'audience.
Tout accepter   Tout refuser   Paramétrer

Accueil > Ma commune > Emploi > Offres en cours

Offre d'emploi : {T}

Publié le 24/09/2044 – Mis à jour le 26/09/2044

Le Collège communal de Habay lance un appel à candidatures en vue de l'engagement contractuel d'un·e

{T}

Référence

{REF}

Employeur

{O}

Service

Service Travaux – cellule Mobilité

Lieu de travail

{LOC}

Type de contrat

Contrat à durée indéterminée

Régime de travail

{SCHED}

Échelle barémique

B1

Rémunération

de 24 611,48 € à 34 027,90 € bruts annuels indexés (4/5e temps), selon l'ancienneté valorisable

Date limite de dépôt

21 octobre 2044

VOS MISSIONS

{chr(10).join('- ' + m + ' ;' for m in MISSIONS)}

CONDITIONS

{ACCESS}

Conditions particulières :
{chr(10).join('- ' + e + ' ;' for e in ESS)}

Atouts :
{chr(10).join('- ' + e + ' ;' for e in DES)}

COMPÉTENCES COMPORTEMENTALES

{chr(10).join(n + ' : ' + d for n, d in COMP)}

NOUS OFFRONS

Un contrat à durée indéterminée à 4/5e temps, des chèques-repas d'une valeur faciale de 8 €, une assurance
hospitalisation, le remboursement des frais de transport en commun et la possibilité de valoriser jusqu'à six
années d'ancienneté du secteur privé.

MODALITÉS

Les candidatures (lettre de motivation, curriculum vitae, copie du diplôme et extrait de casier judiciaire de
moins de trois mois) sont à adresser au Collège communal, par courriel à emploi@habay.example ou par courrier,
pour le 21 octobre 2044 au plus tard. L'épreuve écrite est prévue le 5 novembre 2044 et l'épreuve orale dans
la semaine du 17 novembre 2044.

Renseignements : service du personnel, 063 00 00 00.

Partager   Imprimer

AUTRES OFFRES
Ouvrier qualifié – espaces verts (h/f/x) – date limite : 14 octobre 2044
Puériculteur pour la crèche communale (h/f/x) – date limite : 31 octobre 2044

Administration communale de Habay – Plan du site – Mentions légales – Vie privée
"""
    return s


def tex():
    def esc(x):
        return x.replace("€", "\\texteuro{}").replace("%", "\\%").replace("&", "\\&")
    comp_tex = "\n".join("\\textbf{" + n + "} -- " + d + "\n" for n, d in COMP)
    items = lambda xs, end: "\n".join(f"  \\item {esc(x)}{end}" for x in xs)
    return f"""\\documentclass[11pt,a4paper]{{article}}
\\usepackage[utf8]{{inputenc}}
\\usepackage[T1]{{fontenc}}
\\usepackage{{lmodern,textcomp}}
\\usepackage[margin=2.2cm]{{geometry}}
\\pagestyle{{empty}}
\\hyphenpenalty=10000 \\exhyphenpenalty=10000 \\sloppy
\\setlength{{\\parindent}}{{0pt}}\\setlength{{\\parskip}}{{5pt}}
\\begin{{document}}
Province de Luxembourg -- Arrondissement de Virton \\hfill N/Réf. : {REF}

\\begin{{center}}{{\\Large\\bfseries COMMUNE DE HABAY}}\\\\[2pt]\\rule{{\\textwidth}}{{0.8pt}}\\\\[6pt]
{{\\large APPEL À CANDIDATURES}}\\\\[4pt]
{{\\bfseries {T}}}\\end{{center}}

\\begin{{description}}
\\item[Employeur :] {O}
\\item[Lieu de travail :] {LOC}
\\item[Contrat :] contrat à durée indéterminée
\\item[Régime de travail :] {SCHED}
\\item[Échelle barémique :] B1
\\item[Rémunération :] {esc("de 24 611,48 € à 34 027,90 € bruts annuels indexés")}
\\item[Date limite :] 21/10/2044
\\end{{description}}

\\section*{{I. Missions}}
\\begin{{enumerate}}
{items(MISSIONS, ' ;')}
\\end{{enumerate}}

\\section*{{II. Conditions}}
{ACCESS}

\\textbf{{Conditions particulières :}}
\\begin{{enumerate}}
{items(ESS, '')}
\\end{{enumerate}}

\\textit{{Atouts :}} {' ; '.join(esc(d) for d in DES)}.

\\section*{{III. Compétences}}
{comp_tex}
\\section*{{IV. Candidature}}
Les candidatures complètes sont à adresser au Collège communal pour le 21/10/2044 au plus tard. Les chèques-repas
(8\\,\\texteuro{{}}) et l'assurance hospitalisation font partie de l'offre. Les épreuves auront lieu le 5 novembre 2044.

\\vspace{{1cm}}
Par le Collège : le Directeur général, \\hfill le Bourgmestre,
\\end{{document}}
"""


def build():
    write(KEY + "-habay.txt", txt(), KEY)
    pdflatex(src(KEY + "-avis.tex", tex()), KEY + "-avis.pdflatex.pdf", KEY)
    expected(KEY, reference=REF, languages=["fr"], title=L(None, T), organisation=L(None, O), location=L(None, LOC),
             schedule=L(None, SCHED), deadline="2044-10-21", salary=sal(24611.48, 34027.90, "EUR", "year"),
             grade="B1", requirements=L(None, req(ESS, DES)), competencies=L(None, comps(COMP)))
