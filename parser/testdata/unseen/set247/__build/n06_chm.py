from common import *

REF = "MLN-DRH-38-044"; KEY = REF.lower()
T = "Diététicien nutritionniste (H/F) – pôle Médecine et gériatrie"
O = "Centre hospitalier de Montluçon"
LOC = "Montluçon"
GRADE = "Diététicien de classe normale"
SCH = "100 % – 37 h 30 hebdomadaires, repos fixes le week-end"
SALTXT = "de 2 218 € à 3 398 € bruts mensuels selon l'échelon, complément de traitement indiciaire inclus"
ESS = ["Diplôme d'État de diététicien ou BTS diététique", "Expérience souhaitée d'un an en établissement de santé",
       "Maîtrise de l'outil informatique et du dossier patient informatisé", "Connaissance des recommandations HAS sur la dénutrition"]
DES = ["Formation en éducation thérapeutique du patient (40 heures)", "Expérience en gériatrie ou en soins de suite"]
QUAL = ["Sens de l'écoute", "Pédagogie", "Capacité à travailler en équipe pluridisciplinaire", "Organisation"]
MIS = ["dépister et prendre en charge la dénutrition des patients hospitalisés ;",
       "élaborer les régimes thérapeutiques en lien avec les médecins et la cuisine centrale ;",
       "participer aux programmes d'éducation thérapeutique (diabète, insuffisance rénale) ;",
       "assurer la traçabilité des prises en charge dans le dossier patient ;",
       "participer au CLAN et aux audits de la restauration."]
DL = "25/05/2038"

html = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{T} | {O}</title>
<style>.facts{{list-style:none;border:1px solid #9ab;padding:8px}} .facts li{{margin:2px 0}}</style></head><body>
<div class="urgence">Urgences : 15 · Standard : 04 70 99 12 00</div>
<nav>Patients et visiteurs | Offre de soins | Nous rejoindre | Actualités</nav>
<p>Accueil › Nous rejoindre › Offres d'emploi paramédicales</p>
<h1>{T}</h1>
<p><i>Direction des ressources humaines – Réf. {REF} – mise en ligne le 30/04/2038</i></p>
<ul class="facts">
<li><strong>Établissement :</strong> {O}</li>
<li><strong>Lieu d'exercice :</strong> {LOC}, site principal</li>
<li><strong>Grade :</strong> {GRADE} (catégorie A)</li>
<li><strong>Type de recrutement :</strong> mutation, détachement ou contrat (CDD de 1 an renouvelable)</li>
<li><strong>Temps de travail :</strong> {SCH}</li>
<li><strong>Rémunération :</strong> {SALTXT}</li>
<li><strong>Poste à pourvoir :</strong> le 1er juillet 2038</li>
<li><strong>Date limite de candidature :</strong> {DL}</li>
</ul>
<h2>Présentation du service</h2>
<p>Le pôle Médecine et gériatrie compte 186 lits répartis entre la médecine polyvalente, la gériatrie aiguë et les soins de suite. L'équipe de diététique, rattachée à la direction des soins, réunit quatre diététiciens qui interviennent dans tous les services.</p>
<h2>Missions principales</h2>
{ul(MIS)}
<h2>Profil requis</h2>
{ul(ESS)}
<h2>Serait un plus</h2>
{ul(DES)}
<h2>Qualités attendues</h2>
<p>{' · '.join(QUAL)}</p>
<h2>Candidature</h2>
<p>Lettre de motivation et CV à adresser à la Direction des ressources humaines avant le {DL}, en précisant la référence {REF}. Les entretiens se dérouleront le 8 juin 2038.</p>
<aside><h3>Offres liées</h3><ul><li>Infirmier en pratique avancée (H/F) – jusqu'au 18/05/2038</li><li>Préparateur en pharmacie hospitalière (H/F) – jusqu'au 31/05/2038</li></ul></aside>
<footer>{O} – Groupement hospitalier de territoire Allier-Creuse – Mentions légales</footer>
</body></html>"""
w(KEY + "-chm.html", html, KEY)

txt = f"""Place de l'emploi public
Offres   Mes alertes   Mon espace   Fonction publique : les métiers

Accueil > Rechercher une offre > Détail de l'offre

{T}
Référence : 2038-1187342
Date de première publication : 30/04/2038
Date de fin de publication : 25/05/2038

Organisme de rattachement
{O}

Versant
Fonction publique hospitalière

Catégorie
Catégorie A (cadre)

Nature de l'emploi
Emploi ouvert aux titulaires et aux contractuels

Domaine / Métier
Soins - Diététicien / Diététicienne

Statut du poste
Vacant à partir du 01/07/2038

Descriptif de l'employeur
Établissement de référence du bassin montluçonnais, le {O} dispose de 780 lits et places en médecine, chirurgie, obstétrique, psychiatrie et gériatrie.

Descriptif du poste
Au sein de l'équipe de diététique du pôle Médecine et gériatrie, vos missions seront de :
""" + "\n".join(MIS) + f"""

Profil recherché
""" + "\n".join(ESS) + f"""
Serait un plus : {' ; '.join(DES)}
Qualités attendues : {', '.join(QUAL)}

Temps plein / Temps partiel
Temps plein

Informations complémentaires
Référence établissement : {REF}
Grade : {GRADE}
Temps de travail : {SCH}
Rémunération : {SALTXT}

Localisation du poste
Auvergne-Rhône-Alpes, Allier (03)
Lieu d'affectation : {LOC}

Critères candidat
Niveau d'études / Diplôme : Niveau 6 Licence/Licence professionnelle/Bachelor
Langues : Français (Maîtrise)

Demandeur
Date de vacance de l'emploi : 01/07/2038
Date limite de candidature : {DL}
Entretiens prévus le 08/06/2038

Postuler

Offres similaires
Diététicien (H/F) – CH des Combrailles – Allier – publiée le 22/04/2038
Diététicien nutritionniste – EHPAD de Commentry – Allier – publiée le 02/05/2038

Plan du site   Accessibilité : partiellement conforme   Mentions légales   Données personnelles
"""
w(KEY + "-pep.txt", txt, KEY)

expected(KEY, REF, ["fr"], {"fr": T}, {"fr": O}, {"fr": LOC}, {"fr": SCH}, "2038-05-25",
         sal(2218, 3398, "EUR", "month"), GRADE, None, {"fr": {"essential": ESS, "desirable": DES}},
         {"fr": names(*QUAL)})
