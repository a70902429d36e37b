from common import *

KEY = "frf-mg-rh-2036-03"
REF = "FRF-MG/RH/2036/03"
TITLE = "Médecin coordinateur du programme lèpre et maladies tropicales négligées"
ORG = "Fondation Raoul Follereau"
LOC = "Antananarivo, avec missions fréquentes dans les régions Atsimo-Atsinanana et Vatovavy"
SCHED = "Temps plein (40 heures par semaine), déplacements sur le terrain jusqu'à 50 % du temps"
SALTXT = "4 200 000 Ariary (MGA) brut par mois, assurance santé et indemnités de mission en sus"
MISSIONS = [
    "coordonner les activités de dépistage actif de la lèpre avec les équipes des districts sanitaires ;",
    "appuyer la prise en charge des complications et la prévention des invalidités ;",
    "superviser la collecte des données et la qualité des rapports mensuels ;",
    "représenter la Fondation auprès du Programme national de lutte contre la lèpre.",
]
REQ = [
    "Doctorat en médecine, inscription à l'Ordre des médecins de Madagascar",
    "Au moins cinq ans d'expérience en santé publique, dont deux dans un programme de lutte contre une maladie transmissible",
    "Connaissance du système de santé malgache et des districts sanitaires",
    "Maîtrise du malagasy et du français",
]
DES = [
    "Un diplôme en santé publique ou en léprologie",
    "Une expérience avec une ONG internationale",
]
COMP = [
    ("Leadership", "fédère des équipes dispersées autour d'objectifs communs"),
    ("Écoute", "respecte les patients et les communautés touchées par la stigmatisation"),
    ("Endurance", "supporte des missions longues dans des zones enclavées"),
]
expected(KEY, REF, ["fr"], {"fr": TITLE}, {"fr": ORG}, {"fr": LOC}, {"fr": SCHED}, "2036-02-12",
         sal(amount=4200000, cur="MGA"), None,
         {"fr": {"essential": REQ, "desirable": DES}}, {"fr": comps(COMP)})

facts = [("Référence", REF), ("Intitulé du poste", TITLE), ("Organisation", ORG),
         ("Rattachement", "Représentation de Madagascar"), ("Lieu d'affectation", LOC),
         ("Contrat", "CDD de 24 mois, renouvelable"), ("Temps de travail", SCHED),
         ("Salaire", SALTXT), ("Prise de poste", "1er avril 2036"),
         ("Date limite de candidature", "mardi 12 février 2036")]
lis = "".join(f'<li><span class="k">{e(a)}</span><span class="v">{e(b)}</span></li>\n' for a, b in facts)
comp_html = "".join(f"<p><strong>{e(n)} :</strong> {e(d)}</p>\n" for n, d in COMP)
page = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
<title>Offre d'emploi – {e(TITLE)} | {ORG}</title>
<style>body{{font-family:Georgia,serif;margin:0}} .don{{background:#c8102e;color:#fff;padding:5px 20px}}
.wrap{{display:flex}} main{{flex:3;padding:14px 20px}} aside{{flex:1.3;background:#f4f1ea;padding:14px}}
ul.enbref{{list-style:none;padding:0}} ul.enbref li{{margin-bottom:8px}} .k{{display:block;font-size:8.5pt;text-transform:uppercase;color:#777}}
.v{{display:block;font-weight:bold}}</style></head><body>
<div class="don">Faire un don · Nous contacter · Newsletter</div>
<nav>La Fondation | Nos actions | Lèpre | Éducation | Nous rejoindre</nav>
<div class="wrap"><main>
<p>Nous rejoindre › Offres d'emploi › Madagascar</p>
<h1>{e(TITLE)}</h1>
<p><em>Mise en ligne le 22 janvier 2036</em></p>
<p>Engagée depuis des décennies contre la lèpre à Madagascar, la {ORG} appuie le programme national
dans les districts du sud-est. Pour accompagner le passage à l'échelle du dépistage actif, elle recrute
un(e) médecin coordinateur(trice).</p>
<h2>Missions principales</h2>
{ul(MISSIONS)}
<h2>Profil recherché</h2>
{ul(REQ)}
<h2>Serait un atout</h2>
{ul(DES)}
<h2>Qualités attendues</h2>
{comp_html}
<h2>Candidater</h2>
<p>Envoyez CV, lettre de motivation et trois références à recrutement-mg@follereau.example avant le
12 février 2036. Les entretiens auront lieu à Antananarivo du 24 au 27 février 2036.</p>
</main>
<aside><h3>En bref</h3><ul class="enbref">
{lis}</ul>
<h3>Actualités</h3><p>Journée mondiale des lépreux : 26 janvier 2036</p></aside></div>
<footer>© 2036 {ORG} – page fictive · Mentions légales · Politique cookies (Accepter / Refuser)</footer>
</body></html>"""
w(f"{KEY}-follereau.html", page)

wa = f"""[22/01/2036 18:04] Dr Hery (fictif): *OFFRE D'EMPLOI – à partager* 🙏
[22/01/2036 18:04] Dr Hery (fictif): 🏥 *{ORG}* recrute
*Poste :* {TITLE}
*Réf. :* {REF}
📍 *Lieu :* {LOC}
⏰ *Temps de travail :* {SCHED}
💵 *Salaire :* {SALTXT}
📅 *Date limite :* 12/02/2036

*Missions*
""" + "\n".join("▫️ " + m for m in MISSIONS) + """

*Profil recherché*
""" + "\n".join("✅ " + r for r in REQ) + """

*Serait un atout*
""" + "\n".join("➕ " + d for d in DES) + """

*Qualités attendues*
""" + "\n".join(f"🔸 {n} : {d}" for n, d in COMP) + """

📧 CV + lettre + 3 références : recrutement-mg@follereau.example
[22/01/2036 18:11] Rado: Merci docteur ! Est-ce que les médecins généralistes sans master peuvent postuler ?
[22/01/2036 18:15] Dr Hery (fictif): Oui, le master est seulement un atout 👍
[22/01/2036 18:20] Mialy: <Ce message a été supprimé>
[22/01/2036 18:22] Mialy: Transféré au groupe des anciens de la fac 👌
"""
w(f"{KEY}-whatsapp.txt", wa)
print("n07 ok")
