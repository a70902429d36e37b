from common import *

KEY = "csbe-2043-011"
REF = "CSBE-2043-011"
T = "Conseillère ou conseiller en évaluation de la performance du système de santé"
O = "Commissaire à la santé et au bien-être"
L = "Québec"
S = "35 heures par semaine, du lundi au vendredi"
ESS = ["Détenir un diplôme universitaire de premier cycle en santé publique, en économie, en administration de la santé, en statistique ou dans une discipline connexe ;",
       "Posséder au moins trois années d'expérience en évaluation de programmes ou en analyse de données sociosanitaires ;",
       "Maîtriser un logiciel d'analyse statistique (SAS, R ou Stata) ;",
       "Avoir une excellente maîtrise du français écrit."]
DES = ["Détenir un diplôme de deuxième cycle en évaluation de programmes ou en épidémiologie ;",
       "Connaître les banques de données médico-administratives du réseau de la santé et des services sociaux ;",
       "Avoir déjà participé à une consultation publique ou à un forum citoyen."]
COMP = [("Rigueur", "vous validez vos sources et documentez chacune de vos analyses"),
        ("Esprit de synthèse", "vous savez résumer des résultats complexes pour un public non spécialiste"),
        ("Collaboration", "vous travaillez en équipe multidisciplinaire et avec des partenaires externes"),
        ("Sens politique", "vous tenez compte du contexte public dans lequel les rapports sont diffusés")]
EXP = fr_only(reference=REF, title=T, organisation=O, location=L, schedule=S, deadline="2043-08-14",
              salary=sal(56412, 104870, "CAD", "year"), requirements=(ESS, DES), competencies=COMP)

MISSIONS = ["concevoir les devis d'évaluation des mandats confiés au Commissaire ;",
            "extraire, apparier et analyser des données provenant de plusieurs sources ;",
            "rédiger des sections de rapports, des avis et des fiches synthèses ;",
            "présenter les résultats aux comités d'experts et au forum de consultation ;",
            "assurer une veille sur les indicateurs de performance utilisés ailleurs au Canada et à l'étranger."]


def build():
    md = f"""[Accueil](#) · [Publications](#) · [Consultations](#) · [Le Commissaire](#) · [Carrières](#) · [English](#)

> Ce site utilise des témoins de navigation. [J'accepte](#) · [Paramètres](#)

[Accueil](#) › [Carrières](#) › Offres d'emploi

# {T}

*Publié le 24 juillet 2043 · Mis à jour le 28 juillet 2043*

Le {O} (CSBE) évalue le système de santé et de services sociaux du Québec et en rend compte à la population et à l'Assemblée nationale. Nous cherchons une personne curieuse, rigoureuse et à l'aise avec les données pour se joindre à la Direction de l'évaluation.

| Renseignement | Détail |
|---|---|
| Numéro de l'appel de candidatures | {REF} |
| Organisme | {O} |
| Direction | Direction de l'évaluation et de l'analyse |
| Classe d'emploi | Agente ou agent de recherche et de planification socio-économique (105) |
| Lieu de travail | {L} |
| Statut | Emploi régulier à temps complet |
| Horaire | {S} |
| Traitement | De 56 412 $ à 104 870 $ par année, selon la scolarité et l'expérience |
| Période d'inscription | Du 31 juillet 2043 au 14 août 2043 à 23 h 59 |

## Ce que vous ferez

{chr(10).join('- ' + m for m in MISSIONS)}

## Conditions d'admission

Être titulaire d'un diplôme universitaire de premier cycle dont l'obtention requiert un minimum de 16 années d'études ou d'une attestation d'études dont l'équivalence est reconnue par l'autorité compétente. Les personnes admissibles devront réussir l'examen en ligne prévu le 26 août 2043.

## Exigences du poste

{chr(10).join('- ' + e for e in ESS)}

## Atouts

{chr(10).join('- ' + e for e in DES)}

## Profil recherché

{chr(10).join(f'- **{n}** : {d}' for n, d in COMP)}

## Ce que nous offrons

Un horaire variable, quatre semaines de vacances dès la première année, un régime de retraite à prestations déterminées et une allocation de 450 $ par année pour l'activité physique. Le télétravail est possible jusqu'à trois jours par semaine.

## Pour postuler

Faites parvenir votre curriculum vitæ et une lettre de présentation en indiquant le numéro {REF} au plus tard le 14 août 2043, à 23 h 59, à l'adresse dotation@csbe-qc.example. Les entrevues devraient avoir lieu dans la semaine du 8 septembre 2043.

Le CSBE applique un programme d'accès à l'égalité en emploi et invite les femmes, les membres des minorités visibles et ethniques, les Autochtones et les personnes handicapées à présenter leur candidature.

---

**Autres offres** : [Technicienne ou technicien en administration](#) (jusqu'au 4 septembre 2043) · [Agente ou agent d'information](#) (jusqu'au 29 août 2043)

© Gouvernement du Québec, 2043 · [Accessibilité](#) · [Confidentialité](#)
"""
    write(f"{KEY}-carrieres.md", md, KEY)
    rows = [("Numéro de l'appel", REF), ("Organisme", O), ("Classe d'emploi", "Agente ou agent de recherche et de planification socio-économique (105)"),
            ("Lieu de travail", L), ("Horaire de travail", S), ("Traitement annuel", "56 412 $ à 104 870 $"),
            ("Fin de l'inscription", "14 août 2043, 23 h 59")]
    h = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><style>
@page {{ size: Letter; margin: 2cm 2cm 2.2cm; @bottom-left {{ content: "{O} · Appel {REF}"; font-size: 8pt; color:#555 }}
  @bottom-right {{ content: "Page " counter(page) " de " counter(pages); font-size: 8pt; color:#555 }} }}
body {{ font-family: "Liberation Sans", sans-serif; font-size: 10.5pt; line-height: 1.35 }}
.band {{ background:#095797; color:#fff; padding:8pt 12pt; font-weight:bold; letter-spacing:2pt }}
.grid {{ display:grid; grid-template-columns: 45% 55%; border:1pt solid #095797; margin:10pt 0 }}
.grid div {{ padding:4pt 6pt; border-bottom:0.5pt solid #bbb }} .grid .k {{ font-weight:bold; background:#e8f0f8 }}
h2 {{ color:#095797; font-size:12pt; border-bottom:1pt solid #095797; margin-top:14pt }}
ol li, ul li {{ margin-bottom:2pt }}
</style></head><body>
<div class="band">APPEL DE CANDIDATURES — EMPLOI RÉGULIER</div>
<h1 style="font-size:15pt">{T}</h1>
<div class="grid">
{chr(10).join(f'<div class="k">{k}</div><div>{v}</div>' for k, v in rows)}
</div>
<h2>1. Attributions</h2>
<ol style="list-style-type:lower-alpha">{''.join('<li>' + m + '</li>' for m in MISSIONS)}</ol>
<h2>2. Exigences</h2>
<ol>{''.join('<li>' + e + '</li>' for e in ESS)}</ol>
<h2>3. Atouts</h2>
<ul>{''.join('<li>' + e + '</li>' for e in DES)}</ul>
<h2>4. Qualités recherchées</h2>
{''.join(f'<p><b>{n}</b> : {d}</p>' for n, d in COMP)}
<h2>5. Conditions d'admission et candidature</h2>
<p>Diplôme universitaire de premier cycle (16 années d'études). Examen en ligne le 26 août 2043. Les personnes intéressées transmettent leur candidature, avec le numéro {REF}, au plus tard le 14 août 2043 à l'adresse dotation@csbe-qc.example. Le télétravail est possible jusqu'à trois jours par semaine.</p>
<p style="font-size:9pt">Programme d'accès à l'égalité en emploi : les femmes, les membres des minorités visibles et ethniques, les Autochtones et les personnes handicapées sont invités à postuler.</p>
</body></html>"""
    weasyprint(f"{KEY}-appel.html", h, f"{KEY}-appel.weasyprint.pdf", KEY)
    expected(KEY, EXP)
