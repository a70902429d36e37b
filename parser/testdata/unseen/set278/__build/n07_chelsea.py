# Municipalité de Chelsea / Municipality of Chelsea (Québec) — French then English
# renderings: municipal job page (HTML, <dl> per language); regional job-board copy (glued chips)
from common import *

KEY = "che-rh-2040-23"
REF = "CHE-RH-2040-23"
T = {"fr": "Coordonnateur(trice) des sentiers et des espaces verts", "en": "Trails and Green Spaces Coordinator"}
O = {"fr": "Municipalité de Chelsea", "en": "Municipality of Chelsea"}
L = {"fr": "Chelsea (Québec)", "en": "Chelsea, Quebec"}
S = {"fr": "Temps plein, 35 heures par semaine, du lundi au vendredi", "en": "Full-time, 35 hours per week, Monday to Friday"}
ESS = {"fr": [
    "Diplôme d'études collégiales en aménagement de la faune, en environnement, en horticulture ou dans un domaine connexe;",
    "Minimum de trois années d'expérience dans l'entretien de sentiers, de parcs ou d'espaces naturels;",
    "Expérience de la supervision d'équipes saisonnières et de sous-traitants;",
    "Permis de conduire de classe 5 valide;",
    "Bonne maîtrise du français et de l'anglais, à l'oral et à l'écrit.",
], "en": [
    "College diploma (DEC) in wildlife management, environment, horticulture or a related field;",
    "At least three years of experience maintaining trails, parks or natural areas;",
    "Experience supervising seasonal crews and contractors;",
    "Valid class 5 driver's licence;",
    "Good command of French and English, spoken and written.",
]}
DES = {"fr": ["Formation en secourisme en milieu sauvage;", "Connaissance du logiciel QGIS."],
       "en": ["Wilderness first aid training;", "Knowledge of QGIS software."]}
EXP = exp(REF, ["fr", "en"], T, O, L, S, "2040-12-13", sal(mn=31.93, mx=39.26, cur="CAD", period="hour"),
          req={l: {"essential": ESS[l], "desirable": DES[l]} for l in ("fr", "en")}, comp={"fr": [], "en": []})
TX = {"fr": dict(
    dl=[("Numéro de concours", REF), ("Employeur", O["fr"]), ("Service", "Service des loisirs, de la culture et de la vie communautaire"),
        ("Lieu de travail", L["fr"]), ("Statut", "Poste permanent, syndiqué"), ("Horaire", S["fr"]),
        ("Salaire", "de 31,93 $ à 39,26 $ l'heure, selon l'échelle salariale en vigueur"), ("Date limite", "Le jeudi 13 décembre 2040, à 16 h")],
    intro="Située aux portes du parc de la Gatineau, la Municipalité de Chelsea entretient plus de quarante kilomètres de sentiers multifonctionnels, dont le sentier communautaire aménagé sur l'ancienne voie ferrée.",
    tasks=["planifier l'entretien saisonnier des sentiers, des parcs et des aires de jeux;",
           "encadrer l'équipe estivale et coordonner les travaux confiés à des entrepreneurs;",
           "inspecter les ponceaux, passerelles et installations et tenir le registre des inspections;",
           "collaborer avec les associations de bénévoles et les propriétaires riverains;",
           "préparer les demandes de subventions et les rapports de projet."],
    hd=["Le poste", "Principales responsabilités", "Exigences", "Atouts", "Pour postuler"],
    apply="Faites parvenir votre candidature, en précisant le numéro de concours, au plus tard le jeudi 13 décembre 2040 à 16 h, à rh@chelsea.example. Les entrevues auront lieu la semaine du 14 janvier 2041. Seules les personnes retenues seront contactées."),
    "en": dict(
    dl=[("Competition number", REF), ("Employer", O["en"]), ("Department", "Recreation, Culture and Community Life"),
        ("Work location", L["en"]), ("Status", "Permanent, unionized position"), ("Hours", S["en"]),
        ("Salary", "$31.93 to $39.26 per hour, according to the current pay scale"), ("Closing date", "Thursday, December 13, 2040, at 4 p.m.")],
    intro="Located at the doorstep of Gatineau Park, the Municipality of Chelsea maintains more than forty kilometres of multi-use trails, including the community trail built on the former railway line.",
    tasks=["plan the seasonal maintenance of trails, parks and playgrounds;",
           "lead the summer crew and coordinate work awarded to contractors;",
           "inspect culverts, footbridges and facilities and keep the inspection log;",
           "work with volunteer associations and neighbouring landowners;",
           "prepare grant applications and project reports."],
    hd=["The position", "Main responsibilities", "Requirements", "Assets", "How to apply"],
    apply="Send your application, quoting the competition number, no later than Thursday, December 13, 2040, at 4 p.m., to rh@chelsea.example. Interviews will be held during the week of January 14, 2041. Only selected candidates will be contacted.")}


def page():
    h = ["<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'><title>Offres d'emploi | Chelsea</title></head><body>",
         "<a href='#contenu'>Passer au contenu</a> <a href='#en'>English</a>",
         "<header><b>Chelsea</b> — Municipalité · Municipality<nav>Résidents | Services | Loisirs | Conseil | Emplois | Nous joindre</nav></header>",
         "<div class='alerte'>Avis de collecte : la collecte des sapins aura lieu le 8 janvier 2041.</div>",
         "<main id='contenu'><p>Accueil › Municipalité › Emplois</p>"]
    for l in ("fr", "en"):
        d = TX[l]
        h.append(f"<section id='{l}'><h1>{esc(T[l])}</h1><dl>")
        h += [f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in d["dl"]]
        h.append(f"</dl><h2>{d['hd'][0]}</h2><p>{esc(d['intro'])}</p><h2>{d['hd'][1]}</h2><ul>")
        h += [f"<li>{esc(x)}</li>" for x in d["tasks"]]
        h.append(f"</ul><h2>{d['hd'][2]}</h2><ul>" + "".join(f"<li>{esc(x)}</li>" for x in ESS[l]) + "</ul>")
        h.append(f"<h2>{d['hd'][3]}</h2><ul>" + "".join(f"<li>{esc(x)}</li>" for x in DES[l]) + "</ul>")
        h.append(f"<h2>{d['hd'][4]}</h2><p>{esc(d['apply'])}</p></section><hr>")
    h.append("</main><footer>Municipalité de Chelsea · 100, chemin Old Chelsea (adresse fictive) · © 2040</footer></body></html>")
    return "\n".join(h)


def board():
    d, e = TX["fr"], TX["en"]
    o = ["EmploisOutaouais.ca   Trouver un emploi   Employeurs   Mon compte", "",
         T["fr"], "Municipalité de Chelsea",
         "Chelsea, QCPermanentTemps plein31,93 $ – 39,26 $ / heurePublié le 19 nov. 2040",
         "Sauvegarder | Partager | Postuler", "",
         "Résumé de l'offre" + "".join(f"{k} : {v}" for k, v in d["dl"][:3]), ""]
    o += [f"{k} : {v}" for k, v in d["dl"][3:]]
    o += ["", d["intro"], "", "RESPONSABILITÉS" + d["tasks"][0]] + ["– " + x for x in d["tasks"][1:]]
    o += ["", "EXIGENCES"] + ["– " + x for x in ESS["fr"]] + ["ATOUTS"] + ["– " + x for x in DES["fr"]]
    o += ["", d["apply"], "", "*** English follows ***", "", T["en"], O["en"]]
    o += [f"{k}: {v}" for k, v in e["dl"]]
    o += ["", e["intro"], "", "Responsibilities:"] + ["– " + x for x in e["tasks"]]
    o += ["Requirements:"] + ["– " + x for x in ESS["en"]] + ["Assets:"] + ["– " + x for x in DES["en"]]
    o += ["", e["apply"], "", "Offres similaires",
          "Journalier(ère) aux travaux publics – Cantley – 24,10 $ / h – Date limite 6 déc. 2040",
          "Technicien(ne) en loisirs – Val-des-Monts – Date limite 20 déc. 2040", ""]
    return "\n".join(o)


def build():
    expected(KEY, EXP)
    out(f"{KEY}-chelsea.html", page(), KEY)
    out(f"{KEY}-emploisoutaouais.txt", board(), KEY)
