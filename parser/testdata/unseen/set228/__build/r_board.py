"""Job-board copies (browser select-all pastes) of three notices, on invented boards:
PeninsulaJobs (Isles of Scilly), SportCareers (World Rowing), IndustrieEmploi (Monnaie de Paris)."""
import os

from data import N, ROOT


def scilly():
    n = N["scilly"]
    ess = "\n".join("- " + i for i in n["essential"]["en"])
    des = "\n".join("- " + i for i in n["desirable"]["en"])
    beh = "\n".join(f"{c['name']}: {c['description']}" for c in n["competencies"]["en"])
    return f"""Skip to main content
PeninsulaJobs
Search jobs  Employers  Career advice  Sign in
Home > Jobs in Cornwall & Scilly > Environment & waste > {n['title']['en']}

{n['title']['en']}
{n['organisation']['en']}
{n['location']['en']}
£32,076 - £34,314 per annum
Closing: 16/10/2036

Apply now   Save job   Share

Job summary
Reference: {n['reference']}
Employer: {n['organisation']['en']}
Location: {n['location']['en']}
Salary: £32,076 - £34,314 per annum (Grade G)
Hours: {n['schedule']['en']}
Contract: Permanent
Posted: 22/09
Closing date: 16/10/2036
Interviews: 29/10, St Mary's

About the role
The Council is looking for a hands-on supervisor to run the waste and recycling crew at Moorwell and on the rounds. You will plan collections and off-island transfers, supervise eight operatives, keep permit and duty-of-care records straight and look after the vehicles and plant with the fleet workshop.

Essential
{ess}

Desirable
{des}

Our behaviours
{beh}

We offer the Local Government Pension Scheme, 26 days' leave and relocation support of up to £6,500.

Apply through the Council's website quoting {n['reference']}. Full candidate pack available to download (PDF, 3 pages).

Jobs you may also like
Harbour Hand (Seasonal) - St Mary's - £11.90 per hour - Closing 30/09/2036
Airport Fire Fighter - St Mary's Airport - £27,711 - £29,439 - Closing 09/10/2036
Fleet Mechanic - Penzance - £31,200 - Closing 12/10/2036

We use cookies to improve your experience. Accept all | Manage settings
© PeninsulaJobs 2036 · Terms · Privacy
"""


def rowing():
    n = N["rowing"]
    ess = "\n".join("* " + i for i in n["essential"]["en"])
    des = "\n".join("* " + i for i in n["desirable"]["en"])
    return f"""SportCareers  Jobs  Internships  Federations  Post a job  Log in
Jobs › Switzerland › Event operations
{n['title']['en']}
{n['organisation']['en']}{n['location']['en']}{n['schedule']['en']}Permanent
Posted 5 days ago · 1,318 views · 64 applicants
Reference{n['reference']}EmployerWorld RowingWorkplaceLausanne, SwitzerlandActivity rate{n['schedule']['en']}SalaryCHF 86,000 – 97,000 per yearClosing date07 Oct 2036
Apply
About the job
World Rowing runs the international rowing calendar from its office in Lausanne. As Competition Services Coordinator you prepare entries, accreditation and race schedules for World Rowing Cups and Championships, act as the first contact of organising committees, coordinate umpire travel and briefings and write the post-event reports. Start date 1 January 2037; interviews 20–22 October 2036.
Requirements:
{ess}
Nice to have:
{des}
Apply with CV and cover letter in English quoting {n['reference']} by 7 October 2036.
Tags: rowing · events · operations · Lausanne · English · French
Similar jobs
Event Coordinator – winter sports federation, Oberhofen · CHF 80k–90k · closes 30 Sep 2036
Sport Programmes Assistant – Lausanne · CHF 72,000 · closes 15 Oct 2036
This site uses cookies. OK
"""


def monnaie():
    n = N["monnaie"]
    ess = "\n".join("• " + i for i in n["essential"]["fr"])
    des = "\n".join("• " + i for i in n["desirable"]["fr"])
    se = "\n".join(f"{c['name']} : {c['description']}" for c in n["competencies"]["fr"])
    return f"""IndustrieEmploi
Offres  Entreprises  Conseils  Espace candidat
Accueil > Offres > Nouvelle-Aquitaine > Gironde > Production
{n['title']['fr']}
Monnaie de ParisPessac (33)CDIProduction industrielle
Publiée il y a 4 jours · 287 vues
Référence{n['reference']}EntrepriseMonnaie de ParisLieu{n['location']['fr']}Horaires{n['schedule']['fr']}Salaire27 500 € - 31 000 € / anDate limite27/10/2036
Postuler
Description du poste
Au sein de l'atelier de frappe de l'établissement de Pessac, vous réglez et conduisez les presses monétaires, contrôlez la qualité des pièces, changez les coins, assurez la maintenance de premier niveau et renseignez les documents de traçabilité. Tests techniques à partir du 16/11/2036.
Profil recherché
{ess}
Les plus
{des}
Savoir-être
{se}
Treizième mois, prime d'équipe, intéressement.
Mots-clés : presse, frappe, production, 2x8, Gironde
Offres similaires
Opérateur de production (F/H) – Mérignac – 24 000 € / an – il y a 2 jours
Technicien de maintenance (F/H) – Bordeaux – 32 000 € - 36 000 € / an – date limite 15/11/2036
Nous utilisons des cookies pour mesurer l'audience. Tout accepter · Paramétrer
"""


def main():
    for fn, name in [(scilly, "cios-env-2036-088-peninsulajobs.txt"), (rowing, "wr-hr-2036-07-sportcareers.txt"),
                     (monnaie, "mdp-pes-2036-029-industrieemploi.txt")]:
        open(os.path.join(ROOT, name), "w", encoding="utf-8").write(fn())
    print("boards ok")


if __name__ == "__main__":
    main()
