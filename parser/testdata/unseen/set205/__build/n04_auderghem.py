from common import *

KEY = "aud-pers-2034-041"
REF = "AUD/PERS/2034/041"
TITLE = "Gestionnaire administratif·ve – Permis d'environnement (H/F/X)"
ORG = "Administration communale d'Auderghem"
LOC = "Maison communale, 1160 Auderghem"
SCHED = "Temps plein (38 heures par semaine)"
ESS = [
    "Être titulaire d'un diplôme de bachelier ou d'un graduat, de préférence en sciences de l'environnement, en droit ou en administration publique ;",
    "Être ressortissant·e d'un État membre de l'Espace économique européen ou de la Suisse ;",
    "Jouir des droits civils et politiques et présenter un extrait de casier judiciaire vierge ;",
    "Disposer d'une bonne maîtrise des outils bureautiques (traitement de texte, tableur, messagerie).",
]
DES = [
    "Une première expérience dans un service communal ou régional chargé des permis ;",
    "La connaissance de l'ordonnance bruxelloise relative aux permis d'environnement ;",
    "La possession du certificat de connaissance du néerlandais (article 9 ou 11) délivré par talent.brussels ou par le BPS.",
]
COMPS = [
    ("Rigueur", "vous vérifiez la complétude des dossiers et le respect des délais légaux."),
    ("Sens du service", "vous expliquez les procédures aux citoyens et aux entreprises avec clarté et patience."),
    ("Capacité rédactionnelle", "vous rédigez des courriers, des rapports et des projets de décision sans fautes."),
    ("Esprit d'équipe", "vous collaborez avec les architectes, les conseillers en environnement et le Collège."),
]
DUTIES = [
    "réceptionner, encoder et suivre les demandes de permis d'environnement de classes 2 et 3 ;",
    "vérifier le caractère complet des dossiers et rédiger les accusés de réception ;",
    "organiser les enquêtes publiques et préparer les séances de la commission de concertation ;",
    "préparer les projets de décision du Collège des bourgmestre et échevins ;",
    "renseigner les demandeurs au guichet, par téléphone et par courriel.",
]

expected(KEY, {
    "reference": REF, "post_number": None, "languages": ["fr"],
    "title": lang2(None, TITLE), "organisation": lang2(None, ORG), "location": lang2(None, LOC),
    "schedule": lang2(None, SCHED), "deadline": "2034-11-21",
    "salary": {"amount": None, "min": 42118.40, "max": 60074.96, "currency": "EUR", "period": "year"},
    "grade": "B1", "clearance": None,
    "requirements": {"en": None, "fr": {"essential": ESS, "desirable": DES}},
    "competencies": {"en": None, "fr": comp(COMPS)},
})

rows = [
    ("Référence", REF), ("Employeur", ORG), ("Département", "Urbanisme et Environnement – cellule Permis d'environnement"),
    ("Lieu de travail", LOC), ("Type de contrat", "Contrat à durée indéterminée"), ("Régime de travail", SCHED),
    ("Niveau", "B"), ("Échelle barémique", "B1"),
    ("Rémunération", "Traitement annuel brut indexé : minimum 42 118,40 € – maximum 60 074,96 € (ancienneté utile valorisable)"),
    ("Entrée en fonction", "1er février 2035"), ("Date limite de candidature", "21/11/2034"),
]
html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Offre d'emploi – {TITLE} – Auderghem</title>
<style>
@page {{ size: A4; margin: 18mm 16mm; @bottom-right {{ content: "Page " counter(page) " / " counter(pages); font-size: 8pt; color: #666 }} }}
body{{font-family:"DejaVu Sans",sans-serif;font-size:9.5pt;color:#1d1d1b;line-height:1.35}}
.band{{background:#00664f;color:#fff;padding:6px 10px;font-size:8.5pt}}
.band b{{font-size:11pt}}
.menu{{font-size:8pt;color:#555;border-bottom:1px solid #ccc;padding:4px 0}}
.crumbs{{font-size:8pt;color:#777}}
h1{{font-size:15pt;color:#00664f;margin:6px 0}}
.kicker{{text-transform:uppercase;font-size:8pt;letter-spacing:.05em;color:#00664f;margin:8px 0 0}}
table.fiche{{border-collapse:collapse;width:100%;margin:8px 0}}
table.fiche th{{text-align:left;width:30%;background:#eef5f2;padding:4px 6px;border:1px solid #c8ddd5;vertical-align:top}}
table.fiche td{{padding:4px 6px;border:1px solid #c8ddd5}}
h2{{font-size:11pt;color:#00664f;border-bottom:1px solid #00664f;margin:12px 0 4px}}
.side{{font-size:8pt;background:#f4f4f4;padding:6px;margin-top:12px}}
</style></head><body>
<div class="band"><b>Auderghem</b> · Oudergem — Commune / Gemeente · <span>FR | NL</span></div>
<div class="menu">Vie communale · Services · Loisirs · Emploi · Contact</div>
<p class="crumbs">Accueil › Vie communale › Emploi › Offres d'emploi</p>
<p class="kicker">Appel à candidatures · niveau B · publié le 31 octobre 2034</p>
<h1>{TITLE}</h1>
<p>La commune d'Auderghem recrute, pour son département Urbanisme et Environnement, un·e gestionnaire administratif·ve chargé·e du traitement des demandes de permis d'environnement.</p>
<table class="fiche">
{''.join(f'<tr><th>{l}</th><td>{v}</td></tr>' for l, v in rows)}
</table>
<h2>Votre fonction</h2>
<p>Au sein d'une cellule de cinq personnes, vous assurez le suivi administratif des permis, de l'introduction de la demande jusqu'à la notification de la décision. Vos principales tâches :</p>
<ul>{''.join(f'<li>{d}</li>' for d in DUTIES)}</ul>
<h2>Conditions d'accès</h2>
<ul>{''.join(f'<li>{e}</li>' for e in ESS)}</ul>
<p>Conformément aux lois sur l'emploi des langues en matière administrative, la réussite de l'examen linguistique néerlandais est requise avant la nomination ; elle n'est pas exigée pour poser sa candidature.</p>
<h2>Atouts</h2>
<ul>{''.join(f'<li>{d}</li>' for d in DES)}</ul>
<h2>Compétences comportementales</h2>
<ul>{''.join(f'<li><strong>{n}</strong> : {d}</li>' for n, d in COMPS)}</ul>
<h2>Notre offre</h2>
<ul><li>un contrat à durée indéterminée à temps plein ;</li>
<li>des chèques-repas de 8 € par jour presté ;</li>
<li>une prime de bilinguisme dès l'obtention du certificat linguistique ;</li>
<li>la gratuité des transports en commun pour le trajet domicile-travail ;</li>
<li>35 jours de congé par an et un horaire flottant.</li></ul>
<h2>Procédure</h2>
<p>Envoyez votre CV, une lettre de motivation et une copie de votre diplôme au service GRH, au plus tard le 21 novembre 2034, en mentionnant la référence {REF}. Les candidat·e·s retenu·e·s seront invité·e·s à une épreuve écrite le 5 décembre 2034, puis à un entretien dans la semaine du 18 décembre 2034.</p>
<p>Contact : Service GRH, Boulevard du Souverain (Maison communale) – grh@auderghem.example – 02 555 18 40.</p>
<div class="side"><b>Autres offres</b><br>Puériculteur·rice (H/F/X) – date limite 28/11/2034<br>Ouvrier·ère qualifié·e voirie (H/F/X) – date limite 05/12/2034</div>
<p style="font-size:7.5pt;color:#777">Administration communale d'Auderghem · Les données transmises sont traitées conformément au RGPD.</p>
</body></html>
"""
out(KEY + "-auderghem.html", html)
weasy(KEY + "-auderghem.html", KEY + "-auderghem.weasyprint.pdf")
