from common import *
REF = "SNAPQ-2038-07"; KEY = REF.lower()
T = {"fr": "Chargé·e de projet – habitat du caribou boréal", "en": "Project Officer – Boreal Caribou Habitat"}
O = {"fr": "SNAP Québec", "en": "CPAWS Quebec"}
L = {"fr": "Montréal (Québec)", "en": "Montreal, Quebec"}
S = {"fr": "35 heures par semaine", "en": "35 hours per week"}
ESS_FR = ["Baccalauréat en biologie, en géographie, en foresterie ou dans un domaine connexe", "Deux ans d'expérience en gestion de projets de conservation",
  "Excellente maîtrise du français écrit et bonne connaissance de l'anglais", "Disponibilité pour des déplacements en région (Côte-Nord, Saguenay–Lac-Saint-Jean)"]
DES_FR = ["Maîtrise en sciences de l'environnement", "Expérience de collaboration avec des communautés autochtones"]
ESS_EN = ["Bachelor's degree in biology, geography, forestry or a related field", "Two years of experience managing conservation projects",
  "Excellent written French and a good knowledge of English", "Availability to travel to the regions (Côte-Nord, Saguenay–Lac-Saint-Jean)"]
DES_EN = ["Master's degree in environmental science", "Experience working with Indigenous communities"]
C_FR = [("Collaboration", "vous tissez des liens avec des partenaires aux intérêts variés"), ("Rigueur scientifique", "vous appuyez vos recommandations sur les meilleures données disponibles")]
C_EN = [("Collaboration", "you build relationships with partners who have different interests"), ("Scientific rigour", "you base your recommendations on the best available data")]
def block(l):
    fr = l == "fr"
    ess, des, c = (ESS_FR, DES_FR, C_FR) if fr else (ESS_EN, DES_EN, C_EN)
    if fr:
        return f"""==================================================
OFFRE D'EMPLOI
==================================================
Poste : {T['fr']}
Organisme : {O['fr']}
Référence : {REF}
Lieu : {L['fr']} (télétravail partiel possible)
Statut : permanent, temps plein
Horaire : {S['fr']}
Salaire : de 53 800 $ à 59 600 $ par année, selon l'expérience, plus assurances collectives
Entrée en fonction : 1er février 2039
Date limite : 22 décembre 2038, 17 h (HNE)

LE MANDAT
Sous la supervision de la directrice de la conservation, la personne retenue coordonnera nos travaux sur la protection de l'habitat du caribou boréal : analyses cartographiques, rencontres avec les partenaires régionaux et préparation de mémoires.

EXIGENCES
   - {ess[0]}
   - {ess[1]}
   - {ess[2]}
   - {ess[3]}

ATOUTS
   - {des[0]}
   - {des[1]}

CE QUE NOUS VALORISONS
   {c[0][0]} : {c[0][1]}
   {c[1][0]} : {c[1][1]}

Les entrevues auront lieu dans la semaine du 11 janvier 2039.
"""
    return f"""==================================================
JOB POSTING
==================================================
Position: {T['en']}
Organization: {O['en']}
Reference: {REF}
Location: {L['en']} (partial remote work possible)
Status: permanent, full-time
Hours: {S['en']}
Salary: $53,800 to $59,600 per year, depending on experience, plus group insurance
Start date: February 1, 2039
Deadline: December 22, 2038, 5 p.m. (EST)

THE ROLE
Reporting to the Director of Conservation, the successful candidate will coordinate our work on protecting boreal caribou habitat: mapping analyses, meetings with regional partners and preparation of briefs.

REQUIREMENTS
   - {ess[0]}
   - {ess[1]}
   - {ess[2]}
   - {ess[3]}

ASSETS
   - {des[0]}
   - {des[1]}

WHAT WE VALUE
   {c[0][0]}: {c[0][1]}
   {c[1][0]}: {c[1][1]}

Interviews will take place during the week of January 11, 2039.
"""
def build():
    mail = f"""De : Julie Tremblay <jtremblay@reseau-nature.example>
Envoyé : 2 décembre 2038 09:14
À : liste-emplois-environnement@reseau-nature.example
Objet : TR: Offre d'emploi / Job posting – SNAP Québec

Bonjour à toutes et à tous,

Je relaie l'offre ci-dessous à la demande de nos collègues de SNAP Québec. Une séance d'information virtuelle aura lieu le 9 décembre 2038 à midi.

Julie

________________________________
De : Recrutement SNAP Québec <emplois@snapquebec.example>
Envoyé : 1er décembre 2038 16:40
Objet : Offre d'emploi / Job posting – {T['fr']}

*** English follows French ***

{block("fr")}
Pour postuler, envoyez votre CV et une lettre de présentation à emplois@snapquebec.example en indiquant la référence {REF}.

--------------------------------------------------

{block("en")}
To apply, send your résumé and a cover letter to emplois@snapquebec.example, quoting reference {REF}.

--
SNAP Québec | CPAWS Quebec
Vous recevez ce courriel parce que vous êtes inscrit·e à la liste Emplois environnement. Se désabonner.
"""
    w(f"{KEY}-courriel.txt", mail, KEY)
    def sec(l):
        fr = l == "fr"
        ess, des, c = (ESS_FR, DES_FR, C_FR) if fr else (ESS_EN, DES_EN, C_EN)
        lab = ["Organisme", "Lieu", "Horaire", "Salaire", "Date limite", "Exigences", "Atouts", "Ce que nous valorisons", "Référence"] if fr else \
              ["Organization", "Location", "Hours", "Salary", "Deadline", "Requirements", "Assets", "What we value", "Reference"]
        salv = "de 53 800 $ à 59 600 $ par année" if fr else "$53,800 to $59,600 per year"
        dl = "22 décembre 2038" if fr else "December 22, 2038"
        return f"""<table width="600" lang="{l}" style="font-family:Arial"><tr><td>
<h2 style="color:#2e6b30">{T[l]}</h2>
<table cellpadding="4"><tr><td><b>{lab[8]}</b></td><td>{REF}</td></tr>
<tr><td><b>{lab[0]}</b></td><td>{O[l]}</td></tr><tr><td><b>{lab[1]}</b></td><td>{L[l]}</td></tr>
<tr><td><b>{lab[2]}</b></td><td>{S[l]}</td></tr><tr><td><b>{lab[3]}</b></td><td>{salv}</td></tr>
<tr><td><b>{lab[4]}</b></td><td>{dl}</td></tr></table>
<h3>{lab[5]}</h3>{ul(ess)}
<h3>{lab[6]}</h3>{ul(des)}
<h3>{lab[7]}</h3>
<p><b>{c[0][0]}</b> — {c[0][1]}<br><b>{c[1][0]}</b> — {c[1][1]}</p>
</td></tr></table>"""
    html = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Infolettre SNAP Québec – décembre 2038</title></head><body>
<p style="font-size:11px">Voir dans le navigateur | View in browser</p>
<table width="600"><tr><td><b>SNAP Québec</b> · Infolettre · Décembre 2038</td></tr></table>
<p>Dans ce numéro : bilan de la COP régionale du 24 novembre 2038, notre campagne des Fêtes, et une offre d'emploi.</p>
<h1>Nous recrutons ! / We're hiring!</h1>
{sec("fr")}
<p><a name="en"></a>— English —</p>
{sec("en")}
<p>Campagne des Fêtes : chaque don versé avant le 31 décembre 2038 sera doublé.</p>
<p style="font-size:11px">SNAP Québec, Montréal · Se désabonner · Mettre à jour vos préférences</p>
</body></html>
"""
    w(f"{KEY}-infolettre.html", html, KEY)
    exp(KEY, ["fr", "en"], T, O, L, S, "2038-12-22", sal(53800, 59600, "CAD", "year"), None, None,
        {"fr": {"essential": ESS_FR, "desirable": DES_FR}, "en": {"essential": ESS_EN, "desirable": DES_EN}},
        {"fr": pairs(*C_FR), "en": pairs(*C_EN)}, REF)
