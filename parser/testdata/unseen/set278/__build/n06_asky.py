# ASKY Airlines (Lomé, Togo) — French then English
# renderings: careers page (HTML, both languages on one page); job-aggregator browser copy (label line / value line)
from common import *

KEY = "asky-hr-2040-36"
REF = "ASKY-HR-2040-36"
T = {"fr": "Agent(e) de programmation des équipages", "en": "Crew Planning and Rostering Agent"}
O = {"fr": "ASKY Airlines", "en": "ASKY Airlines"}
L = {"fr": "Lomé (Togo)", "en": "Lomé, Togo"}
S = {"fr": "Temps plein, en horaires décalés (roulement 5/2)", "en": "Full-time, shift work (5/2 rotation)"}
ESS = {"fr": [
    "Bac+3 en logistique, transport aérien, mathématiques appliquées ou équivalent",
    "Au moins deux ans d'expérience en programmation des équipages ou au centre de contrôle des opérations d'une compagnie aérienne",
    "Bonne connaissance des limitations de temps de vol et de repos des équipages",
    "Maîtrise d'Excel et d'au moins un logiciel de gestion des équipages",
    "Être en mesure d'obtenir le badge d'accès aux zones réservées de l'aéroport",
], "en": [
    "Bachelor's degree in logistics, air transport, applied mathematics or equivalent",
    "At least two years of experience in crew scheduling or in an airline operations control centre",
    "Good knowledge of flight time and rest limitations for crew members",
    "Proficiency in Excel and in at least one crew management software",
    "Ability to obtain the airport restricted-area access badge",
]}
DES = {"fr": ["Connaissance des procédures d'Ethiopian Airlines ou d'un partenaire du groupe",
              "Pratique de l'anglais aéronautique"],
       "en": ["Knowledge of the procedures of Ethiopian Airlines or of a group partner",
              "Working knowledge of aviation English"]}
COMP = {"fr": [c("Réactivité", "reconstruit un programme en quelques minutes lors d'un aléa opérationnel."),
               c("Rigueur", "vérifie chaque affectation au regard des règles de repos."),
               c("Sens du service", "répond aux navigants avec courtoisie, de jour comme de nuit.")],
        "en": [c("Responsiveness", "rebuilds a roster within minutes when operations are disrupted."),
               c("Attention to detail", "checks every assignment against the rest rules."),
               c("Service orientation", "answers crew members courteously, day or night.")]}
EXP = exp(REF, ["fr", "en"], T, O, L, S, "2040-12-12", None,
          req={l: {"essential": ESS[l], "desirable": DES[l]} for l in ("fr", "en")}, comp=COMP)
TX = {"fr": dict(
    facts=[("Référence", REF), ("Entreprise", O["fr"]), ("Direction", "Direction des opérations aériennes"),
           ("Lieu", L["fr"]), ("Contrat", "CDI"), ("Horaires", S["fr"]), ("Rémunération", "Package attractif selon profil"),
           ("Date de clôture", "12 décembre 2040")],
    about="Compagnie panafricaine basée à l'aéroport international de Lomé, ASKY relie plus de trente villes d'Afrique de l'Ouest et du Centre. Dans le cadre de l'ouverture de nouvelles lignes en 2041, la Direction des opérations aériennes renforce son équipe de programmation.",
    miss=["Établir les plannings mensuels des pilotes et du personnel navigant commercial", "Suivre en temps réel les qualifications, visites médicales et licences",
          "Gérer les remplacements en cas de retard, de maladie ou de déroutement", "Préparer les ordres de mission et les réservations d'hôtel des équipages en escale"],
    hd=["Qui sommes-nous ?", "Vos missions", "Profil recherché", "Atouts", "Compétences comportementales", "Comment postuler"],
    apply="Envoyez CV et lettre de motivation via le formulaire ci-dessous avant le 12 décembre 2040. Les tests écrits auront lieu à Lomé le 9 janvier 2041. ASKY ne demande jamais de frais pour un recrutement."),
    "en": dict(
    facts=[("Reference", REF), ("Company", O["en"]), ("Department", "Flight Operations"), ("Location", L["en"]),
           ("Contract", "Permanent"), ("Working hours", S["en"]), ("Salary", "Attractive package based on profile"),
           ("Closing date", "December 12, 2040")],
    about="A pan-African airline based at Lomé international airport, ASKY connects more than thirty cities in West and Central Africa. With new routes opening in 2041, Flight Operations is strengthening its planning team.",
    miss=["Build the monthly rosters of pilots and cabin crew", "Track qualifications, medical checks and licences in real time",
          "Handle replacements in case of delays, sickness or diversions", "Prepare crew mission orders and hotel bookings at outstations"],
    hd=["Who we are", "Your tasks", "Requirements", "Nice to have", "Behavioural skills", "How to apply"],
    apply="Send your CV and cover letter through the form below by December 12, 2040. Written tests will take place in Lomé on January 9, 2041. ASKY never asks for any fee during recruitment.")}


def page():
    h = ["<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'><title>Carrières – ASKY</title></head><body>",
         "<header><b>ASKY</b> · Réserver · Gérer ma réservation · Enregistrement · Destinations · <b>Carrières</b> · "
         "<a href='#en'>EN</a></header>",
         "<div id='cookies'>Nous utilisons des cookies pour améliorer votre expérience. <button>OK</button></div>",
         "<p>Accueil / Carrières / Offres / " + REF + "</p>"]
    for l in ("fr", "en"):
        d = TX[l]
        h.append(f"<article id='{l}'><h1>{esc(T[l])}</h1><table>")
        h += [f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in d["facts"]]
        h.append(f"</table><h2>{esc(d['hd'][0])}</h2><p>{esc(d['about'])}</p><h2>{d['hd'][1]}</h2><ul>")
        h += [f"<li>{esc(x)}</li>" for x in d["miss"]]
        h.append(f"</ul><h2>{d['hd'][2]}</h2><ul>" + "".join(f"<li>{esc(x)}</li>" for x in ESS[l]) + "</ul>")
        h.append(f"<h2>{d['hd'][3]}</h2><ul>" + "".join(f"<li>{esc(x)}</li>" for x in DES[l]) + "</ul>")
        h.append(f"<h2>{d['hd'][4]}</h2><ul>" + "".join(
            f"<li><strong>{esc(x['name'])}</strong> : {esc(x['description'])}</li>" if l == "fr" else
            f"<li><strong>{esc(x['name'])}</strong>: {esc(x['description'])}</li>" for x in COMP[l]) + "</ul>")
        h.append(f"<h2>{d['hd'][5]}</h2><p>{esc(d['apply'])}</p></article><hr>")
    h.append("<aside><h3>Autres offres / Other openings</h3><p>Technicien(ne) B1 – Lomé – clôture 28/11/2040</p>"
             "<p>Agent(e) d'escale – Abidjan – clôture 19/12/2040</p></aside>")
    h.append("<footer>© 2040 ASKY · Mentions légales · Contact · Suivez-nous</footer></body></html>")
    return "\n".join(h)


def aggregator():
    o = ["Emplois", "Avis sur les entreprises", "Salaires", "Connexion", "", T["fr"], "ASKY Airlines", "3,9 ★",
         "Lomé", "Postuler sur le site de l'entreprise", "", "Détails de l'emploi", "",
         "Type de poste", "CDI", "Temps plein", "", "Lieu", "Lomé", "", "Description complète du poste", ""]
    for l in ("fr", "en"):
        d = TX[l]
        if l == "en":
            o += ["", "— ENGLISH VERSION —", "", T["en"], ""]
        for k, v in d["facts"]:
            o += [k, v]
        o += ["", d["hd"][0], d["about"], "", d["hd"][1]] + d["miss"]
        o += ["", d["hd"][2]] + ESS[l] + ["", d["hd"][3]] + DES[l] + ["", d["hd"][4]]
        sep = " : " if l == "fr" else ": "
        o += [x["name"] + sep + x["description"] for x in COMP[l]]
        o += ["", d["apply"]]
    o += ["", "Publiée il y a 5 jours", "Signaler l'offre", "", "Emplois similaires",
          "Agent(e) d'opérations sol – Lomé – Publiée il y a 2 jours", "Dispatcher – Cotonou – Date limite 20/12/2040",
          "", "© 2040 – Conditions d'utilisation – Confidentialité", ""]
    return "\n".join(o)


def build():
    expected(KEY, EXP)
    out(f"{KEY}-asky.html", page(), KEY)
    out(f"{KEY}-agregateur.txt", aggregator(), KEY)
