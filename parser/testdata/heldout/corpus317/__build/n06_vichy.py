from common import *

KEY = "chv-drh-2044-029"
REF = "CHV-DRH-2044-029"
T = "Technicien supérieur hospitalier – fluides et génie thermique (H/F)"
O = "Centre hospitalier de Vichy"
LOC = "Vichy"
SCH = "Temps plein – 37 h 30 hebdomadaires avec RTT, astreintes techniques par roulement"
GR = "Technicien supérieur hospitalier de 2e classe"
ESS = ["BTS ou DUT en génie thermique, fluides, énergies ou maintenance des systèmes",
       "Expérience de trois ans minimum en maintenance de chaufferies, de centrales de traitement d'air ou de réseaux de fluides médicaux",
       "Habilitation électrique BR ou capacité à l'obtenir",
       "Maîtrise d'une GMAO"]
DES = ["Connaissance de la réglementation des établissements recevant du public de type U", "Expérience en milieu hospitalier"]
COMP = ["Sens des responsabilités", "Disponibilité", "Esprit d'équipe", "Capacité d'anticipation"]
MIS = ["Assurer l'exploitation et la maintenance préventive des chaufferies, des sous-stations et des centrales de traitement d'air",
       "Suivre les réseaux de fluides médicaux (oxygène, vide, air médical) avec le pharmacien référent",
       "Planifier et contrôler les interventions des entreprises extérieures",
       "Tenir à jour les indicateurs de consommation énergétique et proposer des actions d'économie",
       "Participer aux astreintes techniques de l'établissement"]


def fhf():
    L = ["FHF Emploi – Le site emploi des établissements publics de santé", "Offres   Établissements   Concours   Mon espace", "",
         "Accueil > Offres d'emploi > Technique et logistique > Auvergne-Rhône-Alpes", "",
         T, "", "Offre n° 2044-0211873", "Publiée le 23/02/2044", "", "Établissement", O, "Allier (03)", "",
         "Métier", "Technicien(ne) de maintenance des installations thermiques", "", "Type de contrat", "Titulaire ou contractuel (CDD pouvant évoluer vers une mise en stage)", "",
         "Date de prise de poste", "01/05/2044", "", "Date limite de candidature", "18/03/2044", "",
         "Description de l'offre", "",
         f"Le {O}, établissement support du groupement hospitalier de territoire, recrute au sein de sa direction des services techniques et des travaux.", "",
         f"Référence : {REF}", f"Grade : {GR}", f"Lieu d'exercice : {LOC} (site principal)", f"Temps de travail : {SCH}",
         "Rémunération : de 2 154 € à 3 287 € bruts mensuels selon l'échelon, hors primes", "",
         "Missions principales :"]
    L += ["- " + m for m in MIS]
    L += ["", "Profil recherché :"] + ["- " + e for e in ESS]
    L += ["", "Serait un plus :"] + ["- " + e for e in DES]
    L += ["", "Qualités requises : " + ", ".join(COMP) + ".", "",
          "Avantages : restauration sur place, crèche hospitalière, prime d'engagement de 2 000 € pour les contractuels.", "",
          "Les entretiens se dérouleront le 30 mars 2044.", "",
          "Postuler : lettre de motivation et CV à la direction des ressources humaines, en rappelant la référence.", "",
          "Offres similaires", "Ingénieur travaux (H/F) – CH de Moulins – 02/03/2044", "Électricien (H/F) – CH de Riom – 11/03/2044", "",
          "FHF – Fédération hospitalière de France · Mentions légales · Plan du site"]
    return "\n".join(L) + "\n"


def fiche():
    li = lambda xs, t="ul": f"<{t}>" + "".join(f"<li>{x}</li>" for x in xs) + f"</{t}>"
    css = ("body{font-family:'Liberation Sans';font-size:10.5pt;margin:1.4cm} .band{background:#00558c;color:#fff;padding:8px;font-size:13pt}"
           " table{border-collapse:collapse;width:100%} td,th{border:1px solid #9ab;padding:4px 6px;text-align:left;vertical-align:top}"
           " th{background:#eef3f8;width:32%} h2{color:#00558c;font-size:12pt;margin-top:14px}")
    return f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Fiche de poste {REF}</title><style>{css}</style></head>
<body>
<div class="band">{O} · Direction des ressources humaines</div>
<p><small>Accueil › Nous rejoindre › Offres · Visites : horaires modifiés pendant les travaux du hall</small></p>
<h1 style="font-size:15pt">{T}</h1>
<p><em>Fiche de poste mise en ligne le 23/02/2044 · Réf. {REF}</em></p>
<table>
<tr><th>Direction</th><td>Services techniques et travaux</td></tr>
<tr><th>Grade</th><td>{GR}</td></tr>
<tr><th>Lieu</th><td>{LOC}</td></tr>
<tr><th>Temps de travail</th><td>{SCH}</td></tr>
<tr><th>Rémunération</th><td>2 154 € à 3 287 € bruts par mois (grille FPH)</td></tr>
<tr><th>Date limite de candidature</th><td>18 mars 2044</td></tr>
</table>
<h2>Missions</h2>
{li(MIS, "ol")}
<h2>Profil</h2>
{li(ESS)}
<h3>Serait apprécié</h3>
{li(DES)}
<p><b>Qualités :</b> {" · ".join(COMP)}</p>
<h2>Candidature</h2>
<p>Adressez votre dossier avant le <b>18 mars 2044</b>. Prise de poste souhaitée le 1er mai 2044. Logement temporaire possible à l'internat pour 150 € par mois.</p>
</body></html>
"""


def build():
    write(KEY + "-fhf.txt", fhf(), KEY)
    write(KEY + "-fiche.html", fiche(), KEY)
    chromium(KEY + "-fiche.html", KEY)
    expected(KEY, reference=REF, languages=["fr"], title={"fr": T}, organisation={"fr": O}, location={"fr": LOC},
             schedule={"fr": SCH}, deadline="2044-03-18", salary=sal(2154, 3287, "EUR", "month"), grade=GR,
             req={"fr": (ESS, DES)}, comp={"fr": [(c, "") for c in COMP]})
