from common import *

REF = "UNRIC/VA/2037/03"
KEY = "unric-va-2037-03"
T = {"en": "Public Information Officer (French-language Desk)",
     "fr": "Spécialiste de l'information (service de langue française)"}
O = {"en": "United Nations Regional Information Centre for Western Europe",
     "fr": "Centre régional d'information des Nations Unies pour l'Europe occidentale"}
L = {"en": "Brussels, Belgium", "fr": "Bruxelles (Belgique)"}
GRADE = "P-3"
INTRO = {"en": "The Centre informs the public of 22 Western European countries about the work of the United Nations, in 13 languages. The French-language desk produces web content, press material and events for audiences in Belgium, France, Luxembourg, Monaco and Switzerland.",
         "fr": "Le Centre informe le public de 22 pays d'Europe occidentale sur l'action des Nations Unies, en 13 langues. Le service de langue française produit des contenus web, des documents de presse et des manifestations pour les publics de Belgique, de France, du Luxembourg, de Monaco et de Suisse."}
DUT = {"en": ["Plans and edits the French-language website and social media accounts of the Centre.",
              "Writes press releases, op-eds and briefing notes on United Nations priorities.",
              "Organizes outreach events with universities, media and civil society.",
              "Monitors French-language media and reports on coverage of the United Nations."],
       "fr": ["Planifie et édite le site web et les comptes de réseaux sociaux en français du Centre.",
              "Rédige des communiqués, des tribunes et des notes d'information sur les priorités des Nations Unies.",
              "Organise des activités de sensibilisation avec les universités, les médias et la société civile.",
              "Suit les médias francophones et rend compte de la couverture de l'action des Nations Unies."]}
ESS = {"en": ["Advanced university degree in communication, journalism, international relations or a related field.",
              "At least five years of progressively responsible experience in public information, journalism or digital communication.",
              "Fluency in French and English, with excellent drafting skills in French."],
       "fr": ["Diplôme universitaire supérieur en communication, journalisme, relations internationales ou dans un domaine apparenté.",
              "Au moins cinq années d'expérience à des niveaux de responsabilité croissants dans l'information, le journalisme ou la communication numérique.",
              "Maîtrise du français et de l'anglais, avec d'excellentes aptitudes rédactionnelles en français."]}
DES = {"en": ["Experience in producing video content for social media.",
              "Knowledge of Dutch or German."],
       "fr": ["Expérience de la production de contenus vidéo pour les réseaux sociaux.",
              "Connaissance du néerlandais ou de l'allemand."]}
COMPS = {"en": [("Communication", "writes clearly and adapts the message to each audience; listens to others."),
                ("Creativity", "proposes new formats to reach young audiences and tests them."),
                ("Client Orientation", "builds lasting relations with journalists and partners.")],
         "fr": [("Communication", "s'exprime clairement par écrit et adapte le message à chaque public ; écoute les autres."),
                ("Créativité", "propose de nouveaux formats pour toucher les jeunes publics et les met à l'essai."),
                ("Souci du client", "établit des relations durables avec les journalistes et les partenaires.")]}
SAL = {"en": "USD 84,372", "fr": "84 372 dollars des États-Unis"}
LBL = {"en": dict(ban="VACANCY ANNOUNCEMENT", va="Vacancy announcement", pt="Post title", gr="Grade", org="Organization",
                  ds="Duty station", ty="Type of appointment", tyv="Fixed-term, two years", iss="Date of issue",
                  issv="24 August 2037", dl="Deadline for applications", dlv="22 September 2037 (midnight, Brussels time)",
                  bg="Background", du="Duties", q="Qualifications", e="Essential", d="Desirable", c="Competencies",
                  r="Remuneration", rv="The post carries an annual net base salary of {s}, plus a post adjustment (currently 49.2 per cent). Interviews are planned for mid-October 2037."),
       "fr": dict(ban="AVIS DE VACANCE DE POSTE", va="Avis de vacance", pt="Intitulé du poste", gr="Classe", org="Organisation",
                  ds="Lieu d'affectation", ty="Type d'engagement", tyv="Durée déterminée, deux ans", iss="Date de publication",
                  issv="24 août 2037", dl="Date limite de dépôt des candidatures", dlv="22 septembre 2037 (minuit, heure de Bruxelles)",
                  bg="Contexte", du="Fonctions", q="Qualifications", e="Essentielles", d="Souhaitables", c="Compétences",
                  r="Rémunération", rv="Le poste est assorti d'un traitement de base annuel net de {s}, auquel s'ajoute une indemnité de poste (actuellement 49,2 pour cent). Les entretiens sont prévus à la mi-octobre 2037.")}


def tex(s):
    return s.replace("&", "\\&").replace("%", "\\%").replace("'", "'")


def build():
    parts = []
    for lg in ("en", "fr"):
        b = LBL[lg]
        sep = ": " if lg == "en" else " : "
        parts.append(f"""\\begin{{center}}{{\\large\\textbf{{{b['ban']}}}}}\\\\[4pt]{{\\Large {tex(T[lg])}}}\\end{{center}}
\\begin{{tabular}}{{|p{{5cm}}|p{{10cm}}|}}\\hline
{b['va']} & {REF} \\\\ \\hline
{tex(b['pt'])} & {tex(T[lg])} \\\\ \\hline
{b['gr']} & {GRADE} \\\\ \\hline
{b['org']} & {tex(O[lg])} \\\\ \\hline
{tex(b['ds'])} & {tex(L[lg])} \\\\ \\hline
{tex(b['ty'])} & {tex(b['tyv'])} \\\\ \\hline
{b['iss']} & {b['issv']} \\\\ \\hline
{b['dl']} & {b['dlv']} \\\\ \\hline
\\end{{tabular}}
\\section*{{{b['bg']}}}
{tex(INTRO[lg])}
\\section*{{{b['du']}}}
\\begin{{itemize}}
""" + "\n".join("\\item " + tex(x) for x in DUT[lg]) + f"""
\\end{{itemize}}
\\section*{{{b['q']}}}
\\textit{{{b['e']}}}
\\begin{{itemize}}
""" + "\n".join("\\item " + tex(x) for x in ESS[lg]) + f"""
\\end{{itemize}}
\\textit{{{b['d']}}}
\\begin{{itemize}}
""" + "\n".join("\\item " + tex(x) for x in DES[lg]) + f"""
\\end{{itemize}}
\\section*{{{tex(b['c'])}}}
""" + "\n\n".join("\\textbf{%s}%s%s" % (tex(n), sep, tex(d)) for n, d in COMPS[lg]) + f"""
\\section*{{{tex(b['r'])}}}
{tex(b['rv'].format(s=SAL[lg]))}
""")
    doc = r"""\documentclass[10pt,a4paper]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage{lmodern}\usepackage[margin=2cm]{geometry}
\hyphenpenalty=10000 \exhyphenpenalty=10000 \pagestyle{plain}
\begin{document}\raggedright
\begin{center}\small UNITED NATIONS REGIONAL INFORMATION CENTRE FOR WESTERN EUROPE -- CENTRE RÉGIONAL D'INFORMATION DES NATIONS UNIES\\ Résidence Palace, Rue de la Loi 155, 1040 Brussels\end{center}
""" + parts[0] + "\n\\newpage\n" + parts[1] + "\n\\end{document}\n"
    src("unric-va.tex", doc)
    pdflatex("unric-va.tex", KEY + "-va.pdflatex.pdf", KEY)
    # web page clipped to Markdown, both halves
    md = ["[UNRIC](https://unric.example/) · [News](#) · [Events](#) · [Jobs](#) · [Français](#fr)\n",
          "Home › About us › Jobs\n", "> The French version of this announcement follows the English version.\n"]
    for lg in ("en", "fr"):
        b = LBL[lg]
        sep = ": " if lg == "en" else " : "
        if lg == "fr":
            md.append("---\n\n<a id=\"fr\"></a>**Version française**\n")
        md.append(f"# {T[lg]}\n")
        md.append("\n".join(["| | |", "|---|---|"] + ["| **%s** | %s |" % (k, v) for k, v in [
            (b['va'], REF), (b['pt'], T[lg]), (b['gr'], GRADE), (b['org'], O[lg]), (b['ds'], L[lg]),
            (b['ty'], b['tyv']), (b['iss'], b['issv']), (b['dl'], b['dlv'])]]) + "\n")
        md.append(f"## {b['bg']}\n\n{INTRO[lg]}\n")
        md.append(f"## {b['du']}\n\n" + "\n".join("* " + x for x in DUT[lg]) + "\n")
        md.append(f"## {b['q']}\n\n### {b['e']}\n\n" + "\n".join("1. " + x for x in ESS[lg]) + "\n\n### " + b['d'] +
                  "\n\n" + "\n".join("1. " + x for x in DES[lg]) + "\n")
        md.append(f"## {b['c']}\n\n" + "\n\n".join("**%s**%s%s" % (n, sep, d) for n, d in COMPS[lg]) + "\n")
        md.append(f"## {b['r']}\n\n" + b['rv'].format(s=SAL[lg]) + "\n")
    md.append("---\nUNRIC · Follow us · Privacy\n")
    write(KEY + "-unric.md", "\n".join(md), KEY)
    expected(KEY, REF, ["en", "fr"], T, O, L, None, "2037-09-22", (84372, None, None, "USD", "year"), GRADE,
             {lg: {"essential": ESS[lg], "desirable": DES[lg]} for lg in ("en", "fr")},
             {lg: comps_list(COMPS[lg]) for lg in ("en", "fr")})
