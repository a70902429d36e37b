import json, os
def sal(amount=None, mn=None, mx=None, cur=None, per=None):
    return {"amount": amount, "min": mn, "max": mx, "currency": cur, "period": per}
def comp(names): return [{"name": n, "description": None} for n in names]
def mk(key, ref, langs, title, org, loc, sched, deadline, salary, grade, req, compet, clearance=None):
    d = {"reference": ref, "post_number": None, "languages": langs}
    for f, v in (("title", title), ("organisation", org), ("location", loc), ("schedule", sched)):
        d[f] = {"en": v.get("en"), "fr": v.get("fr")}
    d.update({"deadline": deadline, "salary": salary, "grade": grade, "clearance": clearance,
              "requirements": {"en": req.get("en"), "fr": req.get("fr")},
              "competencies": {"en": compet.get("en"), "fr": compet.get("fr")}})
    json.dump(d, open(f"expected/{key}.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)

mk("igc-vn-2031-06", "IGC/VN/2031/06", ["en", "fr"],
   {"en": "Market Analyst (Oilseeds)", "fr": "Analyste des marchés (oléagineux)"},
   {"en": "International Grains Council (IGC)", "fr": "Conseil international des céréales (CIC)"},
   {"en": "London, United Kingdom", "fr": "Londres, Royaume-Uni"},
   {"en": "Full-time", "fr": "Temps plein"},
   "2031-05-02", sal(57930, cur="GBP", per="year"), "P-3",
   {"en": {"essential": [
       "An advanced university degree in agricultural economics, economics or a related discipline;",
       "At least five years of experience in commodity market analysis, preferably on oilseeds or vegetable oils;",
       "Sound command of statistical methods and of spreadsheet and database tools;",
       "Excellent written English and the ability to explain market developments to a non-specialist audience."],
     "desirable": [
       "Working knowledge of French, Russian or Spanish;",
       "Experience in an international organisation or a national statistical office;",
       "Familiarity with R or Python for data processing."]},
    "fr": {"essential": [
       "Diplôme universitaire supérieur en économie agricole, en économie ou dans une discipline connexe ;",
       "Au moins cinq ans d'expérience dans l'analyse des marchés de produits de base, de préférence des oléagineux ou des huiles végétales ;",
       "Bonne maîtrise des méthodes statistiques ainsi que des tableurs et des bases de données ;",
       "Excellente expression écrite en anglais et capacité à expliquer l'évolution des marchés à un public non spécialiste."],
     "desirable": [
       "Connaissance pratique du français, du russe ou de l'espagnol ;",
       "Expérience au sein d'une organisation internationale ou d'un institut national de statistique ;",
       "Pratique de R ou de Python pour le traitement des données."]}},
   {"en": [{"name": "Analytical judgement", "description": "draws sound conclusions from incomplete or conflicting data."},
           {"name": "Communication", "description": "writes concisely and adapts the message to the audience."},
           {"name": "Teamwork", "description": "shares information readily and meets joint deadlines."}],
    "fr": [{"name": "Jugement analytique", "description": "tire des conclusions solides de données incomplètes ou contradictoires."},
           {"name": "Communication", "description": "rédige de manière concise et adapte le message au public."},
           {"name": "Travail en équipe", "description": "partage volontiers l'information et respecte les échéances communes."}]})

mk("onem-sel-2031-018", "ONEM/SEL/2031/018", ["fr"],
   {"fr": "Attaché juriste – contentieux des allocations (m/f/x)"},
   {"fr": "Office national de l'Emploi (ONEM)"}, {"fr": "Bruxelles"},
   {"fr": "Temps plein (38 heures par semaine)"},
   "2031-04-28", sal(52184.67, cur="EUR", per="year"), "A1",
   {"fr": {"essential": [
       "Être titulaire d'un diplôme de master en droit délivré par une université belge ou d'un diplôme équivalent reconnu ;",
       "Disposer d'au moins deux ans d'expérience en droit social, en droit administratif ou en contentieux ;",
       "Maîtriser le français à un niveau permettant la rédaction d'actes de procédure ;",
       "Être capable de défendre oralement une position juridique devant un juge."],
     "desirable": [
       "Une connaissance de la réglementation du chômage ou de la sécurité sociale ;",
       "Une bonne connaissance passive du néerlandais ;",
       "Une expérience du barreau."]}},
   {"fr": comp(["Analyser l'information", "Résoudre des problèmes", "Communiquer", "Atteindre les objectifs"])})

mk("re-31-0284", "RE-31-0284", ["fr"],
   {"fr": "Ingénieur·e réseau haute tension"}, {"fr": "Romande Energie"}, {"fr": "Morges"},
   {"fr": "80-100 %"}, "2031-04-18", None, None,
   {"fr": {"essential": [
       "Diplôme d'ingénieur·e EPF ou HES en génie électrique ou titre jugé équivalent",
       "Au moins cinq ans d'expérience dans la conception ou l'exploitation de réseaux haute tension",
       "Maîtrise d'un logiciel de calcul de réseau (NEPLAN, PowerFactory ou équivalent)",
       "Expérience de la conduite de projets avec des partenaires externes",
       "Excellente maîtrise du français et bonnes connaissances de l'allemand"],
     "desirable": [
       "Connaissance de la protection numérique des réseaux et de la norme CEI 61850",
       "Expérience des procédures d'approbation des plans auprès de l'ESTI",
       "Permis de conduire de catégorie B"]}},
   {"fr": comp(["Sens des responsabilités et de la sécurité", "Aisance relationnelle",
                "Capacité à gérer plusieurs projets en parallèle"])})

mk("2031-sq-0147", "2031-SQ-0147", ["fr"],
   {"fr": "Analyste en renseignement criminel"}, {"fr": "Sûreté du Québec"}, {"fr": "Montréal"},
   {"fr": "Temps complet"}, "2031-04-21", sal(None, 52347, 95018, "CAD", "year"), None,
   {"fr": {"essential": [
       "Détenir un diplôme universitaire de premier cycle (baccalauréat) en criminologie, en sciences politiques, en sociologie, en statistique ou dans une autre discipline pertinente ;",
       "Posséder au moins une année d'expérience en analyse de données ou en recherche ;",
       "Avoir la citoyenneté canadienne ou le statut de résident permanent ;",
       "Ne pas avoir été reconnu coupable d'une infraction criminelle pour laquelle aucun pardon n'a été obtenu."],
     "desirable": [
       "Expérience de l'analyse du renseignement dans un milieu policier ou de sécurité ;",
       "Connaissance d'un logiciel d'analyse relationnelle ;",
       "Connaissance de l'anglais parlé et écrit."]}},
   {"fr": comp(["Esprit d'analyse et de synthèse", "Discrétion", "Rigueur", "Travail d'équipe"])})

mk("ua-drh-2031-ater-07", "UA-DRH-2031-ATER-07", ["fr", "en"],
   {"fr": "Attaché temporaire d'enseignement et de recherche (ATER) en géosciences",
    "en": "Temporary Teaching and Research Fellow (ATER) in Geosciences"},
   {"fr": "Université des Antilles", "en": "University of the French West Indies (Université des Antilles)"},
   {"fr": "Pointe-à-Pitre, Guadeloupe", "en": "Pointe-à-Pitre, Guadeloupe"},
   {"fr": "Temps plein (192 heures équivalent TD)", "en": "Full-time (192 hours of tutorial-equivalent teaching)"},
   "2031-05-12", sal(2324.81, cur="EUR", per="month"), None,
   {"fr": {"essential": [
       "Être titulaire d'un doctorat en sciences de la Terre ou s'engager à le soutenir avant le 1er septembre 2031 ;",
       "Justifier d'une expérience d'enseignement en géologie à l'université ;",
       "Être en mesure d'enseigner en français devant des groupes de licence."],
     "desirable": [
       "Pratique du terrain en contexte volcanique ;",
       "Maîtrise d'un logiciel de système d'information géographique ;",
       "Capacité à enseigner en anglais."]},
    "en": {"essential": [
       "Hold a doctorate in Earth sciences or undertake to defend it before 1 September 2031;",
       "Have teaching experience in geology at university level;",
       "Be able to teach undergraduate groups in French."],
     "desirable": [
       "Fieldwork experience in volcanic settings;",
       "Command of a geographic information system software package;",
       "Ability to teach in English."]}},
   {"fr": [], "en": []})

mk("61408", "61408", ["en"],
   {"en": "Protection and Control Technologist"}, {"en": "Hydro One Networks Inc."},
   {"en": "Orangeville, Ontario"}, {"en": "Full-time"}, "2031-05-02",
   sal(None, 42.17, 49.61, "CAD", "hour"), None,
   {"en": {"essential": [
       "A three-year Electrical Engineering Technology diploma from a recognized Ontario college, or equivalent;",
       "At least four years of experience testing and maintaining protection and control equipment in utility or industrial stations;",
       "Sound knowledge of power system protection principles, including distance, differential and overcurrent schemes;",
       "Ability to read and interpret schematics, logic diagrams and relay settings;",
       "A valid Ontario class G driver's licence and the ability to travel within the zone."],
     "desirable": [
       "Certified Engineering Technologist (C.E.T.) designation;",
       "Experience with relay test sets and automated test software;",
       "Working knowledge of SCADA systems and remote terminal units."]}},
   {"en": []})

mk("hd-2031-017", "HD-2031-017", ["en"],
   {"en": "Programme Officer, Digital Conflict Analysis"}, {"en": "Centre for Humanitarian Dialogue"},
   {"en": "Geneva, Switzerland"}, {"en": "100%"}, "2031-05-04",
   sal(None, 98000, 112000, "CHF", "year"), None,
   {"en": {"essential": [
       "A master's degree in political science, international relations, data science or a related field;",
       "At least five years of professional experience in conflict analysis, peacebuilding or research on digital media;",
       "Proven experience with social media monitoring tools and basic data analysis;",
       "Excellent drafting skills in English and the judgement to handle sensitive information with discretion."],
     "desirable": [
       "Field experience in a conflict or post-conflict setting;",
       "Knowledge of French or Arabic;",
       "Familiarity with the ethical and legal questions raised by research on online data."]}},
   {"en": []})

mk("whh-eth-2031-022", "WHH-ETH-2031-022", ["en"],
   {"en": "Country Finance Manager (m/f/d)"}, {"en": "Welthungerhilfe"},
   {"en": "Addis Ababa, Ethiopia"}, {"en": "Full-time"}, "2031-04-20",
   sal(None, 4650, 5300, "EUR", "month"), "WHH 11",
   {"en": {"essential": [
       "University degree in finance, accounting, business administration or economics",
       "At least five years of professional experience in financial management, of which at least two years with an international NGO in a developing country",
       "Proven experience with the financial rules of public donors, ideally German ministries or the European Union",
       "Confident user of accounting software and advanced Excel",
       "Very good English; willingness to live and work in a volatile security context"],
     "desirable": [
       "Knowledge of German",
       "Experience with Microsoft Dynamics or a comparable ERP system",
       "Professional accounting qualification such as ACCA or CPA"]}},
   {"en": []})

mk("flx-2031-0093", "FLX-2031-0093", ["en", "fr"],
   {"en": "Gas Dispatching Engineer", "fr": "Ingénieur dispatching gaz (h/f/x)"},
   {"en": "Fluxys Belgium", "fr": "Fluxys Belgium"}, {"en": "Brussels", "fr": "Bruxelles"},
   {"en": "Full-time, shift work", "fr": "Temps plein, travail en pause"}, "2031-04-30", None, None,
   {"en": {"essential": [
       "You hold a master's degree in engineering (civil or industrial engineer), preferably in electromechanics, energy or chemistry;",
       "You are willing to work in a continuous shift system;",
       "You speak French or Dutch fluently and have a good knowledge of the other national language and of English;",
       "You keep a cool head and take sound decisions under time pressure."],
     "desirable": [
       "A first experience in a control room or in the energy sector;",
       "Knowledge of hydraulic network modelling."]},
    "fr": {"essential": [
       "Vous êtes titulaire d'un master en ingénierie (ingénieur civil ou industriel), de préférence en électromécanique, en énergie ou en chimie ;",
       "Vous êtes prêt à travailler dans un système de pauses continues ;",
       "Vous parlez couramment le français ou le néerlandais et avez une bonne connaissance de l'autre langue nationale et de l'anglais ;",
       "Vous gardez votre calme et prenez des décisions fondées sous la pression du temps."],
     "desirable": [
       "Une première expérience dans une salle de contrôle ou dans le secteur de l'énergie ;",
       "Une connaissance de la modélisation hydraulique des réseaux."]}},
   {"en": [], "fr": []})

mk("kinepolis-film-programming-analyst", "", ["en"],
   {"en": "Film Programming Analyst"}, {"en": "Kinepolis Group NV"}, {"en": "Ghent, Belgium"},
   {"en": "Full-time"}, None, None, None,
   {"en": {"essential": [
       "A master's degree in economics, business engineering, statistics or a comparable field;",
       "Two to three years of experience as a data or business analyst;",
       "Advanced Excel skills and good knowledge of SQL;",
       "Fluency in English and in Dutch or French;",
       "A genuine interest in film and in the cinema business."],
     "desirable": [
       "Experience with Power BI or a similar reporting tool;",
       "Knowledge of the film distribution or retail sector;",
       "A third language among Dutch, French and Spanish."]}},
   {"en": []})
