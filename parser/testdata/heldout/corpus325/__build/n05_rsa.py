from common import *
REF = "RSA-HR-2044-0126"; KEY = "rsa-hr-2044-0126"
T = {"en": "Ore Control Geologist", "fr": "Géologue contrôle du minerai"}
ORG = {"en": "Roxgold Sango S.A.", "fr": "Roxgold Sango S.A."}
LOC = {"en": "Séguéla Gold Mine, Worodougou Region, Côte d'Ivoire", "fr": "Mine d'or de Séguéla, région du Worodougou, Côte d'Ivoire"}
SCH = {"en": "Rotation of 4 weeks on and 2 weeks off, day shifts of 12 hours", "fr": "Rotation de 4 semaines de travail et 2 semaines de repos, postes de jour de 12 heures"}
GR = "G6"
ESS = {"en": ["A bachelor's degree in geology or mining geology.",
              "At least four years of ore control experience in an open pit gold mine.",
              "Working knowledge of Leapfrog or Datamine.",
              "Fluency in French and a working level of English."],
       "fr": ["Une licence en géologie ou en géologie minière.",
              "Au moins quatre ans d'expérience en contrôle du minerai dans une mine d'or à ciel ouvert.",
              "Une bonne pratique de Leapfrog ou de Datamine.",
              "La maîtrise du français et un niveau d'anglais opérationnel."]}
DES = {"en": ["Experience with blast movement monitoring.", "A valid ECOWAS driving licence."],
       "fr": ["Une expérience du suivi des mouvements de tir.", "Un permis de conduire CEDEAO valide."]}
COMP = {"en": [("Safety leadership", "stops work whenever a hazard is not controlled"),
               ("Attention to detail", "checks every ore block before it is released to mining"),
               ("Teamwork", "works closely with the drill and blast, survey and mining crews")],
        "fr": [("Leadership sécurité", "arrêter le travail dès qu'un danger n'est pas maîtrisé"),
               ("Souci du détail", "vérifier chaque bloc de minerai avant sa libération"),
               ("Esprit d'équipe", "travailler étroitement avec les équipes de forage et tir, de topographie et de production")]}
DUT = {"en": ["Map and sample blast hole cones and pit faces every shift", "Define ore and waste boundaries and mark them in the field",
              "Reconcile the grade control model with mill results", "Train and supervise the ore control technicians"],
       "fr": ["Cartographier et échantillonner les cônes de forage et les fronts de taille à chaque poste", "Délimiter le minerai et le stérile et les matérialiser sur le terrain",
              "Réconcilier le modèle de contrôle avec les résultats de l'usine", "Former et encadrer les techniciens de contrôle du minerai"]}
SAL = {"en": "XOF 1,900,000 – 2,300,000 gross per month, plus site allowance", "fr": "1 900 000 à 2 300 000 FCFA bruts par mois, plus prime de site"}
DL = {"en": "Monday, November 14, 2044 (23:59 GMT)", "fr": "lundi 14 novembre 2044 (23 h 59 GMT)"}
L = {"en": dict(ref="Reference", title="Job title", org="Company", dept="Department", loc="Location", sch="Roster", gr="Grade", sal="Salary", dl="Closing date",
                duties="What you will do", req="What you need", des="Nice to have", comp="How you work",
                intro="Roxgold Sango operates the Séguéla open pit gold mine and its processing plant. We are looking for an experienced geologist to join the Geology team.",
                apply="Apply online before the closing date. Shortlisted candidates will sit a practical assessment at site on 29 November 2044."),
     "fr": dict(ref="Référence", title="Intitulé du poste", org="Société", dept="Département", loc="Lieu de travail", sch="Rotation", gr="Niveau", sal="Salaire", dl="Date de clôture",
                duties="Vos missions", req="Votre profil", des="Atouts", comp="Votre façon de travailler",
                intro="Roxgold Sango exploite la mine d'or à ciel ouvert de Séguéla et son usine de traitement. Nous recherchons un(e) géologue expérimenté(e) pour renforcer l'équipe Géologie.",
                apply="Postulez en ligne avant la date de clôture. Les candidats présélectionnés passeront une évaluation pratique sur site le 29 novembre 2044.")}

def half(l):
    x = L[l]
    return f"""<section lang="{l}" class="half">
<h2>{T[l]}</h2>
<p>{x['intro']}</p>
<table class="facts">
<tr><th>{x['ref']}</th><td>{REF}</td></tr>
<tr><th>{x['title']}</th><td>{T[l]}</td></tr>
<tr><th>{x['org']}</th><td>{ORG[l]}</td></tr>
<tr><th>{x['dept']}</th><td>{'Geology' if l=='en' else 'Géologie'}</td></tr>
<tr><th>{x['loc']}</th><td>{LOC[l]}</td></tr>
<tr><th>{x['sch']}</th><td>{SCH[l]}</td></tr>
<tr><th>{x['gr']}</th><td>{GR}</td></tr>
<tr><th>{x['sal']}</th><td>{SAL[l]}</td></tr>
<tr><th>{x['dl']}</th><td>{DL[l]}</td></tr>
</table>
<h3>{x['duties']}</h3>
{ul(DUT[l])}
<h3>{x['req']}</h3>
{ul(ESS[l], 'ol')}
<h3>{x['des']}</h3>
{ul(DES[l])}
<h3>{x['comp']}</h3>
{"".join(f"<p><b>{n}</b>{':' if l=='en' else ' :'} {d}</p>" for n, d in COMP[l])}
<p>{x['apply']}</p>
</section>"""

html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{T['en']} | {T['fr']} – Careers</title>
<style>body{{font-family:'Liberation Sans',Arial,sans-serif;font-size:11pt;margin:24px}} .bar{{background:#1d2b36;color:#fff;padding:6px}}
table.facts{{border-collapse:collapse;margin:8px 0}} table.facts th{{text-align:left;padding:3px 10px 3px 0;color:#555;font-weight:normal;vertical-align:top}} table.facts td{{padding:3px 0}}
@media print {{ section[lang=fr] {{ break-before: page }} .bar, .similar {{ display:none }} }}</style></head><body>
<div class="bar">Careers portal · Fortuna group sites · EN | FR · Sign in</div>
<p>Job requisition 77310 · Posted 17 days ago · Full time</p>
{half('en')}
{half('fr')}
<div class="similar"><h4>Similar jobs / Offres similaires</h4><p>Mine Surveyor – Séguéla – closes 01/12/2044</p><p>Superviseur(e) usine – Séguéla – 05/12/2044</p></div>
<p><small>Roxgold Sango never asks candidates for money. / Roxgold Sango ne demande jamais d'argent aux candidats.</small></p>
</body></html>
"""
w(KEY + "-rsa.html", html, REF)
chromium(KEY + "-rsa.html", KEY + "-rsa.chromium.pdf", REF)

def bhalf(l):
    x = L[l]
    return f"""{T[l].upper()}
{x['ref']} : {REF}
{x['title']} : {T[l]}
{x['org']} : {ORG[l]}
{x['loc']} : {LOC[l]}
{x['sch']} : {SCH[l]}
{x['gr']} : {GR}
{x['sal']} : {SAL[l]}
{x['dl']} : {DL[l]}

{x['duties'].upper()}
{lines(DUT[l], '- ')}

{x['req'].upper()}
{lines(ESS[l], '• ')}

{x['des'].upper()}
{lines(DES[l], '• ')}

{x['comp'].upper()}
{lines([f"{n}{':' if l=='en' else ' :'} {d}" for n, d in COMP[l]], '')}
"""

board = f"""
CarrièresCI.example - Le 1er site de l'emploi en Côte d'Ivoire (site fictif)
Accueil | Offres d'emploi | Stages | Concours | Formations | Espace recruteur
Vous êtes ici : Accueil > Offres > Mines / Géologie

GEOLOGUE CONTROLE DU MINERAI / ORE CONTROL GEOLOGIST
Offre n° 184407
Date de publication : 28/10/2044   Date limite : 14/11/2044
Métier(s) : Géologie, Mines   Niveau(x) : BAC+3   Expérience : 4 ans   Lieu : Séguéla
Type d'offre : Emploi   Nombre de poste : 1

Description de l'offre :

{bhalf('en')}
----------------------------------------

{bhalf('fr')}
Dossier de candidature : postuler en ligne sur le portail de l'entreprise. Évaluation pratique sur site le 29/11/2044.

Partager : Facebook | WhatsApp | LinkedIn
Offres similaires : Foreur(se) RC – Tongon – 20/11/2044 ; Topographe – Yamoussoukro – 250 000 FCFA – 18/11/2044
"""
w(KEY + "-carrieresci.txt", board, REF)

exp(KEY, dict(reference=REF, languages=["en", "fr"], title=T, organisation=ORG, location=LOC, schedule=SCH,
              deadline="2044-11-14", salary=sal(None, 1900000, 2300000, "XOF"), grade=GR,
              requirements={l: {"essential": ESS[l], "desirable": DES[l]} for l in ("en", "fr")}, competencies=COMP))
