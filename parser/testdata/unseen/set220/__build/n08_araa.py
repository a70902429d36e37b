from common import *
import shutil

KEY = "araa-dg-rh-2036-02"
REF = "ARAA/DG/RH/2036/02"
POST = "ARAA-PSR-0107"
T = {"fr": "Chargé de programme, Réserve régionale de sécurité alimentaire",
     "en": "Programme Officer, Regional Food Security Reserve"}
O = {"fr": "Agence Régionale pour l'Agriculture et l'Alimentation (ARAA)",
     "en": "Regional Agency for Agriculture and Food (RAAF)"}
L = {"fr": "Lomé, Togo", "en": "Lomé, Togo"}
S = {"fr": "Temps plein (40 heures par semaine)", "en": "Full time (40 hours per week)"}
G = "P3"
SAL = {"fr": "USD 52 380 par an (traitement de base net), plus indemnité de logement et allocations familiales",
       "en": "USD 52,380 per annum (net base salary), plus housing and family allowances"}
DL = {"fr": "vendredi 22 février 2036 à 18 h 00 (GMT)", "en": "Friday 22 February 2036 at 18:00 GMT"}
DUT = {"fr": [
    "Préparer les plans annuels de constitution et de rotation des stocks physiques de la Réserve.",
    "Instruire les demandes d'intervention des États membres et suivre les livraisons.",
    "Animer le réseau des sociétés nationales de stocks de sécurité.",
    "Rédiger les rapports trimestriels destinés aux organes statutaires.",
], "en": [
    "Prepare the annual plans for building up and rotating the Reserve's physical stocks.",
    "Assess intervention requests from Member States and monitor deliveries.",
    "Coordinate the network of national food security stock agencies.",
    "Draft quarterly reports for the statutory bodies.",
]}
REQ = {"fr": [
    "Être ressortissant(e) d'un État membre de la CEDEAO.",
    "Master en économie agricole, agronomie, logistique ou discipline apparentée.",
    "Sept (7) années d'expérience professionnelle, dont quatre dans la gestion de stocks alimentaires ou l'aide humanitaire.",
    "Maîtrise de l'une des langues officielles de la Communauté et connaissance pratique d'une autre.",
], "en": [
    "Be a national of an ECOWAS Member State.",
    "Master's degree in agricultural economics, agronomy, logistics or a related field.",
    "Seven (7) years of professional experience, four of them in food stock management or humanitarian aid.",
    "Fluency in one official language of the Community and a working knowledge of another.",
]}
DES = {"fr": [
    "Expérience des systèmes d'information sur les marchés agricoles.",
    "Connaissance des procédures d'achat des institutions régionales.",
], "en": [
    "Experience with agricultural market information systems.",
    "Knowledge of the procurement procedures of regional institutions.",
]}
COMP = {"fr": [("Intégrité", "respecte les règles de la Communauté en toute circonstance."),
               ("Planification", "anticipe les besoins des États membres en période de soudure."),
               ("Communication", "présente des analyses claires aux décideurs.")],
        "en": [("Integrity", "upholds the Community's rules in all circumstances."),
               ("Planning", "anticipates Member States' needs during the lean season."),
               ("Communication", "presents clear analyses to decision-makers.")]}
expected(KEY, REF, ["fr", "en"], T, O, L, S, "2036-02-22", sal(amount=52380, cur="USD", period="year"), G,
         {l: {"essential": REQ[l], "desirable": DES[l]} for l in ("fr", "en")},
         {l: comps(COMP[l]) for l in ("fr", "en")}, post=POST)

LB = {"fr": ["Référence de l'avis", "Intitulé du poste", "Numéro du poste", "Organisation", "Lieu d'affectation",
             "Grade", "Temps de travail", "Durée", "Rémunération", "Date limite de candidature"],
      "en": ["Vacancy reference", "Position", "Post number", "Organisation", "Duty station", "Grade",
             "Working time", "Duration", "Remuneration", "Closing date"]}
DUR = {"fr": "Trois (3) ans, renouvelable une fois", "en": "Three (3) years, renewable once"}
HD = {"fr": ["AVIS DE VACANCE DE POSTE", "Responsabilités", "Qualifications et expérience requises", "Atouts",
             "Compétences", "Candidature"],
      "en": ["VACANCY ANNOUNCEMENT", "Duties", "Required qualifications and experience", "Assets",
             "Competencies", "Application"]}
INTRO = {"fr": "Agence spécialisée de la Commission de la CEDEAO, l'ARAA met en œuvre la Réserve régionale de "
               "sécurité alimentaire au bénéfice des États membres. Elle recrute, par voie de concours "
               "ouvert, un(e) chargé(e) de programme.",
         "en": "A specialised agency of the ECOWAS Commission, RAAF implements the Regional Food Security "
               "Reserve for the benefit of Member States. It is recruiting a Programme Officer through an "
               "open competition."}
APP = {"fr": "Les candidatures (formulaire de la CEDEAO, CV, copies des diplômes) sont reçues sur le portail "
             "de recrutement jusqu'au 22 février 2036. Seuls les candidats présélectionnés seront invités "
             "aux tests écrits du 16 mars 2036. Les candidatures féminines sont encouragées.",
       "en": "Applications (ECOWAS form, CV, copies of degrees) are received on the recruitment portal until "
             "22 February 2036. Only shortlisted candidates will be invited to the written tests of 16 March "
             "2036. Women are encouraged to apply."}

def half(l):
    vals = [REF, T[l], POST, O[l], L[l], G, S[l], DUR[l], SAL[l], DL[l]]
    rows = "".join(f'<tr><td width="32%"><b>{e(a)}</b></td><td>{e(b)}</td></tr>\n' for a, b in zip(LB[l], vals))
    sep = " :" if l == "fr" else ":"
    comp = "".join(f"<li><b>{e(n)}{sep}</b> {e(d)}</li>\n" for n, d in COMP[l])
    h = HD[l]
    return f"""<div lang="{l}">
<h2 align="center">{h[0]}</h2>
<p>{e(INTRO[l])}</p>
<table width="100%" cellspacing="0" border="1" cellpadding="4">
{rows}</table>
<h3>1. {h[1]}</h3>
{ul(DUT[l])}
<h3>2. {h[2]}</h3>
{ul(REQ[l])}
<h3>3. {h[3]}</h3>
{ul(DES[l])}
<h3>4. {h[4]}</h3>
<ul>
{comp}</ul>
<h3>5. {h[5]}</h3>
<p>{e(APP[l])}</p>
</div>
"""
page = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{REF}</title>
<style>body{{font-family:"Liberation Sans";font-size:10.5pt}}</style></head><body>
<p align="center"><b>COMMUNAUTÉ ÉCONOMIQUE DES ÉTATS DE L'AFRIQUE DE L'OUEST<br>
ECONOMIC COMMUNITY OF WEST AFRICAN STATES</b><br>
ARAA / RAAF – Lomé, Togo</p>
{half('fr')}
<p style="page-break-before: always"></p>
{half('en')}
<p><small>Document fictif produit pour des essais / fictitious document produced for testing.</small></p>
</body></html>
"""
w(f"{KEY}-avis.html", page)
shutil.copy(os.path.join(ROOT, f"{KEY}-avis.html"), os.path.join(BUILD, "araa-avis.html"))
libreoffice("araa-avis.html", f"{KEY}-avis.libreoffice.pdf")
print("n08 ok")
