from common import *

KEY = "tfm-hr-2039-0342"
REF = "TFM-HR-2039-0342"
T = {"en": "Resettlement and Livelihood Restoration Superintendent",
     "fr": "Surintendant(e) réinstallation et restauration des moyens de subsistance"}
ORG = "Tenke Fungurume Mining S.A. (TFM)"
LOC = {"en": "Fungurume, Lualaba Province, Democratic Republic of the Congo",
       "fr": "Fungurume, province du Lualaba, République démocratique du Congo"}
SCHED = {"en": "Site-based, Monday to Saturday, with one weekend off in two",
         "fr": "Sur site, du lundi au samedi, avec un week-end de repos sur deux"}
GRADE = "M3"
SAL = {"en": "USD 4,200 – 5,600 gross per month, plus site allowance",
       "fr": "4 200 à 5 600 USD bruts par mois, plus prime de site"}
DUTIES = {"en": [
    "Lead the implementation of the resettlement action plan for the households affected by the eastern pit extension.",
    "Manage the census, asset inventory and compensation payment teams.",
    "Design livelihood programmes (farming, small business, vocational training) with local partners.",
    "Report monthly on grievance handling and on the restoration indicators."],
    "fr": [
    "Piloter la mise en œuvre du plan d'action de réinstallation des ménages touchés par l'extension de la fosse est.",
    "Encadrer les équipes de recensement, d'inventaire des biens et de paiement des compensations.",
    "Concevoir des programmes de subsistance (agriculture, petit commerce, formation professionnelle) avec des partenaires locaux.",
    "Rendre compte chaque mois du traitement des plaintes et des indicateurs de restauration."]}
ESS = {"en": [
    "Master's degree in social sciences, development studies, agricultural economics or a related field;",
    "At least eight years of experience in land acquisition or resettlement, three of them in a supervisory role;",
    "Sound knowledge of IFC Performance Standard 5 and of the DRC Mining Code;",
    "Fluency in French and working knowledge of English; Swahili is required."],
    "fr": [
    "Master en sciences sociales, en études du développement, en économie agricole ou dans un domaine connexe ;",
    "Au moins huit ans d'expérience en acquisition foncière ou en réinstallation, dont trois à un poste d'encadrement ;",
    "Bonne connaissance de la norme de performance 5 de la SFI et du Code minier de la RDC ;",
    "Maîtrise du français et connaissance pratique de l'anglais ; le swahili est exigé."]}
DES = {"en": ["Experience with a mining project in the Copperbelt;", "Skills in GIS mapping of land parcels."],
       "fr": ["Expérience d'un projet minier de la Ceinture de cuivre ;", "Compétences en cartographie SIG des parcelles."]}
COMP = {"en": [("Community engagement", "builds trust with chiefs, farmers and women's groups."),
               ("Integrity", "applies the compensation rules the same way for every household."),
               ("Safety leadership", "stops work when a field team is exposed to risk.")],
        "fr": [("Dialogue communautaire", "instaure la confiance avec les chefs, les agriculteurs et les groupes de femmes."),
               ("Intégrité", "applique les règles de compensation de la même manière à chaque ménage."),
               ("Leadership en sécurité", "arrête le travail lorsqu'une équipe de terrain est exposée à un risque.")]}

expected(KEY, REF, ["en", "fr"], T, {"en": ORG, "fr": ORG}, LOC, SCHED, "2039-08-25",
         salary=sal(mn=4200, mx=5600, cur="USD"), grade=GRADE,
         req={l: (ESS[l], DES[l]) for l in ("en", "fr")}, comp=COMP)

L = {"en": dict(h="VACANCY NOTICE", pos="Position", co="Company", dep="Department", loc="Location", gr="Band",
                sc="Work schedule", sal="Remuneration", cl="Closing date", ref="Reference",
                cld="Thursday 25 August 2039 (17:00, Lubumbashi time)",
                du="Key responsibilities", req="Minimum requirements", des="Preferred", comp="Behavioural competencies",
                dep_v="Sustainability and Community Relations",
                intro="TFM is seeking an experienced professional to lead the resettlement programme of its eastern extension.",
                how="Apply through the TFM careers portal quoting the reference. Shortlisted candidates will be interviewed in Fungurume during the week of 12 September 2039. TFM is an equal-opportunity employer; Congolese nationals are strongly encouraged to apply."),
     "fr": dict(h="AVIS DE VACANCE DE POSTE", pos="Intitulé du poste", co="Société", dep="Département", loc="Lieu",
                gr="Niveau", sc="Horaire de travail", sal="Rémunération", cl="Date de clôture", ref="Référence",
                cld="jeudi 25 août 2039 (17 h 00, heure de Lubumbashi)",
                du="Responsabilités principales", req="Exigences minimales", des="Souhaité", comp="Compétences comportementales",
                dep_v="Développement durable et relations communautaires",
                intro="TFM recherche un(e) professionnel(le) expérimenté(e) pour diriger le programme de réinstallation de son extension est.",
                how="Postulez sur le portail carrières de TFM en indiquant la référence. Les candidat(e)s présélectionné(e)s seront reçu(e)s en entretien à Fungurume la semaine du 12 septembre 2039. TFM garantit l'égalité des chances ; les candidatures de ressortissants congolais sont vivement encouragées.")}

def half(l, cls=""):
    x = L[l]
    rows = [(x["pos"], T[l]), (x["co"], ORG), (x["dep"], x["dep_v"]), (x["loc"], LOC[l]), (x["gr"], GRADE),
            (x["sc"], SCHED[l]), (x["sal"], SAL[l]), (x["cl"], x["cld"]), (x["ref"], REF)]
    trs = "\n".join(f"<tr><th>{a}</th><td>{b}</td></tr>" for a, b in rows)
    return f"""<section lang="{l}" class="{cls}">
<div class="band">TFM · {x['h']}</div>
<p>{x['intro']}</p>
<table>{trs}</table>
<h3>{x['du']}</h3>
<ul class="sq">{''.join(f'<li>{d}</li>' for d in DUTIES[l])}</ul>
<h3>{x['req']}</h3>
<ol>{''.join(f'<li>{d}</li>' for d in ESS[l])}</ol>
<h3>{x['des']}</h3>
<ul>{''.join(f'<li>{d}</li>' for d in DES[l])}</ul>
<h3>{x['comp']}</h3>
<ul>{''.join(f'<li><b>{n}:</b> {d}</li>' if l == 'en' else f'<li><b>{n} :</b> {d}</li>' for n, d in COMP[l])}</ul>
<p>{x['how']}</p>
</section>"""

src = B("tfm-notice.html", f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{REF}</title>
<style>@page{{size:A4;margin:18mm;@bottom-center{{content:"TFM – {REF} – " counter(page) "/" counter(pages);font-size:8pt}}}}
body{{font-family:"DejaVu Sans",sans-serif;font-size:9.5pt}} .band{{background:#333;color:#fff;padding:4px 8px;font-weight:bold}}
table{{border-collapse:collapse;width:100%}} th,td{{border:1px solid #999;padding:3px 6px;text-align:left;vertical-align:top}} th{{width:30%;background:#eee}}
.new{{page-break-before:always}} ul.sq{{list-style:square}}</style></head><body>
{half('en')}
{half('fr', 'new')}
</body></html>""")
weasy(src, KEY + "-notice.weasyprint.pdf", KEY)

e, f = "en", "fr"
txt = f"""LinkedIn
Accueil   Réseau   Emplois   Messagerie   Notifications

Tenke Fungurume Mining
12 458 abonnés
1 sem. • Modifié • 🌐

🔶 WE ARE HIRING | NOUS RECRUTONS 🔶

🇬🇧 {T[e]}
📍 Location: {LOC[e]}
🏢 Company: {ORG}
🎚 Band: {GRADE}
🕒 Work schedule: {SCHED[e]}
💵 Remuneration: {SAL[e]}
🔖 Reference: {REF}
⏳ Closing date: 25 August 2039

What you will do:
▪️ {DUTIES[e][0]}
▪️ {DUTIES[e][1]}
▪️ {DUTIES[e][2]}
▪️ {DUTIES[e][3]}

Minimum requirements:
✅ {ESS[e][0]}
✅ {ESS[e][1]}
✅ {ESS[e][2]}
✅ {ESS[e][3]}

Preferred:
➕ {DES[e][0]}
➕ {DES[e][1]}

Behavioural competencies:
🔹 {COMP[e][0][0]}: {COMP[e][0][1]}
🔹 {COMP[e][1][0]}: {COMP[e][1][1]}
🔹 {COMP[e][2][0]}: {COMP[e][2][1]}

——————————

🇫🇷 {T[f]}
📍 Lieu : {LOC[f]}
🏢 Société : {ORG}
🎚 Niveau : {GRADE}
🕒 Horaire de travail : {SCHED[f]}
💵 Rémunération : {SAL[f]}
🔖 Référence : {REF}
⏳ Date de clôture : 25 août 2039

Exigences minimales :
✅ {ESS[f][0]}
✅ {ESS[f][1]}
✅ {ESS[f][2]}
✅ {ESS[f][3]}

Souhaité :
➕ {DES[f][0]}
➕ {DES[f][1]}

Compétences comportementales :
🔹 {COMP[f][0][0]} : {COMP[f][0][1]}
🔹 {COMP[f][1][0]} : {COMP[f][1][1]}
🔹 {COMP[f][2][0]} : {COMP[f][2][1]}

👉 Apply / Postulez : lien en commentaire. Interviews / entretiens : week of 12 September 2039.
#Mining #Lualaba #Resettlement #Recrutement #RDC
…voir moins

👍❤️ 214 · 37 commentaires · 58 republications
J'aime   Commenter   Republier   Envoyer

Commentaires les plus pertinents
(nom fictif) • Responsable RH chez TFM
Lien du portail : careers.tfm.example/{REF}
J'aime · Répondre
"""
W(KEY + "-linkedin.txt", txt, KEY)
