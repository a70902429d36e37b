from common import *

KEY = "recsa-vn-2044-04"
REF = "RECSA/VN/2044/04"
T = {"en": "Arms Control Programme Officer", "fr": "Chargé(e) de programme de contrôle des armes"}
O = {"en": "Regional Centre on Small Arms and Light Weapons", "fr": "Centre régional sur les armes légères et de petit calibre"}
L = {"en": "Nairobi, Kenya", "fr": "Nairobi (Kenya)"}
GRADE = "P-3"
E = {"en": [
    "Master's degree in international relations, security studies, law or a related field.",
    "At least five years of professional experience in arms control, disarmament or security sector reform, including two years in the Great Lakes region or the Horn of Africa.",
    "Knowledge of the Nairobi Protocol and related regional and international instruments.",
    "Fluency in English or French with a working knowledge of the other.",
], "fr": [
    "Master en relations internationales, études de sécurité, droit ou dans un domaine connexe.",
    "Au moins cinq années d'expérience professionnelle dans le contrôle des armes, le désarmement ou la réforme du secteur de la sécurité, dont deux ans dans la région des Grands Lacs ou dans la Corne de l'Afrique.",
    "Connaissance du Protocole de Nairobi et des instruments régionaux et internationaux connexes.",
    "Maîtrise de l'anglais ou du français et connaissance pratique de l'autre langue.",
]}
D = {"en": [
    "Experience in weapons marking, record-keeping or stockpile management.",
    "Experience in managing projects funded by the European Union or the African Union.",
], "fr": [
    "Expérience du marquage des armes, de l'enregistrement ou de la gestion des stocks.",
    "Expérience de la gestion de projets financés par l'Union européenne ou l'Union africaine.",
]}
C = {"en": [("Planning and organizing", "sets priorities, organizes work plans and meets deadlines."),
            ("Teamwork", "works collaboratively with colleagues from member States and partner organizations."),
            ("Communication", "drafts clear reports and presents complex issues to diverse audiences.")],
     "fr": [("Planification et organisation", "fixe les priorités, organise les plans de travail et respecte les délais."),
            ("Esprit d'équipe", "collabore avec des collègues des États membres et des organisations partenaires."),
            ("Communication", "rédige des rapports clairs et présente des questions complexes à des publics variés.")]}
DU = {"en": [
    "Support member States in developing national action plans on small arms and light weapons.",
    "Organise regional training for national focal points on marking, record-keeping and tracing.",
    "Monitor project activities and prepare progress reports for donors and the Council of Ministers.",
    "Maintain relations with the African Union, regional economic communities and United Nations partners.",
], "fr": [
    "Appuyer les États membres dans l'élaboration de plans d'action nationaux sur les armes légères et de petit calibre.",
    "Organiser des formations régionales pour les points focaux nationaux sur le marquage, l'enregistrement et le traçage.",
    "Suivre les activités des projets et préparer les rapports d'étape destinés aux bailleurs et au Conseil des ministres.",
    "Entretenir les relations avec l'Union africaine, les communautés économiques régionales et les partenaires des Nations Unies.",
]}


def build():
    expected(KEY, REF, ["en", "fr"], T, O, L, "2044-09-26", grade=GRADE,
             salary=sal(62340, cur="USD", period="year"), ess=E, des=D, comps=C)
    li = lambda xs: "\n".join(f"<li>{esc(x)}</li>" for x in xs)
    cp = lambda l: "\n".join(f"<p><b>{esc(n)}</b>{':' if l == 'en' else ' :'} {esc(d)}</p>" for n, d in C[l])
    lab = {"en": ["VACANCY ANNOUNCEMENT", "Vacancy notice", "Position title", "Organization", "Duty station", "Grade",
                  "Date of issue", "13 August 2044", "Closing date", "26 September 2044", "Duties and responsibilities",
                  "Qualifications", "Required", "Desirable", "Competencies", "Remuneration"],
           "fr": ["AVIS DE VACANCE DE POSTE", "Avis de vacance", "Intitulé du poste", "Organisation", "Lieu d'affectation",
                  "Classe", "Date de publication", "13 août 2044", "Date de clôture", "26 septembre 2044",
                  "Fonctions et responsabilités", "Qualifications", "Exigées", "Souhaitées", "Compétences", "Rémunération"]}
    pay = {"en": "Annual net salary of USD 62,340, plus a post adjustment and the allowances of the RECSA staff rules. Interviews are planned for the second half of October 2044.",
           "fr": "Traitement annuel net de 62 340 dollars des États-Unis, plus l'indemnité de poste et les indemnités prévues par le règlement du personnel du RECSA. Les entretiens sont prévus dans la seconde quinzaine d'octobre 2044."}

    def half(l):
        a = lab[l]
        cls = ' class="fr"' if l == "fr" else ""
        return f"""<section{cls}>
<p class="banner">{a[0]}</p>
<h1>{esc(T[l])}</h1>
<table>
<tr><th>{a[1]}</th><td>{REF}</td></tr>
<tr><th>{a[2]}</th><td>{esc(T[l])}</td></tr>
<tr><th>{a[3]}</th><td>{esc(O[l])} (RECSA)</td></tr>
<tr><th>{a[4]}</th><td>{esc(L[l])}</td></tr>
<tr><th>{a[5]}</th><td>{GRADE}</td></tr>
<tr><th>{a[6]}</th><td>{a[7]}</td></tr>
<tr><th>{a[8]}</th><td>{a[9]}</td></tr>
</table>
<h2>{a[10]}</h2>
<ul>{li(DU[l])}</ul>
<h2>{a[11]}</h2>
<p><b>{a[12]}</b></p>
<ul>{li(E[l])}</ul>
<p><b>{a[13]}</b></p>
<ul>{li(D[l])}</ul>
<h2>{a[14]}</h2>
{cp(l)}
<h2>{a[15]}</h2>
<p>{esc(pay[l])}</p>
</section>"""
    page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{REF} – RECSA</title>
<style>body{{font-family:"Liberation Serif",serif;max-width:820px;margin:auto;font-size:11pt}}
nav a{{margin-right:10px}} .banner{{letter-spacing:4px;font-weight:bold;background:#143d59;color:#fff;padding:4px 8px}}
table{{border-collapse:collapse;width:100%}} th,td{{border:1px solid #777;padding:3px 6px;text-align:left}}
@media print{{ section.fr{{break-before:page}} nav,footer{{display:none}} }}</style></head>
<body>
<nav><a href="#">Home</a> <a href="#">About RECSA</a> <a href="#">Programmes</a> <a href="#">Vacancies</a> <a href="#">Contact</a> | <a href="#">English</a> <a href="#">Français</a></nav>
<p><i>This announcement is published in English and French. / Cet avis est publié en anglais et en français.</i></p>
{half("en")}
<hr><p><b>Version française</b></p>
{half("fr")}
<footer>RECSA, Nairobi · The next Council of Ministers meets on 4 December 2044.</footer>
</body></html>
"""
    name = KEY + "-recsa.html"
    write(name, page, KEY, "html")
    chromium(name, KEY)
