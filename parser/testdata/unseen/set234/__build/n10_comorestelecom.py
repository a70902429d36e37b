from common import *
N = dict(
    ref="CT/DG/DRH/2037-015", langs=["fr"],
    title={"fr": "Ingénieur(e) transmission et faisceaux hertziens"},
    org={"fr": "Comores Télécom"},
    loc={"fr": "Moroni (Grande Comore), avec des missions à Anjouan et à Mohéli"},
    sched={"fr": "Temps plein, 40 heures par semaine, permanences techniques par roulement"},
    deadline="2037-04-22",
    salary={"amount": 585000, "min": None, "max": None, "currency": "KMF", "period": "month"},
    grade="Cadre, échelle 9",
    ess={"fr": [
        "être de nationalité comorienne ;",
        "être titulaire d'un diplôme d'ingénieur en télécommunications ou d'un Master en réseaux et transmissions ;",
        "justifier de trois (3) ans d'expérience au moins dans l'ingénierie ou l'exploitation de liaisons hertziennes ;",
        "savoir réaliser des bilans de liaison et des plans de fréquences ;",
        "accepter les déplacements interîles.",
    ]},
    des={"fr": ["une expérience des câbles sous-marins et des équipements DWDM ;",
                "une certification d'un grand équipementier."]},
    comp={"fr": [("Autonomie", "mène une intervention sur un site isolé sans assistance."),
                 ("Esprit de service", "rétablit les liaisons en donnant la priorité aux services d'urgence."),
                 ("Rigueur", "documente chaque modification du réseau de transmission.")]},
)
MIS = ["concevoir et dimensionner les liaisons hertziennes entre les trois îles ;",
       "superviser l'installation et la mise en service des équipements de transmission ;",
       "suivre la qualité du réseau et traiter les incidents de niveau 2 ;",
       "préparer les dossiers de demande de fréquences auprès du régulateur ;",
       "former les techniciens des centres régionaux."]
key = expected(N)
T, O, L, S, G = N["title"]["fr"], N["org"]["fr"], N["loc"]["fr"], N["sched"]["fr"], N["grade"]
page = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Recrutement | Comores Télécom</title></head><body>
<div class="promo">Forfaits internet : doublez vos gigas ce mois-ci ! · Espace client · Trouver une agence</div>
<nav>Particuliers · Entreprises · Réseau · À propos · Recrutement</nav>
<article><h1>Avis de recrutement</h1>
<p class="meta">Moroni, le 23 mars 2037 — Direction des Ressources Humaines</p>
<p><strong>Avis N° :</strong> {e(N['ref'])}<br>
<strong>Poste :</strong> {e(T)}<br>
<strong>Entreprise :</strong> {e(O)}<br>
<strong>Direction :</strong> Direction Technique et des Réseaux<br>
<strong>Lieu :</strong> {e(L)}<br>
<strong>Classification :</strong> {e(G)}<br>
<strong>Horaires :</strong> {e(S)}<br>
<strong>Salaire de base :</strong> 585 000 KMF (francs comoriens) brut par mois, hors primes<br>
<strong>Date limite :</strong> mercredi 22 avril 2037 à 14 heures</p>
<h2>Missions</h2><ul>{''.join(f'<li>{e(m)}</li>' for m in MIS)}</ul>
<h2>Conditions requises</h2><p>Le candidat ou la candidate doit :</p>
<ul>{''.join(f'<li>{e(x)}</li>' for x in N['ess']['fr'])}</ul>
<h2>Atouts</h2><ul>{''.join(f'<li>{e(x)}</li>' for x in N['des']['fr'])}</ul>
<h2>Qualités requises</h2>{''.join(f'<p><b>{e(n)} :</b> {e(d)}</p>' for n, d in N['comp']['fr'])}
<h2>Dépôt des candidatures</h2>
<p>Les dossiers (lettre, CV, copies des diplômes, pièce d'identité) sont déposés au siège de Moroni ou
envoyés à drh@comorestelecom.example au plus tard le 22/04/2037. Un test écrit aura lieu le 7 mai 2037.</p>
</article>
<aside><h3>À lire aussi</h3><p>Extension de la 4G à Mohéli – 12/03/2037</p></aside>
<footer>Comores Télécom © 2037 · Numéro vert fictif 100 · Conditions générales</footer></body></html>"""
write(f"{key}-comorestelecom.html", page, N["ref"], "html")
fb = ["Comores Télécom", "23 mars, 10:14 · 🌍", "",
      "📢 AVIS DE RECRUTEMENT N° CT/DG/DRH/2037-015", "",
      f"Comores Télécom recrute un(e) {T} 📡", "",
      f"➡️ Poste : {T}", f"➡️ Entreprise : {O}", f"➡️ Lieu : {L}", f"➡️ Classification : {G}",
      f"➡️ Horaires : {S}", "➡️ Salaire de base : 585 000 KMF brut/mois", "➡️ Date limite : 22 avril 2037", "",
      "🔧 Missions"] + [f"• {m}" for m in MIS] + ["", "📋 Conditions requises"] + [f"✔ {x}" for x in N["ess"]["fr"]]
fb += ["", "⭐ Atouts"] + [f"☆ {x}" for x in N["des"]["fr"]]
fb += ["", "🙂 Qualités requises"] + [f"– {n} : {d}" for n, d in N["comp"]["fr"]]
fb += ["", "📩 drh@comorestelecom.example · Test écrit le 7 mai 2037", "", "#ComoresTélécom #Recrutement #Moroni",
       "", "J'aime · Commenter · Partager", "👍😮 1,2 K · 143 commentaires · 389 partages", "",
       "Said Ahamada", "Est-ce que les candidats de la diaspora peuvent postuler ?", "J'aime · Répondre · 2 j",
       "   Comores Télécom", "   Oui, par courriel avant la date limite.", ""]
write(f"{key}-facebook.txt", "\n".join(fb), N["ref"], "txt")
