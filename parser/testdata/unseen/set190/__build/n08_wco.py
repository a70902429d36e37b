from common import *
import subprocess, os, tempfile, shutil, re
REF = "VN 33/07"
KEY = "vn-33-07"
T = {"en": "Technical Officer, Origin and Valuation", "fr": "Attaché technique, Origine et Valeur"}
O = {"en": "World Customs Organization", "fr": "Organisation mondiale des douanes"}
L = {"en": "Brussels, Belgium", "fr": "Bruxelles, Belgique"}
S = {"en": "Full-time", "fr": "Temps plein"}
GRADE = "B3"
ESS = {"en": [
 "University degree in law, economics, international trade or customs administration.",
 "At least six years of professional experience in a customs administration, of which three years in the field of rules of origin or customs valuation.",
 "Sound knowledge of the WTO Agreement on Customs Valuation and of preferential and non-preferential origin rules.",
 "Excellent knowledge of one of the two official languages of the WCO (English or French) and a good working knowledge of the other.",
], "fr": [
 "Diplôme universitaire en droit, en économie, en commerce international ou en administration des douanes.",
 "Au moins six années d'expérience professionnelle au sein d'une administration des douanes, dont trois dans le domaine des règles d'origine ou de la valeur en douane.",
 "Solide connaissance de l'Accord de l'OMC sur l'évaluation en douane et des règles d'origine préférentielles et non préférentielles.",
 "Excellente connaissance de l'une des deux langues officielles de l'OMD (anglais ou français) et bonne connaissance pratique de l'autre.",
]}
DES = {"en": [
 "Experience of delivering training or technical assistance to customs administrations.",
 "Knowledge of Spanish, Arabic or Russian.",
], "fr": [
 "Expérience de la formation ou de l'assistance technique au profit d'administrations des douanes.",
 "Connaissance de l'espagnol, de l'arabe ou du russe.",
]}
SAL = {"en": "The WCO offers a net monthly salary of EUR 6,952 (step 1), exempt from Belgian income tax, together with family and expatriation allowances where applicable.",
       "fr": "L'OMD offre un traitement mensuel net de 6 952 EUR (échelon 1), exonéré de l'impôt belge sur le revenu, auquel s'ajoutent, le cas échéant, des allocations familiales et une indemnité d'expatriation."}
DUT = {"en": [
 "Prepare working documents for the Technical Committee on Rules of Origin and the Technical Committee on Customs Valuation.",
 "Draft commentaries, case studies and advisory opinions for adoption by the committees.",
 "Deliver training and diagnostic missions to member administrations.",
 "Answer technical questions received from members and from the private sector.",
 "Contribute to cooperation with the WTO and with regional economic communities.",
], "fr": [
 "Préparer les documents de travail du Comité technique des règles d'origine et du Comité technique de l'évaluation en douane.",
 "Rédiger des commentaires, études de cas et avis consultatifs soumis à l'adoption des comités.",
 "Assurer des formations et des missions de diagnostic au profit des administrations membres.",
 "Répondre aux questions techniques reçues des membres et du secteur privé.",
 "Contribuer à la coopération avec l'OMC et avec les communautés économiques régionales.",
]}
LAB = {"en": dict(h="VACANCY NOTICE", ref="Vacancy notice No.", title="Post", grade="Grade", dir="Directorate", loc="Duty station",
                  sched="Working time", contract="Contract", issue="Date of issue", dl="Deadline for applications",
                  intro="Introduction", duties="Main duties", req="Qualifications required", des="Advantageous", sal="Conditions of employment", app="Applications",
                  dirv="Tariff and Trade Affairs Directorate", contractv="Fixed-term, three years, renewable", issuev="21 July 2033", dlv="25 August 2033 (midnight, Brussels time)",
                  introv="The World Customs Organization (WCO) is an independent intergovernmental body whose mission is to enhance the effectiveness and efficiency of customs administrations. Its Secretariat is based in Brussels and works in English and French.",
                  appv="Applications must be submitted by the customs administration of a WCO Member through its WCO delegation. Candidates selected for interview will be invited to Brussels in the week of 13 October 2033."),
       "fr": dict(h="AVIS DE VACANCE", ref="Avis de vacance n°", title="Poste", grade="Grade", dir="Direction", loc="Lieu d'affectation",
                  sched="Temps de travail", contract="Contrat", issue="Date de publication", dl="Date limite de dépôt des candidatures",
                  intro="Introduction", duties="Fonctions principales", req="Qualifications requises", des="Atouts", sal="Conditions d'emploi", app="Candidatures",
                  dirv="Direction des questions tarifaires et commerciales", contractv="Durée déterminée, trois ans, renouvelable", issuev="21 juillet 2033", dlv="25 août 2033 (minuit, heure de Bruxelles)",
                  introv="L'Organisation mondiale des douanes (OMD) est un organisme intergouvernemental indépendant dont la mission est de renforcer l'efficacité et l'efficience des administrations douanières. Son Secrétariat est installé à Bruxelles et travaille en anglais et en français.",
                  appv="Les candidatures doivent être présentées par l'administration des douanes d'un Membre de l'OMD, par l'intermédiaire de sa délégation. Les candidats retenus pour un entretien seront invités à Bruxelles au cours de la semaine du 13 octobre 2033.")}
expected(KEY, REF, ["en", "fr"], T, O, L, S, "2033-08-25", sal(6952, cur="EUR", period="month"), GRADE,
         {l: {"essential": ESS[l], "desirable": DES[l]} for l in ("en", "fr")}, {"en": [], "fr": []})

def half_html(l):
    b = LAB[l]
    li = lambda xs: "".join(f"<li>{esc(x)}</li>" for x in xs)
    return f"""<section lang="{l}" id="{l}">
<p class="org">{O[l]}</p><h2>{b['h']} {REF}</h2>
<table><tr><th>{b['ref']}</th><td>{REF}</td></tr><tr><th>{b['title']}</th><td>{esc(T[l])}</td></tr>
<tr><th>{b['grade']}</th><td>{GRADE}</td></tr><tr><th>{b['dir']}</th><td>{esc(b['dirv'])}</td></tr>
<tr><th>{esc(b['loc'])}</th><td>{L[l]}</td></tr><tr><th>{b['sched']}</th><td>{S[l]}</td></tr>
<tr><th>{b['contract']}</th><td>{esc(b['contractv'])}</td></tr><tr><th>{b['issue']}</th><td>{b['issuev']}</td></tr>
<tr><th>{b['dl']}</th><td>{b['dlv']}</td></tr></table>
<h3>{b['intro']}</h3><p>{esc(b['introv'])}</p>
<h3>{b['duties']}</h3><ul>{li(DUT[l])}</ul>
<h3>{b['req']}</h3><ul>{li(ESS[l])}</ul>
<h3>{b['des']}</h3><ul>{li(DES[l])}</ul>
<h3>{esc(b['sal'])}</h3><p>{esc(SAL[l])}</p>
<h3>{b['app']}</h3><p>{esc(b['appv'])}</p></section>"""
html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{REF} – {T['en']} | WCO</title>
<style>body{{font-family:Arial;margin:0 24px}} th{{text-align:left;padding-right:14px}} .org{{font-weight:bold;color:#2a5599}}</style></head><body>
<div class="bar"><a href="#">English</a> | <a href="#fr">Français</a> · <a href="#">Members area</a> · <a href="#">Search</a></div>
<p>Home / About us / Vacancies / {REF}</p>
<h1>{T['en']} / {T['fr']}</h1>
{half_html('en')}
<hr><p><a href="#en">English version</a> | Version française</p>
{half_html('fr')}
<footer>WCO – OMD · Rue du Marché 30, B-1210 Brussels · Legal notice · Cookies</footer></body></html>"""
out(KEY + "-wco.html", html, KEY)

def tx(s):
    s = s.replace("\\", r"\textbackslash{}")
    for a, b in [("&", r"\&"), ("%", r"\%"), ("$", r"\$"), ("#", r"\#"), ("_", r"\_"), ("{", r"\{"), ("}", r"\}")]:
        s = s.replace(a, b)
    s = s.replace("°", r"\textdegree{}")
    return s
def half_tex(l):
    b = LAB[l]
    items = lambda xs: "\\begin{itemize}\n" + "".join(f"\\item {tx(x)}\n" for x in xs) + "\\end{itemize}\n"
    rows = [(b['ref'], REF), (b['title'], T[l]), (b['grade'], GRADE), (b['dir'], b['dirv']), (b['loc'], L[l]),
            (b['sched'], S[l]), (b['contract'], b['contractv']), (b['issue'], b['issuev']), (b['dl'], b['dlv'])]
    tab = "".join(f"\\textbf{{{tx(a)}}} & {tx(v)} \\\\\n" for a, v in rows)
    return f"""\\begin{{center}}{{\\large\\bfseries {tx(O[l]).upper()}}}\\\\[4pt]{{\\bfseries {b['h']} {tx(REF)}}}\\end{{center}}
\\begin{{tabular}}{{@{{}}p{{5.2cm}}p{{10cm}}@{{}}}}
\\hline
{tab}\\hline
\\end{{tabular}}

\\section*{{{b['intro']}}}
{tx(b['introv'])}
\\section*{{{b['duties']}}}
{items(DUT[l])}\\section*{{{b['req']}}}
{items(ESS[l])}\\section*{{{b['des']}}}
{items(DES[l])}\\section*{{{tx(b['sal'])}}}
{tx(SAL[l])}
\\section*{{{b['app']}}}
{tx(b['appv'])}
"""
tex = r"""\documentclass[10pt,a4paper]{article}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage{lmodern}
\usepackage[margin=2.2cm]{geometry}
\usepackage{fancyhdr}
\usepackage{textcomp}
\pagestyle{fancy}\fancyhf{}\fancyfoot[C]{\footnotesize WCO / OMD -- """ + tx(REF) + r""" -- \thepage}\renewcommand{\headrulewidth}{0pt}
\hyphenpenalty=10000 \exhyphenpenalty=10000 \raggedright
\setlength{\parindent}{0pt}\setlength{\parskip}{4pt}
\begin{document}
""" + half_tex("en") + "\n\\newpage\n" + half_tex("fr") + "\n\\end{document}\n"
tmp = tempfile.mkdtemp()
open(os.path.join(tmp, "n.tex"), "w", encoding="utf-8").write(tex)
for _ in range(2):
    subprocess.run(["pdflatex", "-interaction=nonstopmode", "n.tex"], cwd=tmp, check=True, capture_output=True)
shutil.copy(os.path.join(tmp, "n.tex"), os.path.join(ROOT, "__build", KEY + "-wco.source.tex"))
pdf = KEY + "-wco.pdflatex.pdf"
shutil.copy(os.path.join(tmp, "n.pdf"), os.path.join(ROOT, pdf))
dump(pdf, KEY)
