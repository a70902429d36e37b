from common import *

KEY = "somisy-hr-2037-063"
REF = "SOMISY-HR-2037-063"
T = {"en": "Tailings Storage Facility Engineer", "fr": "Ingénieur(e) parc à résidus"}
ORG = "Société des Mines de Syama S.A. (SOMISY)"
L = {"en": "Syama mine site, Sikasso region, Mali", "fr": "Site minier de Syama, région de Sikasso, Mali"}
S = {"en": "Fly-in/fly-out roster of 4 weeks on site and 2 weeks off",
     "fr": "Rotation de 4 semaines sur site et 2 semaines de repos"}
GRADE = "D2"
ESS = {"en": [
    "Bachelor's degree in civil, geotechnical or mining engineering.",
    "At least five years of experience in the operation or construction of tailings dams.",
    "Working knowledge of the Global Industry Standard on Tailings Management.",
    "Ability to interpret piezometer, inclinometer and survey data.",
    "Good command of English and French.",
], "fr": [
    "Diplôme d'ingénieur en génie civil, géotechnique ou mines.",
    "Au moins cinq ans d'expérience dans l'exploitation ou la construction de digues à résidus.",
    "Connaissance pratique de la norme industrielle mondiale sur la gestion des résidus (GISTM).",
    "Capacité à interpréter les données piézométriques, inclinométriques et topographiques.",
    "Bonne maîtrise de l'anglais et du français.",
]}
DES = {"en": ["Registration with a professional engineering body.", "Experience with seepage modelling software."],
       "fr": ["Inscription à un ordre professionnel d'ingénieurs.", "Pratique des logiciels de modélisation des infiltrations."]}
COMP = {"en": [("Safety leadership", "stops work whenever a risk is not under control."),
               ("Attention to detail", "checks every monitoring reading against its trigger level."),
               ("Teamwork", "works closely with the mining, processing and environment teams.")],
        "fr": [("Leadership en sécurité", "arrête le travail dès qu'un risque n'est pas maîtrisé."),
               ("Souci du détail", "compare chaque lecture de surveillance à son seuil d'alerte."),
               ("Travail en équipe", "collabore étroitement avec les équipes mine, usine et environnement.")]}
DUT = {"en": ["Supervise daily inspections of the tailings storage facility and its spillways.",
              "Maintain the monitoring database and report exceedances to the Engineer of Record.",
              "Plan wall raises and deposition with the processing plant.",
              "Prepare the monthly dam safety report."],
       "fr": ["Superviser les inspections quotidiennes du parc à résidus et de ses déversoirs.",
              "Tenir la base de données de surveillance et signaler les dépassements à l'ingénieur responsable.",
              "Planifier les rehaussements de digue et les dépôts avec l'usine de traitement.",
              "Préparer le rapport mensuel de sécurité des digues."]}
SAL = {"en": "XOF 2,400,000 – 2,900,000 gross per month, plus site allowance",
       "fr": "2 400 000 à 2 900 000 FCFA (XOF) brut par mois, plus prime de site"}
DL = {"en": "Tuesday 10 November 2037, 17:00 GMT", "fr": "Mardi 10 novembre 2037, 17 h 00 GMT"}
LAB = {"en": ["Job title", "Company", "Department", "Location", "Grade", "Roster", "Remuneration", "Closing date", "Reference"],
       "fr": ["Intitulé du poste", "Société", "Département", "Lieu", "Grade", "Régime de travail", "Rémunération", "Date limite", "Référence"]}
DEPT = {"en": "Engineering – Geotechnical Section", "fr": "Ingénierie – Section géotechnique"}
HEAD = {"en": ("Vacancy", "Key duties", "Minimum requirements", "Advantageous", "Behavioural competencies",
               "Applications in English or French, with a CV and copies of diplomas, must reach careers@somisy.example by the closing date. Shortlisted candidates will be interviewed during the week of 23 November 2037. Local candidates from the Fourou and Kadiolo areas are encouraged to apply."),
        "fr": ("Offre d'emploi", "Principales tâches", "Exigences minimales", "Atouts", "Compétences comportementales",
               "Les candidatures en français ou en anglais, avec CV et copies des diplômes, doivent parvenir à careers@somisy.example avant la date limite. Les candidats présélectionnés seront reçus en entretien la semaine du 23 novembre 2037. Les candidatures locales des communes de Fourou et de Kadiolo sont encouragées.")}


def half(l):
    vals = [T[l], ORG, DEPT[l], L[l], GRADE, S[l], SAL[l], DL[l], REF]
    rows = "\n".join(f"<tr><th>{a}</th><td>{b}</td></tr>" for a, b in zip(LAB[l], vals))
    h = HEAD[l]
    ul = lambda xs: "\n".join(f"<li>{x}</li>" for x in xs)
    comps = "\n".join(f"<p><b>{n}{' :' if l == 'fr' else ':'}</b> {d}</p>" for n, d in COMP[l])
    return f"""<section lang="{l}" class="{'p2' if l == 'fr' else ''}">
<h1>{h[0]} – {T[l]}</h1>
<table>{rows}</table>
<h2>{h[1]}</h2><ul>{ul(DUT[l])}</ul>
<h2>{h[2]}</h2><ul>{ul(ESS[l])}</ul>
<h2>{h[3]}</h2><ul>{ul(DES[l])}</ul>
<h2>{h[4]}</h2>{comps}
<p>{h[5]}</p>
</section>"""


def html():
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{REF} – {T['en']}</title>
<style>@page{{size:A4;margin:18mm;@bottom-center{{content:"{REF} – page " counter(page);font-size:8pt}}}}
body{{font-family:'Liberation Sans',Arial;font-size:10pt}} .band{{background:#f2b600;padding:4px}} table{{border-collapse:collapse;width:100%}}
th,td{{border:1px solid #999;padding:3px 6px;text-align:left;vertical-align:top}} th{{width:30%;background:#eee}} .p2{{page-break-before:always}}</style></head>
<body>
<div class="band">ZERO HARM – Safety first / La sécurité d'abord</div>
<p>Société des Mines de Syama · Careers / Carrières · Syama &amp; Tabakoroni</p>
{half('en')}
{half('fr')}
<p>Other vacancies / Autres offres: Plant Metallurgist – closes 18 November 2037; Magasinier(ère) – clôture le 6 novembre 2037.</p>
</body></html>
"""


def mail():
    def h(l):
        vals = [T[l], ORG, DEPT[l], L[l], GRADE, S[l], SAL[l], DL[l], REF]
        w_ = max(len(a) for a in LAB[l]) + 1
        rows = "\n".join(f"{a.ljust(w_)}: {b}" for a, b in zip(LAB[l], vals))
        hd = HEAD[l]
        col = " :" if l == "fr" else ":"
        return "\n".join([
            rows, "", hd[1].upper(), *[f"  - {x}" for x in DUT[l]], "", hd[2].upper(), *[f"  - {x}" for x in ESS[l]],
            "", hd[3].upper(), *[f"  - {x}" for x in DES[l]], "", hd[4].upper(),
            *[f"  - {n}{col} {d}" for n, d in COMP[l]], "", hd[5]])
    return f"""
From: HR Recruitment SOMISY <careers@somisy.example>
Sent: Monday, October 19, 2037 9:14 AM
To: Geotechnical Engineers West Africa (mailing list) <geo-wa@lists.example>
Subject: FW: Vacancy {REF} – {T['en']} / {T['fr']}

Dear colleagues,
Please circulate the vacancy below in your networks. Note that the technical webinar planned for
29 October 2037 is unrelated to this recruitment.
Kind regards,
Awa Traoré (fictitious), HR Officer

-----Original Message-----
From: Recruitment Desk
Sent: Friday, October 16, 2037 5:40 PM
Subject: Vacancy {REF}

*** ENGLISH ***

{h('en')}

*** FRANÇAIS ***

{h('fr')}

--
This e-mail and its attachments are confidential. If you received it in error, please delete it.
"""


if __name__ == "__main__":
    w(KEY + "-syama.html", html())
    weasy(os.path.join(ROOT, KEY + "-syama.html"), KEY + "-syama.weasyprint.pdf")
    w(KEY + "-courriel.txt", mail())
    expected(KEY, REF, ["en", "fr"], T, {"en": ORG, "fr": ORG}, L, S, "2037-11-10",
             sal(mn=2400000, mx=2900000, cur="XOF", period="month"), GRADE,
             {"en": (ESS["en"], DES["en"]), "fr": (ESS["fr"], DES["fr"])}, {l: comp(COMP[l]) for l in ("en", "fr")})
