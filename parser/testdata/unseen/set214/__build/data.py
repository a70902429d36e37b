# -*- coding: utf-8 -*-
"""Contract data of corpus214: every expected string is written once here; the renderers
take them from here, and write_expected() writes expected/<key>.json."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def C(name, desc=None):
    return {"name": name, "description": desc}


def notice(key, reference, languages, title, organisation, location, schedule, deadline,
           salary=None, grade=None, clearance=None, post_number=None, req=None, comp=None):
    def both(d):
        return {"en": d.get("en"), "fr": d.get("fr")}
    out = {
        "reference": reference, "post_number": post_number, "languages": languages,
        "title": both(title), "organisation": both(organisation), "location": both(location),
        "schedule": both(schedule), "deadline": deadline, "salary": salary, "grade": grade,
        "clearance": clearance,
        "requirements": {l: (req.get(l) if l in languages else None) for l in ("en", "fr")},
        "competencies": {l: (comp.get(l, []) if l in languages else None) for l in ("en", "fr")},
    }
    return key, out


def S(amount=None, mn=None, mx=None, cur="EUR", period="year"):
    return {"amount": amount, "min": mn, "max": mx, "currency": cur, "period": period}


N = {}

# 1. IRMCT — EN | FR side by side (LibreOffice, Word table)
k, N["irmct"] = notice(
    "irmct-aru-35-017", "IRMCT/ARU/35/017", ["en", "fr"],
    {"en": "Associate Archivist (Records Management)", "fr": "Archiviste adjoint(e) (gestion des dossiers)"},
    {"en": "International Residual Mechanism for Criminal Tribunals (IRMCT)",
     "fr": "Mécanisme international appelé à exercer les fonctions résiduelles des Tribunaux pénaux (MIFRTP)"},
    {"en": "Arusha, United Republic of Tanzania", "fr": "Arusha (République-Unie de Tanzanie)"},
    {"en": "Full-time", "fr": "Temps plein"},
    "2035-08-04", salary=S(amount=61230, cur="USD", period="year"), grade="P-2",
    req={"en": {"essential": [
        "An advanced university degree (Master's or equivalent) in archival science, records management, information science or history;",
        "At least two years of progressively responsible experience in archives or records management;",
        "Experience with electronic records or digital preservation systems;",
        "Fluency in English or French, with a working knowledge of the other language."],
        "desirable": [
        "Experience in an international court, tribunal or United Nations entity;",
        "Knowledge of Kiswahili or of Kinyarwanda;",
        "Familiarity with access-to-information policies for judicial records."]},
        "fr": {"essential": [
        "Diplôme universitaire du deuxième cycle (master ou équivalent) en archivistique, gestion des documents, sciences de l'information ou histoire ;",
        "Au moins deux années d'expérience à des responsabilités croissantes dans le domaine des archives ou de la gestion des documents ;",
        "Expérience des documents électroniques ou des systèmes de préservation numérique ;",
        "Maîtrise de l'anglais ou du français et connaissance pratique de l'autre langue."],
        "desirable": [
        "Expérience acquise au sein d'une cour, d'un tribunal international ou d'une entité des Nations Unies ;",
        "Connaissance du kiswahili ou du kinyarwanda ;",
        "Connaissance des politiques d'accès à l'information applicables aux dossiers judiciaires."]}},
    comp={"en": [C("Professionalism", "applies archival standards consistently and meets deadlines under pressure."),
                 C("Planning and organizing", "sets clear priorities for each transfer and adjusts the schedule when cases require it."),
                 C("Teamwork", "shares knowledge with colleagues in both branches and credits their contributions.")],
          "fr": [C("Professionnalisme", "applique les normes archivistiques avec constance et respecte les délais, même sous pression."),
                 C("Aptitude à planifier et à organiser", "fixe des priorités claires pour chaque versement et adapte le calendrier selon les besoins des affaires."),
                 C("Esprit d'équipe", "partage ses connaissances avec les collègues des deux divisions et reconnaît leurs contributions.")]})
N["irmct"]["_key"] = k

# 2. States of Guernsey — Word template with a header table (LibreOffice)
k, N["guernsey"] = notice(
    "sog-hsc-35-0412", "SOG-HSC-35-0412", ["en"],
    {"en": "Senior Environmental Health Officer (Food Safety)"},
    {"en": "States of Guernsey"},
    {"en": "Le Vauquiedor Offices, St Martin, Guernsey"},
    {"en": "Full time – 37 hours per week"},
    "2035-08-11", salary=S(mn=58412, mx=64905, cur="GBP", period="year"), grade="PT6",
    req={"en": {"essential": [
        "Degree in Environmental Health accredited by the Chartered Institute of Environmental Health, or equivalent",
        "Registration with the Environmental Health Registration Board",
        "At least three years' post-qualification experience of food hygiene and food standards enforcement",
        "Competence to inspect high-risk food businesses under a recognised code of practice",
        "Full driving licence"],
        "desirable": [
        "Lead auditor qualification in food safety management systems",
        "Experience of preparing cases for prosecution",
        "Knowledge of port health controls for imported food"]}},
    comp={"en": [C("Setting direction", "understands how the service contributes to public health on the island and explains it to others."),
                 C("Delivering results", "plans inspections to meet targets and follows every case through to a clear outcome."),
                 C("Working together", "builds trusting relationships with businesses, colleagues and partner agencies.")]})
N["guernsey"]["_key"] = k

# 3. Cnam — criteria table (LibreOffice)
k, N["cnam"] = notice(
    "cnam-drh-2035-118", "CNAM-DRH-2035-118", ["fr"],
    {"fr": "Ingénieur·e d'études en ingénierie pédagogique numérique (F/H)"},
    {"fr": "Conservatoire national des arts et métiers (Cnam)"},
    {"fr": "Paris 3e – 292, rue Saint-Martin"},
    {"fr": "Temps complet (1 607 heures annuelles)"},
    "2035-08-25", salary=S(mn=2480, mx=2950, cur="EUR", period="month"),
    req={"fr": {"essential": [
        "Diplôme de niveau bac + 5 en sciences de l'éducation, ingénierie de la formation ou informatique",
        "Expérience d'au moins deux ans dans la conception de parcours de formation à distance",
        "Maîtrise d'une plateforme d'apprentissage de type Moodle",
        "Connaissance des règles d'accessibilité numérique (RGAA)"],
        "desirable": [
        "Pratique d'un outil auteur (Storyline, H5P ou équivalent)",
        "Expérience de la formation des adultes en reprise d'études",
        "Anglais lu et écrit"]}},
    comp={"fr": [C("Sens de l'écoute"), C("Rigueur"), C("Capacité à travailler en mode projet"), C("Pédagogie")]})
N["cnam"]["_key"] = k

# 4. Collectivité de Saint-Barthélemy — form with boxes (WeasyPrint)
k, N["stbarth"] = notice(
    "ctsb-rh-2035-027", "CTSB/RH/2035-027", ["fr"],
    {"fr": "Agent de surveillance du littoral et des espaces naturels (F/H)"},
    {"fr": "Collectivité de Saint-Barthélemy"},
    {"fr": "Gustavia – Saint-Barthélemy"},
    {"fr": "Temps complet"},
    "2035-08-14", salary=S(amount=2310, cur="EUR", period="month"),
    req={"fr": {"essential": [
        "Permis B en cours de validité",
        "Aptitude à la natation et au travail en extérieur par forte chaleur",
        "Connaissance du milieu marin et des espèces protégées des Antilles",
        "Maîtrise des outils bureautiques courants"],
        "desirable": [
        "Permis bateau (option côtière)",
        "Notions d'anglais pour l'accueil des visiteurs",
        "Expérience dans une réserve naturelle ou un parc marin"]}},
    comp={"fr": [C("Sens du service public"), C("Autonomie"), C("Diplomatie"), C("Vigilance")]})
N["stbarth"]["_key"] = k

# 5. FIVB — cover page (pdflatex)
k, N["fivb"] = notice(
    "fivb-hr-2035-09", "FIVB-HR-2035-09", ["en"],
    {"en": "Competition Data Officer (Beach Volleyball)"},
    {"en": "Fédération Internationale de Volleyball (FIVB)"},
    {"en": "Lausanne, Switzerland"},
    {"en": "Full-time (100%)"},
    "2035-08-22", salary=S(mn=98000, mx=112000, cur="CHF", period="year"),
    req={"en": {"essential": [
        "University degree in statistics, sports science, computer science or a related field.",
        "At least three years of experience managing live data for sports competitions.",
        "Strong command of SQL and of spreadsheet tools.",
        "Fluent English, written and spoken.",
        "Willingness to travel to events for up to 60 days a year."],
        "desirable": [
        "Knowledge of beach volleyball scoring and officiating rules.",
        "Working knowledge of French, Spanish or Portuguese.",
        "Experience with results systems used at multi-sport events."]}},
    comp={"en": [C("Accuracy", "double-checks every result before it is published."),
                 C("Calm under pressure", "keeps the data flowing when matches overrun or systems fail."),
                 C("Service mindset", "supports referees, broadcasters and federations as internal clients.")]})
N["fivb"]["_key"] = k

# 6. Isle of Man Government — three pages with running heads and footers (WeasyPrint)
k, N["iom"] = notice(
    "doi-35-0719", "DOI/35/0719", ["en"],
    {"en": "Harbour Engineer"},
    {"en": "Isle of Man Government"},
    {"en": "Sea Terminal, Douglas, Isle of Man"},
    {"en": "Full time, 37.5 hours per week"},
    "2035-08-08", salary=S(mn=52118, mx=57664, cur="GBP", period="year"), grade="HPTO",
    req={"en": {"essential": [
        "A degree in civil or structural engineering, or an equivalent qualification;",
        "Incorporated or Chartered Engineer status, or working towards it;",
        "Experience of inspecting and maintaining marine or coastal structures;",
        "Ability to manage small works contracts from design to handover;",
        "A full driving licence valid in the Isle of Man."],
        "desirable": [
        "Experience of dredging or navigation aids;",
        "Knowledge of the NEC suite of contracts;",
        "A diving or confined-space certificate."]}},
    comp={"en": [C("Leading and communicating", "explains technical risk to non-engineers in plain terms."),
                 C("Managing a quality service", "plans maintenance so that sailings are not disrupted."),
                 C("Making effective decisions", "weighs cost, safety and environmental impact before recommending an option."),
                 C("Collaborating and partnering", "works with the Harbour Master, contractors and the ferry operator as one team.")]})
N["iom"]["_key"] = k

# 7. Hermès — LaTeX with run-in headings (pdflatex)
k, N["hermes"] = notice(
    "hms-pan-2035-0641", "HMS-PAN-2035-0641", ["fr"],
    {"fr": "Coupeur·se cuir en atelier de maroquinerie (F/H)"},
    {"fr": "Hermès Maroquinerie-Sellerie"},
    {"fr": "Pantin (Seine-Saint-Denis)"},
    {"fr": "Temps plein, 35 heures hebdomadaires du lundi au vendredi"},
    "2035-08-29", salary=S(amount=2180, cur="EUR", period="month"),
    req={"fr": {"essential": [
        "CAP maroquinerie ou formation équivalente ;",
        "Première expérience de la coupe du cuir à la main ou à la presse ;",
        "Excellente acuité visuelle et sens du toucher ;",
        "Goût du travail précis et répétitif."],
        "desirable": [
        "Connaissance des cuirs exotiques ;",
        "Expérience de la coupe assistée par ordinateur ;",
        "Pratique d'un autre métier d'art."]}},
    comp={"fr": [C("Patience"), C("Minutie"), C("Esprit d'équipe"), C("Respect des consignes de sécurité")]})
N["hermes"]["_key"] = k

# 8. Falkland Islands Government — poster with a sidebar (WeasyPrint)
k, N["falklands"] = notice(
    "fig-35-063", "FIG/35/063", ["en"],
    {"en": "Veterinary Officer"},
    {"en": "Falkland Islands Government"},
    {"en": "Stanley, Falkland Islands"},
    {"en": "Full-time (37.5 hours per week)"},
    "2035-08-18", salary=S(mn=49860, mx=56214, cur="GBP", period="year"), grade="F",
    req={"en": {"essential": [
        "Degree in veterinary medicine registrable with the Royal College of Veterinary Surgeons",
        "At least three years in mixed or farm animal practice",
        "Experience of disease surveillance and export certification",
        "Ability to work alone in remote settlements and drive off-road"],
        "desirable": [
        "Experience with sheep and cattle health schemes",
        "Official Veterinarian status",
        "Small-animal surgical skills"]}},
    comp={"en": []})
N["falklands"]["_key"] = k

# 9. Eurostar — brochure with coloured bands (Chromium), EN then FR
k, N["eurostar"] = notice(
    "req-35-2291", "REQ-35-2291", ["en", "fr"],
    {"en": "Train Manager (Bilingual English–French)", "fr": "Chef de bord (bilingue anglais-français)"},
    {"en": "Eurostar International Limited", "fr": "Eurostar International Limited"},
    {"en": "London St Pancras International", "fr": "Londres – St Pancras International"},
    {"en": "Full-time, shift rota (37.5 hours per week on average)",
     "fr": "Temps plein, roulement (37,5 heures hebdomadaires en moyenne)"},
    "2035-08-06", salary=S(amount=38600, cur="GBP", period="year"),
    req={"en": {"essential": [
        "Fluent spoken English and French",
        "At least two years in a customer-facing role",
        "Calm judgement in emergencies and disruption",
        "Right to work in the United Kingdom and to travel to France and Belgium"],
        "desirable": [
        "Experience on board trains, ships or aircraft",
        "Conversational Dutch",
        "A first-aid certificate"]},
        "fr": {"essential": [
        "Maîtrise orale de l'anglais et du français",
        "Au moins deux ans d'expérience au contact de la clientèle",
        "Sang-froid en situation d'urgence ou de perturbation",
        "Droit de travailler au Royaume-Uni et de voyager en France et en Belgique"],
        "desirable": [
        "Expérience à bord de trains, de navires ou d'avions",
        "Néerlandais conversationnel",
        "Certificat de secourisme"]}},
    comp={"en": [], "fr": []})
N["eurostar"]["_key"] = k

# 10. Transdev — landscape page in columns (Chromium)
k, N["transdev"] = notice(
    "tdv-rei-2035-0388", "TDV-REI-2035-0388", ["fr"],
    {"fr": "Technicien·ne de maintenance tramway (F/H)"},
    {"fr": "Transdev Reims"},
    {"fr": "Reims (51) – dépôt de Bezannes"},
    {"fr": "Temps plein – horaires en 2x8"},
    "2035-08-27", salary=S(mn=28000, mx=32500, cur="EUR", period="year"),
    req={"fr": {"essential": [
        "Bac pro ou BTS en maintenance des systèmes, électrotechnique ou électronique",
        "Deux ans d'expérience en maintenance ferroviaire ou industrielle",
        "Lecture de schémas électriques et pneumatiques",
        "Habilitation électrique B1V/BR ou capacité à l'obtenir"],
        "desirable": [
        "Connaissance des rames Citadis",
        "Permis B",
        "Notions de GMAO"]}},
    comp={"fr": [C("Rigueur", "vous suivez les gammes de maintenance à la lettre."),
                 C("Esprit d'équipe", "vous transmettez les consignes à la relève."),
                 C("Réactivité", "vous intervenez vite en cas de panne en ligne.")]})
N["transdev"]["_key"] = k


def write_expected():
    os.makedirs(os.path.join(ROOT, "expected"), exist_ok=True)
    for n in N.values():
        d = {k2: v for k2, v in n.items() if not k2.startswith("_")}
        with open(os.path.join(ROOT, "expected", n["_key"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(d, f, ensure_ascii=False, indent=2)
            f.write("\n")


if __name__ == "__main__":
    write_expected()
