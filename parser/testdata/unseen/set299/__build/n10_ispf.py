"""Institut de la statistique de la Polynésie française (territorial public agency, Papeete) - French only.
Renderings: institute 'Recrutement' page (HTML, fiche de poste with numbered sections and a td/td table);
local job-board copy (label line, value line, blank lines, chips one per line)."""
from common import *

REF = "ISPF-2042-08"
T = "Chargé(e) d'études en statistiques des prix à la consommation"
O = "Institut de la statistique de la Polynésie française"
L = "Papeete, Tahiti"
S = "Temps plein (39 heures par semaine)"
SAL = "De 457 500 à 538 000 XPF brut mensuel selon l'indice, plus indemnité de résidence"
DL = "26/09/2042"
GRADE = "A"
MISS = [
    "Produire chaque mois l'indice des prix à la consommation et les indices du coût de la construction.",
    "Encadrer les quatre enquêteurs chargés des relevés de prix à Tahiti et à Moorea.",
    "Mettre à jour la pondération et le panier de l'indice à partir des enquêtes auprès des ménages.",
    "Rédiger les publications mensuelles et répondre aux questions des médias et des administrations.",
    "Participer aux travaux de comparaison des prix avec la France hexagonale.",
]
ESS = [
    "Master en statistique, économie ou économétrie, ou diplôme d'une école de statistique",
    "Deux ans d'expérience au moins dans la production de statistiques ou d'indices",
    "Pratique courante d'un logiciel statistique (R, SAS ou Python)",
    "Qualités rédactionnelles confirmées",
]
DES = [
    "Connaissance du tissu économique polynésien",
    "Pratique du reo tahiti",
]
COMP = [
    ("Rigueur", "respect strict des calendriers de publication et du secret statistique"),
    ("Pédagogie", "capacité à expliquer l'indice au grand public"),
    ("Sens du collectif", "travail en binôme avec le département Diffusion"),
]


def exp():
    return exp_for(REF, ["fr"], {"fr": T}, {"fr": O}, {"fr": L}, {"fr": S}, "2042-09-26",
                   sal(None, 457500, 538000, "XPF", "month"), grade=GRADE, req={"fr": (ESS, DES)}, comp={"fr": COMP})


FACTS = [("Référence", REF), ("Employeur", O), ("Département", "Prix et Bâtiment"), ("Lieu de travail", L),
         ("Catégorie", GRADE), ("Statut", "Fonctionnaire ou agent non titulaire (CDD de 3 ans)"),
         ("Temps de travail", S), ("Rémunération", SAL), ("Date limite de candidature", DL)]


def page():
    rows = "\n".join(f"<tr><td class=\"l\">{esc(a)}</td><td>{esc(b)}</td></tr>" for a, b in FACTS)
    li = lambda xs: "\n".join(f"<li>{esc(x)}</li>" for x in xs)
    comps = "\n".join(f"<li><em>{esc(n)}</em> – {esc(d)}</li>" for n, d in COMP)
    return f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Recrutement – ISPF</title></head>
<body>
<header><a href="/"><img alt="ISPF – Institut de la statistique de la Polynésie française" src="logo-pirogue.svg"></a>
<form><input placeholder="Rechercher une publication"></form>
<nav><a href="#">Chiffres clés</a> <a href="#">Publications</a> <a href="#">Bases de données</a> <a href="#">Enquêtes</a> <a href="#">L'institut</a> <a href="#">Recrutement</a></nav></header>
<div class="banner">Dernière publication : Indice des prix à la consommation – juillet 2042 (parue le 14 août 2042)</div>
<main>
<p class="crumbs">Accueil &gt; L'institut &gt; Recrutement</p>
<h1>Fiche de poste</h1>
<h2>{esc(T)}</h2>
<table class="fiche">
{rows}
</table>
<h3>1. Contexte</h3>
<p>Établissement public administratif placé sous la tutelle du ministre de l'Économie, l'ISPF produit et diffuse la
statistique publique de la Polynésie française. Le département Prix et Bâtiment compte six agents.</p>
<h3>2. Missions</h3>
<ol>
{li(MISS)}
</ol>
<h3>3. Profil recherché</h3>
<ul>
{li(ESS)}
</ul>
<p><strong>Seraient un plus :</strong></p>
<ul>
{li(DES)}
</ul>
<h3>4. Savoir-être</h3>
<ul>
{comps}
</ul>
<h3>5. Modalités</h3>
<p>Lettre de motivation et CV à adresser à Monsieur le Directeur de l'ISPF, immeuble Uupa, rue Édouard Ahnne,
Papeete, ou à recrutement@ispf.example, au plus tard le {DL}. Entretiens prévus à partir du 6 octobre 2042.
Prise de poste souhaitée au 1er décembre 2042.</p>
</main>
<footer>ISPF · Accès · Mentions légales · Calendrier des publications : IPC d'août 2042 le 15 septembre 2042</footer>
</body></html>
"""


def board():
    facts = "\n\n".join(f"{a}\n{b}" for a, b in FACTS)
    miss = "\n\n".join(MISS)
    ess = "\n\n".join(ESS)
    des = "\n\n".join(DES)
    comps = "\n\n".join(f"{n} – {d}" for n, d in COMP)
    return f"""FenuaEmploi.pf

Offres
Entreprises
Conseils
Déposer une offre

{T}

Institut de la statistique de la Polynésie française

Papeete

CDD

Temps plein

Publiée le 18/08/2042

Expire le 26/09/2042

Vue 412 fois

Détails de l'offre

{facts}

Missions

{miss}

Profil recherché

{ess}

Seraient un plus

{des}

Savoir-être

{comps}

Postuler à cette offre

Offres similaires

Assistant(e) statisticien(ne) – Faa'a – CDD – 310 000 XPF – expire le 12/09/2042

Chargé(e) de mission économique – Papeete – CDI – expire le 30/09/2042
"""


def build():
    key = write_expected(exp())
    write(f"{key}-ispf.html", page(), key, "html")
    write(f"{key}-fenuaemploi.txt", board(), key, "txt")
