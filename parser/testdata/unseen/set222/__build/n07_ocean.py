from common import *

KEY = "go-2036-118"
D = dict(
    reference="GO-2036-118", post_number=None, languages=["fr"],
    title=both(None, "Soudeur(-euse) certifié(e) CWB – chantier naval"),
    organisation=both(None, "Groupe Océan"),
    location=both(None, "L'Isle-aux-Coudres (Québec)"),
    schedule=both(None, "Temps plein, 40 heures par semaine, de jour"),
    deadline="2036-04-17",
    salary=sal(mn=34.5, mx=41.25, cur="CAD", period="hour"),
    grade=None, clearance=None,
)
ESS = [
    "Diplôme d'études professionnelles (DEP) en soudage-montage ou l'équivalent",
    "Certification CWB valide (toutes positions) pour le procédé FCAW",
    "Minimum de trois ans d'expérience en soudage de structures d'acier",
    "Capacité à lire des plans et des symboles de soudage",
    "Capacité à travailler en hauteur et en espace clos",
]
DES = [
    "Expérience en construction ou en réparation navale",
    "Certification CWB pour l'aluminium",
    "Carte ASP Construction",
]
QUAL = ["Souci du travail bien fait", "Respect des règles de santé et sécurité", "Esprit d'équipe", "Ponctualité"]
D["requirements"] = both(None, req(ESS, DES))
D["competencies"] = both(None, comps([(q, "") for q in QUAL]))

DUT = [
    "Souder des structures de coque, de pont et de superstructure en acier selon les plans",
    "Préparer les pièces : meulage, chanfreinage, pointage et préchauffage",
    "Vérifier la qualité des soudures et corriger les défauts signalés par le contrôle non destructif",
    "Participer à l'entretien de l'équipement de soudage et au rangement du poste",
    "Respecter les procédures de soudage approuvées et les règles de sécurité du chantier",
]


def html():
    return f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{D['title']['fr']} | Carrières | Groupe Océan</title>
<style>body{{font-family:Arial,sans-serif;margin:0}} header,footer{{background:#0b2545;color:#fff;padding:8px 24px}} main{{display:flex;gap:2em;padding:16px 24px}} article{{flex:3}} aside{{flex:1;background:#eef3f8;padding:12px}} .cookies{{position:fixed;bottom:0;background:#222;color:#fff;width:100%}}</style></head>
<body>
<header><strong>Groupe Océan</strong>
<nav><a href="#">Remorquage</a> · <a href="#">Chantiers navals</a> · <a href="#">Dragage</a> · <a href="#">Logistique</a> · <a href="#">Carrières</a> · <a href="#">Nous joindre</a> · <a href="#">EN</a></nav></header>
<p class="crumbs">Accueil / Carrières / Emplois disponibles / {D['title']['fr']}</p>
<main>
<article>
<h1>{D['title']['fr']}</h1>
<p><a href="#">Postuler</a> | <a href="#">Partager</a> | <a href="#">Imprimer</a></p>
<h2>Qui sommes-nous ?</h2>
<p>Fondé à Québec, {D['organisation']['fr']} réunit des entreprises de remorquage, de construction et de réparation navales, de dragage et de transport maritime. Notre chantier de L'Isle-aux-Coudres construit des remorqueurs, des barges et des traversiers, et répare des navires de toutes tailles. Nous cherchons un(e) soudeur(-euse) certifié(e) pour renforcer l'équipe de production.</p>
<h2>Tes responsabilités</h2>
<ul>{li(DUT)}</ul>
<h2>Ce qu'on recherche</h2>
<ul>{li(ESS)}</ul>
<h2>Ce qui ferait la différence</h2>
<ul>{li(DES)}</ul>
<h2>Tes qualités</h2>
<ul>{li(QUAL)}</ul>
<h2>Ce qu'on t'offre</h2>
<p>Un salaire de 34,50 $ à 41,25 $ l'heure selon la certification et l'expérience, une prime de 1,50 $ l'heure pour le quart de soir lorsqu'il est offert, une assurance collective payée en partie par l'employeur, un REER collectif, le traversier gratuit pour se rendre au travail et des vêtements de travail fournis.</p>
<p>Entrée en poste : le 4 mai 2036. Les essais de soudage auront lieu au chantier la semaine du 20 avril 2036.</p>
</article>
<aside>
<h3>En bref</h3>
<dl>
<dt>Numéro de poste</dt><dd>{D['reference']}</dd>
<dt>Entreprise</dt><dd>{D['organisation']['fr']}</dd>
<dt>Division</dt><dd>Chantier naval</dd>
<dt>Lieu de travail</dt><dd>{D['location']['fr']}</dd>
<dt>Type d'emploi</dt><dd>Permanent</dd>
<dt>Horaire</dt><dd>{D['schedule']['fr']}</dd>
<dt>Salaire</dt><dd>34,50 $ à 41,25 $ l'heure</dd>
<dt>Publié le</dt><dd>2036-03-20</dd>
<dt>Date limite</dt><dd>2036-04-17</dd>
</dl>
<h3>Autres postes</h3>
<ul><li>Mécanicien(ne) de machines fixes – Québec (date limite 2036-04-03)</li><li>Matelot de pont – saison 2036 (date limite 2036-04-10)</li></ul>
</aside>
</main>
<footer>© 2036 Groupe Océan · Politique de confidentialité · Accessibilité</footer>
<div class="cookies">Nous utilisons des témoins pour améliorer votre expérience. <button>Accepter</button> <button>Personnaliser</button></div>
</body></html>
"""


def board():
    return "\n".join([
        "Passer au contenu principal", "Trouver un emploi  Avis sur les entreprises  Salaires", "Connexion", "",
        D["title"]["fr"],
        D["organisation"]["fr"] + "4,2 étoiles sur 5" + D["location"]["fr"],
        "34,50 $–41,25 $ de l'heure - Temps plein, Permanent",
        "Postuler sur le site de l'entreprise",
        "",
        "Détails de l'emploiSalaire34,50 $–41,25 $ de l'heureType d'emploiTemps pleinPermanent",
        "LieuL'Isle-aux-Coudres, QC",
        "",
        "Description complète du poste",
        "Numéro de poste : " + D["reference"],
        "Lieu de travail : " + D["location"]["fr"],
        "Horaire : " + D["schedule"]["fr"],
        "Date limite : 2036-04-17",
        "Qui sommes-nous ?" + "Groupe Océan réunit des entreprises de remorquage, de construction et de réparation navales, de dragage et de transport maritime.",
        "Tes responsabilités" + " ".join(d + "." for d in DUT),
        "Ce qu'on recherche",
        *["• " + e for e in ESS],
        "Ce qui ferait la différence",
        *["• " + e for e in DES],
        "Tes qualités" + ", ".join(QUAL),
        "Ce qu'on t'offre" + "Assurance collective, REER collectif, traversier gratuit, vêtements de travail fournis. Entrée en poste le 4 mai 2036; essais de soudage la semaine du 20 avril 2036.",
        "",
        "Type d'emploi : Temps plein, Permanent",
        "Salaire : 34,50 $ à 41,25 $ par heure",
        "Avantages :Assurance DentaireAssurance InvaliditéREER Collectif",
        "Lieu du poste : En présentiel",
        "",
        "Publiée il y a 4 jours",
        "Signaler l'offre d'emploi",
        "",
        "Emplois similaires",
        "Soudeur-monteur – Chantier Maritime du Fleuve – Lévis, QC – 30 $–36 $ de l'heure",
        "Soudeur(euse) – Structures Laurentides – Baie-Saint-Paul, QC – Publiée il y a 9 jours",
        ""])


def build():
    write(KEY + "-ocean.html", html())
    row(KEY + "-ocean.html", KEY, "html")
    write(KEY + "-emplois.txt", board())
    row(KEY + "-emplois.txt", KEY, "txt")
    expected(KEY, D)
