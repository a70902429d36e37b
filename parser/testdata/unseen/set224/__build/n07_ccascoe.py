from common import *
REF = "CCASCOE-RH-2036-04"
T_FR = "Conseiller(ère) en adaptation des infrastructures militaires"
T_EN = "Advisor, Military Infrastructure Adaptation"
ORG_FR = "Centre d'excellence pour le changement climatique et la sécurité (CCASCOE)"
ORG_EN = "Climate Change and Security Centre of Excellence (CCASCOE)"
LOC_FR, LOC_EN = "Montréal (Québec), Canada", "Montréal, Quebec, Canada"
SCH_FR, SCH_EN = "Temps plein (37,5 heures par semaine)", "Full-time (37.5 hours per week)"
ESS_FR = [
 "Diplôme universitaire de premier cycle en génie civil, en urbanisme, en sciences de l'environnement ou dans une discipline connexe",
 "Au moins cinq ans d'expérience dans la planification ou la gestion d'infrastructures exposées aux risques climatiques",
 "Expérience de la rédaction de rapports techniques destinés à des décideurs",
 "Expérience de l'animation d'ateliers réunissant des partenaires civils et militaires",
 "Capacité à obtenir et à conserver une habilitation NATO SECRET",
]
DES_FR = [
 "Diplôme de deuxième cycle dans l'un des domaines mentionnés",
 "Connaissance des normes de l'OTAN relatives à la protection de l'environnement",
 "Expérience de l'utilisation de systèmes d'information géographique",
]
ESS_EN = [
 "Undergraduate degree in civil engineering, urban planning, environmental science or a related discipline",
 "At least five years of experience in planning or managing infrastructure exposed to climate risks",
 "Experience in writing technical reports for decision-makers",
 "Experience in facilitating workshops bringing together civilian and military partners",
 "Ability to obtain and maintain a NATO SECRET clearance",
]
DES_EN = [
 "Graduate degree in one of the fields listed",
 "Knowledge of NATO standards on environmental protection",
 "Experience with geographic information systems",
]
TASK_FR = ["Analyser la vulnérabilité des bases et des installations militaires aux vagues de chaleur, aux inondations et au dégel du pergélisol",
           "Rédiger des guides d'adaptation à l'intention des pays participants et des commandements de l'OTAN",
           "Organiser des ateliers et des exercices sur table avec les ingénieurs militaires",
           "Représenter le Centre lors de conférences et de réunions de groupes de travail de l'OTAN"]
TASK_EN = ["Analyse the vulnerability of military bases and installations to heatwaves, flooding and permafrost thaw",
           "Write adaptation guides for participating nations and NATO commands",
           "Organise workshops and tabletop exercises with military engineers",
           "Represent the Centre at conferences and NATO working group meetings"]

def facts(lang):
    if lang == "fr":
        return [("Numéro de référence", REF), ("Organisme", ORG_FR), ("Lieu de travail", LOC_FR),
                ("Classification", "EC-05"), ("Salaire", "de 86 412 $ à 98 730 $ par année"),
                ("Horaire", SCH_FR), ("Habilitation de sécurité", "NATO SECRET"),
                ("Date de clôture", "22 juin 2036, 23 h 59 (heure de l'Est)")]
    return [("Reference number", REF), ("Organization", ORG_EN), ("Place of work", LOC_EN),
            ("Classification", "EC-05"), ("Salary", "$86,412 to $98,730 per year"),
            ("Schedule", SCH_EN), ("Security clearance", "NATO SECRET"),
            ("Closing date", "22 June 2036, 23:59 (Eastern Time)")]

INTRO_FR = ("Le Centre d'excellence pour le changement climatique et la sécurité, établi à Montréal et accrédité par l'OTAN, aide les Alliés à comprendre les effets du climat sur leur sécurité et à adapter leurs forces armées. "
            "Le poste relève de la Division des capacités et de l'adaptation. Le personnel civil du Centre est engagé par le pays hôte et travaille aux côtés d'officiers détachés par les pays participants.")
INTRO_EN = ("The Climate Change and Security Centre of Excellence, based in Montréal and accredited by NATO, helps Allies understand how climate affects their security and adapt their armed forces. "
            "The post belongs to the Capabilities and Adaptation Division. The Centre's civilian staff are employed by the host nation and work alongside officers seconded by the participating nations.")
OFF_FR = "Régime de retraite à prestations déterminées, assurance santé et dentaire, quatre semaines de vacances dès l'embauche, travail hybride possible deux jours par semaine."
OFF_EN = "Defined-benefit pension plan, health and dental insurance, four weeks of vacation from the start, hybrid work possible two days a week."

def build():
    expected(REF, None, ["fr", "en"], {"fr": T_FR, "en": T_EN}, {"fr": ORG_FR, "en": ORG_EN},
             {"fr": LOC_FR, "en": LOC_EN}, {"fr": SCH_FR, "en": SCH_EN}, "2036-06-22",
             sal(None, 86412, 98730, "CAD", "year"), "EC-05", "NATO SECRET",
             {"fr": {"essential": ESS_FR, "desirable": DES_FR}, "en": {"essential": ESS_EN, "desirable": DES_EN}},
             {"fr": [], "en": []})
    ul = lambda xs: "<ul>" + "".join(f"<li>{esc(x)}</li>" for x in xs) + "</ul>"
    dl = lambda fs: "<dl>" + "".join(f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in fs) + "</dl>"
    html = f"""<!DOCTYPE html>
<!-- saved from url=(0064)https://ccascoe.example/fr/carrieres/ccascoe-rh-2036-04 -->
<html lang="fr"><head><meta charset="utf-8"><title>{esc(T_FR)} | CCASCOE</title>
<style>body{{font-family:sans-serif}} .banner{{background:#1b3a4b;color:#fff}}</style></head><body>
<div class="banner">Nous utilisons des témoins (cookies) pour mesurer l'audience du site. <a href="#">J'accepte</a> <a href="#">En savoir plus</a></div>
<header><a href="#">CCASCOE</a>
<nav><ul><li><a href="#">Le Centre</a></li><li><a href="#">Recherche</a></li><li><a href="#">Formation</a></li><li><a href="#">Carrières</a></li><li><a href="#">Nouvelles</a></li><li><a href="/en/careers/ccascoe-rh-2036-04">English</a></li></ul></nav></header>
<main>
<p><a href="#">Accueil</a> › <a href="#">Carrières</a> › {esc(T_FR)}</p>
<p class="date">Publié le 14 mai 2036</p>
<h1>{esc(T_FR)}</h1>
{dl(facts("fr"))}
<h2>Le Centre</h2><p>{esc(INTRO_FR)}</p>
<h2>Vos tâches</h2>{ul(TASK_FR)}
<h2>Qualifications essentielles</h2>{ul(ESS_FR)}
<h2>Atouts</h2>{ul(DES_FR)}
<h2>Ce que nous offrons</h2><p>{esc(OFF_FR)}</p>
<h2>Pour postuler</h2><p>Envoyez votre curriculum vitae et une lettre de motivation d'au plus deux pages à rh@ccascoe.example en indiquant le numéro de référence {REF}, au plus tard le 22 juin 2036. Les entrevues auront lieu en juillet 2036.</p>
<hr>
<section lang="en">
<h1>{esc(T_EN)}</h1>
{dl(facts("en"))}
<h2>The Centre</h2><p>{esc(INTRO_EN)}</p>
<h2>Your tasks</h2>{ul(TASK_EN)}
<h2>Essential qualifications</h2>{ul(ESS_EN)}
<h2>Assets</h2>{ul(DES_EN)}
<h2>What we offer</h2><p>{esc(OFF_EN)}</p>
<h2>How to apply</h2><p>Send your résumé and a cover letter of no more than two pages to hr@ccascoe.example quoting reference number {REF}, no later than 22 June 2036. Interviews will be held in July 2036.</p>
</section>
</main>
<aside><h2>Autres postes</h2><ul><li>Stagiaire en recherche (été 2036) – clôture le 5 juin 2036</li><li>Adjoint(e) administratif(ve) – pourvu</li></ul></aside>
<footer>© 2036 CCASCOE · 1, rue exemple, Montréal · Confidentialité · Accessibilité</footer>
</body></html>"""
    write(f"{REF}-ccascoe.html", html, REF)
    gl = lambda fs: "".join(f"{k}{v}" for k, v in fs)
    board = f"""emploisduquebec.example
Rechercher  Mes alertes  Employeurs  Connexion
Accueil > Offres d'emploi > Montréal > Génie civil

{T_FR}
CCASCOE — Montréal (QC)Publié il y a 8 jours
86 412 $ – 98 730 $ par annéeTemps pleinPermanentHybride

Postuler  Sauvegarder

{gl(facts("fr"))}
Le Centre
{INTRO_FR}
Vos tâches{TASK_FR[0]}
{chr(10).join(TASK_FR[1:])}
Qualifications essentielles{ESS_FR[0]}
{chr(10).join(ESS_FR[1:])}
Atouts{DES_FR[0]}
{chr(10).join(DES_FR[1:])}
Ce que nous offrons
{OFF_FR}

— English version —
{T_EN}
{gl(facts("en"))}
The Centre
{INTRO_EN}
Your tasks{TASK_EN[0]}
{chr(10).join(TASK_EN[1:])}
Essential qualifications{ESS_EN[0]}
{chr(10).join(ESS_EN[1:])}
Assets{DES_EN[0]}
{chr(10).join(DES_EN[1:])}
What we offer
{OFF_EN}

No d'offre : EQ-36-0518824
Signaler cette offre

Offres semblables
Ingénieur(e) en résilience climatique · Laval · 78 000 $ – 92 000 $ · se termine le 30 juin 2036
Analyste, risques environnementaux · Montréal · se termine le 19 juin 2036
"""
    write(f"{REF}-emploisquebec.txt", board, REF)
