# Centre hospitalier territorial Gaston-Bourret (Dumbéa-sur-Mer, New Caledonia) — French only
# renderings: careers page (HTML) printed by Chromium (+ dump)
from common import *

KEY = "cht-drh-2040-118"
REF = "CHT-DRH-2040-118"
T = "Physicien(ne) médical(e)"
O = "Centre hospitalier territorial Gaston-Bourret"
L = "Dumbéa-sur-Mer (Nouvelle-Calédonie)"
S = "Temps plein – 39 heures hebdomadaires, astreintes partagées"
ESS = [
    "Diplôme de qualification en physique radiologique et médicale (DQPRM) ou titre reconnu équivalent ;",
    "Expérience d'au moins deux ans en radiothérapie externe, idéalement sur accélérateur équipé de l'imagerie embarquée ;",
    "Maîtrise des logiciels de planification dosimétrique et des contrôles de qualité associés ;",
    "Connaissance de la réglementation en radioprotection des patients et des travailleurs.",
]
DES = [
    "Une première expérience de la curiethérapie ;",
    "Une pratique de l'anglais technique.",
]
COMP = [c(n) for n in ["Rigueur", "Sens des responsabilités", "Esprit d'équipe", "Capacité d'adaptation"]]
EXP = exp(REF, ["fr"], {"fr": T}, {"fr": O}, {"fr": L}, {"fr": S}, "2040-12-07",
          sal(mn=614500, mx=697000, cur="XPF", period="month"), grade="A",
          req={"fr": {"essential": ESS, "desirable": DES}}, comp={"fr": COMP})
FACTS = [("Référence", REF), ("Établissement", O + " (CHT)"), ("Pôle", "Pôle cancérologie – service de radiothérapie"),
         ("Lieu de travail", L), ("Cadre d'emplois", "Ingénieurs hospitaliers"), ("Catégorie", "A"),
         ("Type de contrat", "Titulaire ou contractuel (CDD de trois ans renouvelable)"), ("Temps de travail", S),
         ("Rémunération", "entre 614 500 et 697 000 XPF bruts mensuels, selon l'expérience, hors primes"),
         ("Date limite de candidature", "07/12/2040")]
MISS = ["Réaliser et valider les dosimétries des traitements en radiothérapie externe.",
        "Participer à la mise en service et aux contrôles de qualité des accélérateurs et du scanner de simulation.",
        "Contribuer à la gestion des risques et à l'analyse des événements indésirables en radiothérapie.",
        "Former les manipulateurs et les internes aux bonnes pratiques de dosimétrie.",
        "Participer aux astreintes de physique médicale avec les deux autres physiciens du service."]


def page():
    h = ["<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'><title>" + esc(T) + " – Nous rejoindre – CHT</title><style>",
         "body{font-family:'Liberation Sans',Arial,sans-serif;font-size:11pt;margin:0} .top{background:#00617f;color:#fff;padding:4px 24px;font-size:9pt}",
         ".brand{padding:10px 24px;font-size:18pt;color:#00617f;font-weight:bold} nav{padding:0 24px 8px;border-bottom:3px solid #f29100}",
         "main{padding:8px 24px} dl{display:grid;grid-template-columns:14em 1fr;gap:3px 10px} dt{font-weight:bold;color:#00617f}",
         "dd{margin:0} .cookie{position:fixed;bottom:0;background:#333;color:#fff;padding:6px 24px;width:100%}",
         ".nw{white-space:nowrap} @media print{.cookie,nav,.top{display:none}} aside{border-top:1px solid #ccc;margin-top:14px;font-size:9.5pt}",
         "</style></head><body>",
         "<div class='top'>Urgences : 15 · Standard : (+687) 00 00 00 · Prendre rendez-vous · Espace professionnels</div>",
         "<div class='brand'>CHT Gaston-Bourret <small style='font-size:10pt;color:#666'>Centre hospitalier territorial – Médipôle de Koutio</small></div>",
         "<nav>Accueil | Patients et visiteurs | Nos services | Nous rejoindre | Actualités | Contact</nav>",
         "<main><p style='font-size:9pt'>Accueil › Nous rejoindre › Offres d'emploi › <span class='nw'>" + REF + "</span></p>",
         "<p style='color:#f29100;font-weight:bold'>OFFRE D'EMPLOI · publiée le 6 novembre 2040</p>",
         f"<h1>{esc(nb(T))}</h1><dl>"]
    for k, v in FACTS:
        vv = f"<span class='nw'>{esc(v)}</span>" if k == "Référence" else esc(nb(v))
        h.append(f"<dt>{esc(k)}</dt><dd>{vv}</dd>")
    h.append("</dl><h2>Présentation du service</h2><p>Le service de radiothérapie du CHT est le seul du territoire. Il "
             "dispose de deux accélérateurs, d'un scanner de simulation dédié et traite chaque année près de six cents "
             "patients venus de toute la Nouvelle-Calédonie et de Wallis-et-Futuna. L'équipe comprend quatre "
             "radiothérapeutes, trois physiciens, deux dosimétristes et une quinzaine de manipulateurs.</p>")
    h.append("<h2>Missions principales</h2><ul>" + "".join(f"<li>{esc(x)}</li>" for x in MISS) + "</ul>")
    h.append("<h2>Profil requis</h2><ul>" + "".join(f"<li>{esc(nb(x))}</li>" for x in ESS) + "</ul>")
    h.append("<h2>Seraient appréciés</h2><ul>" + "".join(f"<li>{esc(x)}</li>" for x in DES) + "</ul>")
    h.append("<h2>Qualités attendues</h2><ul>" + "".join(f"<li>{esc(x['name'])}</li>" for x in COMP) + "</ul>")
    h.append("<h2>Conditions</h2><p>Prise en charge du billet d'avion et du fret pour les recrutements hors territoire, "
             "aide au logement les six premiers mois, prime d'installation. Prise de poste souhaitée le 4 mars 2041.</p>")
    h.append("<h2>Pour postuler</h2><p>Adressez CV et lettre de motivation, en rappelant la référence, à "
             "recrutement@cht-nc.example avant le 07/12/2040 à minuit (heure de Nouméa). Les entretiens se tiendront "
             "en visioconférence à partir du 17 décembre 2040.</p>")
    h.append("<aside><b>Autres offres</b><br>Infirmier(ère) de bloc – clôture le 30/11/2040<br>Pharmacien(ne) "
             "hospitalier(ère) – clôture le 21/12/2040</aside></main>")
    h.append("<div class='cookie'>Ce site utilise des cookies de mesure d'audience. <a href='#'>Accepter</a> · <a href='#'>Refuser</a></div>")
    h.append("<footer style='padding:10px 24px;font-size:9pt;color:#555'>CHT Gaston-Bourret · 110 boulevard Joseph Wamytan, Dumbéa-sur-Mer · Mentions légales</footer></body></html>")
    return "\n".join(h)


def build():
    expected(KEY, EXP)
    out(f"{KEY}-cht.html", page(), KEY)
    chromium(f"{KEY}-cht.html", KEY)
