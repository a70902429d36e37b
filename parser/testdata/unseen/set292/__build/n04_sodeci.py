from common import *
import html as H
KEY = "sodeci-rh-2042-0046"
E = dict(
    reference="SODECI-RH-2042-0046", post_number=None, languages=["fr"],
    title={"en": None, "fr": "Technicien électromécanicien de stations de pompage (H/F)"},
    organisation={"en": None, "fr": "Société de distribution d'eau de la Côte d'Ivoire"},
    location={"en": None, "fr": "Bingerville, District autonome d'Abidjan"},
    schedule={"en": None, "fr": "Temps plein, 40 heures par semaine, astreintes de nuit par roulement"},
    deadline="2042-02-10", salary=None, grade=None, clearance=None,
    requirements={"en": None, "fr": {"essential": [
        "BTS ou DUT en électromécanique, électrotechnique ou maintenance industrielle",
        "3 ans d'expérience minimum en maintenance de pompes, moteurs et armoires électriques",
        "Habilitation électrique BR/B2V ou capacité à l'obtenir rapidement",
        "Lecture aisée de schémas électriques et hydrauliques",
        "Permis de conduire catégorie B"],
        "desirable": [
        "Connaissance des automates programmables et de la supervision à distance",
        "Expérience dans le secteur de l'eau potable ou de l'assainissement"]}},
    competencies={"en": None, "fr": comp([
        ("Rigueur", "respecte les consignes de sécurité et les procédures de consignation à chaque intervention."),
        ("Réactivité", "intervient rapidement pour limiter les coupures de service aux abonnés."),
        ("Esprit d'équipe", "partage les informations avec les exploitants et les collègues de l'astreinte.")])})
R = E["requirements"]["fr"]; C = E["competencies"]["fr"]
e = lambda s: H.escape(nb(s))

HTML = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{e(E['title']['fr'])} – SODECI Carrières</title>
<style>
body{{font-family:"Liberation Sans",Arial,sans-serif;font-size:13px;margin:0;color:#1b2a38}}
.top{{background:#005baa;color:#fff;padding:8px 28px;display:flex;justify-content:space-between}}
.top a{{color:#fff}} .menu{{padding:6px 28px;border-bottom:3px solid #00a3e0}} .menu a{{margin-right:16px;color:#005baa}}
main{{max-width:820px;margin:0 auto;padding:14px 28px}}
.chips span{{display:inline-block;background:#e6f3fb;border-radius:10px;padding:2px 10px;margin-right:6px}}
.summary{{display:grid;grid-template-columns:1fr 1fr;gap:8px 24px;margin:14px 0;border:1px solid #cfe3f2;padding:12px}}
.lbl{{font-size:11px;text-transform:uppercase;color:#5a7184}} .val{{font-weight:bold}}
.nowrap{{white-space:nowrap}} .cookies{{position:fixed;bottom:0;left:0;right:0;background:#111;color:#ddd;padding:6px 28px}}
@media print{{.menu,.cookies,.top a{{display:none}}}}
</style></head>
<body>
<div class="top"><span>SODECI · Groupe Eranove</span><span><a href="#">Espace candidat</a> · <a href="#">Service client 175</a></span></div>
<div class="menu"><a href="#">Accueil</a><a href="#">Nos services</a><a href="#">Payer ma facture</a><a href="#">Agences</a><a href="#">Carrières</a></div>
<main>
<p><a href="#">← Retour aux offres</a></p>
<div class="chips"><span>Exploitation</span><span>CDI</span><span>Bingerville</span><span>Publiée le 20/01/2042</span></div>
<h1>{e(E['title']['fr'])}</h1>
<div class="summary">
<div><div class="lbl">Référence</div><div class="val"><span class="nowrap">{e(E['reference'])}</span></div></div>
<div><div class="lbl">Société</div><div class="val">{e(E['organisation']['fr'])} (SODECI)</div></div>
<div><div class="lbl">Direction</div><div class="val">Direction de la production – Secteur Est</div></div>
<div><div class="lbl">Lieu de travail</div><div class="val">{e(E['location']['fr'])}</div></div>
<div><div class="lbl">Type de contrat</div><div class="val">CDI</div></div>
<div><div class="lbl">Temps de travail</div><div class="val">{e(E['schedule']['fr'])}</div></div>
<div><div class="lbl">Rémunération</div><div class="val">Selon la grille conventionnelle et le profil</div></div>
<div><div class="lbl">Date limite de candidature</div><div class="val">10/02/2042</div></div>
</div>
<h2>L'entreprise</h2>
<p>Concessionnaire du service public de l'eau potable, la SODECI produit, transporte et distribue l'eau dans les villes et localités du pays. Le Secteur Est exploite les forages de la nappe d'Abidjan, les stations de reprise et les châteaux d'eau qui alimentent Bingerville, Riviera et leurs environs.</p>
<h2>Vos missions</h2>
<ul>
<li>Assurer la maintenance préventive et corrective des groupes électropompes, des variateurs et des armoires de commande.</li>
<li>Diagnostiquer les pannes et remettre en service les installations dans les meilleurs délais.</li>
<li>Renseigner la GMAO et proposer des améliorations pour fiabiliser les équipements.</li>
<li>Participer aux astreintes de nuit et de week-end du Secteur Est.</li>
</ul>
<h2>Votre profil</h2>
<ul>
""" + "\n".join(f"<li>{e(x)}</li>" for x in R['essential']) + """
</ul>
<h3>Les plus</h3>
<ul>
""" + "\n".join(f"<li>{e(x)}</li>" for x in R['desirable']) + """
</ul>
<h2>Savoir-être</h2>
<ul>
""" + "\n".join(f"<li><strong>{e(c['name'])}</strong> : {e(c['description'])}</li>" for c in C) + """
</ul>
<p>Prise de poste souhaitée le 2 mars 2042. Les tests techniques auront lieu à l'atelier central de Yopougon le 17 février 2042. La SODECI ne réclame aucune somme d'argent à l'occasion de ses recrutements.</p>
<h3>Offres similaires</h3>
<ul><li>Agent(e) releveur(se) – Yamoussoukro – clôture 06/02/2042</li><li>Chef(fe) de centre de production – Bouaflé – clôture 21/02/2042</li></ul>
</main>
<div class="cookies">Nous utilisons des cookies de mesure d'audience. <a href="#">OK</a></div>
</body></html>
"""

def build():
    exp(KEY, E)
    h = KEY + "-sodeci.html"
    W(h, HTML, KEY)
    pdf = chromium(h); row(pdf, KEY, "pdf"); row(dump(pdf), KEY, "txt")
