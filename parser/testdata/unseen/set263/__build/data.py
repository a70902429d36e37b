# -*- coding: utf-8 -*-
"""All contract data of corpus263; writes expected/. Renderers import N (notices) from here."""
import json, os

def comp(*pairs):
    return [{"name": n, "description": d} for n, d in pairs]

def en_only(ref, title, org, loc, sched, deadline, salary, grade, ess, des, comps):
    return {"reference": ref, "post_number": None, "languages": ["en"],
            "title": {"en": title, "fr": None}, "organisation": {"en": org, "fr": None},
            "location": {"en": loc, "fr": None}, "schedule": {"en": sched, "fr": None},
            "deadline": deadline, "salary": salary, "grade": grade, "clearance": None,
            "requirements": {"en": {"essential": ess, "desirable": des}, "fr": None},
            "competencies": {"en": comps, "fr": None}}

def fr_only(ref, title, org, loc, sched, deadline, salary, grade, ess, des, comps):
    return {"reference": ref, "post_number": None, "languages": ["fr"],
            "title": {"en": None, "fr": title}, "organisation": {"en": None, "fr": org},
            "location": {"en": None, "fr": loc}, "schedule": {"en": None, "fr": sched},
            "deadline": deadline, "salary": salary, "grade": grade, "clearance": None,
            "requirements": {"en": None, "fr": {"essential": ess, "desirable": des}},
            "competencies": {"en": None, "fr": comps}}

def sal(mn, mx, cur, per, amount=None):
    return {"amount": amount, "min": mn, "max": mx, "currency": cur, "period": per}

N = {}

# 1. International Dairy Federation: EN | FR side by side (Chromium)
N["idf-vn-2039-07"] = {
    "reference": "IDF/VN/2039/07", "post_number": None, "languages": ["en", "fr"],
    "title": {"en": "Standards Officer, Dairy Analytical Methods",
              "fr": "Chargé·e de normalisation, méthodes d'analyse laitière"},
    "organisation": {"en": "International Dairy Federation (IDF)", "fr": "Fédération internationale du lait (FIL)"},
    "location": {"en": "Brussels, Belgium", "fr": "Bruxelles (Belgique)"},
    "schedule": {"en": "Full-time, 38 hours per week", "fr": "Temps plein, 38 heures par semaine"},
    "deadline": "2039-09-01", "salary": sal(5200, 5900, "EUR", "month"), "grade": None, "clearance": None,
    "requirements": {
        "en": {"essential": [
            "Master's degree in food science, analytical chemistry or dairy technology;",
            "At least four years of laboratory or standards work on methods of analysis and sampling;",
            "Proven experience in drafting technical documents by consensus;",
            "Fluent English and a good working knowledge of French."],
            "desirable": [
            "Experience of ISO or Codex Alimentarius committee work;",
            "Knowledge of statistics for interlaboratory method validation."]},
        "fr": {"essential": [
            "Master en sciences des aliments, en chimie analytique ou en technologie laitière ;",
            "Au moins quatre ans d'expérience en laboratoire ou en normalisation des méthodes d'analyse et d'échantillonnage ;",
            "Expérience confirmée de la rédaction de documents techniques par consensus ;",
            "Anglais courant et bonne connaissance pratique du français."],
            "desirable": [
            "Expérience des travaux de comités de l'ISO ou du Codex Alimentarius ;",
            "Connaissance des statistiques appliquées à la validation interlaboratoires des méthodes."]}},
    "competencies": {
        "en": comp(("Rigour", "checks every figure and reference before a draft leaves the office."),
                   ("Diplomacy", "helps experts with opposing views reach a text they can all sign."),
                   ("Clear writing", "turns long technical discussions into short, usable standards.")),
        "fr": comp(("Rigueur", "vérifie chaque chiffre et chaque référence avant la diffusion d'un projet."),
                   ("Diplomatie", "aide des experts aux avis opposés à s'accorder sur un texte commun."),
                   ("Clarté rédactionnelle", "transforme de longues discussions techniques en normes courtes et utilisables."))}}

# 2. Government of Niue: Word template with a header table (LibreOffice)
N["npsc-vac-2039-21"] = en_only(
    "NPSC/VAC/2039/21", "Senior Fisheries Officer", "Government of Niue",
    "Department of Agriculture, Forestry and Fisheries, Alofi",
    "Full-time, 40 hours over four days (Monday to Thursday)", "2039-09-02",
    sal(48500, 56200, "NZD", "year"), "Level 9",
    ["A degree or diploma in fisheries science, marine biology or a related field",
     "At least five years of experience in coastal or oceanic fisheries management",
     "Experience of supervising a small team and preparing annual work plans",
     "A current driver licence and the ability to swim and work from small boats"],
    ["Experience with tuna catch data and regional fisheries reporting",
     "Ability to speak Vagahau Niue"],
    comp(("Integrity", "acts fairly and openly with fishers, villages and partners."),
         ("Planning", "sets realistic targets and keeps monitoring on schedule."),
         ("Communication", "explains fisheries rules clearly at village meetings.")))

# 3. Government of the Pitcairn Islands: criteria table (LibreOffice)
N["gpi-hr-39-04"] = en_only(
    "GPI/HR/39/04", "Infrastructure and Utilities Manager", "Government of the Pitcairn Islands",
    "Adamstown, Pitcairn Island", "Full-time, 40 hours per week", "2039-09-05",
    sal(None, None, "NZD", "year", amount=76000), None,
    ["Trade certificate or diploma in civil, mechanical or electrical engineering",
     "Five years of experience maintaining roads, slipways or small power networks",
     "Able to plan work around supply ship visits and limited spare parts",
     "Experience of safe work practices with heavy plant and machinery",
     "Willing to live in a remote community of fewer than fifty people"],
    ["Experience with diesel and solar hybrid power systems",
     "Experience of training local staff in plant operation",
     "Heavy vehicle or crane operator licence"],
    comp(("Resourcefulness", ""), ("Patience", ""), ("Community respect", "")))

# 4. Etablissement francais du sang: form with boxes (WeasyPrint)
N["efs-bfc-2039-0318"] = fr_only(
    "EFS-BFC-2039-0318", "Infirmier·ère de collecte (F/H)", "Établissement français du sang (EFS)",
    "Site de Besançon (Doubs) et collectes mobiles du Doubs et du Jura",
    "Temps plein – 35 heures hebdomadaires, sans travail de nuit", "2039-09-07",
    sal(2350, 2780, "EUR", "month"), None,
    ["Diplôme d'État d'infirmier·ère",
     "Inscription à l'Ordre national des infirmiers",
     "Permis B valide (déplacements en véhicule de service)",
     "Aptitude à travailler en équipe mobile, y compris le samedi"],
    ["Première expérience en prélèvement ou en hémovigilance",
     "Formation aux gestes et soins d'urgence à jour"],
    comp(("Sens de l'accueil", "met les donneurs en confiance dès leur arrivée."),
         ("Rigueur", "respecte chaque étape de la sécurité transfusionnelle."),
         ("Adaptabilité", "s'installe chaque jour dans un lieu de collecte différent.")))

# 5. Government of Tuvalu: cover page (pdfTeX)
N["psd-vac-2039-33"] = en_only(
    "PSD/VAC/2039/33", "Senior Coastal Protection Engineer", "Government of Tuvalu",
    "Public Works Department, Vaiaku, Funafuti", "Full-time, 37.5 hours per week", "2039-09-09",
    sal(31420, 35880, "AUD", "year"), "Level 4",
    ["Bachelor's degree in civil or coastal engineering",
     "At least six years of experience in the design or supervision of coastal works",
     "Working knowledge of wave, tide and sea level data",
     "Experience of managing contractors and reporting to donors"],
    ["Registration as a chartered or professional engineer",
     "Experience on reclamation or seawall projects in a Pacific atoll setting",
     "Ability to speak Tuvaluan"],
    comp(("Technical judgement", "chooses solutions that suit atoll conditions and budgets."),
         ("Teamwork", "works closely with island councils and ministry colleagues."),
         ("Mentoring", "builds the skills of junior engineers and technicians.")))

# 6. IMSO: three pages with running heads and footers (LibreOffice)
N["imso-va-2039-02"] = en_only(
    "IMSO/VA/2039/02", "Technical Officer, Maritime Safety Communications",
    "International Mobile Satellite Organization (IMSO)", "London, United Kingdom",
    "Full-time, 37.5 hours per week", "2039-09-13", sal(68400, 76900, "GBP", "year"), "P-3",
    ["An advanced university degree in telecommunications, electronic engineering or maritime science",
     "At least five years of experience with satellite or radio communication systems used at sea",
     "Sound knowledge of the SOLAS Convention and the GMDSS framework",
     "Excellent drafting skills in English"],
    ["Experience of audits or performance assessments of service providers",
     "Seagoing experience as a radio or deck officer",
     "Working knowledge of French, Spanish or Arabic"],
    comp(("Professionalism", "gives sound technical advice that Parties can rely on."),
         ("Accountability", "meets deadlines for reports to the Assembly and the Advisory Committee."),
         ("Communication", "presents complex systems clearly to non-specialist delegates."),
         ("Teamwork", "shares work and information within a small Secretariat.")))

# 7. Office International de l'Eau: LaTeX with run-in headings (pdfTeX)
N["oieau-2039-rh-12"] = fr_only(
    "OIEAU-2039-RH-12", "Formateur·rice en traitement des eaux usées (F/H)",
    "Office International de l'Eau (OiEau)", "Centre de formation de La Souterraine (Creuse)",
    "Temps plein, 35 heures hebdomadaires", "2039-09-15", sal(34000, 38000, "EUR", "year"), None,
    ["BTS, DUT ou licence professionnelle dans les métiers de l'eau ;",
     "Expérience de cinq ans au moins en exploitation de stations d'épuration ;",
     "Goût pour la transmission et aisance à l'oral devant un groupe ;",
     "Permis B."],
    ["Une première expérience de formateur ou de tuteur ;",
     "La connaissance des procédés membranaires ou de méthanisation."],
    comp(("Pédagogie", "adapte son discours à des stagiaires aux profils variés."),
         ("Sens pratique", "privilégie les exercices sur les équipements de la plateforme."),
         ("Curiosité", "suit les évolutions réglementaires et techniques du secteur.")))

# 8. ITTF: poster with a sidebar (Chromium)
N["ittf-hr-2039-09"] = en_only(
    "ITTF-HR-2039-09", "Para Table Tennis Classification Coordinator",
    "International Table Tennis Federation (ITTF)", "Lausanne, Switzerland",
    "Full-time (100%)", "2039-09-19", sal(88000, 98000, "CHF", "year"), None,
    ["Degree in physiotherapy, sports science, medicine or a related field",
     "At least three years of experience in para sport classification or sports administration",
     "Fluent English; French or Spanish is an asset",
     "Willingness to travel to about ten events a year"],
    ["International classifier certification in any para sport",
     "Experience with athlete databases and sport eligibility rules"],
    comp(("Fairness", ""), ("Attention to detail", ""), ("Resilience", "")))

# 9. IRU: brochure with coloured bands, EN then FR (WeasyPrint)
N["iru-hr-2039-15"] = {
    "reference": "IRU/HR/2039/15", "post_number": None, "languages": ["en", "fr"],
    "title": {"en": "Policy Manager, Driver Training and Road Safety",
              "fr": "Responsable des politiques, formation des conducteurs et sécurité routière"},
    "organisation": {"en": "International Road Transport Union (IRU)",
                     "fr": "Union internationale des transports routiers (IRU)"},
    "location": {"en": "Geneva, Switzerland", "fr": "Genève (Suisse)"},
    "schedule": {"en": "Full-time (100%)", "fr": "Plein temps (100 %)"},
    "deadline": "2039-09-21", "salary": sal(118000, 132000, "CHF", "year"), "grade": None, "clearance": None,
    "requirements": {
        "en": {"essential": [
            "Master's degree in transport, public policy, law or economics",
            "Seven years of experience in road safety, professional training or transport policy",
            "Good knowledge of international rules on driving times and driver qualifications",
            "Excellent English; good French"],
            "desirable": [
            "Experience in a trade association or an intergovernmental body",
            "Knowledge of Russian, Arabic or Turkish"]},
        "fr": {"essential": [
            "Master en transport, en politiques publiques, en droit ou en économie",
            "Sept ans d'expérience en sécurité routière, en formation professionnelle ou en politique des transports",
            "Bonne connaissance des règles internationales sur les temps de conduite et la qualification des conducteurs",
            "Excellent anglais ; bon français"],
            "desirable": [
            "Expérience au sein d'une fédération professionnelle ou d'un organisme intergouvernemental",
            "Connaissance du russe, de l'arabe ou du turc"]}},
    "competencies": {
        "en": comp(("Influence", "builds support for industry positions with governments and partners."),
                   ("Collaboration", "works across member associations and IRU teams.")),
        "fr": comp(("Influence", "rallie gouvernements et partenaires aux positions du secteur."),
                   ("Collaboration", "travaille avec les associations membres et les équipes de l'IRU."))}}

# 10. Pont du Gard: landscape page in columns (WeasyPrint)
N["pdg-rh-2039-07"] = fr_only(
    "PDG-RH-2039-07", "Médiateur·rice culturel·le et patrimonial·e (F/H)", "EPCC du Pont du Gard",
    "Site du Pont du Gard, Vers-Pont-du-Gard (Gard)",
    "Temps complet annualisé (1 607 heures), week-ends et jours fériés par roulement", "2039-09-26",
    sal(2050, 2300, "EUR", "month"), None,
    ["Licence en histoire, histoire de l'art, archéologie ou médiation culturelle ;",
     "Expérience d'au moins deux ans en médiation auprès des publics scolaires et familiaux ;",
     "Anglais courant ; une deuxième langue étrangère est appréciée ;",
     "Aisance à l'oral et goût pour le travail en extérieur."],
    ["Connaissance de l'archéologie romaine et de l'histoire de l'eau ;",
     "Carte de guide-conférencier."],
    comp(("Écoute", "adapte la visite aux attentes de chaque groupe."),
         ("Créativité", "imagine des ateliers et des parcours nouveaux."),
         ("Esprit d'équipe", "partage les plannings et les retours de visite avec l'équipe.")))

if __name__ == "__main__":
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "expected")
    os.makedirs(out, exist_ok=True)
    for k, v in N.items():
        with open(os.path.join(out, k + ".json"), "w", encoding="utf-8") as f:
            json.dump(v, f, ensure_ascii=False, indent=2)
            f.write("\n")
    print(len(N), "expected files")
