from common import *

KEY = "cdm-dch-rec-2037-118"
REF = "CDM/DCH/REC/2037-118"
TITLE = "Chargé(e) d'études en modélisation du risque de contrepartie"
ORG = "Crédit du Maroc"
LOC = "Casablanca (siège, quartier Casa Anfa)"
SCHED = "Temps plein, du lundi au vendredi de 8 h 30 à 17 h 00"
ESS = [
    "Diplôme Bac+5 d'une école d'ingénieurs, de statistique ou de commerce (ISCAE, INSEA, ENSAM ou équivalent)",
    "Trois à cinq ans d'expérience en modélisation des risques dans une banque ou un cabinet de conseil",
    "Bonne connaissance de la réglementation prudentielle de Bank Al-Maghrib et des normes bâloises",
    "Maîtrise de Python ou de SAS et du langage SQL",
    "Français courant à l'écrit comme à l'oral ; l'arabe est un plus pour les échanges avec le réseau",
]
DES = [
    "Expérience des modèles IFRS 9 de dépréciation",
    "Certification FRM ou PRM",
]
COMP = [
    ("Rigueur", "documente chaque hypothèse et chaque test de modèle."),
    ("Esprit de synthèse", "traduit des résultats chiffrés en messages clairs pour la direction."),
    ("Sens du collectif", "travaille en lien étroit avec les équipes Finance et Engagements."),
]
MISSIONS = [
    "Concevoir et mettre à jour les modèles de notation des contreparties entreprises et professionnelles.",
    "Réaliser les backtestings trimestriels et présenter leurs résultats au comité des risques.",
    "Contribuer aux exercices de stress test demandés par le régulateur.",
    "Rédiger la documentation des modèles à l'attention de la validation indépendante.",
    "Accompagner les équipes informatiques lors de la mise en production des nouveaux paramètres.",
]


def html():
    lis = "\n".join(f"        <li>{m}</li>" for m in MISSIONS)
    ess = "\n".join(f"        <li>{e}</li>" for e in ESS)
    des = "\n".join(f"        <li>{e}</li>" for e in DES)
    comps = "\n".join(f"      <p><strong>{n} :</strong> {d}</p>" for n, d in COMP)
    return f"""<!DOCTYPE html>
<html lang="fr">
<head><meta charset="utf-8"><title>{TITLE} | Carrières | {ORG}</title>
<style>body{{font-family:Arial,sans-serif;margin:0;color:#222}} header{{background:#0b6b3a;color:#fff;padding:8px 24px}}
.chips{{display:flex;flex-wrap:wrap;gap:8px;list-style:none;padding:0}} .chips li{{background:#eef5f0;border-radius:14px;padding:4px 12px}}
.chips b{{font-weight:normal;color:#666;margin-right:6px}} main{{max-width:860px;margin:auto;padding:16px}} aside{{border-top:1px solid #ccc;margin-top:24px}}</style></head>
<body>
<div id="cookie">Ce site utilise des cookies pour mesurer l'audience. <a href="#">Accepter</a> <a href="#">Paramétrer</a></div>
<header><a href="https://www.cdm.example/">Crédit du Maroc</a> · Particuliers · Professionnels · Entreprises · <strong>Carrières</strong> · العربية</header>
<nav>Accueil &gt; Carrières &gt; Nos offres &gt; Risques</nav>
<main>
  <p class="meta">Offre publiée le 14 octobre 2037 · Filière Risques · Réf. {REF}</p>
  <h1>{TITLE}</h1>
  <ul class="chips">
    <li><b>Référence</b>{REF}</li>
    <li><b>Entreprise</b>{ORG}</li>
    <li><b>Lieu de travail</b>{LOC}</li>
    <li><b>Contrat</b>CDI</li>
    <li><b>Horaires</b>{SCHED}</li>
    <li><b>Rémunération</b>Package attractif selon profil et expérience</li>
    <li><b>Clôture des candidatures</b>06/11/2037</li>
  </ul>
  <h2>Votre environnement</h2>
  <p>Rattaché(e) au pôle Modèles et Méthodes de la Direction des Risques, vous rejoignez une équipe de huit analystes
  chargée des modèles de notation, de provisionnement et de capital économique de la banque.</p>
  <h2>Vos missions</h2>
  <ul>
{lis}
  </ul>
  <h2>Votre profil</h2>
  <ul>
{ess}
  </ul>
  <h3>Ce qui fera la différence</h3>
  <ul>
{des}
  </ul>
  <h2>Vos qualités</h2>
{comps}
  <h2>Comment postuler ?</h2>
  <p>Déposez votre CV et une lettre de motivation via le bouton « Je postule » avant le vendredi 6 novembre 2037 à minuit.
  Les candidats présélectionnés passeront un test technique en ligne, puis deux entretiens entre le 23 novembre et le 4 décembre 2037.
  Crédit du Maroc ne demande aucun frais de dossier.</p>
  <p><a href="#">Je postule</a></p>
  <aside>
    <h2>Offres similaires</h2>
    <ul>
      <li>Contrôleur(se) permanent(e) – Rabat – clôture le 30/10/2037</li>
      <li>Analyste engagements PME – Tanger – clôture le 12/11/2037</li>
    </ul>
  </aside>
</main>
<footer>© 2037 Crédit du Maroc – Mentions légales – Protection des données personnelles (loi 09-08) – Plan du site</footer>
</body></html>
"""


def rekrute():
    mis = "\n".join(f"- {m}" for m in MISSIONS)
    ess = "\n".join(f"- {e}" for e in ESS)
    des = "\n".join(f"- {e}" for e in DES)
    comps = "\n".join(f"- {n} : {d}" for n, d in COMP)
    return f"""
Accueil   Offres d'emploi   Entreprises qui recrutent   Conseils carrière   Espace recruteurs   Se connecter
Vous êtes ici : Accueil > Offres d'emploi > Banque / Assurance / Finance

{TITLE} - Casablanca

Crédit du Maroc
Publication : 15/10/2037 au 06/11/2037 | Postes proposés : 1 | 412 vues

Secteur d'activité :Banque, Finance, Assurance | Fonction :Audit, Conseil, Contrôle de gestion | Expérience requise :De 3 à 5 ans | Niveau d'étude demandé :Bac +5 et plus | Type de contrat proposé :CDI | Télétravail :Hybride

Entreprise :

Filiale du groupe Crédit Agricole, Crédit du Maroc accompagne particuliers, professionnels et entreprises
à travers un réseau de plus de trois cents agences.

Poste :

Intitulé : {TITLE}
Référence : {REF}
Lieu de travail : {LOC}
Horaires : {SCHED}
Date limite : 06/11/2037

Missions :
{mis}

Profil recherché :
{ess}

Atouts :
{des}

Qualités personnelles :
{comps}

Traits de personnalité souhaités : Rigoureux, Analytique, Collaboratif

Pour postuler, cliquez sur « Postuler » : votre profil ReKrute sera transmis au recruteur.

[ Postuler ]   [ Sauvegarder ]   [ Envoyer à un ami ]

Offres similaires
Responsable recouvrement contentieux - Marrakech - Banque - 05/11/2037
Data analyst risques - Casablanca - Assurance - 21/11/2037
"""


if __name__ == "__main__":
    w(KEY + "-creditdumaroc.html", html())
    w(KEY + "-rekrute.txt", rekrute())
    expected(KEY, REF, ["fr"], {"fr": TITLE}, {"fr": ORG}, {"fr": LOC}, {"fr": SCHED}, "2037-11-06",
             None, None, {"fr": (ESS, DES)}, {"fr": comp(COMP)})
    print(KEY, ["-creditdumaroc.html", "-rekrute.txt"])
