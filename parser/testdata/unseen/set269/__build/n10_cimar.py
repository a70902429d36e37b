from common import *

KEY = "cimar-rh-2040-019"
REF = "CIMAR-RH-2040-019"
TITLE = "Responsable process cuisson et combustibles alternatifs"
ORG = "Ciments du Maroc"
LOC = "Usine de Safi, province de Safi"
SCHED = "Horaires administratifs avec astreintes de week-end par roulement"
SAL = "Entre 24 000 et 29 000 MAD net par mois, selon expérience"
ESS = [
    "Diplôme d'ingénieur d'État en génie des procédés, chimie ou énergétique",
    "Au moins six ans d'expérience en cimenterie, dont trois sur la ligne de cuisson",
    "Maîtrise du bilan thermique du four et de la conduite du précalcinateur",
    "Bonne connaissance des combustibles de substitution (pneus, boues, biomasse)",
]
DES = ["Expérience d'un système expert de conduite du four", "Anglais technique courant"]
COMP = [
    ("Sens de la sécurité", "applique et fait appliquer les consignes de consignation"),
    ("Esprit d'analyse", "exploite les données du process pour réduire la consommation calorifique"),
    ("Leadership", "fédère les équipes de conduite et de maintenance"),
]
DUTIES = [
    "Optimiser la marche du four et du refroidisseur à clinker",
    "Augmenter le taux de substitution des combustibles fossiles",
    "Suivre les indicateurs de qualité du clinker avec le laboratoire",
    "Animer les analyses d'arrêts et les plans d'action process",
]

rk = f"""ReKrute.comOffres d'emploiEntreprises qui recrutentFormationsConseils carrièreEspace candidatEspace recruteur
{TITLE} (H/F) - Safi
Publiée du 05/03/2040 au 30/03/2040Postes proposés : 1
Secteur d'activité :Industrie / Matériaux de construction | Fonction :Production / Méthodes / Industrialisation | Expérience requise :De 5 à 10 ans | Niveau d'étude :Bac +5 et plus | Type de contrat :CDI

L'entreprise :
{ORG} produit et commercialise du ciment, du béton et des granulats au Maroc.

Poste :
Intitulé : {TITLE}
Référence : {REF}
Entreprise : {ORG}
Lieu de travail : {LOC}
Horaires : {SCHED}
Rémunération : {SAL}
Missions :
""" + "\n".join("• " + d for d in DUTIES) + """

Profil recherché :
""" + "\n".join("• " + d for d in ESS) + """
Atouts :
""" + "\n".join("• " + d for d in DES) + """

Savoir-être :
""" + "\n".join(f"• {n} : {d}" for n, d in COMP) + """

Traits de personnalité souhaités :
Rigueur, Organisation, Sens du travail en équipe

Postuler à cette offre   Partager   Ajouter à mes favoris

Offres similaires
Ingénieur maintenance mécanique (H/F) - Settat   Publiée du 01/03/2040 au 22/03/2040
Chef de quart production (H/F) - Agadir   Publiée du 28/02/2040 au 21/03/2040
"""
write(KEY + "-rekrute.txt", rk)

html = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Carrières – Ciments du Maroc</title>
<style>body{{font-family:Arial;margin:0;font-size:14px}} .bar{{background:#c8102e;color:#fff;padding:8px 24px}}
.wrap{{display:flex;max-width:980px;margin:auto;gap:24px}} .main{{flex:3}} .side{{flex:1;background:#f2f2f2;padding:10px}}
.side p{{margin:4px 0}}</style></head><body>
<div class="bar">Ciments du Maroc · Le groupe · Produits · Développement durable · Carrières · العربية</div>
<div class="wrap">
<div class="main">
<p>Carrières › Nos offres › Production</p>
<h1>Rejoignez l'usine de Safi : responsable process cuisson (H/F)</h1>
<p>Au cœur de la production, la ligne de cuisson transforme la farine crue en clinker. Nous cherchons un(e)
ingénieur(e) confirmé(e) pour en améliorer la performance énergétique et augmenter la part des combustibles
alternatifs, dans le respect de nos engagements de réduction des émissions.</p>
<h2>Vos missions</h2><ul>{''.join('<li>'+d+'</li>' for d in DUTIES)}</ul>
<h2>Votre profil</h2><ul>{''.join('<li>'+d+'</li>' for d in ESS)}</ul>
<h2>Les plus</h2><ul>{''.join('<li>'+d+'</li>' for d in DES)}</ul>
<h2>Savoir-être</h2><ul>{''.join('<li><em>'+n+'</em> : '+d+'</li>' for n, d in COMP)}</ul>
<p>Après une présélection sur dossier, les candidat(e)s retenu(e)s passeront un entretien technique à Safi à partir du
9 avril 2040.</p>
</div>
<div class="side">
<h3>En bref</h3>
<p><b>Poste</b><br>{TITLE}</p>
<p><b>Référence</b><br>{REF}</p>
<p><b>Société</b><br>{ORG}</p>
<p><b>Site</b><br>{LOC}</p>
<p><b>Horaires</b><br>{SCHED}</p>
<p><b>Salaire</b><br>{SAL}</p>
<p><b>Clôture</b><br>30 mars 2040</p>
<p><a href="#">Postuler en ligne</a></p>
</div>
</div>
<footer>© 2040 Ciments du Maroc · copie de démonstration, données fictives · Cookies · Mentions légales</footer>
</body></html>
"""
write(KEY + "-cimar.html", html)

expected(KEY, REF, ["fr"], TITLE, ORG, LOC, SCHED, "2040-03-30",
         {"min": 24000, "max": 29000, "currency": "MAD"},
         requirements={"fr": {"essential": ESS, "desirable": DES}}, competencies={"fr": COMP})
