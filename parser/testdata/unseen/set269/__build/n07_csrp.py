from common import *

KEY = "csrp-sp-avp-2040-03"
REF = "CSRP/SP/AVP/2040/03"
PN = "CSRP-DSE-ECO-02"
T = {"fr": "Économiste des pêches", "en": "Fisheries Economist"}
ORG = {"fr": "Commission Sous-Régionale des Pêches (CSRP)", "en": "Sub-Regional Fisheries Commission (SRFC)"}
LOC = {"fr": "Dakar, Sénégal (Secrétariat permanent)", "en": "Dakar, Senegal (Permanent Secretariat)"}
SCH = {"fr": "Temps plein, 40 heures par semaine", "en": "Full time, 40 hours per week"}
GRADE = "A3"
SAL = {"fr": "2 750 000 FCFA (XOF) brut par mois, plus indemnité de logement",
       "en": "XOF 2,750,000 gross per month, plus housing allowance"}
DL = {"fr": "lundi 26 mars 2040, 17 h 00 (GMT)", "en": "Monday 26 March 2040, 5:00 p.m. (GMT)"}
ESS = {"fr": [
    "Être ressortissant(e) d'un État membre de la CSRP.",
    "Doctorat ou master en économie, en économie des ressources naturelles ou en halieutique.",
    "Huit ans d'expérience au moins dans l'analyse économique des pêcheries, dont trois dans une organisation régionale ou internationale.",
    "Maîtrise des méthodes d'évaluation bioéconomique et des enquêtes socio-économiques.",
    "Excellente connaissance du français ou de l'anglais et connaissance pratique de l'autre langue.",
], "en": [
    "Be a national of an SRFC Member State.",
    "PhD or master's degree in economics, natural resource economics or fisheries science.",
    "At least eight years of experience in the economic analysis of fisheries, three of them in a regional or international organisation.",
    "Command of bioeconomic assessment methods and socio-economic surveys.",
    "Excellent knowledge of French or English and a working knowledge of the other language.",
]}
DES = {"fr": ["Connaissance du portugais ou de l'arabe.", "Publications dans des revues à comité de lecture."],
       "en": ["Knowledge of Portuguese or Arabic.", "Publications in peer-reviewed journals."]}
COMP = {"fr": ["Esprit d'analyse", "Communication écrite", "Travail en équipe multiculturelle"],
        "en": ["Analytical thinking", "Written communication", "Teamwork in a multicultural setting"]}
DUT = {"fr": [
    "Conduire les études sur la valeur économique des pêcheries partagées des États membres.",
    "Appuyer les États dans l'évaluation des accords de pêche et des redevances d'accès.",
    "Concevoir les enquêtes socio-économiques sur la pêche artisanale et en analyser les résultats.",
    "Représenter le Secrétariat permanent dans les réunions techniques régionales.",
], "en": [
    "Lead studies on the economic value of the Member States' shared fisheries.",
    "Support States in assessing fisheries agreements and access fees.",
    "Design socio-economic surveys of small-scale fisheries and analyse their results.",
    "Represent the Permanent Secretariat at regional technical meetings.",
]}
LAB = {"fr": ["Référence de l'avis", "Numéro du poste", "Intitulé du poste", "Organisation", "Département", "Grade",
              "Lieu d'affectation", "Temps de travail", "Rémunération", "Date de clôture"],
       "en": ["Notice reference", "Post number", "Position title", "Organization", "Department", "Grade",
              "Duty station", "Working time", "Remuneration", "Closing date"]}
DEPT = {"fr": "Département Suivi et Évaluation des ressources", "en": "Resource Monitoring and Assessment Department"}
H = {"fr": ("Avis de vacance de poste", "Contexte", "La CSRP regroupe sept États côtiers de l'Afrique de l'Ouest qui coopèrent pour gérer durablement leurs ressources halieutiques. Le Secrétariat permanent, basé à Dakar, lance un appel à candidatures pour le poste ci-dessous.",
            "Principales fonctions", "Qualifications et expérience requises", "Atouts", "Compétences clés", "Candidature",
            "Les dossiers (lettre, CV, copies des diplômes, trois références) sont envoyés à recrutement@csrp.example en rappelant la référence de l'avis. Un test écrit sera organisé pour les candidats présélectionnés le 16 avril 2040."),
     "en": ("Vacancy announcement", "Background", "The SRFC brings together seven coastal States of West Africa that cooperate in the sustainable management of their fisheries resources. The Permanent Secretariat in Dakar invites applications for the post below.",
            "Main duties", "Required qualifications and experience", "Assets", "Core competencies", "How to apply",
            "Applications (letter, CV, copies of degrees, three referees) should be sent to recrutement@csrp.example quoting the notice reference. A written test for shortlisted candidates will be held on 16 April 2040.")}

def half(l):
    vals = [REF, PN, T[l], ORG[l], DEPT[l], GRADE, LOC[l], SCH[l], SAL[l], DL[l]]
    h = H[l]
    dl = "".join(f"<dt>{a}</dt><dd>{b}</dd>" for a, b in zip(LAB[l], vals))
    return f"""<section lang="{l}" class="{l}"><h1>{h[0]}</h1><h2>{h[1]}</h2><p>{h[2]}</p>
<dl class="facts">{dl}</dl>
<h2>{h[3]}</h2><ul>{''.join('<li>'+d+'</li>' for d in DUT[l])}</ul>
<h2>{h[4]}</h2><ol>{''.join('<li>'+d+'</li>' for d in ESS[l])}</ol>
<h2>{h[5]}</h2><ul>{''.join('<li>'+d+'</li>' for d in DES[l])}</ul>
<h2>{h[6]}</h2><p>{' · '.join(COMP[l])}</p>
<h2>{h[7]}</h2><p>{h[8]}</p></section>"""

html = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{REF} – {T['fr']} / {T['en']}</title>
<style>body{{font-family:'Liberation Sans',Arial,sans-serif;font-size:13px;max-width:860px;margin:auto}}
.brand{{background:#00527a;color:#fff;padding:6px 12px}} dl.facts{{display:grid;grid-template-columns:210px 1fr;border:1px solid #9ab}}
dl.facts dt{{font-weight:bold;background:#e8f1f6;padding:3px 6px}} dl.facts dd{{margin:0;padding:3px 6px}}
section.en{{break-before:page}} h1{{font-size:20px}} h2{{font-size:15px;color:#00527a}}</style></head><body>
<div class="brand">CSRP · SRFC · Commission Sous-Régionale des Pêches · Sub-Regional Fisheries Commission · Français | English | Português</div>
<nav>Accueil · Nos États membres · Projets · Publications · Avis de vacance · Contact</nav>
{half('fr')}
{half('en')}
<footer>Secrétariat permanent, Dakar (adresse fictive) · page de démonstration</footer>
</body></html>"""
write(KEY + "-csrp.html", html)
chromium(KEY + "-csrp.html")

expected(KEY, REF, ["fr", "en"], T, ORG, LOC, SCH, "2040-03-26",
         {"amount": 2750000, "currency": "XOF"}, grade=GRADE, post_number=PN,
         requirements={l: {"essential": ESS[l], "desirable": DES[l]} for l in ("en", "fr")},
         competencies={l: [(c, "") for c in COMP[l]] for l in ("en", "fr")})
