# All contract data of corpus326; writes expected/. Renderers import N (notices).
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def comp(pairs):
    return [{"name": a, "description": b} for a, b in pairs]

def E(ref, langs, title, org, loc, sched, deadline, salary, grade, req, comps):
    def lang(d):
        return {l: d.get(l) for l in ("en", "fr")}
    return {"reference": ref, "post_number": None, "languages": langs,
            "title": lang(title), "organisation": lang(org), "location": lang(loc),
            "schedule": lang(sched), "deadline": deadline, "salary": salary, "grade": grade,
            "clearance": None,
            "requirements": {l: req.get(l) for l in ("en", "fr")},
            "competencies": {l: comps.get(l) for l in ("en", "fr")}}

def sal(mn, mx, cur, per, amount=None):
    return {"amount": amount, "min": mn, "max": mx, "currency": cur, "period": per}

N = {}

# 1 PIANC -------------------------------------------------------------------
N["pianc-vn-2044-06"] = E("PIANC-VN-2044-06", ["en", "fr"],
  {"en": "Technical Commissions Coordinator", "fr": "Coordinateur·rice des commissions techniques"},
  {"en": "World Association for Waterborne Transport Infrastructure (PIANC)",
   "fr": "Association mondiale pour des infrastructures de transport maritimes et fluviales (AIPCN)"},
  {"en": "PIANC General Secretariat, Brussels, Belgium", "fr": "Secrétariat général de l'AIPCN, Bruxelles (Belgique)"},
  {"en": "Full-time (38 hours per week)", "fr": "Temps plein (38 heures par semaine)"},
  "2044-12-02", sal(4300, 4950, "EUR", "month"), None,
  {"en": {"essential": [
      "Master's degree in civil, coastal or port engineering, or in a related field",
      "Four years of experience in coordinating technical working groups or international committees",
      "Excellent written English and a good working knowledge of French"],
     "desirable": [
      "Experience of editing technical guidance reports for publication",
      "Knowledge of Dutch, Spanish or German"]},
   "fr": {"essential": [
      "Master en génie civil, génie côtier ou génie portuaire, ou dans un domaine apparenté",
      "Quatre ans d'expérience de la coordination de groupes de travail techniques ou de comités internationaux",
      "Excellent anglais écrit et bonne connaissance pratique du français"],
     "desirable": [
      "Expérience de la mise au point de rapports d'orientation technique pour publication",
      "Connaissance du néerlandais, de l'espagnol ou de l'allemand"]}},
  {"en": comp([("Planning", "keeps twenty working groups on schedule without losing sight of quality."),
               ("Diplomacy", "handles volunteer experts from many countries with tact."),
               ("Clarity", "turns technical discussions into concise minutes and decisions.")]),
   "fr": comp([("Organisation", "tient le calendrier de vingt groupes de travail sans perdre de vue la qualité."),
               ("Diplomatie", "traite avec tact des experts bénévoles de nombreux pays."),
               ("Clarté", "transforme des discussions techniques en comptes rendus et décisions concis.")])})

# 2 Bougainville --------------------------------------------------------------
N["abg-dpimr-44-118"] = E("ABG/DPIMR/44-118", ["en"],
  {"en": "Senior Inshore Fisheries Officer"},
  {"en": "Autonomous Bougainville Government"},
  {"en": "Buka, Autonomous Region of Bougainville (with travel to Arawa and Buin)"},
  {"en": "Full-time, Monday to Friday, 7:45 a.m. to 4:06 p.m."},
  "2044-12-05", sal(58400, 64900, "PGK", "year"), "Grade 12",
  {"en": {"essential": [
      "A Bachelor's degree in fisheries science, marine biology or natural resource management",
      "At least five years of experience in coastal fisheries management, two of them in a supervisory role",
      "Sound knowledge of the Bougainville Fisheries Management Act and of licensing procedures",
      "A current driver's licence and a boat handling certificate"],
     "desirable": [
      "Experience of working with customary landowners and community-based management areas",
      "Ability to speak Tok Pisin and at least one Bougainville language"]}},
  {"en": comp([("Integrity", "applies licensing rules fairly to every applicant."),
               ("Community engagement", "listens to coastal communities and explains decisions in plain words."),
               ("Teamwork", "supports district officers and shares field workload.")])})

# 3 Eryri -----------------------------------------------------------------------
N["enpa-44-017"] = E("ENPA/44/017", ["en"],
  {"en": "Upland Path Officer"},
  {"en": "Eryri National Park Authority"},
  {"en": "National Park Office, Penrhyndeudraeth, Gwynedd (with fieldwork across the National Park)"},
  {"en": "37 hours per week under the flexible working scheme"},
  "2044-12-06", sal(33940, 36120, "GBP", "year"), "Grade 6",
  {"en": {"essential": [
      "A relevant qualification in countryside management, civil engineering or a related subject",
      "Two years' experience of planning or supervising footpath repair in upland terrain",
      "Working knowledge of health and safety legislation for outdoor works",
      "Ability to communicate in Welsh and English to level 3"],
     "desirable": [
      "Experience of managing contractors and volunteer groups",
      "Knowledge of stone pitching and drainage techniques",
      "Ability to use GIS to record path condition surveys"]}},
  {"en": comp([("Safe working", "plans every task around weather, terrain and the people on the mountain."),
               ("Partnership", "works with landowners, volunteers and contractors towards shared aims."),
               ("Care for the landscape", "chooses materials and methods that respect the character of Eryri.")])})

# 4 EPTB Saône et Doubs -----------------------------------------------------------
N["eptb-sd-2044-19"] = E("EPTB-SD-2044-19", ["fr"],
  {"fr": "Technicien·ne de rivière Doubs aval (F/H)"},
  {"fr": "Établissement public territorial de bassin Saône et Doubs (EPTB Saône et Doubs)"},
  {"fr": "Antenne Doubs aval, Navilly (Saône-et-Loire)"},
  {"fr": "Temps complet (37 h 30 hebdomadaires avec RTT)"},
  "2044-12-07", sal(2150, 2520, "EUR", "month"), None,
  {"fr": {"essential": [
      "BTS Gestion et maîtrise de l'eau ou licence professionnelle en hydrologie ou en gestion des milieux aquatiques",
      "Expérience de deux ans dans le suivi de travaux en rivière",
      "Connaissance de la réglementation relative aux cours d'eau (loi sur l'eau, DIG)",
      "Permis B indispensable"],
     "desirable": [
      "Pratique de QGIS et des bases de données naturalistes",
      "Connaissance du fonctionnement des collectivités territoriales"]}},
  {"fr": comp([("Autonomie", "organise ses visites de terrain et rend compte chaque semaine."),
               ("Sens du dialogue", "explique les projets aux riverains, aux agriculteurs et aux élus."),
               ("Rigueur", "tient à jour les dossiers réglementaires et les suivis de chantier.")])})

# 5 DRBC -----------------------------------------------------------------------------
N["drbc-ja-44-05"] = E("DRBC-JA-44-05", ["en"],
  {"en": "Water Supply Planning Engineer"},
  {"en": "Delaware River Basin Commission"},
  {"en": "DRBC offices, West Trenton, New Jersey"},
  {"en": "Full-time, 37.5 hours per week"},
  "2044-12-09", sal(82300, 97600, "USD", "year"), "Pay Band E",
  {"en": {"essential": [
      "Bachelor's degree in civil or environmental engineering, hydrology or a closely related field",
      "Four years of professional experience in water supply planning or water resources modeling",
      "Proficiency in Python or R for the analysis of large hydrologic data sets",
      "Ability to present technical findings to commissioners, advisory committees and the public"],
     "desirable": [
      "Registration as a Professional Engineer (PE) or eligibility for registration within one year",
      "Experience with reservoir operations models or drought management plans"]}},
  {"en": comp([("Analytical thinking", "tests assumptions and documents every model run."),
               ("Collaboration", "works across branches and with the staff of four basin states."),
               ("Public service", "keeps in mind the fifteen million people who rely on the river.")])})

# 6 IRSG -------------------------------------------------------------------------
N["irsg-vn-2044-03"] = E("IRSG/VN/2044/03", ["en"],
  {"en": "Rubber Economics Officer"},
  {"en": "International Rubber Study Group (IRSG)"},
  {"en": "IRSG Secretariat, Singapore"},
  {"en": "Full-time, 40 hours per week, Monday to Friday"},
  "2044-12-12", sal(8200, 9400, "SGD", "month"), "P-3",
  {"en": {"essential": [
      "An advanced university degree in economics, statistics, agricultural economics or a related discipline",
      "At least five years of experience in commodity market analysis or trade statistics",
      "Proven ability to build and maintain supply and demand balances and forecasting models",
      "Excellent drafting skills in English"],
     "desirable": [
      "Knowledge of the natural rubber value chain or of the tyre industry",
      "Working knowledge of Chinese, Thai, Malay or French"]}},
  {"en": comp([("Analytical rigour", "checks every series against its source before publication."),
               ("Communication", "explains market trends to member governments and industry in plain language."),
               ("Planning and organising", "delivers the quarterly statistical bulletin on time."),
               ("Teamwork", "shares data and methods openly within a small secretariat.")])})

# 7 PNR Scarpe-Escaut ----------------------------------------------------------------
N["pnrse-2044-08"] = E("PNRSE-2044-08", ["fr"],
  {"fr": "Chargé·e de mission trames écologiques (F/H)"},
  {"fr": "Syndicat mixte de gestion du Parc naturel régional Scarpe-Escaut"},
  {"fr": "Maison du Parc, Saint-Amand-les-Eaux (Nord)"},
  {"fr": "Temps complet, 37 h 30 par semaine avec RTT"},
  "2044-12-14", sal(2350, 2780, "EUR", "month"), None,
  {"fr": {"essential": [
      "d'un diplôme de niveau bac + 5 en écologie, en aménagement du territoire ou en géographie ;",
      "d'une expérience de trois ans au moins dans l'animation de projets de continuités écologiques ;",
      "d'une bonne maîtrise des outils SIG (QGIS) et de l'analyse paysagère ;",
      "du permis B."],
     "desirable": [
      "la connaissance des zones humides du bassin minier ;",
      "une pratique du néerlandais pour les projets transfrontaliers."]}},
  {"fr": comp([("Écoute", "comprend les contraintes des agriculteurs et des communes"),
               ("Pédagogie", "sait rendre accessibles des notions d'écologie du paysage"),
               ("Esprit d'équipe", "travaille avec les chargés de mission eau, agriculture et urbanisme")])})

# 8 World Lacrosse -------------------------------------------------------------------
N["wl-hr-2044-11"] = E("WL-HR-2044-11", ["en"],
  {"en": "Member Federation Development Manager"},
  {"en": "World Lacrosse"},
  {"en": "Colorado Springs, Colorado, USA (hybrid)"},
  {"en": "Full-time, 40 hours per week"},
  "2044-12-15", sal(74000, 86000, "USD", "year"), None,
  {"en": {"essential": [
      "Five years of experience in sport development, ideally within an international or national federation",
      "Track record of designing and delivering capacity-building programmes",
      "Excellent written and spoken English",
      "Willingness to travel internationally for up to 60 days a year"],
     "desirable": [
      "Knowledge of Olympic Solidarity and other sport funding programmes",
      "Spanish, French or Japanese"]}},
  {"en": comp([("Ownership", "follows each development plan through to measurable results."),
               ("Inclusion", "designs programmes that open the sport to women, girls and new nations."),
               ("Adaptability", "works across time zones and cultures with good humour.")])})

# 9 IUFRO -------------------------------------------------------------------------------
N["iufro-hq-2044-02"] = E("IUFRO-HQ-2044-02", ["en", "fr"],
  {"en": "Scientific Networks Officer", "fr": "Chargé·e des réseaux scientifiques"},
  {"en": "International Union of Forest Research Organizations (IUFRO)",
   "fr": "Union internationale des instituts de recherches forestières (IUFRO)"},
  {"en": "IUFRO Headquarters, Vienna, Austria", "fr": "Siège de l'IUFRO, Vienne (Autriche)"},
  {"en": "Full-time (40 hours per week)", "fr": "Temps plein (40 heures par semaine)"},
  "2044-12-16", sal(3900, 4400, "EUR", "month"), None,
  {"en": {"essential": [
      "Master's degree in forestry, environmental science or a related field",
      "Three years of experience in supporting research networks, scientific events or international projects",
      "Fluent English and good French"],
     "desirable": [
      "Experience with membership databases and web content management",
      "Working knowledge of German or Spanish"]},
   "fr": {"essential": [
      "Master en foresterie, en sciences de l'environnement ou dans un domaine apparenté",
      "Trois ans d'expérience de l'appui à des réseaux de recherche, à des manifestations scientifiques ou à des projets internationaux",
      "Anglais courant et bon français"],
     "desirable": [
      "Expérience des bases de données d'adhérents et de la gestion de contenus web",
      "Connaissance pratique de l'allemand ou de l'espagnol"]}},
  {"en": comp([("Networking", "connects researchers across divisions and regions."),
               ("Reliability", "answers officeholders quickly and follows up on every request.")]),
   "fr": comp([("Sens du réseau", "met en relation des chercheurs de divisions et de régions différentes."),
               ("Fiabilité", "répond rapidement aux responsables d'unités et assure le suivi de chaque demande.")])})

# 10 La Comète ----------------------------------------------------------------------------
N["comete-2044-04"] = E("COMETE-2044-04", ["fr"],
  {"fr": "Chargé·e des relations avec les publics (F/H)"},
  {"fr": "La Comète, scène nationale de Châlons-en-Champagne"},
  {"fr": "Châlons-en-Champagne (Marne)"},
  {"fr": "Temps complet, 35 h annualisées, travail en soirée et le week-end"},
  "2044-12-19", sal(None, None, "EUR", "month", amount=2180), "Groupe 5 – Agent de maîtrise",
  {"fr": {"essential": [
      "Formation supérieure en médiation culturelle, en arts du spectacle ou en communication",
      "Première expérience réussie dans les relations avec les publics d'un lieu de spectacle vivant",
      "Très bonne expression écrite et orale",
      "Maîtrise d'un logiciel de billetterie et des outils bureautiques"],
     "desirable": [
      "Connaissance du réseau scolaire et associatif de la Marne",
      "Pratique d'une langue étrangère, notamment l'anglais ou l'allemand"]}},
  {"fr": comp([("Curiosité", "s'intéresse à toutes les disciplines du spectacle vivant."),
               ("Sens du contact", "aime accueillir et accompagner des publics très divers."),
               ("Disponibilité", "accepte un rythme de travail lié à la saison et aux représentations.")])})

def write():
    os.makedirs(os.path.join(ROOT, "expected"), exist_ok=True)
    for k, v in N.items():
        with open(os.path.join(ROOT, "expected", k + ".json"), "w", encoding="utf-8") as f:
            json.dump(v, f, ensure_ascii=False, indent=2)
            f.write("\n")

if __name__ == "__main__":
    write()
