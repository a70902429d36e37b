from common import *
REF = "IF/SG/RH/2036/09"; K = key_of(REF)
T = {"fr": "Responsable du renforcement des capacités des organisations paysannes",
     "en": "Farmer Organisations Capacity Building Manager"}
ORG = {"fr": "Inades-Formation", "en": "Inades-Formation"}
LOC = {"fr": "Abidjan, Côte d'Ivoire", "en": "Abidjan, Côte d'Ivoire"}
S = {"fr": "Temps plein (40 heures par semaine), avec missions dans les bureaux nationaux",
     "en": "Full-time (40 hours per week), with missions to the national offices"}
SALT = {"fr": "1 650 000 FCFA (XOF) brut par mois, assurance santé incluse",
        "en": "XOF 1,650,000 gross per month, health insurance included"}
DL = {"fr": "19 septembre 2036 à 18 h 00 (GMT)", "en": "19 September 2036 at 6.00 p.m. (GMT)"}
ESS = {"fr": ["Master en agroéconomie, en sociologie du développement, en sciences de l'éducation des adultes ou dans un domaine apparenté.",
              "Sept ans d'expérience dans l'accompagnement d'organisations paysannes, dont trois à un poste de coordination.",
              "Maîtrise de l'ingénierie de formation et des méthodes participatives.",
              "Excellente maîtrise du français et bonne connaissance de l'anglais."],
       "en": ["Master's degree in agricultural economics, sociology of development, adult education or a related field.",
              "Seven years of experience supporting farmer organisations, including three in a coordination role.",
              "Command of training design and participatory methods.",
              "Excellent French and a good working knowledge of English."]}
DES = {"fr": ["Expérience de programmes agroécologiques en Afrique de l'Ouest ou de l'Est.",
              "Pratique des outils de formation à distance."],
       "en": ["Experience of agroecology programmes in West or East Africa.",
              "Use of distance-learning tools."]}
COMP = {"fr": [("Sens de l'écoute", "part des besoins exprimés par les organisations membres."),
               ("Pédagogie", "adapte les supports au niveau des participants."),
               ("Rigueur", "suit chaque action de formation jusqu'à son évaluation.")],
        "en": [("Listening", "starts from the needs expressed by member organisations."),
               ("Teaching skills", "adapts materials to the participants' level."),
               ("Thoroughness", "follows each training activity through to its evaluation.")]}
MISS = {"fr": ["Concevoir le programme triennal de renforcement des capacités des organisations paysannes membres.",
               "Appuyer les bureaux nationaux dans la conduite des sessions de formation.",
               "Capitaliser les expériences et produire des guides pratiques."],
        "en": ["Design the three-year capacity building programme for member farmer organisations.",
               "Support the national offices in running training sessions.",
               "Document lessons learned and produce practical guides."]}
LAB = {"fr": ["Avis de vacance", "Titre du poste", "Organisation", "Service", "Lieu d'affectation", "Temps de travail", "Rémunération", "Date limite de candidature"],
       "en": ["Vacancy notice", "Position title", "Organisation", "Unit", "Duty station", "Working time", "Salary", "Closing date"]}
UNIT = {"fr": "Secrétariat général, Département Programmes", "en": "General Secretariat, Programmes Department"}
H = {"fr": ["Missions", "Qualifications requises", "Atouts", "Compétences", "Candidature"],
     "en": ["Duties", "Required qualifications", "Assets", "Competencies", "How to apply"]}
APPLY = {"fr": "Envoyez votre CV et une lettre de motivation à recrutement@inades.example en indiquant la référence, au plus tard le 19 septembre 2036. Les entretiens auront lieu du 6 au 10 octobre 2036.",
         "en": "Send your CV and a cover letter to recrutement@inades.example quoting the reference, no later than 19 September 2036. Interviews will take place from 6 to 10 October 2036."}

def section(l):
    vals = [REF, T[l], ORG[l], UNIT[l], LOC[l], S[l], SALT[l], DL[l]]
    dl = "\n".join("<dt>%s</dt><dd>%s</dd>" % (a, b) for a, b in zip(LAB[l], vals))
    return f"""<section lang="{l}" class="half">
<h2>{"AVIS DE VACANCE DE POSTE" if l == "fr" else "VACANCY NOTICE"}</h2>
<dl>{dl}</dl>
<h3>{H[l][0]}</h3><ul>{li(MISS[l])}</ul>
<h3>{H[l][1]}</h3><ul>{li(ESS[l])}</ul>
<h3>{H[l][2]}</h3><ul>{li(DES[l])}</ul>
<h3>{H[l][3]}</h3><ul>{li("<strong>%s%s</strong> %s" % (c[0], " :" if l == "fr" else ":", c[1]) for c in COMP[l])}</ul>
<h3>{H[l][4]}</h3><p>{APPLY[l]}</p>
</section>"""

html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Inades-Formation – {REF}</title>
<style>body{{font-family:Liberation Sans,Arial,sans-serif;font-size:13px;margin:0;color:#2b2b2b}}
header{{background:#3f6b2a;color:#fff;padding:10px 24px}} nav{{font-size:12px}} nav a{{color:#fff;margin-right:12px}}
main{{padding:0 24px}} dl{{display:grid;grid-template-columns:190px 1fr;gap:4px 10px}} dt{{font-weight:bold}} dd{{margin:0}}
section.half + section.half{{break-before:page}} footer{{font-size:11px;color:#666;padding:10px 24px}}</style></head><body>
<header><b>INADES-FORMATION</b> · Institut africain pour le développement économique et social<br>
<nav><a href="#">Qui sommes-nous</a><a href="#">Bureaux nationaux</a><a href="#">Publications</a><a href="#">Recrutement</a><a href="#">FR | EN</a></nav></header>
<main>
<p>Accueil › Recrutement › {REF}</p>
<p><em>English version below · Version anglaise ci-dessous</em></p>
{section("fr")}
{section("en")}
</main>
<footer>Inades-Formation, Secrétariat général – site de démonstration. Adresse et téléphone fictifs.</footer>
</body></html>
"""
write(K + "-inades.html", html, K)
chromium(K + "-inades.html", K + "-inades.chromium.pdf", K)

def plain(l):
    vals = [REF, T[l], ORG[l], UNIT[l], LOC[l], S[l], SALT[l], DL[l]]
    w = max(len(a) for a in LAB[l]) + 1
    head = "\n".join("%s: %s" % (a.ljust(w), b) for a, b in zip(LAB[l], vals))
    return f"""{head}

{H[l][0].upper()}
{bullets(MISS[l], "  o ")}

{H[l][1].upper()}
{bullets(ESS[l], "  o ")}

{H[l][2].upper()}
{bullets(DES[l], "  o ")}

{H[l][3].upper()}
{bullets(("%s%s %s" % (c[0], " :" if l == "fr" else ":", c[1]) for c in COMP[l]), "  o ")}

{APPLY[l]}"""

mail = f"""De : Secrétariat du Réseau des ONG de développement rural <reseau@ongrurales.example>
Envoyé : lundi 25 août 2036 10:42
À : liste-membres@ongrurales.example
Objet : TR: Avis de vacance / Vacancy notice – {REF}

Chers membres,

Merci de diffuser largement l'avis ci-dessous reçu d'Inades-Formation. Notre prochaine réunion du réseau reste fixée au 12 septembre 2036.

Cordialement,
Le Secrétariat (signature fictive)

-----Message d'origine-----
De : Inades-Formation RH <recrutement@inades.example>
Envoyé : vendredi 22 août 2036 16:05
Objet : Avis de vacance / Vacancy notice

=== VERSION FRANÇAISE ===

{plain("fr")}

=== ENGLISH VERSION ===

{plain("en")}

--
Ce message et ses pièces jointes sont confidentiels.
"""
write(K + "-courriel.txt", mail, K)

expected(REF, ["fr", "en"], T, ORG, LOC, S, "2036-09-19",
         sal(amount=1650000, cur="XOF", per="month"), None,
         {l: (ESS[l], DES[l]) for l in ("fr", "en")}, COMP)
