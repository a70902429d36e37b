from common import *
KEY = "chb-2036-077"; REF = "CHB-2036-077"
T = "Ergothérapeute (H/F)"; O = "Centre hospitalier de Bourg-en-Bresse"; LOC = "Bourg-en-Bresse – site de Fleyriat"
SCH = "100 % – 7 h 36 par jour, du lundi au vendredi"
ESS = ["Diplôme d'État d'ergothérapeute", "Enregistrement au RPPS",
       "Maîtrise des bilans d'autonomie et des évaluations à domicile",
       "Permis B (déplacements ponctuels au domicile des patients)"]
DES = ["Une expérience en soins médicaux et de réadaptation ou en gériatrie",
       "Une formation aux aides techniques et au positionnement au fauteuil"]
CMP = ["Sens du travail en équipe", "Pédagogie", "Capacité d'adaptation", "Discrétion professionnelle"]
MIS = ["réaliser les bilans ergothérapiques et les évaluations des situations de handicap ;",
       "mettre en œuvre les séances de rééducation et de réadaptation individuelles ou en groupe ;",
       "préconiser les aides techniques et accompagner les aménagements du domicile ;",
       "participer aux réunions pluridisciplinaires et à la préparation des sorties ;",
       "encadrer les étudiants en ergothérapie accueillis en stage."]
expected(KEY, REF, ["fr"], {"fr": T}, {"fr": O}, {"fr": LOC}, {"fr": SCH}, "2036-08-24",
         sal(2235, 3381, "EUR", "month"), grade="Ergothérapeute de classe normale",
         req={"fr": {"essential": ESS, "desirable": DES}}, comps={"fr": comp([(c, "") for c in CMP])})
li = lambda xs: "".join(f"<li>{x}</li>" for x in xs)
html = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{T} – {O}</title>
<style>body{{font-family:Arial,sans-serif;margin:0}} .band{{background:#004b87;color:#fff;padding:6px 16px;font-size:12px}}
.infos{{list-style:none;padding:12px;border-left:4px solid #e2007a;background:#fafafa}} .infos li{{margin:3px 0}}</style></head><body>
<div class="band">Urgences : 15 · Standard : 04 00 00 00 00 · <a href="#" style="color:#fff">Prendre rendez-vous</a></div>
<header><strong>CH Bourg-en-Bresse</strong> — Hôpital de Fleyriat<nav>Patients et visiteurs · Offre de soins · Professionnels · Nous rejoindre · Actualités</nav></header>
<main>
<p>Accueil › Nous rejoindre › Offres d'emploi › Paramédical</p>
<h1>{T}</h1>
<p><em>Pôle Gériatrie – Service de soins médicaux et de réadaptation (SMR) · Réf. {REF} · mise en ligne le 22/07/2036</em></p>
<ul class="infos">
<li><strong>Établissement :</strong> {O}</li>
<li><strong>Lieu d'exercice :</strong> {LOC}</li>
<li><strong>Grade :</strong> Ergothérapeute de classe normale (catégorie A)</li>
<li><strong>Contrat :</strong> titulaire de la fonction publique hospitalière ou CDD en vue de stagiairisation</li>
<li><strong>Temps de travail :</strong> {SCH}</li>
<li><strong>Rémunération :</strong> de 2 235 € à 3 381 € bruts mensuels selon ancienneté (grille indiciaire), hors prime Ségur</li>
<li><strong>Poste à pourvoir :</strong> 1er octobre 2036</li>
<li><strong>Date limite de candidature :</strong> 24/08/2036</li>
</ul>
<h2>Le service</h2><p>Le SMR gériatrique compte 40 lits et une équipe de rééducation composée de masseurs-kinésithérapeutes, d'une orthophoniste, d'une diététicienne et de deux ergothérapeutes. L'équipe travaille en lien avec l'équipe mobile de gériatrie et les services d'aide à domicile du bassin burgien.</p>
<h2>Missions principales</h2><ul>{li(MIS)}</ul>
<h2>Profil requis</h2><ul>{li(ESS)}</ul>
<h3>Serait un plus</h3><ul>{li(DES)}</ul>
<h3>Qualités attendues</h3><ul>{li(CMP)}</ul>
<h2>Modalités</h2><p>Lettre de motivation et CV à adresser à la Direction des ressources humaines avant le 24/08/2036, en précisant la référence {REF}. Les entretiens auront lieu la semaine du 7 septembre 2036. Possibilité de logement temporaire à l'internat du site.</p>
<p><a href="#">Postuler en ligne</a> · <a href="#">Imprimer l'offre</a></p>
<aside><h3>Ces offres peuvent vous intéresser</h3><p>Masseur-kinésithérapeute (H/F) – date limite 31/08/2036</p><p>Orthophoniste (H/F) – date limite 14/09/2036</p></aside>
</main><footer>{O} · 900 route de Paris · 01012 Bourg-en-Bresse Cedex · Mentions légales · Accessibilité : partiellement conforme</footer></body></html>
"""
w(KEY + "-chbourg.html", html, KEY)
fhf = f"""FHF Emploi
Offres d'emploi\tCandidats\tÉtablissements\tConcours\tMon espace

Accueil > Offres d'emploi > Rééducation > {T}

{T}
{O}
Publiée le 23/07/2036 – Offre n° 306184

Établissement employeur
{O}

Lieu de travail
{LOC}

Région
Auvergne-Rhône-Alpes (01 - Ain)

Filière
Rééducation

Métier
Ergothérapeute

Grade
Ergothérapeute de classe normale

Type de contrat
Titulaire / CDD

Temps de travail
{SCH}

Rémunération
de 2 235 € à 3 381 € bruts mensuels selon ancienneté

Date de prise de poste
01/10/2036

Date limite de candidature
24/08/2036

Référence de l'établissement
{REF}

Description du poste
Pôle Gériatrie – SMR. Le SMR gériatrique compte 40 lits et une équipe de rééducation pluridisciplinaire.
Missions principales :
{bullets(MIS, "- ")}

Profil recherché
{bullets(ESS, "- ")}
Serait un plus :
{bullets(DES, "- ")}
Qualités attendues : {", ".join(CMP)}

Contact
Direction des ressources humaines – recrutement paramédical
Postuler

Offres similaires
Ergothérapeute (H/F) – Centre hospitalier de Mâcon – 2 000 € - 2 900 € / mois
Psychomotricien (H/F) – Hôpital de Belley – date limite 20/08/2036

FHF – Fédération hospitalière de France · Mentions légales · Gestion des cookies
"""
w(KEY + "-fhf.txt", fhf, KEY)
