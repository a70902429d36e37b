from common import *

KEY = "ssta-2041-05"
REF = "SSTA-2041-05"
T_FR = "Agent(e) de projets en immigration francophone"
T_EN = "Francophone Immigration Project Officer"
O = "Société Saint-Thomas-d'Aquin"
L_FR = "Summerside (Île-du-Prince-Édouard)"
L_EN = "Summerside, Prince Edward Island"
S_FR = "Temps plein, 37,5 heures par semaine"
S_EN = "Full-time, 37.5 hours per week"
ESS_FR = ["Diplôme universitaire en sciences sociales, en communication, en gestion de projets ou dans un domaine connexe;",
          "Deux (2) années d'expérience en gestion de projets communautaires ou en accueil de nouveaux arrivants;",
          "Excellente maîtrise du français et bonne connaissance de l'anglais, à l'oral et à l'écrit;",
          "Permis de conduire valide et disponibilité pour se déplacer dans les six régions acadiennes de l'Île."]
DES_FR = ["Expérience vécue de l'immigration ou de l'établissement au Canada;",
          "Connaissance des programmes d'immigration provinciaux et fédéraux."]
ESS_EN = ["University degree in social sciences, communications, project management or a related field;",
          "Two (2) years of experience managing community projects or welcoming newcomers;",
          "Excellent command of French and good knowledge of English, spoken and written;",
          "Valid driver's licence and availability to travel to the six Acadian regions of the Island."]
DES_EN = ["Lived experience of immigration or settlement in Canada;",
          "Knowledge of provincial and federal immigration programs."]
C_FR = [("Sens de l'accueil", "vous mettez les nouveaux arrivants à l'aise dès le premier contact."),
        ("Autonomie", "vous organisez votre travail et respectez les échéances des bailleurs de fonds."),
        ("Travail en réseau", "vous mobilisez les organismes membres et les employeurs.")]
C_EN = [("Welcoming attitude", "you put newcomers at ease from the first contact."),
        ("Autonomy", "you organize your work and meet funders' deadlines."),
        ("Networking", "you mobilize member organizations and employers.")]
DL = "2041-07-24"

expected(KEY, dict(reference=REF, post_number=None, languages=["fr", "en"],
    title={"en": T_EN, "fr": T_FR}, organisation={"en": O, "fr": O},
    location={"en": L_EN, "fr": L_FR}, schedule={"en": S_EN, "fr": S_FR}, deadline=DL,
    salary={"amount": None, "min": 49850, "max": 57320, "currency": "CAD", "period": "year"},
    grade=None, clearance=None,
    requirements={"en": {"essential": ESS_EN, "desirable": DES_EN}, "fr": {"essential": ESS_FR, "desirable": DES_FR}},
    competencies={"en": comps(C_EN), "fr": comps(C_FR)}))


def facts(rows):
    return "<table class=\"facts\">" + "".join(f"<tr><th>{esc(a)}</th><td>{b}</td></tr>" for a, b in rows) + "</table>"


ul = lambda xs: "<ul>" + "".join(f"<li>{esc(x)}</li>" for x in xs) + "</ul>"
uc = lambda xs, sep: "<ul>" + "".join(f"<li><b>{esc(n)}</b>{sep}{esc(d)}</li>" for n, d in xs) + "</ul>"

src = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{esc(REF)}</title>
<style>
@page {{ size: Letter; margin: 2cm 2cm 2.2cm 2cm;
  @bottom-center {{ content: "Société Saint‑Thomas‑d’Aquin – page " counter(page) " / " counter(pages); font-size: 8pt; color: #666; }} }}
body {{ font-family: "Liberation Serif", serif; font-size: 10.5pt; }}
.lh {{ display: flex; justify-content: space-between; border-bottom: 2px solid #003f7d; padding-bottom: 6px; }}
.lh .n {{ font-size: 15pt; font-weight: bold; color: #003f7d; }}
table.facts th {{ text-align: left; width: 11em; vertical-align: top; padding: 2px 8px 2px 0; }}
h1 {{ font-size: 14pt; text-align: center; }} h2 {{ font-size: 11.5pt; color: #003f7d; margin-bottom: 2px; }}
.en {{ break-before: page; }} .nr {{ white-space: nowrap; }}
</style></head><body>
<div class="lh"><div><div class="n">{esc(O)}</div><div>Porte-parole des Acadiens et francophones de l'Île-du-Prince-Édouard</div></div><div>Summerside, le 19 juin 2041<br>Courage et persévérance</div></div>
<section>
<h1>OFFRE D'EMPLOI</h1>
<h1>{esc(T_FR)}</h1>
{facts([("Numéro de l'offre", f'<span class="nr">{REF}</span>'), ("Employeur", esc(O)), ("Programme", "Immigration francophone et accueil"), ("Lieu de travail", esc(L_FR)), ("Statut", "Contrat de deux ans, possibilité de renouvellement"), ("Horaire", esc(S_FR)), ("Salaire", "De 49 850 $ à 57 320 $ par année, selon l'expérience"), ("Date limite", "Le mercredi 24 juillet 2041, à 16 h (heure de l'Atlantique)")])}
<h2>Le poste</h2>
<p>Sous la direction de la directrice générale, l'agent(e) de projets coordonne les activités d'accueil et d'intégration des nouveaux arrivants d'expression française à l'Île-du-Prince-Édouard, en collaboration avec les comités régionaux et les organismes membres.</p>
<h2>Responsabilités</h2>
<ul><li>Organiser les séances d'accueil, les jumelages et les activités d'intégration;</li><li>Tenir à jour le répertoire des employeurs francophones et bilingues;</li><li>Préparer les rapports destinés aux bailleurs de fonds;</li><li>Représenter la Société lors des salons de recrutement à l'étranger.</li></ul>
<h2>Exigences</h2>
{ul(ESS_FR)}
<h2>Atouts</h2>
{ul(DES_FR)}
<h2>Compétences recherchées</h2>
{uc(C_FR, " : ")}
<p>Veuillez envoyer votre lettre de présentation et votre curriculum vitæ à emplois@ssta.example d'ici le 24 juillet 2041 à 16 h. Les entrevues auront lieu la semaine du 5 août 2041; l'entrée en fonction est prévue le 3 septembre 2041.</p>
</section>
<section class="en" lang="en">
<h1>JOB OFFER</h1>
<h1>{esc(T_EN)}</h1>
{facts([("Posting number", f'<span class="nr">{REF}</span>'), ("Employer", esc(O)), ("Program", "Francophone Immigration and Welcoming"), ("Location", esc(L_EN)), ("Status", "Two-year contract, possibility of renewal"), ("Hours", esc(S_EN)), ("Salary", "$49,850 to $57,320 per year, depending on experience"), ("Closing date", "Wednesday, July 24, 2041, at 4 p.m. (Atlantic Time)")])}
<h2>The position</h2>
<p>Under the direction of the Executive Director, the Project Officer coordinates the welcoming and integration activities for French-speaking newcomers to Prince Edward Island, in collaboration with the regional committees and member organizations.</p>
<h2>Responsibilities</h2>
<ul><li>Organize welcome sessions, matching programs and integration activities;</li><li>Keep the directory of francophone and bilingual employers up to date;</li><li>Prepare reports for funders;</li><li>Represent the Société at recruitment fairs abroad.</li></ul>
<h2>Requirements</h2>
{ul(ESS_EN)}
<h2>Assets</h2>
{ul(DES_EN)}
<h2>Competencies sought</h2>
{uc(C_EN, ": ")}
<p>Please send your cover letter and resume to emplois@ssta.example by July 24, 2041 at 4 p.m. Interviews will be held the week of August 5, 2041; the start date is September 3, 2041.</p>
</section>
</body></html>
"""
srcp = os.path.join(BUILD, "ssta.html")
open(srcp, "w", encoding="utf-8").write(nbh(src))
weasy(srcp, KEY + "-ssta.weasyprint.pdf")
row(KEY + "-ssta.weasyprint.pdf", KEY, "pdf")
dump(KEY + "-ssta.weasyprint.pdf", KEY + "-ssta.weasyprint.pdftotext.txt")
row(KEY + "-ssta.weasyprint.pdftotext.txt", KEY, "txt")

mail = f"""From: Carrefour de l'Isle-Saint-Jean – Bulletin <bulletin@carrefour-isj.example>
Sent: Thursday, June 27, 2041 2:05 PM
To: Liste communautaire
Subject: FW: Offre d'emploi / Job offer – {REF}

Bonjour à toutes et à tous / Hello everyone,

Voici une offre de la SSTA à partager dans vos réseaux. Rappel : pique-nique communautaire le 13 juillet 2041!
Here is a SSTA job offer to share in your networks.

________________________________
From: Direction générale SSTA <dg@ssta.example>
Sent: Wednesday, June 19, 2041 10:30 AM
Subject: Offre d'emploi / Job offer – {REF}

*** VERSION FRANÇAISE ***

{T_FR}
Numéro de l'offre : {REF}
Employeur : {O}
Lieu de travail : {L_FR}
Horaire : {S_FR}
Salaire : de 49 850 $ à 57 320 $ par année
Date limite : 24 juillet 2041, 16 h

Exigences
   - {ESS_FR[0]}
   - {ESS_FR[1]}
   - {ESS_FR[2]}
   - {ESS_FR[3]}
Atouts
   - {DES_FR[0]}
   - {DES_FR[1]}
Compétences recherchées
   - {C_FR[0][0]} : {C_FR[0][1]}
   - {C_FR[1][0]} : {C_FR[1][1]}
   - {C_FR[2][0]} : {C_FR[2][1]}

*** ENGLISH VERSION ***

{T_EN}
Posting number: {REF}
Employer: {O}
Location: {L_EN}
Hours: {S_EN}
Salary: $49,850 to $57,320 per year
Closing date: July 24, 2041, 4 p.m.

Requirements
   - {ESS_EN[0]}
   - {ESS_EN[1]}
   - {ESS_EN[2]}
   - {ESS_EN[3]}
Assets
   - {DES_EN[0]}
   - {DES_EN[1]}
Competencies sought
   - {C_EN[0][0]}: {C_EN[0][1]}
   - {C_EN[1][0]}: {C_EN[1][1]}
   - {C_EN[2][0]}: {C_EN[2][1]}

Candidatures / Applications: emplois@ssta.example

Ce courriel est confidentiel. / This e-mail is confidential.
"""
write(KEY + "-courriel.txt", mail, KEY)
