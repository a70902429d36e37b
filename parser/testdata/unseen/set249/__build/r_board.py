# Job-board copies (invented boards), as a browser copy-paste gives them
from data import N


def cnes():
    d = N["cnes-ts-38-114"]
    r = d["req"]["en"]
    return "\n".join([
        "Skip to main content",
        "WesternIslesWork",
        "Home   Jobs   Employers   Living in the islands   Sign in",
        "Jobs > Construction and property > " + d["title"]["en"],
        "",
        d["title"]["en"],
        d["organisation"]["en"] + " · Stornoway · Permanent",
        "Posted: 11/06   Views: 318",
        "Save job   Share",
        "",
        "Job summary",
        "Employer: " + d["organisation"]["en"],
        "Reference: " + d["reference"],
        "Location: " + d["location"]["en"],
        "Salary: £41,208 - £44,871 per annum (" + d["grade"] + ")",
        "Grade: " + d["grade"],
        "Hours: " + d["schedule"]["en"],
        "Contract: Permanent",
        "Closing: 06/07/2038 12:00",
        "",
        "About the job",
        "Assess building warrant applications and completion certificates across the Outer Hebrides, inspect work on "
        "site and advise owners, agents and builders. Some travel to Harris, the Uists and Barra is part of the role.",
        "",
        "Essential criteria",
        *["- " + x for x in r["essential"]],
        "",
        "Desirable criteria",
        *["- " + x for x in r["desirable"]],
        "",
        "Behaviours: " + ", ".join(n for n, _ in d["comp"]["en"]),
        "",
        "Relocation package up to £8,000 for candidates moving to the islands.",
        "Apply on the Comhairle's own website before the closing date.",
        "",
        "Similar jobs",
        "Roads Inspector – Tarbert, Harris – £33,402 - £36,060 – Closing 02/07/2038",
        "Planning Officer – Balivanich, Benbecula – £38,118 - £41,208 – Closing 13/07/2038",
        "",
        "We use cookies to improve your experience. Accept all | Manage settings",
        "© 2038 WesternIslesWork",
    ]) + "\n"


def icf():
    d = N["icf-2038-11"]
    r = d["req"]["en"]
    return "\n".join([
        "SportJobsSuisse",
        "Find jobs   For employers   Career advice   Log in",
        "",
        d["title"]["en"],
        d["organisation"]["en"] + "Lausanne" + "Open-ended" + "Sport administration",
        "Posted 5 days ago · 742 views · 38 applicants",
        "Reference" + d["reference"] + "Employer" + d["organisation"]["en"] + "Location" + d["location"]["en"]
        + "Activity rate" + d["schedule"]["en"] + "SalaryCHF 84k – 94k per year" + "Closing date20 Jul 2038",
        "",
        "About the job",
        "Coordinate the operational side of World Cups and World Championships in canoe sprint, slalom, marathon and "
        "paracanoe with local organisers: entries, accreditation, transport, training slots and ceremonies. Run team "
        "leader meetings and collect athlete feedback after each event.",
        "",
        "Requirements:",
        *["* " + x for x in r["essential"]],
        "Nice to have:",
        *["* " + x for x in r["desirable"]],
        "",
        "Tags: canoe · events · athlete services · Lausanne · multilingual",
        "",
        "Apply now",
        "",
        "Similar jobs",
        "Competition Manager – Swiss Rowing Federation – Sarnen – CHF 90k – 100k – Closing 12 Aug 2038",
        "Marketing Assistant – sports agency – Geneva – CHF 68k – 74k – Closing 30 Jul 2038",
        "",
        "This site uses cookies. OK",
    ]) + "\n"


def syctom():
    d = N["syc-2038-045"]
    r = d["req"]["fr"]
    return "\n".join([
        "TerritoiresTalents – l'emploi dans les services publics locaux",
        "Accueil > Offres > Environnement > Gestion des déchets",
        "",
        d["title"]["fr"],
        "Syctom" + "Romainville (93)" + "Catégorie A" + "Temps complet",
        "Publiée il y a 4 jours",
        "Référence" + d["reference"] + "Employeur" + d["organisation"]["fr"] + "Lieu" + d["location"]["fr"]
        + "Temps de travail" + d["schedule"]["fr"] + "Salaire3 400 – 3 900 € bruts mensuels" + "Date limite27/07/2038",
        "",
        "Descriptif",
        "Vous pilotez l'exploitation du centre de tri confiée à un prestataire, suivez les indicateurs de performance "
        "et de sécurité, préparez les comités d'exploitation et participez à l'astreinte de direction.",
        "",
        "Profil recherché",
        *["• " + x for x in r["essential"]],
        "Atouts",
        *["• " + x for x in r["desirable"]],
        "",
        "Savoir-être",
        *["• " + n + " : " + x for n, x in d["comp"]["fr"]],
        "",
        "Mots-clés : tri, déchets, ICPE, exploitation, management",
        "",
        "Offres similaires",
        "Technicien·ne de maintenance UVE – Ivry-sur-Seine – 2 300 – 2 700 € – Date limite 05/08/2038",
        "Chargé·e de prévention des déchets – Paris 13e – 2 900 – 3 300 € – Date limite 19/07/2038",
        "",
        "Ce site utilise des cookies. Tout accepter | Paramétrer",
    ]) + "\n"
