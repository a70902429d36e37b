from common import *

KEY = "comt-drh-2039-027"
REF = "COMT/DRH/2039/027"
TITLE = "Ingénieur(e) transmission – câble sous-marin et liaisons inter-îles"
ORG = "Comores Telecom"
LOC = "Moroni (Grande Comore), avec déplacements à Mutsamudu et Fomboni"
SCHED = "Du lundi au jeudi de 7 h 30 à 15 h 00, le vendredi de 7 h 30 à 11 h 30, avec astreintes"
SAL = "450 000 francs comoriens (KMF) brut par mois"
MISSIONS = [
    "superviser la station d'atterrissement et les équipements de transmission optique ;",
    "planifier la maintenance des faisceaux hertziens entre Ngazidja, Ndzouani et Mwali ;",
    "analyser les alarmes et coordonner le rétablissement des liaisons avec les partenaires du consortium ;",
    "tenir à jour la documentation du réseau de transport et les plans de secours.",
]
ESS = [
    "Diplôme d'ingénieur en télécommunications ou master équivalent.",
    "Trois ans d'expérience au minimum sur des équipements SDH/DWDM ou des faisceaux hertziens.",
    "Bonne connaissance des protocoles IP/MPLS.",
    "Capacité à lire une documentation technique en anglais.",
    "Permis de conduire B.",
]
DES = [
    "Certification d'un équipementier en transmission optique.",
    "Expérience en milieu insulaire ou sur un réseau multi-sites.",
]
COMP = [
    ("Réactivité", "intervient rapidement lorsqu'une liaison tombe, y compris la nuit."),
    ("Méthode", "documente chaque intervention pour l'équipe suivante."),
    ("Esprit de service", "garde en tête l'impact des coupures sur les abonnés des trois îles."),
]

expected(KEY, REF, ["fr"], {"fr": TITLE}, {"fr": ORG}, {"fr": LOC}, {"fr": SCHED}, "2039-08-22",
         salary=sal(amount=450000, cur="KMF"),
         req={"fr": (ESS, DES)}, comp={"fr": COMP})

li = lambda xs: "\n".join(f"  <li>{x}</li>" for x in xs)
html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Recrutement – Comores Telecom</title>
<style>.facts{{display:grid;grid-template-columns:1fr 1fr;gap:6px}} .facts span{{display:block;font-weight:bold}}</style></head>
<body>
<header><div>Forfaits · Internet Fibre · Huri Money · Entreprises · Nous rejoindre</div>
<div class="promo">Promo d'août : 2 Go offerts pour toute recharge de 2 000 KMF !</div></header>
<main>
<p class="crumb">Accueil / Nous rejoindre / Offres en cours</p>
<h1>Avis de recrutement – Direction technique</h1>
<p>Comores Telecom, opérateur historique de l'Union des Comores, poursuit la modernisation de son réseau de
transport et recherche un ou une :</p>
<h2>{TITLE}</h2>
<div class="facts">
  <div><span>Référence</span>{REF}</div>
  <div><span>Société</span>{ORG}</div>
  <div><span>Direction</span>Direction technique – Département Transmission</div>
  <div><span>Lieu d'affectation</span>{LOC}</div>
  <div><span>Horaires de travail</span>{SCHED}</div>
  <div><span>Salaire</span>{SAL}</div>
  <div><span>Type de contrat</span>CDD de deux ans renouvelable</div>
  <div><span>Clôture des candidatures</span>lundi 22 août 2039</div>
</div>
<h3>Missions principales</h3>
<ol>
{li(MISSIONS)}
</ol>
<h3>Profil requis</h3>
<ul>
{li(ESS)}
</ul>
<h3>Atouts</h3>
<ul>
{li(DES)}
</ul>
<h3>Savoir-être</h3>
<ul>
{li(f"<b>{n}</b> : {d}" for n, d in COMP)}
</ul>
<h3>Candidature</h3>
<p>CV, lettre de motivation et copies des diplômes à déposer à la Direction des ressources humaines (siège de
Moroni) ou à envoyer à recrutement@comorestelecom.example, avec la référence en objet. Les tests techniques
auront lieu le 1er septembre 2039.</p>
</main>
<footer>Service client 100 · Agences : Moroni, Mutsamudu, Fomboni · © Comores Telecom 2039</footer>
</body></html>
"""
W(KEY + "-site.html", html, KEY)

txt = f"""LE COURRIER DE MORONI                Quotidien d'informations générales
N° 4127 – Mercredi 27 juillet 2039 – Prix : 250 KMF                          Page 11

Prières aux heures officielles du 25 au 31 juillet : Fadjr 05h02 – Dhouhr 12h10 –
Asr 15h22 – Maghrib 17h58 – Icha 19h12
Pharmacie de garde : Pharmacie du Port, Moroni-Badjanani

------------------------------------------------------------------------------------
                              ANNONCES ET AVIS
------------------------------------------------------------------------------------

                         COMORES TELECOM
                 AVIS DE RECRUTEMENT N° {REF}

Comores Telecom recrute pour sa Direction technique :

Poste : {TITLE}
Société : {ORG}
Lieu d'affectation : {LOC}
Horaires de travail : {SCHED}
Salaire : {SAL}
Contrat : CDD de deux ans renouvelable

MISSIONS : superviser la station d'atterrissement et les équipements de transmission
optique ; planifier la maintenance des faisceaux hertziens entre les îles ; analyser
les alarmes ; tenir à jour la documentation du réseau de transport.

PROFIL REQUIS :
  - {ESS[0]}
  - {ESS[1]}
  - {ESS[2]}
  - {ESS[3]}
  - {ESS[4]}

ATOUTS :
  - {DES[0]}
  - {DES[1]}

SAVOIR-ÊTRE :
  {COMP[0][0]} : {COMP[0][1]}
  {COMP[1][0]} : {COMP[1][1]}
  {COMP[2][0]} : {COMP[2][1]}

Les dossiers (CV, lettre de motivation, diplômes) sont reçus à la DRH, siège de Moroni,
au plus tard le 22 août 2039 à 14 h 00. Tests techniques le 1er septembre 2039.

------------------------------------------------------------------------------------
AVIS DE PERTE – Il a été perdu le 20 juillet 2039, entre Itsandra et Moroni, une
carte d'identité au nom de (nom fictif). Prière de la déposer au commissariat central.
------------------------------------------------------------------------------------
À VENDRE – Pick-up double cabine, année 2034, bon état, 3 200 000 KMF à débattre.
Tél. 3xx xx xx
------------------------------------------------------------------------------------
"""
W(KEY + "-courrier.txt", txt, KEY)
