import os
from common import *
REF = "CHU-SO/DG/DRH/2039/017"; KEY = "chu-so-dg-drh-2039-017"
T = {"fr": "Infirmier(ère) spécialisé(e) en hémodialyse"}
O = {"fr": "Centre Hospitalier Universitaire Sylvanus Olympio"}
L = {"fr": "Lomé (Togo)"}
S = {"fr": "Temps plein, avec gardes de nuit"}
ESS = ["être de nationalité togolaise ;", "être titulaire du diplôme d'État d'infirmier ou d'une licence en sciences infirmières ;",
       "justifier d'une attestation de formation en hémodialyse d'au moins six (6) mois ;",
       "avoir au moins trois (3) ans d'expérience dans un service de néphrologie ou de soins intensifs ;",
       "être âgé(e) de quarante (40) ans au plus au 31 décembre 2039."]
DES = ["une expérience de la dialyse péritonéale ;", "la maîtrise d'un logiciel de dossier patient informatisé."]
Q = ["Rigueur", "Empathie", "Discrétion", "Disponibilité"]
expected(KEY, reference=REF, languages=["fr"], title=T, organisation=O, location=L, schedule=S,
         deadline="2039-03-16", salary=sal(318600, cur="XOF", period="month"), grade="A2",
         req={"fr": (ESS, DES)}, comp={"fr": [(q, "") for q in Q]})

html = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Avis de recrutement CHU SO</title>
<style>
@page{size:A4;margin:18mm 18mm 20mm 18mm;@bottom-center{content:"CHU Sylvanus Olympio – DRH – page " counter(page) " / " counter(pages);font-size:8pt}}
body{font-family:'DejaVu Serif',serif;font-size:10.5pt;line-height:1.35}
.head{display:flex;justify-content:space-between;font-size:8.5pt;text-transform:uppercase}
.head div{width:48%}
h1{text-align:center;font-size:14pt;text-decoration:underline;margin:16px 0 4px}
.sub{text-align:center;font-weight:bold}
table{border-collapse:collapse;width:100%;margin:8px 0}
td{border:1px solid #777;padding:3px 6px;vertical-align:top}
td.l{width:35%;font-weight:bold;background:#f1f1f1}
h2{font-size:11pt;margin:12px 0 4px}
.nw{white-space:nowrap}
.sig{margin-top:20px;text-align:right}
</style></head><body>
<div class="head"><div>Ministère de la Santé, de l'Hygiène publique et de l'Accès universel aux soins<br>Centre Hospitalier Universitaire Sylvanus Olympio<br>Direction générale<br>Direction des ressources humaines</div>
<div style="text-align:right">République togolaise<br>Travail – Liberté – Patrie<br><br>Lomé, le 14 février 2039</div></div>
<h1>AVIS DE RECRUTEMENT</h1>
<p class="sub">N° <span class="nw">""" + REF + """</span></p>
<p>Le Directeur général du Centre Hospitalier Universitaire Sylvanus Olympio (CHU SO) porte à la connaissance du public qu'il est organisé le recrutement sur titre d'un(e) :</p>
<p class="sub">""" + T["fr"] + """</p>
<h2>1. Caractéristiques du poste</h2>
<table>
<tr><td class="l">Service</td><td>Unité d'hémodialyse, service de néphrologie</td></tr>
<tr><td class="l">Lieu d'affectation</td><td>""" + L["fr"] + """</td></tr>
<tr><td class="l">Catégorie</td><td>A2</td></tr>
<tr><td class="l">Nature du contrat</td><td>Contrat à durée indéterminée, après un essai de trois mois</td></tr>
<tr><td class="l">Régime de travail</td><td>""" + S["fr"] + """</td></tr>
<tr><td class="l">Rémunération</td><td>318 600 FCFA brut par mois, hors primes de garde et de risque</td></tr>
</table>
<h2>2. Attributions</h2>
<ul>
<li>préparer le patient et le générateur avant chaque séance ;</li>
<li>brancher, surveiller et débrancher les patients selon les protocoles du service ;</li>
<li>assurer l'entretien et la désinfection des générateurs et du circuit d'eau ;</li>
<li>participer à l'éducation thérapeutique des patients et de leurs familles.</li>
</ul>
<h2>3. Conditions de candidature</h2>
<p>Le (la) candidat(e) doit :</p>
<ul>
""" + lis(ESS) + """
</ul>
<h2>4. Atouts</h2>
<ul>
""" + lis(DES) + """
</ul>
<h2>5. Qualités requises</h2>
<p>""" + ", ".join(Q[:-1]) + " et " + Q[-1] + """.</p>
<h2>6. Composition du dossier</h2>
<ol><li>une demande manuscrite adressée au Directeur général ;</li><li>un curriculum vitae ;</li><li>les copies légalisées des diplômes ;</li><li>un certificat de nationalité et un extrait d'acte de naissance.</li></ol>
<h2>7. Dépôt des dossiers</h2>
<p>Les dossiers sont reçus au secrétariat de la Direction des ressources humaines, bâtiment administratif, au plus tard le <strong>mercredi 16 mars 2039 à 17 heures</strong>. Un entretien avec un jury aura lieu le 30 mars 2039. Seuls les candidats présélectionnés seront convoqués.</p>
<p class="sig">Le Directeur général,<br><br>Pr K. A. Amégan</p>
</body></html>
"""
src = os.path.join(BUILD, "chuso.html")
open(src, "w").write(html)
name = KEY + "-chuso.weasyprint"
weasy(src, os.path.join(ROOT, name + ".pdf")); ROWS.append((name + ".pdf", KEY, "pdf"))
pdftotext(os.path.join(ROOT, name + ".pdf"), os.path.join(ROOT, name + ".pdftotext.txt")); ROWS.append((name + ".pdftotext.txt", KEY, "txt"))

news = """togo-infos.example  >  Société  >  Emploi
Accueil | Politique | Économie | Société | Sport | Culture | Annonces

CHU Sylvanus Olympio : le centre hospitalier recrute un(e) infirmier(ère) pour son unité d'hémodialyse

Par la Rédaction · 15 février 2039 · 2 min de lecture
Partager : Facebook | WhatsApp | X

L'unité d'hémodialyse du plus grand hôpital de Lomé, qui a reçu quatre nouveaux générateurs le 2 février 2039, renforce son équipe. Voici l'avis tel que publié par la direction.

AVIS DE RECRUTEMENT N° CHU-SO/DG/DRH/2039/017

Le Directeur général du Centre Hospitalier Universitaire Sylvanus Olympio porte à la connaissance du public qu'il est organisé le recrutement sur titre d'un(e) :
Infirmier(ère) spécialisé(e) en hémodialyse

Lieu d'affectation : Lomé (Togo)
Catégorie : A2
Régime de travail : Temps plein, avec gardes de nuit
Rémunération : 318 600 FCFA brut par mois, hors primes

Conditions de candidature – le (la) candidat(e) doit :
""" + "\n".join("- " + x for x in ESS) + """

Atouts :
""" + "\n".join("- " + x for x in DES) + """

Qualités requises : """ + ", ".join(Q) + """.

Les dossiers sont reçus à la DRH au plus tard le mercredi 16 mars 2039 à 17 heures.

LIRE AUSSI
· Santé : la campagne de dépistage du diabète prolongée jusqu'au 31 mars 2039
· Concours de la fonction publique : résultats attendus le 4 avril 2039

Commentaires (3)
Kossi A. · il y a 2 h : Enfin ! L'unité en avait besoin.
"""
w(KEY + "-togoinfos.txt", news, KEY)
