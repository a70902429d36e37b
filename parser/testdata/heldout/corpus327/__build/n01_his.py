from common import *

KEY = "his-rh-2045-004"
D = dict(
    reference="HIS/RH/2045/004", post_number=None, languages=["fr"],
    title=both(None, "Infirmier·ère en chef – Unité de gériatrie aiguë (H/F/X)"),
    organisation=both(None, "Hôpitaux Iris Sud"),
    location=both(None, "Site Molière, Forest (Bruxelles)"),
    schedule=both(None, "Temps plein (38 heures/semaine), horaire de jour"),
    deadline="2045-01-06",
    salary=sal(mn=3918.62, mx=6204.85, cur="EUR", period="month"),
    grade="IFIC 17", clearance=None,
    requirements=both(None, req([
        "Bachelier infirmier responsable de soins généraux ou diplôme équivalent reconnu en Belgique.",
        "Titre professionnel particulier ou qualification professionnelle particulière en gériatrie.",
        "Au moins cinq ans d'expérience clinique, dont deux dans une fonction d'encadrement.",
        "Visa et enregistrement auprès du SPF Santé publique en ordre.",
        "Bonne connaissance passive du néerlandais.",
    ], [
        "Formation de cadre en soins de santé (en cours ou terminée).",
        "Expérience de la gestion des lits et des flux de patients.",
    ])),
    competencies=both(None, comp([
        ("Leadership bienveillant", "vous fédérez une équipe pluridisciplinaire autour du projet de soins."),
        ("Rigueur", "vous veillez à la qualité et à la sécurité des soins au quotidien."),
        ("Sens de la communication", "vous entretenez un dialogue clair avec les patients, les familles et les médecins."),
    ])),
)
R = D["requirements"]["fr"]
C = D["competencies"]["fr"]


def html():
    li = lambda xs: "\n".join(f"        <li>{x}</li>" for x in xs)
    comps = "\n".join(f"        <li><strong>{c['name']}</strong> : {c['description']}</li>" for c in C)
    return f"""<!DOCTYPE html>
<html lang="fr">
<head><meta charset="utf-8"><title>{D['title']['fr']} | Jobs HIS</title>
<style>body{{font-family:Arial,sans-serif;margin:0}} .top{{background:#00528c;color:#fff;padding:6px 20px}}
table.facts th{{text-align:left;padding:4px 12px 4px 0;vertical-align:top}} main{{max-width:860px;margin:auto}}</style></head>
<body>
<div class="cookie">Ce site utilise des cookies fonctionnels et analytiques. <a href="#">Accepter</a> <a href="#">Refuser</a> <a href="#">Personnaliser</a></div>
<div class="top">Urgences 24 h/24 : 02 000 00 00 (numéro fictif) · FR | NL</div>
<header><a href="/">Hôpitaux Iris Sud</a>
<nav><ul><li><a href="#">Patients et visiteurs</a></li><li><a href="#">Nos sites</a></li><li><a href="#">Services médicaux</a></li><li><a href="#">Jobs</a></li><li><a href="#">Contact</a></li></ul></nav></header>
<main>
<p class="crumbs">Accueil › Jobs › Soins infirmiers › Offre HIS/RH/2045/004</p>
<p class="meta">Publiée le 5 décembre 2044 · Département infirmier</p>
<h1>{D['title']['fr']}</h1>
<table class="facts">
  <tr><th>Référence</th><td>{D['reference']}</td></tr>
  <tr><th>Employeur</th><td>{D['organisation']['fr']}</td></tr>
  <tr><th>Lieu de travail</th><td>{D['location']['fr']}</td></tr>
  <tr><th>Type de contrat</th><td>Contrat à durée indéterminée</td></tr>
  <tr><th>Régime</th><td>{D['schedule']['fr']}</td></tr>
  <tr><th>Échelle barémique</th><td>{D['grade']}</td></tr>
  <tr><th>Rémunération</th><td>de 3 918,62 € à 6 204,85 € brut par mois à l'index en vigueur, selon l'ancienneté valorisable</td></tr>
  <tr><th>Date limite de candidature</th><td>vendredi 6 janvier 2045</td></tr>
</table>
<h2>Le service</h2>
<p>L'unité de gériatrie aiguë du site Molière compte 28 lits et accueille des patients de plus de 75 ans hospitalisés
pour un épisode aigu. L'équipe réunit infirmiers, aides-soignants, kinésithérapeutes, ergothérapeutes, une logopède,
une diététicienne et deux gériatres. Elle travaille avec le programme de soins pour le patient gériatrique et
l'équipe de liaison interne.</p>
<h2>Votre fonction</h2>
<ul>
        <li>Vous organisez les soins et la planification des 24 membres de l'équipe infirmière et soignante.</li>
        <li>Vous garantissez l'application des procédures et des indicateurs de qualité du département infirmier.</li>
        <li>Vous accompagnez les nouveaux collègues et les étudiants en stage.</li>
        <li>Vous participez aux projets transversaux de l'hôpital (chutes, contention, dénutrition).</li>
        <li>Vous êtes l'interlocuteur des familles pour l'organisation des sorties.</li>
</ul>
<h2>Votre profil</h2>
<ul>
{li(R['essential'])}
</ul>
<h3>Atouts</h3>
<ul>
{li(R['desirable'])}
</ul>
<h2>Vos qualités</h2>
<ul>
{comps}
</ul>
<h2>Notre offre</h2>
<p>Un contrat à durée indéterminée, une reprise d'ancienneté, des chèques-repas, l'intervention dans les frais de
transport en commun, une prime d'attractivité et un plan de formation continue. Les entretiens auront lieu la
semaine du 16 janvier 2045 ; l'entrée en fonction est prévue le 1er mars 2045.</p>
<h2>Comment postuler ?</h2>
<p>Envoyez votre CV et une lettre de motivation en mentionnant la référence {D['reference']} via le bouton
« Postuler » ou à l'adresse jobs@his-iris.example. Les HIS encouragent la diversité et examinent toutes les
candidatures sur la seule base des compétences.</p>
<p><a href="#" class="btn">Postuler</a></p>
<aside><h4>Autres offres</h4><ul>
<li>Sage-femme – maternité (site Bracops) – clôture le 13 janvier 2045</li>
<li>Technologue en imagerie médicale – clôture le 20 janvier 2045</li></ul></aside>
</main>
<footer>Hôpitaux Iris Sud – réseau hospitalier public bruxellois · Mentions légales · Politique de confidentialité</footer>
</body></html>
"""


def board():
    L = []
    L.append("SoinsBruxelles.be   Offres   Employeurs   Conseils   Connexion")
    L.append("← Retour aux 412 offres")
    L.append("")
    L.append(D['title']['fr'])
    L.append(D['organisation']['fr'])
    L.append("Forest · CDI · Temps plein · Publiée il y a 4 jours · 187 vues")
    L.append("")
    L.append("Postuler maintenant     Enregistrer")
    L.append("")
    for lab, val in [("Référence", D['reference']), ("Employeur", D['organisation']['fr']),
                     ("Lieu de travail", D['location']['fr']), ("Contrat", "CDI"),
                     ("Régime de travail", D['schedule']['fr']),
                     ("Échelle barémique", D['grade']),
                     ("Salaire", "de 3 918,62 € à 6 204,85 € brut par mois (index en vigueur)"),
                     ("Date de clôture", "06/01/2045")]:
        L.append(lab)
        L.append(val)
        L.append("")
    L.append("Description")
    L.append("Les Hôpitaux Iris Sud cherchent un(e) infirmier·ère en chef pour l'unité de gériatrie aiguë (28 lits) du site")
    L.append("Molière. Vous dirigez une équipe de 24 personnes, organisez la planification et garantissez la qualité des soins.")
    L.append("")
    L.append("Profil")
    for x in R['essential']:
        L.append("– " + x)
    L.append("")
    L.append("Atouts")
    for x in R['desirable']:
        L.append("– " + x)
    L.append("")
    L.append("Qualités")
    for c in C:
        L.append(f"– {c['name']} : {c['description']}")
    L.append("")
    L.append("Offre : CDI, chèques-repas, prime d'attractivité, formation continue. Entretiens la semaine du 16 janvier 2045.")
    L.append("")
    L.append("Offres similaires")
    L.append("Infirmier(ère) en chef – soins intensifs · Anderlecht · clôture 27/01/2045")
    L.append("Infirmier(ère) gériatrique · Uccle · 3 650 € brut/mois (estimation SoinsBruxelles)")
    L.append("")
    L.append("© SoinsBruxelles.be – plateforme indépendante d'offres d'emploi dans les soins")
    return "\n".join(L) + "\n"


def build():
    expected(KEY, D)
    w(f"{KEY}-his.html", html(), KEY)
    w(f"{KEY}-soinsbruxelles.txt", board(), KEY)
