from common import *
KEY = "lon-43-0112"
REF = "LON-43-0112"
T = "Horloger·ère spécialiste des complications – Service clients"
O = "Longines"
LOC = "Saint-Imier"
SCHED = "100%"
ESS = ["CFC d'horloger·ère praticien·ne ou d'horloger·ère rhabilleur·euse",
       "Minimum 5 ans d'expérience sur des mouvements à complications (chronographes, quantièmes)",
       "Parfaite maîtrise des outils de contrôle et de réglage",
       "Bonnes connaissances de l'anglais technique"]
DES = ["Expérience sur des montres anciennes ou de collection",
       "Formation de visiteur·euse ou de contrôleur·euse qualité"]
QUAL = ["Minutie", "Patience", "Esprit d'équipe", "Sens de la qualité"]
MISS = ["Diagnostiquer et réparer les montres à complications retournées par nos clients du monde entier",
        "Effectuer les révisions complètes, le réglage et le contrôle final des mouvements",
        "Rédiger les rapports techniques et documenter les interventions",
        "Transmettre votre savoir-faire aux horlogers·ères en formation",
        "Proposer des améliorations des méthodes de travail au sein de l'atelier"]

TXT = f"""jobup.ch
Emplois   Entreprises   Salaires   Conseils carrière        DE | FR | EN     Connexion

< Retour à la liste     Annonce 5 sur 17     < Précédente | Suivante >

{T}
{O}
★★★★☆ 4.1 (212 évaluations)

Date de publication:
18 décembre 2042
Taux d'activité:
{SCHED}
Type de contrat:
Durée indéterminée
Lieu de travail:
2610 Saint-Imier

Salaire estimé par jobup.ch
CHF 76 000 - 89 000 / an

Postuler    Sauvegarder

Depuis 1832, {O} conçoit à {LOC} des montres alliant élégance et précision. Pour renforcer l'atelier de notre service clients, nous recherchons un·e
{T}

Vos responsabilités
""" + "\n".join(MISS) + """

Votre profil
""" + "\n".join(ESS) + """

Un atout
""" + "\n".join(DES) + """

Savoir-être : """ + ", ".join(QUAL) + f"""

Nous offrons
Un poste stable dans une manufacture à la renommée internationale, des formations continues, un restaurant d'entreprise et des prestations sociales de premier ordre. Entrée en fonction : 1er mars 2043 ou à convenir.

Référence : {REF}
Taux d'activité : {SCHED}
Délai de postulation : 22 janvier 2043. Les premiers entretiens auront lieu dès le 2 février 2043.
Intéressé·e ? Merci de postuler uniquement via notre portail en ligne.

ID de l'annonce: 5c1e9a04-7d3b-4f2e-9a81-60b2d4c7e113

Offres similaires
Horloger·ère de production – Bienne – CHF 68 000 - 79 000 / an – il y a 3 jours
Opérateur·trice décolletage – Tramelan – CHF 58 000 - 66 000 / an – il y a 1 semaine
"""

def li(items):
    return "\n".join(f"<li>{i}</li>" for i in items)

HTML = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{T} – Carrières {O}</title></head>
<body>
<div id="cookies">Nous utilisons des cookies pour améliorer votre expérience. <button>Tout accepter</button> <button>Paramètres</button></div>
<header><nav>{O} | Collections | Héritage | <a href="#">Carrières</a> | FR / EN / DE</nav></header>
<nav class="crumbs">Carrières › Offres d'emploi › {T}</nav>
<main>
<h1>{T}</h1>
<p class="chips">{LOC}, CH | Service clients | {SCHED} | Réf. {REF}</p>
<p class="posted">Publiée le 18.12.2042</p>
<p>Depuis 1832, notre manufacture de {LOC} allie tradition horlogère et innovation. Rejoignez l'atelier de notre service clients.</p>
<p><b>Vos responsabilités</b></p>
<ul>{li(MISS)}</ul>
<p><b>Votre profil</b></p>
<ul>{li(ESS)}</ul>
<p><b>Un atout</b></p>
<ul>{li(DES)}</ul>
<p><b>Vos qualités</b><br>{" – ".join(QUAL)}</p>
<p><b>Conditions</b><br>Taux d'activité : {SCHED}<br>Contrat : durée indéterminée<br>Entrée en fonction : 01.03.2043<br>Délai de postulation : 22.01.2043</p>
<p><a href="#">Postuler</a></p>
<section><h2>Autres offres</h2><ul><li>Responsable d'atelier SAV – {LOC} – Réf. LON-43-0107</li><li>Emboîteur·euse – {LOC} – Réf. LON-43-0119</li></ul></section>
</main>
<footer>© {O} 2042 – Une marque du Swatch Group – Protection des données</footer>
</body></html>
"""

def build():
    write(KEY + "-jobup.txt", TXT, KEY)
    write(KEY + "-careers.html", HTML, KEY)
    expected(KEY, REF, ["fr"], T, O, LOC, SCHED, "2043-01-22", None,
             requirements={"fr": (ESS, DES)}, competencies={"fr": [(q, "") for q in QUAL]})
