from common import *
REF = "SMB-HR-2043-0052"; KEY = "smb-hr-2043-0052"
T = {"en": "Ore Train Control Supervisor", "fr": "Superviseur(e) de la régulation des trains de minerai"}
ORG = "Société Minière de Boké (SMB)"
LOC = {"en": "Dapilon rail control centre, Boké Prefecture, Guinea, with travel along the Santou to Dapilon line",
       "fr": "Centre de régulation ferroviaire de Dapilon, préfecture de Boké, Guinée, avec déplacements sur la ligne Santou – Dapilon"}
SCH = {"en": "Rotating 12-hour shifts, four days on and four days off",
       "fr": "Quarts de 12 heures en rotation, quatre jours de travail et quatre jours de repos"}
ESS = {"en": ["A diploma or degree in railway operations, logistics or electrical engineering.",
              "At least six years' experience in rail traffic control, including two as a shift supervisor.",
              "Sound knowledge of signalling, track warrant and radio communication procedures.",
              "Working knowledge of French and English."],
       "fr": ["Diplôme ou licence en exploitation ferroviaire, en logistique ou en électrotechnique.",
              "Au moins six ans d'expérience en régulation du trafic ferroviaire, dont deux comme chef de quart.",
              "Bonne connaissance des procédures de signalisation, de cantonnement et de communication radio.",
              "Connaissance pratique du français et de l'anglais."]}
DES = {"en": ["Experience of heavy haul ore railways.", "Training in fatigue risk management."],
       "fr": ["Expérience des chemins de fer minéraliers à charge lourde.", "Formation à la gestion du risque lié à la fatigue."]}
COMP = {"en": [("Safety leadership", "stops any train movement whose conditions are not met."),
               ("Composure", "keeps control of the network during incidents and breakdowns."),
               ("Communication", "gives clear and brief radio instructions to drivers and track crews.")],
        "fr": [("Leadership sécurité", "arrêter tout mouvement de train dont les conditions ne sont pas réunies."),
               ("Sang-froid", "garder la maîtrise du réseau pendant les incidents et les pannes."),
               ("Communication", "donner des consignes radio claires et brèves aux conducteurs et aux équipes de voie.")]}
DUT = {"en": ["Lead a shift of four train controllers at the Dapilon control centre.",
              "Authorise train movements between the mine loading loop and the port stockyard.",
              "Coordinate track possessions with the maintenance teams.",
              "Record delays, incidents and near misses and report them at the morning meeting.",
              "Train new controllers on the operating rules."],
       "fr": ["Encadrer une équipe de quatre régulateurs au centre de Dapilon.",
              "Autoriser les circulations entre la boucle de chargement de la mine et le parc portuaire.",
              "Coordonner les interceptions de voie avec les équipes de maintenance.",
              "Consigner les retards, incidents et presque accidents et les présenter à la réunion du matin.",
              "Former les nouveaux régulateurs au règlement d'exploitation."]}

expected(KEY, reference=REF, languages=["en", "fr"], title=T, organisation=ORG, location=LOC, schedule=SCH,
         deadline="2043-02-12", salary=sal(None, 2400, 2900, "USD"), grade="G5",
         requirements={l: {"essential": ESS[l], "desirable": DES[l]} for l in ("en", "fr")},
         competencies={l: [{"name": n, "description": d} for n, d in COMP[l]] for l in ("en", "fr")})

L = {"en": dict(h="Job description", title="Job title", org="Company", dept="Department", deptv="Rail Operations",
                loc="Work location", sch="Roster", grade="Band", sal="Salary",
                salv="USD 2,400 – 2,900 gross per month, plus site allowance and meals on shift",
                dl="Closing date", dlv="February 12, 2043, 23:59 (Conakry time)", ref="Reference",
                duties="Key responsibilities", req="What you need", des="Nice to have", comp="How you work",
                intro="The company operates a bauxite mine and a heavy haul railway linking the mine to its river port. "
                      "We are looking for a supervisor to lead one of the four shifts of the rail control centre.",
                apply="Shortlisted applicants will sit a simulator assessment at Dapilon from February 23, 2043. "
                      "SMB never charges fees to applicants."),
     "fr": dict(h="Description du poste", title="Intitulé du poste", org="Société", dept="Département",
                deptv="Exploitation ferroviaire", loc="Lieu de travail", sch="Horaire", grade="Niveau", sal="Salaire",
                salv="2 400 à 2 900 USD bruts par mois, plus prime de site et repas pendant les quarts",
                dl="Date de clôture", dlv="12 février 2043 à 23 h 59 (heure de Conakry)", ref="Référence",
                duties="Principales responsabilités", req="Profil requis", des="Atouts", comp="Savoir-être",
                intro="La société exploite une mine de bauxite et un chemin de fer à charge lourde reliant la mine "
                      "à son port fluvial. Nous recherchons un(e) superviseur(e) pour diriger l'un des quatre quarts du "
                      "centre de régulation.",
                apply="Les candidat(e)s présélectionné(e)s passeront une évaluation sur simulateur à Dapilon à partir "
                      "du 23 février 2043. SMB ne demande jamais de frais aux candidats.")}

def half(l):
    x = L[l]
    card = lambda a, b: f'<div class="card"><small>{a}</small><div>{b}</div></div>'
    return f"""<section lang="{l}">
<h2>{x['h']}</h2>
<p>{x['intro']}</p>
<div class="cards">
{card(x['title'], T[l])}
{card(x['org'], ORG)}
{card(x['dept'], x['deptv'])}
{card(x['loc'], LOC[l])}
{card(x['sch'], SCH[l])}
{card(x['grade'], 'G5')}
{card(x['sal'], x['salv'])}
{card(x['dl'], x['dlv'])}
{card(x['ref'], REF)}
</div>
<h3>{x['duties']}</h3>
<ul>{''.join('<li>' + d + '</li>' for d in DUT[l])}</ul>
<h3>{x['req']}</h3>
<ol>{''.join('<li>' + d + '</li>' for d in ESS[l])}</ol>
<h3>{x['des']}</h3>
<ul>{''.join('<li>' + d + '</li>' for d in DES[l])}</ul>
<h3>{x['comp']}</h3>
{''.join(f'<p><strong>{n}:</strong> {d}</p>' if l == 'en' else f'<p><strong>{n} :</strong> {d}</p>' for n, d in COMP[l])}
<p>{x['apply']}</p>
</section>"""

html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{T['en']} – SMB Careers</title>
<style>
body{{font-family:"Liberation Sans",Arial,sans-serif;margin:0;font-size:14px}}
.bar{{background:#0b3d2e;color:#fff;padding:8px 20px}}
.wrap{{max-width:820px;margin:auto;padding:16px}}
.cards{{display:flex;flex-wrap:wrap;gap:8px}}
.card{{border:1px solid #ccd;padding:6px 10px;width:46%}}
.card small{{display:block;color:#567;text-transform:uppercase;font-size:10px}}
section[lang=fr]{{break-before:page}}
.similar{{border-top:2px solid #0b3d2e;margin-top:20px;font-size:12px}}
</style></head><body>
<div class="bar">SMB Careers &nbsp;|&nbsp; Search jobs &nbsp;|&nbsp; Candidate home &nbsp;|&nbsp; EN | FR</div>
<div class="wrap">
<h1>{T['en']} / {T['fr']}</h1>
<p>Job Requisition ID R-04157 · Posted 19 days ago · Full time · <a href="#">Apply now »</a></p>
{half('en')}
{half('fr')}
<div class="similar"><b>Similar jobs / Offres similaires</b><br>
Locomotive Maintenance Planner – Kamsar – posted January 9, 2043<br>
Chef de quart port – Dapilon – publié le 21 janvier 2043</div>
<p style="font-size:11px">© 2043 SMB · fictitious page for a test set · Privacy · Cookies</p>
</div></body></html>
"""
w(KEY + "-smb.html", html, KEY)
chromium(KEY + "-smb.html", KEY)
save_rows("05")
