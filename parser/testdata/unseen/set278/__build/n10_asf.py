# Aviation Sans Frontières (French NGO) — post at Kalemie, DR Congo — French only
# renderings: NGO careers page (HTML, <p> of <b>Label :</b> lines); humanitarian job-board copy
from common import *

KEY = "asf-ops-2040-09"
REF = "ASF-OPS-2040-09"
T = "Chef(fe) de base – opérations aériennes humanitaires"
O = "Aviation Sans Frontières"
L = "Kalemie (RD Congo)"
S = "Temps plein, six jours sur sept"
ESS = ["Formation supérieure en logistique, en gestion ou en transport aérien ;",
       "Deux ans d'expérience au moins dans une ONG ou un service aérien en contexte sécuritaire instable ;",
       "Expérience confirmée de l'encadrement d'une équipe nationale ;",
       "Connaissance des règles de transport de marchandises dangereuses par voie aérienne ;",
       "Français courant, anglais opérationnel."]
DES = ["Notions de swahili ;", "Licence de pilote privé ou expérience de l'agent d'opérations aériennes."]
COMP = [c("Sang-froid", "garde son calme et décide vite en cas d'incident sur une piste ou d'alerte de sécurité."),
        c("Sens de l'organisation", "tient le planning des rotations et des chargements sans rien laisser au hasard."),
        c("Diplomatie", "entretient de bonnes relations avec les autorités locales et les partenaires humanitaires.")]
EXP = exp(REF, ["fr"], {"fr": T}, {"fr": O}, {"fr": L}, {"fr": S}, "2040-12-04",
          sal(amount=2385, cur="EUR", period="month"),
          req={"fr": {"essential": ESS, "desirable": DES}}, comp={"fr": COMP})
FACTS = [("Référence", REF), ("Association", O + " (ASF)"), ("Programme", "Mission aviation humanitaire – Tanganyika"),
         ("Lieu d'affectation", L), ("Contrat", "CDD de 12 mois, statut expatrié"), ("Temps de travail", S),
         ("Salaire", "2 385 € bruts mensuels, plus per diem, logement et assurance"),
         ("Date limite", "mardi 4 décembre 2040")]
MISS = ["Coordonner les rotations des deux avions de la base avec le chef pilote ;",
        "Recevoir et prioriser les demandes de transport des ONG et agences partenaires ;",
        "Superviser l'équipe d'agents de piste, de manutentionnaires et de gardiens ;",
        "Veiller au respect des procédures de sécurité et de sûreté sur l'aérodrome ;",
        "Tenir la comptabilité de la base et transmettre les rapports mensuels au siège."]


def page():
    h = ["<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'><title>Nous rejoindre – Aviation Sans Frontières</title></head><body>",
         "<div class='bandeau'>Faire un don · Devenir bénévole · Espace presse</div>",
         "<header><h2>AVIATION SANS FRONTIÈRES</h2><nav>Nos missions · Convoyages · Nous soutenir · <b>Nous rejoindre</b> · Actualités</nav></header>",
         "<p>Accueil » Nous rejoindre » Offres salariées</p>", f"<h1>{esc(T)}</h1>",
         "<p><span>Expatriation</span> · <span>Publié le 12/11/2040</span> · <span>Terrain</span></p><p>"]
    h += [f"<b>{esc(k)} :</b> {esc(v)}<br>" for k, v in FACTS]
    h.append("</p><h3>Contexte</h3><p>Dans la province du Tanganyika, les routes sont coupées une grande partie de l'année. "
             "Depuis sa base de Kalemie, ASF transporte pour le compte des acteurs humanitaires des équipes médicales, des "
             "vaccins et du matériel vers une quinzaine de pistes de brousse.</p><h3>Responsabilités</h3><ul>")
    h += [f"<li>{esc(x)}</li>" for x in MISS]
    h.append("</ul><h3>Profil recherché</h3><ul>" + "".join(f"<li>{esc(x)}</li>" for x in ESS) + "</ul>")
    h.append("<h3>Atouts</h3><ul>" + "".join(f"<li>{esc(x)}</li>" for x in DES) + "</ul>")
    h.append("<h3>Qualités attendues</h3><ul>" + "".join(f"<li><b>{esc(x['name'])}</b> : {esc(x['description'])}</li>" for x in COMP) + "</ul>")
    h.append("<h3>Postuler</h3><p>Envoyez CV et lettre de motivation à rh@asf.example au plus tard le mardi 4 décembre 2040. "
             "Départ prévu le 15 janvier 2041 après une semaine de briefing au siège.</p>")
    h.append("<aside><h4>Agenda</h4><p>Assemblée générale : samedi 15 décembre 2040</p><p>Vol de convoyage d'enfants : 2 décembre 2040</p></aside>")
    h.append("<footer>Aviation Sans Frontières · association reconnue d'utilité publique · Mentions légales</footer></body></html>")
    return "\n".join(h)


def board():
    o = ["SolidaJobs  —  l'emploi dans la solidarité internationale", "Offres | Stages | Volontariat | Recruteurs", "",
         T, O + " · Kalemie, République démocratique du Congo",
         "CDD 12 moisExpatriéLogistiqueAfrique centraleMise en ligne : 13/11/2040Expire le : 04/12/2040", "",
         "Détails du poste"]
    o += [f"{k} : {v}" for k, v in FACTS]
    o += ["", "RESPONSABILITÉS"] + ["- " + x for x in MISS]
    o += ["", "PROFIL RECHERCHÉ"] + ["- " + x for x in ESS] + ["ATOUTS"] + ["- " + x for x in DES]
    o += ["", "QUALITÉS ATTENDUES"] + [f"- {x['name']} : {x['description']}" for x in COMP]
    o += ["", "Postuler : rh@asf.example (avant le 04/12/2040)", "",
          "Offres similaires", "Logisticien(ne) base – Bangui – expire le 28/11/2040",
          "Coordinateur(trice) logistique – Goma – expire le 11/12/2040", "", "Vu 842 fois · 31 candidatures", ""]
    return "\n".join(o)


def build():
    expected(KEY, EXP)
    out(f"{KEY}-asf.html", page(), KEY)
    out(f"{KEY}-solidajobs.txt", board(), KEY)
