from common import *

KEY = "wst-2036-031"
REF = "WST-2036-031"
T = {"fr": "Mécanicien(ne) d'entretien d'usine", "en": "Plant Maintenance Millwright"}
O = {"fr": "Groupe Westco", "en": "Groupe Westco"}
L = {"fr": "Saint-François-de-Madawaska (N.-B.)", "en": "Saint-François-de-Madawaska, NB"}
S = {"fr": "Temps plein, 40 heures par semaine (quart de soir)", "en": "Full-time, 40 hours per week (evening shift)"}
SALV = {"fr": "de 33,85 $ à 41,60 $ l'heure, selon l'expérience et les certifications", "en": "$33.85 to $41.60 per hour, based on experience and certifications"}
ESS = {"fr": ["Diplôme d'études collégiales ou certificat en mécanique industrielle (millwright) ou en électromécanique",
              "Deux ans d'expérience en entretien d'équipements de production alimentaire ou manufacturière",
              "Capacité à lire des schémas mécaniques, pneumatiques et électriques",
              "Disponibilité pour la garde en dehors des heures normales, selon une rotation"],
       "en": ["College diploma or certificate in industrial mechanics (millwright) or electromechanical technology",
              "Two years of experience maintaining food-processing or manufacturing equipment",
              "Ability to read mechanical, pneumatic and electrical drawings",
              "Availability for on-call duty outside regular hours, on a rotating basis"]}
DES = {"fr": ["Certificat de qualification interprovincial Sceau rouge", "Connaissance des automates programmables Allen-Bradley"],
       "en": ["Interprovincial Red Seal certificate of qualification", "Knowledge of Allen-Bradley programmable logic controllers"]}
COMP = {"fr": ["Débrouillardise", "Souci de la sécurité", "Esprit d'équipe"],
        "en": ["Resourcefulness", "Safety mindset", "Team spirit"]}
expected(KEY, {
    "reference": REF, "post_number": None, "languages": ["fr", "en"],
    "title": T, "organisation": O, "location": L, "schedule": S,
    "deadline": "2036-11-04", "salary": sal(None, 33.85, 41.60, "CAD", "hour"),
    "grade": None, "clearance": None,
    "requirements": {l: {"essential": ESS[l], "desirable": DES[l]} for l in ("fr", "en")},
    "competencies": {l: [{"name": c, "description": ""} for c in COMP[l]] for l in ("fr", "en")},
})
TASK = {"fr": ["Effectuer l'entretien préventif et correctif des lignes de transformation et d'emballage",
               "Diagnostiquer les pannes mécaniques, hydrauliques et électriques",
               "Fabriquer et ajuster des pièces à l'atelier",
               "Consigner les interventions dans le logiciel de gestion de la maintenance",
               "Respecter les normes de salubrité alimentaire et de cadenassage"],
        "en": ["Carry out preventive and corrective maintenance on processing and packaging lines",
               "Troubleshoot mechanical, hydraulic and electrical breakdowns",
               "Fabricate and fit parts in the shop",
               "Record all work in the maintenance management software",
               "Follow food safety and lockout standards"]}
LAB = {"fr": dict(intro="Entreprise agroalimentaire familiale du Nord-Ouest du Nouveau-Brunswick, le Groupe Westco regroupe des fermes, un couvoir, une meunerie et des installations de transformation de la volaille. Nous cherchons un(e) mécanicien(ne) d'entretien pour notre usine de transformation.",
                  ref="N° de concours", lieu="Lieu de travail", stat="Statut", statv="Permanent", hor="Horaire",
                  sal="Salaire", lim="Date limite", limv="mardi 4 novembre 2036",
                  task="Tâches", req="Exigences", atout="Atouts", qual="Qualités recherchées",
                  offer="Nous offrons : prime de soir, assurances collectives, REER collectif avec contribution de l'employeur, vêtements de travail fournis. Entrée en poste prévue le 1er décembre 2036.",
                  apply="Postulez en ligne ou déposez votre CV à la réception de l'usine. Seules les personnes retenues pour une entrevue seront contactées."),
       "en": dict(intro="A family-owned agri-food business in northwestern New Brunswick, Groupe Westco brings together farms, a hatchery, a feed mill and poultry processing facilities. We are looking for a maintenance millwright for our processing plant.",
                  ref="Competition #", lieu="Work location", stat="Status", statv="Permanent", hor="Schedule",
                  sal="Wage", lim="Closing date", limv="Tuesday, November 4, 2036",
                  task="Duties", req="Requirements", atout="Assets", qual="Qualities we look for",
                  offer="We offer: evening shift premium, group insurance, group RRSP with employer contribution, work clothing supplied. Expected start date: December 1, 2036.",
                  apply="Apply online or drop off your résumé at the plant reception. Only candidates selected for an interview will be contacted.")}


def col(l):
    w = LAB[l]
    rows = [(w["ref"], REF), (w["lieu"], L[l]), (w["stat"], w["statv"]), (w["hor"], S[l]), (w["sal"], SALV[l]), (w["lim"], w["limv"])]
    return f"""<div class="col" lang="{l}"><h2>{esc(T[l])}</h2><p>{esc(w['intro'])}</p>
<table>{''.join('<tr><th>%s</th><td>%s</td></tr>' % (esc(a), esc(b)) for a, b in rows)}</table>
<h3>{w['task']}</h3><ul>{li(TASK[l])}</ul>
<h3>{w['req']}</h3><ul>{li(ESS[l])}</ul>
<h3>{w['atout']}</h3><ul>{li(DES[l])}</ul>
<h3>{w['qual']}</h3><ul>{li(COMP[l])}</ul>
<p>{esc(w['offer'])}</p><p>{esc(w['apply'])}</p></div>"""


html = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Carrières / Careers – Groupe Westco</title>
<style>body{{font-family:Verdana,sans-serif;font-size:14px;margin:0}} header{{background:#1b5e20;color:#fff;padding:1em 2em}} main{{padding:1em 2em}} .col{{margin-bottom:2em}} th{{text-align:left;padding-right:1.5em}}</style></head><body>
<header><strong>Groupe Westco</strong> · Nos entreprises · Nos produits · Carrières · Nous joindre · <a href="#">English</a></header>
<main>
<p>Carrières / Careers › Offres en cours / Current openings › {REF}</p>
<p class="cookie">Ce site utilise des témoins. / This site uses cookies. [Accepter / Accept]</p>
{col('fr')}
<hr>
{col('en')}
<section><h3>Autres postes / Other openings</h3><ul><li>Opérateur(trice) de production – Saint-François – 14/11/2036</li><li>Farm Worker – Hatchery – 21/11/2036</li></ul></section>
</main><footer><p>© Groupe Westco · Politique de confidentialité / Privacy policy</p></footer></body></html>"""
write(KEY + "-westco.html", html, KEY)


def jb(l):
    w = LAB[l]
    return "\n".join([T[l], O[l], L[l], "", f"{w['sal']}\n{SALV[l]}", f"{w['hor']}\n{S[l]}", f"{w['ref']}\n{REF}",
                      f"{w['lim']}\n{w['limv']}", "", w["intro"], "", w["task"]] + ["  " + x for x in TASK[l]] +
                     ["", w["req"]] + ["  " + x for x in ESS[l]] + ["", w["atout"]] + ["  " + x for x in DES[l]] +
                     ["", w["qual"]] + ["  " + x for x in COMP[l]] + ["", w["offer"], w["apply"]])


txt = f"""Guichet-Emplois NB / NB Job Bank – copie de l'annonce / posting copy
Rechercher des emplois   Mes alertes   Se connecter   English
Résultats › {T['fr']} – Saint-François-de-Madawaska

Annonce n° / Job posting no. 5817342 · Publiée le / Posted on 17 octobre 2036 · Source : employeur

{jb('fr')}

------------------------------------------------------------
ENGLISH VERSION
------------------------------------------------------------

{jb('en')}

Signaler cette annonce / Report this posting
Emplois semblables : Soudeur(se), Edmundston, 45 km, clôture 12/11/2036
"""
write(KEY + "-guichetemplois.txt", txt, KEY)
