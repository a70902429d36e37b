from common import *

KEY = "pal-dg-drh-avr-2043-018"
REF = "PAL/DG/DRH/AVR/2043/018"
TITLE = "Chef de service Lamanage et Remorquage"
ORG = "Port Autonome de Lomé (PAL)"
LOC = "Capitainerie du port, zone portuaire, Lomé"
SCHED = "Service posté en 3 x 8, astreintes de nuit et de week-end comprises"
GRADE = "Cadre supérieur, catégorie A2"
ESS = ["Être de nationalité togolaise ;",
       "Être âgé(e) de 45 ans au plus au 31 décembre 2043 ;",
       "Être titulaire d'un brevet de capitaine de 1re classe de la navigation maritime ou d'un diplôme d'officier de la marine marchande de niveau équivalent ;",
       "Justifier d'au moins huit ans de navigation, dont trois ans comme officier à bord de remorqueurs ou de navires de servitude ;",
       "Maîtriser les règles de l'OMI relatives à la sécurité des manœuvres et le Code ISPS."]
DES = ["Une expérience de lamaneur ou de patron de vedette dans un port à conteneurs ;",
       "Une bonne pratique de l'anglais maritime normalisé (SMCP)."]
COMP = ["Leadership", "Sang-froid", "Sens de la sécurité", "Esprit d'équipe"]
MISS = ["organiser les équipes de lamaneurs et les équipages des remorqueurs pour chaque escale",
        "planifier avec la capitainerie et les pilotes les moyens nautiques à engager selon la taille des navires",
        "veiller à l'entretien et à la disponibilité des quatre remorqueurs et des embarcations de lamanage",
        "tenir les registres d'intervention, établir les rapports d'incident et proposer les mesures correctives",
        "participer à la facturation des prestations nautiques et au suivi de leur rentabilité"]

expected(KEY, reference=REF, post_number=None, languages=["fr"], title={"fr": TITLE},
         organisation={"fr": ORG}, location={"fr": LOC}, schedule={"fr": SCHED}, deadline="2043-09-08",
         salary=sal(amount=1250000, cur="XOF"), grade=GRADE, clearance=None,
         requirements={"fr": (ESS, DES)}, competencies={"fr": [(c, "") for c in COMP]})

src = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Le Quotidien du Golfe – annonces</title>
<style>
@page {{ size: A4; margin: 16mm 14mm 18mm 14mm;
  @bottom-center {{ content: "LE QUOTIDIEN DU GOLFE · N° 6 418 · lundi 17 août 2043 · page " counter(page); font-size: 8pt; }} }}
body {{ font-family: 'DejaVu Serif', serif; font-size: 9.5pt; }}
.mast {{ text-align:center; font-size: 22pt; letter-spacing: 3px; border-bottom: 3px double #000; }}
.rub {{ text-align:center; font-size: 10pt; margin: 4px 0 10px; }}
.ad {{ border: 2px solid #000; padding: 10px 14px; }}
.head {{ display:flex; justify-content:space-between; font-size: 8.5pt; }}
h1 {{ text-align:center; font-size: 13pt; margin: 10px 0 2px; }}
h2 {{ font-size: 10pt; margin: 10px 0 3px; text-transform: uppercase; }}
p {{ margin: 3px 0; text-align: left; }}
ul, ol {{ margin: 2px 0 2px 0; }}
.small {{ border: 1px solid #000; padding: 6px; margin-top: 10px; font-size: 8.5pt; }}
</style></head><body>
<div class="mast">LE QUOTIDIEN DU GOLFE</div>
<div class="rub">Annonces officielles · Appels d'offres · Emplois</div>
<div class="ad">
<div class="head"><div>MINISTÈRE DE L'ÉCONOMIE MARITIME<br>PORT AUTONOME DE LOMÉ<br>Direction Générale</div>
<div>RÉPUBLIQUE TOGOLAISE<br>Travail – Liberté – Patrie<br>Lomé, le 12 août 2043</div></div>
<h1>AVIS DE RECRUTEMENT N° {REF}</h1>
<p style="text-align:center">(recrutement externe – un poste)</p>
<p>Dans le cadre du renforcement de ses services nautiques, le Directeur Général du Port Autonome de Lomé lance un avis de recrutement pour le poste ci-après.</p>
<h2>1. Le poste</h2>
<p><b>Intitulé du poste :</b> {TITLE}</p>
<p><b>Structure :</b> {ORG}</p>
<p><b>Rattachement :</b> Direction de la Capitainerie, Division des moyens nautiques</p>
<p><b>Lieu d'affectation :</b> {LOC}</p>
<p><b>Régime de travail :</b> {SCHED}</p>
<p><b>Catégorie :</b> {GRADE}</p>
<p><b>Rémunération :</b> 1 250 000 FCFA bruts par mois, primes de quart et de risque en sus</p>
<h2>2. Missions</h2>
<p>Placé(e) sous l'autorité du Commandant du port, le (la) titulaire aura notamment pour missions de :</p>
<ul>{''.join('<li>' + m + ' ;</li>' for m in MISS[:-1])}<li>{MISS[-1]}.</li></ul>
<h2>3. Conditions de candidature</h2>
<p>Les candidat(e)s doivent remplir les conditions suivantes :</p>
<ol>{''.join('<li>' + x + '</li>' for x in ESS)}</ol>
<p><b>Seraient appréciés :</b></p>
<ul style="list-style-type: square">{''.join('<li>' + x + '</li>' for x in DES)}</ul>
<h2>4. Qualités requises</h2>
<ul style="list-style-type: circle">{''.join('<li>' + x + '</li>' for x in COMP)}</ul>
<h2>5. Composition du dossier</h2>
<p>a) une demande manuscrite adressée au Directeur Général ; b) un curriculum vitae ; c) les copies certifiées des diplômes et brevets ; d) un extrait d'acte de naissance ; e) un certificat de nationalité ; f) un extrait de casier judiciaire de moins de trois mois.</p>
<h2>6. Dépôt des dossiers</h2>
<p>Les dossiers sont reçus au Bureau du courrier de la Direction Générale, ou par courriel à recrutement@pal-togo.example, au plus tard le <b>mardi 8 septembre 2043 à 17 heures</b>. Les candidat(e)s présélectionné(e)s seront convoqué(e)s à un test pratique sur simulateur le 22 septembre 2043.</p>
<p style="text-align:right">Le Directeur Général<br>(signé) Contre-amiral K. Abalo (nom fictif)</p>
</div>
<div class="small"><b>PERTE DE DOCUMENT</b> – Il a été perdu le 10 août 2043, au grand marché de Lomé, un permis de conduire au nom de Mlle Essi Agbeko (nom fictif). Prière de le déposer au commissariat du 1er arrondissement.</div>
<div class="small"><b>À VENDRE</b> – Pick-up double cabine 2039, 86 000 km, 9 500 000 FCFA à débattre. Tél. 90 00 00 00.</div>
</body></html>
"""
p = wb("pal-avis.html", src)
pdf_weasyprint(p, KEY + "-quotidien.weasyprint.pdf", KEY)

tg = f"""Emplois & Concours Togo 🇹🇬
Canal · 18,4 k abonnés

Transféré de Port Info Lomé

🚢 AVIS DE RECRUTEMENT – PORT AUTONOME DE LOMÉ 🚢

🔖 Réf. : {REF}
📌 Poste : {TITLE}
🏢 Structure : {ORG}
📍 Lieu d'affectation : {LOC}
⏱ Régime de travail : {SCHED}
🎖 Catégorie : {GRADE}
💰 Rémunération : 1 250 000 FCFA bruts / mois (+ primes)
⏳ Date limite : 08/09/2043 à 17h

🧭 Missions principales
{chr(10).join('➡️ ' + m[0].upper() + m[1:] for m in MISS)}

✅ Conditions
{chr(10).join('✔️ ' + x for x in ESS)}

➕ Atouts
{chr(10).join('🔹 ' + x for x in DES)}

💡 Qualités : {' / '.join(COMP)}

📂 Dossier : demande manuscrite, CV, diplômes et brevets certifiés, acte de naissance, certificat de nationalité, casier judiciaire.
📨 Dépôt : Bureau du courrier de la DG ou recrutement@pal-togo.example
🧪 Test sur simulateur : 22/09/2043

⚠️ Aucun paiement n'est exigé pour ce recrutement. Méfiez-vous des intermédiaires !

#emploi #Togo #Lomé #port #maritime #recrutement

👁 2,7 k   ✏️ modifié   09:26
"""
w(KEY + "-telegram.txt", tg, KEY)
save_rows("n02")
