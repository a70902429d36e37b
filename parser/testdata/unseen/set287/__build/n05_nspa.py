"""497703: NSPA, Capellen (Fuel Logistics Programme procurement). The Agency's careers
page as HTML with a <dl> of facts, and an invented Luxembourg board copy (French furniture)."""
import html as H
from common import write, expected, sal

REF = "497703"
TITLE = "Procurement Officer (Fuel Supply Contracts)"
ORG = "NATO Support and Procurement Agency (NSPA)"
LOC = "Luxembourg-Capellen"
SCH = "Full-time"
GRADE = "G13"
CLEAR = "NS"

SUMMARY = [
    "The NATO Support and Procurement Agency (NSPA) is NATO's lead organisation for multinational acquisition, "
    "logistics and support. Its Procurement Directorate buys goods and services for NATO bodies and nations through "
    "international competitive bidding.",
    "The Fuel Procurement Section awards and manages the contracts under which aviation and ground fuel is supplied "
    "to NATO operations, exercises and the customers of the Agency's fuel programmes. The incumbent runs complex "
    "procurements from the request to the signature of the contract and administers the contracts afterwards.",
]
DUTIES = [
    "Prepare solicitation documents, evaluation plans and contract awards for fuel supply requirements.",
    "Lead negotiations with suppliers on prices, delivery terms and quality clauses.",
    "Administer the contracts awarded, including amendments, claims and close-out.",
    "Advise customers on procurement rules and realistic timelines.",
    "Keep the Section's market knowledge on fuel suppliers and price indices up to date.",
]
ESS = [
    "A university degree in business administration, law, economics, engineering or a related field.",
    "At least four years of experience in public or international procurement of goods or services.",
    "Experience in drafting and negotiating contracts of high value.",
    "Good knowledge of contract law and of competitive bidding procedures.",
    "Proficiency in English at SLP 3333.",
]
DES = [
    "Experience in the procurement of petroleum products or logistics services.",
    "A professional procurement certification (for example CIPS or equivalent).",
    "Knowledge of French.",
]
COMP = [
    ("Negotiation", "Reaches agreements that protect the interests of the Agency and its customers."),
    ("Accountability", "Takes ownership of results and of the correctness of procurement files."),
    ("Customer focus", "Understands what the customer needs and explains constraints clearly."),
    ("Teamwork", "Works constructively with legal, finance and technical colleagues."),
]


def build():
    expected(REF, languages=["en"],
             title={"en": TITLE}, organisation={"en": ORG}, location={"en": LOC}, schedule={"en": SCH},
             deadline="2041-09-12", salary=sal(7245.90, "EUR"), grade=GRADE, clearance=CLEAR,
             requirements={"en": {"essential": ESS, "desirable": DES}},
             competencies={"en": COMP})
    e = H.escape
    facts = [("Vacancy", REF), ("NATO Body", ORG), ("Primary Location", LOC), ("Schedule", SCH),
             ("Grade", f"NATO Grade {GRADE}"), ("Salary (Pay Basis)", "7,245.90 Euro (EUR) Monthly"),
             ("Clearance Level", CLEAR), ("Application Deadline", "12-Sep-2041, 11:59:00 PM (CEST)")]
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{e(TITLE)} - NSPA Careers</title>
<style>body{{font-family:sans-serif;max-width:60em;margin:auto}} dl{{display:grid;grid-template-columns:14em 1fr}} dt{{font-weight:bold}}</style>
</head><body>
<a class="skip" href="#main">Skip to content</a>
<nav><ul><li><a href="#">About NSPA</a></li><li><a href="#">Business</a></li><li><a href="#">Careers</a></li><li><a href="#">Media</a></li><li><a href="#">FR</a></li></ul></nav>
<p class="crumbs">Home › Careers › Current vacancies › {e(REF)}</p>
<main id="main">
<h1>{e(TITLE)}</h1>
<p class="meta">Procurement Directorate · Fuel Procurement Section · Posted 15 August 2041</p>
<dl>
{"".join(f"<dt>{e(l)}</dt><dd>{e(v)}</dd>" for l, v in facts)}
</dl>
<h2>1. Organisation and summary</h2>
{"".join(f"<p>{e(p)}</p>" for p in SUMMARY)}
<h2>2. Principal duties</h2>
<p>The incumbent will:</p>
<ul>{"".join(f"<li>{e(d)}</li>" for d in DUTIES)}</ul>
<h2>3. Qualifications</h2>
<h3>Essential</h3>
<ul>{"".join(f"<li>{e(d)}</li>" for d in ESS)}</ul>
<h3>Desirable</h3>
<ul>{"".join(f"<li>{e(d)}</li>" for d in DES)}</ul>
<h2>4. Competencies</h2>
<ul>{"".join(f"<li><strong>{e(n)}:</strong> {e(d)}</li>" for n, d in COMP)}</ul>
<h2>5. Contract and conditions</h2>
<p>Newly recruited staff will be offered a three-year definite duration contract, which may be followed by an indefinite
duration contract. The salary is paid monthly and is exempt from national income tax. Working hours are 40 hours per week,
Monday to Friday.</p>
<h2>6. How to apply</h2>
<p>Apply through the NATO Talent Acquisition Platform. Written tests are planned for the week of 29 September 2041 in
Capellen. Applications received after the deadline will not be considered.</p>
</main>
<aside><h2>Related vacancies</h2><ul>
<li>Contracting Assistant (Fuel) – closes 5 September 2041</li>
<li>Quality Assurance Officer (Petroleum) – closes 30 September 2041</li></ul></aside>
<footer>NSPA · 11 rue de la Gare · L-8325 Capellen · Luxembourg · Legal notice · Cookies</footer>
</body></html>
"""
    write(f"{REF}-nspa.html", page, REF)

    L = ["emplois-lux.example", "Offres d'emploi  Entreprises  Conseils carrière  Publier une offre  FR | EN | DE", "",
         "Accueil > Offres d'emploi > Achats / Logistique > Capellen", "",
         TITLE, "",
         "NSPA - NATO Support and Procurement Agency", "",
         "Lieu : Capellen", "Type de contrat : CDD (3 ans)", "Régime : Temps plein",
         "Publiée il y a 6 jours · 143 vues · 21 candidatures", "",
         "Postuler  |  Sauvegarder  |  Partager", "",
         "Description du poste", "",
         f"{TITLE}-{REF}",
         f"Primary Location: {LOC}",
         f"NATO Body: {ORG}",
         f"Schedule: {SCH}",
         "Application Deadline: 12-Sep-2041, 11:59:00 PM",
         "Salary (Pay Basis): 7,245.90Euro (EUR) Monthly",
         f"Grade: NATO Grade {GRADE}",
         f"Clearance Level: {CLEAR}", "",
         "1. ORGANISATION AND SUMMARY", ""]
    L += [p + "\n" for p in SUMMARY]
    L += ["2. PRINCIPAL DUTIES", "", "The incumbent will:"]
    L += ["– " + d for d in DUTIES]
    L += ["", "3. QUALIFICATIONS", "", "ESSENTIAL"]
    L += ["– " + d for d in ESS]
    L += ["", "DESIRABLE"]
    L += ["– " + d for d in DES]
    L += ["", "4. COMPETENCIES"]
    L += [f"– {n}: {d}" for n, d in COMP]
    L += ["", "5. CONTRACT AND CONDITIONS", "",
          "Three-year definite duration contract; salary exempt from national income tax; 40 hours per week.", "",
          "Référence de l'annonce : EL-2041-558013", "",
          "Offres similaires", "",
          "Acheteur public (H/F) - Luxembourg-Ville - CDI - 5 200 - 6 100 € brut/mois",
          "Contract Manager - Kirchberg - expire le 15/09/2041",
          "Juriste marchés publics (H/F) - Strassen - 70k - 85k €", "",
          "Signaler cette offre · Conditions d'utilisation · © emplois-lux.example 2041"]
    write(f"{REF}-emploislux.txt", "\n".join(L) + "\n", REF)
