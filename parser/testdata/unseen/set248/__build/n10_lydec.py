from common import *
REF = "LYD-RH-2038-044"
K = key(REF)
T = "Chef de projet renouvellement des réseaux d'eau potable"
ORG = "Lydec"
LOC = "Casablanca, Direction Eau Potable, Boulevard Mohammed Diouri"
SCH = "Horaire administratif, du lundi au vendredi, astreinte une semaine sur six"
ESS = ["Diplôme d'ingénieur d'État en hydraulique, génie civil ou génie de l'eau",
       "Six ans d'expérience minimum dans la conduite de travaux de réseaux en milieu urbain dense",
       "Maîtrise de la réglementation des marchés et de la coordination avec les concessionnaires",
       "Pratique d'un SIG et d'un logiciel de modélisation hydraulique",
       "Bonne maîtrise du français et de l'arabe"]
DES = ["Expérience de la recherche de fuites et de la sectorisation des réseaux",
       "Certification en management de projet"]
COMP = [("Leadership", "vous fédérez les entreprises et les équipes internes autour des délais."),
        ("Sens du client", "vous limitez la gêne des riverains pendant les chantiers."),
        ("Rigueur budgétaire", "vous pilotez les coûts et les avenants de vos projets.")]
MIS = ["Piloter le programme annuel de renouvellement des conduites de distribution",
       "Élaborer les dossiers de consultation des entreprises et analyser les offres",
       "Coordonner les chantiers avec les communes et les autres concessionnaires",
       "Suivre les indicateurs de rendement du réseau et de coupures d'eau",
       "Rendre compte au comité de pilotage des investissements"]

txt = f"""ReKrute.com (copie)   Offres d'emploi   Entreprises qui recrutent   Conseils carrière   Espace candidat
Accueil > Offres d'emploi > BTP / Génie civil

{T} (H/F) - Casablanca
Lydec
Publiée du 18/05/2038 au 10/06/2038Postes proposés : 1
Secteur d'activité : Eau / Électricité / EnvironnementFonction : Ingénierie, Études, Projets, R&DExpérience requise : De 5 à 10 ansNiveau d'étude demandé : Bac +5 et plusType de contrat proposé : CDI
Entreprise :
Lydec assure la distribution d'eau et d'électricité et la gestion de l'assainissement du Grand Casablanca.
Poste :
Intitulé : {T}
Référence : {REF}
Lieu : {LOC}
Horaires : {SCH}
Rémunération : selon profil et grille interne
Vos missions : {" - ".join(MIS)}
Profil recherché :
{chr(10).join("- " + x for x in ESS)}
Les plus : {" / ".join(DES)}
Vos qualités :
{chr(10).join(f"- {n} : {d}" for n, d in COMP)}
Traits de personnalité souhaités : Rigoureux, Organisé, Communicant
Date limite de candidature : 10/06/2038. Les entretiens auront lieu à partir du 22/06/2038.
Postuler
Offres similaires :
Ingénieur méthodes assainissement - Casablanca - Publiée le 14/05/2038
Technicien SIG - Mohammedia - Salaire : 9 500 MAD / mois - Publiée le 12/05/2038
"""
w(K + "-rekrute.txt", txt, K)

def li(xs): return "".join(f"<li>{x}</li>" for x in xs)
html = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Lydec recrute – {T}</title></head><body>
<header><nav><a href="#">Agence en ligne</a> | <a href="#">Eau</a> | <a href="#">Électricité</a> | <a href="#">Assainissement</a> | <a href="#">Carrières</a> | <a href="#">العربية</a></nav></header>
<h1>Lydec recrute : {T} (H/F)</h1>
<div class="layout">
<article>
<p>Acteur de référence des services urbains du Grand Casablanca, Lydec engage chaque année un important programme de renouvellement de ses réseaux afin de réduire les pertes et d'améliorer la continuité du service. Au sein de la Direction Eau Potable, vous rejoignez une équipe de chefs de projet et de techniciens travaux.</p>
<h2>Missions</h2><ul>{li(MIS)}</ul>
<h2>Profil</h2><ul>{li(ESS)}</ul>
<h2>Ce qui fera la différence</h2><ul>{li(DES)}</ul>
<h2>Vos qualités</h2>{"".join(f"<p><strong>{n}</strong> : {d}</p>" for n, d in COMP)}
<p>Les entretiens auront lieu à partir du 22 juin 2038. <a href="#">Postuler en ligne</a></p>
</article>
<aside><h3>Fiche de poste</h3><dl>
<dt>Référence</dt><dd>{REF}</dd>
<dt>Intitulé</dt><dd>{T}</dd>
<dt>Entreprise</dt><dd>{ORG}</dd>
<dt>Lieu</dt><dd>{LOC}</dd>
<dt>Contrat</dt><dd>CDI</dd>
<dt>Horaires</dt><dd>{SCH}</dd>
<dt>Rémunération</dt><dd>Selon profil et grille interne</dd>
<dt>Date limite</dt><dd>Mercredi 10 juin 2038</dd>
</dl></aside>
</div>
<footer>© 2038 Lydec — page d'exemple au contenu fictif. Centre de relation clientèle : 05 22 XX XX XX</footer>
</body></html>"""
w(K + "-lydec.html", html, K)
expected(REF, ["fr"], {"fr": T}, {"fr": ORG}, {"fr": LOC}, {"fr": SCH}, "2038-06-10", None, None, {"fr": (ESS, DES)}, {"fr": COMP})
