"""Musée national des beaux-arts du Québec (Quebec public body), FR: careers page + LibreOffice avis."""
from common import *

KEY = "mnbaq-2044-022"
REF = "MNBAQ-2044-022"
T = "Technicienne ou technicien en muséologie – réserves et mouvements des œuvres"
O = "Musée national des beaux-arts du Québec"
LOC = "Québec"
SCHED = "35 heures par semaine, du mardi au samedi"
ESS = [
    "Détenir un diplôme d'études collégiales (DEC) en techniques de muséologie ou dans une discipline connexe",
    "Posséder au moins deux années d'expérience dans la manipulation, l'emballage ou le transport d'œuvres d'art",
    "Connaître les normes de conservation préventive applicables aux collections muséales",
    "Maîtriser un logiciel de gestion des collections (TMS, CollectiveAccess ou équivalent)",
]
DES = [
    "Détenir une carte de compétence de cariste ou d'opérateur de plateforme élévatrice",
    "Avoir participé au montage d'une exposition itinérante internationale",
]
COMP = [
    ("Minutie", "vous documentez chaque mouvement d'œuvre avec exactitude."),
    ("Sens de l'organisation", "vous planifiez les déplacements en fonction du calendrier des expositions."),
    ("Esprit d'équipe", "vous travaillez en étroite collaboration avec les restaurateurs et les registraires."),
]
ATTR = [
    "préparer et exécuter les mouvements d'œuvres entre les réserves, les salles d'exposition et les ateliers de restauration",
    "emballer les œuvres prêtées et accompagner leur chargement selon les constats d'état",
    "tenir à jour la localisation des œuvres dans le système de gestion des collections",
    "surveiller les conditions climatiques des réserves et signaler tout écart",
    "participer au montage et au démontage des expositions temporaires",
]
INTRO = ("Le Musée national des beaux-arts du Québec est une société d'État qui conserve et met en valeur l'art "
         "québécois de toutes les périodes. Son équipe des collections veille sur plus de 40 000 œuvres réparties "
         "entre les pavillons du parc des Champs-de-Bataille et un centre de réserves situé hors site.")


def html():
    dl = "".join(f"<dt>{a}</dt><dd>{b}</dd>\n" for a, b in [
        ("Numéro de l'appel de candidatures", REF),
        ("Employeur", O),
        ("Direction", "Direction des collections et de la recherche"),
        ("Lieu de travail", LOC),
        ("Statut", "Emploi régulier à temps complet"),
        ("Catégorie d'emploi", "Personnel technique"),
        ("Horaire de travail", SCHED),
        ("Traitement", "De 49 318 $ à 71 206 $ par année, selon l'expérience"),
        ("Période d'inscription", "Du 20 septembre 2044 au 6 octobre 2044 à 23 h 59"),
    ])
    return f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{T} | Carrières | MNBAQ</title></head>
<body>
<div class="cookies">Nous utilisons des témoins pour améliorer votre visite. <button>Accepter</button> <button>Refuser</button> <button>Personnaliser</button></div>
<nav><a href="#">Visiter</a> <a href="#">Expositions</a> <a href="#">Collection</a> <a href="#">Billetterie</a> <a href="#">English</a></nav>
<p class="crumbs"><a href="#">Accueil</a> › <a href="#">À propos</a> › <a href="#">Carrières</a> › Offre</p>
<main>
<p class="kicker">Offre d'emploi · publiée le 20 septembre 2044</p>
<h1>{T}</h1>
<dl class="fiche">
{dl}</dl>
<h2>Le Musée</h2>
<p>{INTRO}</p>
<h2>Attributions</h2>
<p>Sous l'autorité de la régisseuse des collections, la personne titulaire :</p>
<ul>{''.join(f'<li>{a} ;</li>' for a in ATTR)}</ul>
<h2>Exigences</h2>
<ul>{''.join(f'<li>{e} ;</li>' for e in ESS)}</ul>
<h3>Atouts</h3>
<ul>{''.join(f'<li>{e} ;</li>' for e in DES)}</ul>
<h2>Profil recherché</h2>
<ul>{''.join(f'<li><strong>{n}</strong> : {d}</li>' for n, d in COMP)}</ul>
<h2>Conditions de travail</h2>
<p>Régime de retraite du personnel des organismes publics, quatre semaines de vacances dès la première année,
accès gratuit aux expositions et rabais de 20 % à la boutique. Une prime de 1,50 $ l'heure s'applique aux heures
travaillées le samedi.</p>
<h2>Pour postuler</h2>
<p>Transmettez votre curriculum vitæ et une lettre de présentation en mentionnant le numéro {REF} au plus tard le
<strong>6 octobre 2044 à 23 h 59</strong>. Les entrevues se tiendront au Musée dans la semaine du 20 octobre 2044.
Seules les personnes retenues seront contactées. Le Musée souscrit à un programme d'accès à l'égalité en emploi.</p>
</main>
<aside><h2>Autres offres</h2><ul>
<li>Agente ou agent de billetterie – date limite : 29 septembre 2044</li>
<li>Éducatrice ou éducateur de musée – date limite : 13 octobre 2044</li></ul></aside>
<footer>© Musée national des beaux-arts du Québec · Accessibilité · Politique de confidentialité</footer>
</body></html>"""


def lo_html():
    rows = "".join(f'<tr><th bgcolor="#e4e0d6" align="left" width="35%">{a}</th><td>{b}</td></tr>\n' for a, b in [
        ("Numéro", REF),
        ("Titre de l'emploi", T),
        ("Lieu de travail", LOC),
        ("Horaire", SCHED),
        ("Traitement annuel", "49 318 $ à 71 206 $"),
        ("Fin de l'inscription", "6 octobre 2044, 23 h 59"),
    ])
    return f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Avis {REF}</title></head>
<body style="font-family: 'Liberation Serif'; font-size: 11pt">
<p align="right">Québec, le 20 septembre 2044</p>
<p><b>{O.upper()}</b><br>Direction des ressources humaines</p>
<h2 align="center">AVIS DE RECRUTEMENT</h2>
<table border="1" cellpadding="4" cellspacing="0" width="100%">
{rows}</table>
<h3>1. Contexte</h3>
<p>{INTRO}</p>
<h3>2. Attributions principales</h3>
<ol type="a">{''.join(f'<li>{a}.</li>' for a in ATTR)}</ol>
<h3>3. Exigences</h3>
<ul>{''.join(f'<li>{e}</li>' for e in ESS)}</ul>
<p><b>Atouts :</b></p>
<ul>{''.join(f'<li>{e}</li>' for e in DES)}</ul>
<h3>4. Qualités recherchées</h3>
{''.join(f'<p><i>{n}</i> : {d}</p>' for n, d in COMP)}
<h3>5. Candidature</h3>
<p>Les candidatures, accompagnées d'un curriculum vitæ, doivent parvenir à la Direction des ressources humaines
au plus tard le 6 octobre 2044 à 23 h 59, par courriel à emplois@mnbaq.example. L'horaire comprend le samedi;
une prime de fin de semaine est prévue. L'entrée en fonction est prévue le 10 novembre 2044.</p>
</body></html>"""


def build():
    write(KEY + "-carrieres.html", html(), KEY)
    libreoffice(src(KEY + "-avis.html", lo_html()), KEY + "-avis.libreoffice.pdf", KEY)
    expected(KEY, reference=REF, languages=["fr"], title=L(None, T), organisation=L(None, O), location=L(None, LOC),
             schedule=L(None, SCHED), deadline="2044-10-06", salary=sal(49318, 71206, "CAD", "year"),
             requirements=L(None, req(ESS, DES)), competencies=L(None, comps(COMP)))
