"""CEN-SAD (Community of Sahel-Saharan States), French then English: a page with per-half
fact rows as <div class=row><div class=k>/<div class=v> pairs, printed by Chromium (+ dump)."""
from common import write, expected, key_of, chromium

REF = "CEN-SAD/SE/DAF/VN/2038/11"
POST = "CSD-PRG-P3-04"
T = {"fr": "Chargé(e) de programme résilience des systèmes pastoraux",
     "en": "Programme Officer, Resilience of Pastoral Systems"}
O = {"fr": "Communauté des États Sahélo-Sahariens (CEN-SAD)", "en": "Community of Sahel-Saharan States (CEN-SAD)"}
L = {"fr": "N'Djamena, Tchad", "en": "N'Djamena, Chad"}
S = {"fr": "Temps plein", "en": "Full time"}
GRADE = "P3"
SAL = {"fr": "58 920 USD par an (traitement net de base), plus indemnité de poste",
       "en": "USD 58,920 per annum (net base salary), plus post adjustment"}
DL = {"fr": "26 janvier 2039, 23 h 59 (heure de N'Djamena)", "en": "26 January 2039, 23:59 (N'Djamena time)"}
ESS = {
    "fr": ["Être ressortissant(e) d'un État membre de la CEN-SAD.",
           "Master en zootechnie, en économie rurale ou en gestion des ressources naturelles.",
           "Sept ans d'expérience au moins dans des programmes d'élevage pastoral ou de sécurité alimentaire, dont trois au niveau régional.",
           "Excellente maîtrise du français ou de l'anglais et bonne connaissance de l'autre langue."],
    "en": ["Be a national of a CEN-SAD Member State.",
           "Master's degree in animal science, rural economics or natural resource management.",
           "At least seven years of experience in pastoral livestock or food security programmes, three of them at regional level.",
           "Excellent command of French or English and a good knowledge of the other language."],
}
DES = {
    "fr": ["Connaissance de l'arabe.",
           "Expérience de la gestion de projets financés par des partenaires multilatéraux."],
    "en": ["Knowledge of Arabic.",
           "Experience in managing projects funded by multilateral partners."],
}
COMP = {
    "fr": [("Vision régionale", "relie les initiatives nationales aux priorités communautaires."),
           ("Négociation", "obtient l'accord des États sur des plans de travail communs."),
           ("Redevabilité", "rend compte des résultats et des dépenses dans les délais.")],
    "en": [("Regional perspective", "links national initiatives to Community priorities."),
           ("Negotiation", "secures the agreement of States on joint work plans."),
           ("Accountability", "reports on results and expenditure on time.")],
}
DUT = {
    "fr": ["Coordonner la mise en œuvre du programme régional d'appui aux couloirs de transhumance.",
           "Animer le réseau des points focaux nationaux et préparer les réunions techniques.",
           "Suivre les conventions de financement et consolider les rapports d'activités."],
    "en": ["Coordinate the implementation of the regional programme supporting transhumance corridors.",
           "Lead the network of national focal points and prepare technical meetings.",
           "Monitor financing agreements and consolidate activity reports."],
}
LAB = {
    "fr": ["Avis de vacance", "Numéro du poste", "Intitulé du poste", "Organisation", "Département", "Lieu d'affectation",
           "Grade", "Temps de travail", "Rémunération", "Date limite"],
    "en": ["Vacancy notice", "Post number", "Position", "Organisation", "Department", "Duty station",
           "Grade", "Working time", "Remuneration", "Closing date"],
}
DEPT = {"fr": "Département du Développement rural et de la Sécurité alimentaire",
        "en": "Department of Rural Development and Food Security"}
TXT = {
    "fr": ("Avis de vacance de poste", "Fonctions", "Qualifications requises", "Qualifications souhaitées", "Compétences",
           "Les candidatures (lettre, CV, copies des diplômes, formulaire des Nations unies P11 ou équivalent) sont "
           "adressées par courriel à recrutement@censad.example. Seul(e)s les candidat(e)s présélectionné(e)s seront "
           "invité(e)s à un test écrit en ligne, prévu le 14 février 2039."),
    "en": ("Vacancy announcement", "Duties", "Required qualifications", "Desirable qualifications", "Competencies",
           "Applications (letter, CV, copies of degrees, a P11 form or equivalent) should be e-mailed to "
           "recrutement@censad.example. Only shortlisted candidates will be invited to an online written test, "
           "scheduled for 14 February 2039."),
}
key = key_of(REF)


def half(l):
    t = TXT[l]
    vals = [REF, POST, T[l], O[l], DEPT[l], L[l], GRADE, S[l], SAL[l], DL[l]]
    rows = "\n".join(f'    <div class="row"><div class="k">{a}</div><div class="v">{b}</div></div>'
                     for a, b in zip(LAB[l], vals))
    sep = ":" if l == "en" else " :"
    return f"""<section lang="{l}">
  <h2>{t[0]}</h2>
  <div class="facts">
{rows}
  </div>
  <h3>{t[1]}</h3>
  <ol>{"".join(f"<li>{x}</li>" for x in DUT[l])}</ol>
  <h3>{t[2]}</h3>
  <ol>{"".join(f"<li>{x}</li>" for x in ESS[l])}</ol>
  <h3>{t[3]}</h3>
  <ul>{"".join(f"<li>{x}</li>" for x in DES[l])}</ul>
  <h3>{t[4]}</h3>
  <ul>{"".join(f"<li><b>{n}</b>{sep} {d}</li>" for n, d in COMP[l])}</ul>
  <p class="note">{t[5]}</p>
</section>"""


html = f"""<!DOCTYPE html>
<html lang="fr">
<head><meta charset="utf-8"><title>CEN-SAD – Avis de vacance / Vacancy announcement {REF}</title>
<style>
 body {{ font-family: "Liberation Sans", Arial, sans-serif; font-size: 10.5pt; margin: 0 28px; }}
 .brand {{ border-bottom: 3px solid #1f6b3a; padding: 8px 0; font-weight: bold; }}
 .langs {{ float: right; font-weight: normal; }}
 .facts {{ border: 1px solid #bbb; }}
 .row {{ display: flex; border-bottom: 1px solid #ddd; }}
 .k {{ width: 32%; background: #eef5ef; padding: 3px 8px; font-weight: bold; }}
 .v {{ width: 68%; padding: 3px 8px; }}
 section[lang="en"] {{ break-before: page; }}
 .note {{ font-style: italic; }}
</style></head>
<body>
<div class="brand">Communauté des États Sahélo-Sahariens | Community of Sahel-Saharan States <span class="langs">Français · English · العربية</span></div>
<p><small>Accueil / Home › Opportunités / Opportunities › Recrutement / Recruitment</small></p>
{half("fr")}
{half("en")}
<footer><small>© CEN-SAD 2038 – Secrétariat exécutif / Executive Secretariat</small></footer>
</body></html>
"""
write(f"{key}-censad.html", html)
chromium(f"{key}-censad.html")

expected(REF, ["fr", "en"], T, O, L, S, "2039-01-26", (58920, None, None, "USD", "year"), GRADE,
         {l: (ESS[l], DES[l]) for l in ("en", "fr")}, COMP, post_number=POST)
