# Job-board copies (browser copies of invented boards).
import os
from data import N
R = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
def ibu():
    d = N["ibu-2037-17"]; r = d["requirements"]["en"]
    s = f"""Skip to content
SnowSportJobs  Jobs  Employers  Events  Sign in
Home › Jobs › Austria › Sport administration
{d['title']['en']}
{d['organisation']['en']}{d['location']['en']}{d['schedule']['en']}Permanent
Posted 3 days ago · 412 views · 27 applicants
Apply now   Save
Job facts
Reference{d['reference']}Employer{d['organisation']['en']}Location{d['location']['en']}Working time{d['schedule']['en']}SalaryEUR 58,800 gross per year (14 payments)Closing date14 Dec 2037
About the job
The IBU runs the biathlon World Cup, the World Championships and the junior circuits from its office near Salzburg. The coordinator works with the timing provider at every venue, checks start lists, results and shooting data before they go live, keeps the results databases consistent and travels to about twelve events a season.
Requirements:
""" + "".join(f"* {x}\n" for x in r["essential"]) + "Nice to have:\n" + "".join(f"* {x}\n" for x in r["desirable"]) + """Minimum salary under Austrian law; more is possible depending on experience.
Tags: biathlon · data · timing · Salzburg · winter sport
Similar jobs
Results Service Officer – Nordic Ski Association, Oslo · NOK 560,000 · closes 02 Jan 2038
Competition Manager – Alpine Events GmbH, Innsbruck · EUR 52,000 · closes 20 Dec 2037
We use cookies to improve your experience. Accept all  Settings
"""
    open(os.path.join(R, "ibu-2037-17-snowsportjobs.txt"), "w").write(s)

def adp():
    d = N["adp-2037-0519"]; r = d["requirements"]["fr"]; c = d["competencies"]["fr"]
    s = f"""AéroTalents – l'emploi aéroportuaire
Accueil > Offres > Île-de-France > Maintenance
{d['title']['fr']}
{d['organisation']['fr']}{d['location']['fr']}CDI
Publiée il y a 2 jours · 188 vues
Postuler   Sauvegarder
Référence{d['reference']}Employeur{d['organisation']['fr']}Lieu{d['location']['fr']}Horaires{d['schedule']['fr']}Rémunération28 500 € - 32 000 € bruts annuelsDate limite17/12/2037
Le poste
Au sein de l'équipe balisage de l'aéroport, vous assurez la maintenance préventive et le dépannage des feux de piste et de voies de circulation, de jour comme de nuit, et vous tenez à jour la GMAO.
Votre profil
""" + "".join(f"• {x}\n" for x in r["essential"]) + "Les plus\n" + "".join(f"• {x}\n" for x in r["desirable"]) + "Savoir-être\n" + "".join(f"{x['name']} : {x['description']}\n" for x in c) + """Mots-clés : balisage, électrotechnique, aéroport, 3x8
Offres similaires
Électricien·ne HTA – Aéroport de Lyon · 30 000 € · jusqu'au 08/01/2038
Technicien·ne bagages – Orly · 29 000 € · jusqu'au 22/12/2037
Ce site utilise des cookies. Tout accepter / Paramétrer
"""
    open(os.path.join(R, "adp-2037-0519-aerotalents.txt"), "w").write(s)

def shetland():
    d = N["sic-ptd-37-0288"]; r = d["requirements"]["en"]; c = d["competencies"]["en"]
    s = f"""IslesWork | jobs across Shetland, Orkney and the Western Isles
Menu  Search jobs  Employers  Living in the isles
{d['title']['en']}
{d['organisation']['en']}
Location: {d['location']['en']}
Salary: £33,120 - £36,480 per annum (Grade {d['grade']})
Hours: {d['schedule']['en']}
Closing: 04/12/2037
Ref: {d['reference']}
Posted: 06/11
Job summary
Maintain jetties, moorings and navigation aids at the Sullom Voe harbour and help pilot boat crews with tanker movements.
Essential:
""" + "".join(f"- {x}\n" for x in r["essential"]) + "Desirable:\n" + "".join(f"- {x}\n" for x in r["desirable"]) + "Values: " + ", ".join(x["name"] for x in c) + """
Relocation package up to £8,000.
Similar jobs
Ferry Deckhand – Lerwick, £27,900, closes 30/11/2037
Marine Engineer – Kirkwall, £41,200, closes 15/12/2037
We use cookies. OK
"""
    open(os.path.join(R, "sic-ptd-37-0288-islesjobs.txt"), "w").write(s)

if __name__ == "__main__":
    ibu(); adp(); shetland()
