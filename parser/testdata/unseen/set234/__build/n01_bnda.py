from common import *

N = dict(
    ref="BNDA/DG/DRH/2037-018", langs=["fr"],
    title={"fr": "Chargé d'études des filières coton et riz"},
    org={"fr": "Banque Nationale de Développement Agricole (BNDA)"},
    loc={"fr": "Bamako, siège de Hamdallaye ACI 2000"},
    sched={"fr": "Temps plein, du lundi au vendredi de 7 h 30 à 16 h 00"},
    deadline="2037-04-03",
    salary={"amount": 1280000, "min": None, "max": None, "currency": "XOF", "period": "month"},
    grade="Cadre, catégorie B2",
    ess={"fr": [
        "Être de nationalité malienne ;",
        "Être titulaire d'un Master en économie rurale, en agroéconomie appliquée ou en finance ;",
        "Justifier d'au moins quatre (4) ans d'expérience dans l'analyse de crédits agricoles ou le financement de filières ;",
        "Maîtriser les outils de modélisation financière sous tableur ;",
        "Être âgé de 40 ans au plus au 31 décembre 2037.",
    ]},
    des={"fr": [
        "Une connaissance des organisations de producteurs de la zone Office du Niger ou de la zone cotonnière ;",
        "La pratique du bambara ;",
        "Une expérience des lignes de refinancement des bailleurs de fonds.",
    ]},
    comp={"fr": [
        ("Rigueur analytique", "fonde chaque avis de crédit sur des chiffres vérifiés."),
        ("Sens du terrain", "va à la rencontre des coopératives avant de conclure un dossier."),
        ("Discrétion", "protège les informations confidentielles des clients de la banque."),
    ]},
)
MISSIONS = [
    "analyser les campagnes cotonnières et rizicoles et en tirer des notes de conjoncture trimestrielles ;",
    "instruire les demandes de crédit de campagne des faîtières et des unions de coopératives ;",
    "suivre la qualité du portefeuille agricole et proposer des mesures de recouvrement ;",
    "contribuer à la conception de produits de crédit adaptés aux petits exploitants ;",
    "représenter la banque dans les cadres de concertation interprofessionnels.",
]
DOSSIER = ["une lettre de motivation adressée au Directeur Général ;", "un curriculum vitae détaillé ;",
           "les copies légalisées des diplômes ;", "un extrait d'acte de naissance ;",
           "les attestations de travail justifiant l'expérience."]
key = expected(N)
T, O, L, S, G = N["title"]["fr"], N["org"]["fr"], N["loc"]["fr"], N["sched"]["fr"], N["grade"]

# 1. Newspaper page (fixed width), invented daily
import textwrap
def wrap(s, w=70, ind="", sub="    "):
    return textwrap.fill(s, w, initial_indent=ind, subsequent_indent=sub)
lines = []
lines += ["LE QUOTIDIEN DU DJOLIBA — N° 6 402 — Mardi 17 mars 2037 — Page 11",
          "ANNONCES ET COMMUNIQUÉS".center(70), "=" * 70, "",
          "BANQUE NATIONALE DE DÉVELOPPEMENT AGRICOLE".center(70),
          "Société anonyme au capital de 42 milliards de FCFA".center(70),
          "Direction Générale — Direction des Ressources Humaines".center(70), "",
          "AVIS DE RECRUTEMENT N° BNDA/DG/DRH/2037-018".center(70), "",
          wrap("Dans le cadre du renforcement de sa Direction du Financement Agricole, la Banque Nationale "
               "de Développement Agricole (BNDA) recrute un cadre pour le poste ci-dessous.", sub=""), "",
          f"Poste ............... : {T}",
          f"Employeur ........... : {O}",
          "Direction ........... : Direction du Financement Agricole",
          f"Lieu de travail ..... : {L}",
          "Contrat ............. : CDI après une période d'essai de six mois",
          "Horaires ............ : Temps plein, du lundi au vendredi de 7 h 30",
          "                        à 16 h 00",
          f"Classification ...... : {G}",
          "Salaire de base ..... : 1 280 000 FCFA brut par mois, hors prime",
          "                        de rendement et indemnité de logement",
          "Date limite ......... : vendredi 3 avril 2037 à 16 heures", "",
          "I. MISSIONS", ""]
lines += [wrap(m, ind="  - ") for m in MISSIONS]
lines += ["", "II. CONDITIONS DE CANDIDATURE", "", "Les candidats doivent remplir les conditions suivantes :", ""]
lines += [wrap(x, ind="  - ") for x in N["ess"]["fr"]]
lines += ["", "III. ATOUTS", ""] + [wrap(x, ind="  - ") for x in N["des"]["fr"]]
lines += ["", "IV. QUALITÉS PERSONNELLES", ""] + [wrap(f"{n} : {d}", ind="  * ") for n, d in N["comp"]["fr"]]
lines += ["", "V. COMPOSITION DU DOSSIER", ""] + [wrap(x, ind=f"  {c}) ") for c, x in zip("abcde", DOSSIER)]
lines += ["", wrap("Les dossiers sont déposés sous pli fermé au secrétariat de la Direction des Ressources "
                   "Humaines (immeuble du siège, 3e étage) ou envoyés à recrutement@bnda-ml.example, au plus "
                   "tard le 03/04/2037 à 16 heures. Seuls les candidats présélectionnés seront convoqués "
                   "au test écrit prévu le samedi 18 avril 2037.", sub=""),
          "", "Le Directeur Général".rjust(70), "(signature fictive)".rjust(70), "", "-" * 70,
          "AVIS DE PERTE".center(70),
          wrap("Il a été perdu le 9 mars 2037 à Kalaban-Coura un titre foncier n° 4417 au nom de la famille "
               "Kanté. Prière de le rapporter au commissariat du 12e arrondissement.", sub=""),
          "-" * 70,
          "APPEL D'OFFRES OUVERT N° 07/2037".center(70),
          wrap("La mairie de la Commune IV informe que la date de dépôt des offres pour la réhabilitation "
               "du marché de Lafiabougou est reportée au 27 avril 2037. Caution : 500 000 FCFA.", sub=""),
          "-" * 70, ""]
write(f"{key}-quotidien.txt", "\n".join(lines), N["ref"], "txt")

# 2. Bank careers page (HTML, <dl> fiche + sidebar)
li = lambda xs: "\n".join(f"      <li>{e(x)}</li>" for x in xs)
page = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Chargé d'études – Recrutement – BNDA</title>
<style>body{{font-family:Arial,sans-serif;margin:0}}header{{background:#0b5d2e;color:#fff;padding:10px 24px}}
nav a{{color:#fff;margin-right:14px}} .wrap{{display:flex;gap:28px;padding:18px 24px}} main{{flex:3}} aside{{flex:1;background:#f2f6f1;padding:12px}}
dl.fiche{{display:grid;grid-template-columns:210px 1fr;border:1px solid #cfd8cc}} dl.fiche dt{{font-weight:bold;background:#eef3ec;padding:6px}} dl.fiche dd{{margin:0;padding:6px}}</style></head>
<body>
<div class="topbar">Agences · Banque en ligne · Contact · <a href="#">Français</a> | <a href="#">English</a></div>
<header><strong>BNDA</strong> — La banque du monde rural
<nav><a href="#">Particuliers</a><a href="#">Entreprises</a><a href="#">Agriculture</a><a href="#">La Banque</a><a href="#">Carrières</a></nav></header>
<div class="crumbs">Accueil › Carrières › Offres en cours › {e(N['ref'])}</div>
<div class="wrap"><main>
<h1>Recrutement : un(e) chargé(e) d'études filières (H/F)</h1>
<p><em>Publié le 16 mars 2037 · Direction des Ressources Humaines</em></p>
<dl class="fiche">
  <dt>Référence</dt><dd>{e(N['ref'])}</dd>
  <dt>Intitulé du poste</dt><dd>{e(T)}</dd>
  <dt>Employeur</dt><dd>{e(O)}</dd>
  <dt>Direction</dt><dd>Direction du Financement Agricole</dd>
  <dt>Lieu de travail</dt><dd>{e(L)}</dd>
  <dt>Type de contrat</dt><dd>Contrat à durée indéterminée</dd>
  <dt>Horaires</dt><dd>{e(S)}</dd>
  <dt>Classification</dt><dd>{e(G)}</dd>
  <dt>Salaire de base</dt><dd>1 280 000 FCFA (XOF) brut mensuel ; prime de rendement et indemnité de logement en sus</dd>
  <dt>Date limite de candidature</dt><dd>03/04/2037 à 16 h 00</dd>
</dl>
<h2>Vos missions</h2>
<ol>
{li([m[0].upper() + m[1:] for m in MISSIONS])}
</ol>
<h2>Conditions de candidature</h2>
<p>Peuvent faire acte de candidature les personnes qui remplissent les conditions suivantes :</p>
<ul>
{li(N['ess']['fr'])}
</ul>
<h2>Atouts</h2>
<ul>
{li(N['des']['fr'])}
</ul>
<h2>Qualités personnelles</h2>
{''.join(f'<p><strong>{e(n)} :</strong> {e(d)}</p>' for n, d in N['comp']['fr'])}
<h2>Dossier de candidature</h2>
<p>{' '.join(e(x) for x in DOSSIER)}</p>
<p>Envoi à recrutement@bnda-ml.example ou dépôt au siège. Test écrit le 18 avril 2037 pour les candidats présélectionnés.
La BNDA ne demande aucun frais pour le traitement des candidatures.</p>
</main>
<aside><h3>Autres offres</h3>
<ul><li>Chef d'agence – Sikasso<br><small>clôture le 27/03/2037</small></li>
<li>Auditeur interne confirmé<br><small>clôture le 30/04/2037</small></li></ul>
<h3>Nous suivre</h3><p>Facebook · LinkedIn · YouTube</p></aside></div>
<footer>© 2037 BNDA — Agréée en qualité de banque. Mentions légales · Plan du site<br>
Ce site utilise des cookies de mesure d'audience. <button>Accepter</button> <button>Refuser</button></footer>
</body></html>
"""
write(f"{key}-bnda.html", page, N["ref"], "html")
