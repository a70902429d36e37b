from common import *
REF = "PAPU/SG/VN/2037/04"; KEY = "papu-sg-vn-2037-04"
T = {"en": "Postal E-Commerce and Addressing Officer", "fr": "Chargé(e) du commerce électronique postal et de l'adressage"}
O = {"en": "Pan African Postal Union", "fr": "Union panafricaine des postes"}
L = {"en": "Arusha, United Republic of Tanzania", "fr": "Arusha (République-Unie de Tanzanie)"}
S = {"en": "Full-time", "fr": "Temps plein"}
ESS = {"en": [
 "A master's degree in postal management, logistics, information systems or a related field.",
 "At least five years of progressively responsible experience in postal operations, parcel logistics or online commerce platforms, two of them at national or regional level.",
 "Practical knowledge of addressing standards, track-and-trace systems and customs electronic advance data.",
 "Nationality of a Member State of the Union that is up to date with its contributions.",
 "Excellent command of English or French, with a working knowledge of the other."],
 "fr": [
 "Master en gestion postale, en logistique, en systèmes d'information ou dans un domaine connexe.",
 "Au moins cinq années d'expérience à des niveaux de responsabilité croissants dans les opérations postales, la logistique des colis ou les plateformes de commerce électronique, dont deux au niveau national ou régional.",
 "Connaissance pratique des normes d'adressage, des systèmes de suivi des envois et des données électroniques préalables en douane.",
 "Nationalité d'un État membre de l'Union à jour de ses contributions.",
 "Excellente maîtrise de l'anglais ou du français et connaissance pratique de l'autre langue."]}
DES = {"en": ["Experience with Universal Postal Union technical assistance projects.", "Knowledge of Arabic or Portuguese."],
       "fr": ["Expérience des projets d'assistance technique de l'Union postale universelle.", "Connaissance de l'arabe ou du portugais."]}
COMP = {"en": [("Planning and organising", "sets realistic work plans and follows them through with the focal points of Member States"),
               ("Communication", "explains technical postal questions clearly to ministries, regulators and designated operators"),
               ("Teamwork", "works across languages and cultures in a small secretariat")],
        "fr": [("Planification et organisation", "établit des plans de travail réalistes et en assure le suivi avec les points focaux des États membres"),
               ("Communication", "explique clairement les questions postales techniques aux ministères, aux régulateurs et aux opérateurs désignés"),
               ("Travail en équipe", "travaille à travers les langues et les cultures au sein d'un petit secrétariat")]}
DUT = {"en": ["Coordinate the continental programme on national addressing and postcode systems and advise Member States on its roll-out.",
              "Support designated operators in connecting to cross-border e-commerce platforms and electronic customs data exchange.",
              "Prepare the technical documents of the Operations and Technology Committee and draft its reports.",
              "Organise regional workshops and monitor the indicators of the Union's e-commerce readiness index.",
              "Perform other related duties as assigned by the Director of Postal Operations and Technology."],
       "fr": ["Coordonner le programme continental relatif aux systèmes nationaux d'adressage et de codes postaux et conseiller les États membres sur son déploiement.",
              "Accompagner les opérateurs désignés dans leur raccordement aux plateformes de commerce électronique transfrontalier et à l'échange de données douanières électroniques.",
              "Préparer les documents techniques du Comité des opérations et de la technologie et rédiger ses rapports.",
              "Organiser des ateliers régionaux et suivre les indicateurs de l'indice de préparation au commerce électronique de l'Union.",
              "Exécuter toute autre tâche connexe confiée par le Directeur des opérations postales et de la technologie."]}

def half(l):
    en = l == "en"
    facts = [("Vacancy notice No." if en else "Avis de vacance n°", '<span class="nw">%s</span>' % REF),
             ("Post title" if en else "Intitulé du poste", e(T[l])),
             ("Grade" if en else "Grade", "P3"),
             ("Department" if en else "Département", "Postal Operations and Technology" if en else "Opérations postales et technologie"),
             ("Duty station" if en else "Lieu d'affectation", '<span class="nw">%s</span>' % e(L[l])),
             ("Type of appointment" if en else "Type de nomination", "Fixed-term, three years, renewable once" if en else "Durée déterminée, trois ans, renouvelable une fois"),
             ("Working time" if en else "Temps de travail", S[l]),
             ("Date of issue" if en else "Date de publication", "4 May 2037" if en else "4 mai 2037"),
             ("Closing date" if en else "Date de clôture", "5 June 2037, 17:00 East Africa Time" if en else "5 juin 2037, 17 h 00 (heure d'Afrique de l'Est)")]
    rows = "\n".join("<tr><th>%s</th><td>%s</td></tr>" % (a, b) for a, b in facts)
    h = []
    h.append('<article lang="%s" class="%s">' % (l, "fr" if not en else "en"))
    h.append("<p class=kicker>%s</p>" % ("VACANCY NOTICE" if en else "AVIS DE VACANCE DE POSTE"))
    h.append("<h1>%s</h1>" % e(T[l]))
    h.append("<table class=facts>%s</table>" % rows)
    if en:
        h.append("<h2>Background</h2><p>The %s is a specialised institution of the African Union responsible for the development of postal services across the continent. Its General Secretariat, located in Arusha, serves the Member States and their designated operators in English, French, Arabic and Portuguese.</p>" % O[l])
        h.append("<h2>Duties and responsibilities</h2><p>Under the supervision of the Director of Postal Operations and Technology, the incumbent will:</p>")
    else:
        h.append("<h2>Contexte</h2><p>L'%s est une institution spécialisée de l'Union africaine chargée du développement des services postaux sur le continent. Son Secrétariat général, établi à Arusha, sert les États membres et leurs opérateurs désignés en anglais, en français, en arabe et en portugais.</p>" % O[l])
        h.append("<h2>Fonctions et responsabilités</h2><p>Sous la supervision du Directeur des opérations postales et de la technologie, le (la) titulaire devra :</p>")
    h.append("<ul>%s</ul>" % "".join("<li>%s</li>" % e(x) for x in DUT[l]))
    h.append("<h2>%s</h2>" % ("Qualifications and experience" if en else "Qualifications et expérience"))
    h.append("<ul>%s</ul>" % "".join("<li>%s</li>" % e(x) for x in ESS[l]))
    h.append("<h2>%s</h2>" % ("Desirable" if en else "Atouts"))
    h.append("<ul>%s</ul>" % "".join("<li>%s</li>" % e(x) for x in DES[l]))
    h.append("<h2>%s</h2>" % ("Competencies" if en else "Compétences"))
    h.append("<ul>%s</ul>" % "".join("<li><strong>%s</strong>: %s</li>" % (e(a), e(b)) if en else "<li><strong>%s</strong> : %s</li>" % (e(a), e(b)) for a, b in COMP[l]))
    if en:
        h.append("<h2>Remuneration</h2><p>The annual net base salary is <b>USD 61,420</b>, to which a post adjustment, a housing allowance and, where applicable, education grant and home leave are added in accordance with the Staff Regulations of the Union.</p>")
        h.append("<h2>How to apply</h2><p>Applications, consisting of a cover letter, a detailed curriculum vitae, copies of certificates and the endorsement of the candidate's national postal authority, must reach the Secretary General by e-mail at recruitment@papu-union.example no later than <b>5 June 2037</b>, 17:00 East Africa Time. Shortlisted candidates will be invited to a written test and an interview during the week of 13 July 2037. The selected candidate is expected to take up duty on 1 October 2037.</p>")
    else:
        h.append("<h2>Rémunération</h2><p>Le salaire de base net annuel est de <b>61 420 USD</b>, auquel s'ajoutent un ajustement de poste, une indemnité de logement et, le cas échéant, une allocation pour frais d'études et un congé dans les foyers, conformément au Statut du personnel de l'Union.</p>")
        h.append("<h2>Modalités de candidature</h2><p>Les candidatures, comprenant une lettre de motivation, un curriculum vitae détaillé, la copie des diplômes et l'avis favorable de l'autorité postale nationale du (de la) candidat(e), doivent parvenir au Secrétaire général par courriel à recruitment@papu-union.example au plus tard le <b>5 juin 2037</b> à 17 h 00, heure d'Afrique de l'Est. Les candidat(e)s présélectionné(e)s seront convoqué(e)s à un test écrit et à un entretien au cours de la semaine du 13 juillet 2037. La prise de fonction est prévue le 1er octobre 2037.</p>")
    h.append("</article>")
    return "\n".join(h)

def build():
    css = """body{font-family:'Liberation Sans',Arial,sans-serif;font-size:10.5pt;margin:0;color:#222}
header.site{background:#0b4f2f;color:#fff;padding:8px 24px}header.site a{color:#fff;margin-right:14px}
.crumbs{font-size:9pt;color:#666;padding:6px 24px}main{padding:0 24px}
.kicker{font-weight:bold;letter-spacing:1px;color:#0b4f2f;margin-bottom:0}
table.facts{border-collapse:collapse;width:100%}table.facts th{text-align:left;width:32%;background:#eef4ef;padding:4px;border:1px solid #bbb}
table.facts td{padding:4px;border:1px solid #bbb}.nw{white-space:nowrap}
article.fr{break-before:page}footer{font-size:8.5pt;color:#666;padding:10px 24px;border-top:1px solid #ccc}
@media print{nav.site,.cookie{display:none}}"""
    page = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>%s | PAPU Careers</title><style>%s</style></head>
<body>
<div class="cookie">This website uses cookies to measure its audience. <a href="#">Accept</a> · <a href="#">Refuse</a></div>
<header class="site"><strong>PAPU · UPAP</strong> — Pan African Postal Union / Union panafricaine des postes
<nav class="site"><a href="#">Home</a><a href="#">About</a><a href="#">Member States</a><a href="#">Events</a><a href="#">Careers</a><a href="#fr">Français</a></nav></header>
<div class="crumbs">Home › Careers › Vacancies › %s</div>
<main>
%s
<p id="fr"></p>
%s
</main>
<footer>Other vacancies: Accounts Assistant (GS4), closing 29 May 2037 · Translator, Arabic (P2), closing 12 June 2037.<br>
General Secretariat, P.O. Box 4127, Arusha · © 2037 PAPU</footer>
</body></html>""" % (e(T["en"]), css, REF, half("en"), half("fr"))
    w(KEY + "-papu.html", page, KEY)
    chromium(KEY + "-papu.html", KEY + "-papu.chromium.pdf")
    row(KEY + "-papu.chromium.pdf", KEY)
    dump(KEY + "-papu.chromium.pdf", KEY)
    expected(KEY, REF, ["en", "fr"], T, O, L, S, "2037-06-05", sal(61420, cur="USD", period="year"), "P3", None,
             {l: (ESS[l], DES[l]) for l in ("en", "fr")}, COMP)
