from common import *

REF = "SNS-RH-2041-026"
TITLE = "Ingénieur(e) maintenance laminoir fil machine"
ORG = "Sonasid (Société Nationale de Sidérurgie)"
LOC = "Usine de Jorf Lasfar, province d'El Jadida"
SCHED = "Travail posté en 3x8 avec astreintes le week-end"
ESS = [
    "Diplôme d'ingénieur d'État en génie mécanique, électromécanique ou industriel",
    "Au moins cinq ans d'expérience en maintenance d'équipements de laminage ou de sidérurgie",
    "Maîtrise de la GMAO et des méthodes d'analyse des défaillances (AMDEC, arbre des causes)",
    "Connaissance des systèmes hydrauliques et des entraînements à vitesse variable",
    "Bon niveau de français et d'arabe, écrit et oral",
]
DES = ["Expérience de la conduite d'arrêts techniques programmés", "Certification en management de la sécurité"]
COMP = [("Leadership", "animer une équipe de techniciens postés"),
        ("Sang-froid", "décider vite lors d'un arrêt non planifié"),
        ("Esprit d'amélioration continue", "proposer des gains de disponibilité mesurables")]
MIS = [
    "Planifier et suivre la maintenance préventive des cages, cisailles et bobineuses du laminoir",
    "Analyser les pannes récurrentes et piloter les plans d'actions correctives",
    "Préparer les arrêts techniques et coordonner les sous-traitants",
    "Gérer le stock de pièces de rechange critiques avec le magasin",
    "Veiller au respect des consignes de sécurité et des procédures de consignation",
]

k = expected(REF, ["fr"], {"fr": TITLE}, {"fr": ORG}, {"fr": LOC}, {"fr": SCHED}, "2041-05-27",
             {"min": 17000, "max": 22000, "currency": "MAD"}, None, {"fr": {"essential": ESS, "desirable": DES}},
             {"fr": COMP})

rk = f"""ReKrute.comOffres d'emploiEntreprisesFormationsConseils carrièreEspace candidatEspace recruteur

Sonasid recrute un Ingénieur maintenance laminoir (H/F) - El Jadida

Publiée du 29/04/2041 au 27/05/2041Postes proposés : 1

Secteur d'activité :Sidérurgie, Métallurgie | Fonction :Maintenance, Entretien | Expérience requise :De 5 à 10 ans | Niveau d'étude demandé :Bac +5 et plus | Type de contrat proposé :CDI

Entreprise :
Acteur historique de l'acier au Maroc, Sonasid produit du rond à béton et du fil machine à partir de ferraille
recyclée dans ses aciéries électriques.

Poste :
Intitulé : {TITLE}
Référence : {REF}
Société : {ORG}
Lieu : {LOC}
Horaires : {SCHED}
Rémunération : entre 17 000 et 22 000 MAD net par mois, selon profil

Missions :
{chr(10).join("• " + x for x in MIS)}

Profil recherché :
{chr(10).join("• " + x for x in ESS)}

Atouts :
{chr(10).join("• " + x for x in DES)}

Savoir-être :
{chr(10).join(f"• {n} : {d}" for n, d in COMP)}

Traits de personnalité souhaités : Organisé, Rigoureux, Réactif

Postuler à cette offre

Offres similaires
Responsable maintenance électrique - Casablanca - Publiée du 22/04/2041 au 20/05/2041
Technicien instrumentation - Jorf Lasfar - Publiée du 25/04/2041 au 24/05/2041
"""
write("sns-rh-2041-026-rekrute.txt", rk, k)

recap = [("Intitulé du poste", TITLE), ("Référence", REF), ("Entreprise", ORG), ("Site", LOC), ("Horaires", SCHED),
         ("Contrat", "CDI"), ("Salaire", "17 000 à 22 000 MAD net mensuel, selon profil"), ("Date limite", "27 mai 2041")]
html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Sonasid – Carrières</title>
<style>
body{{font-family:'Open Sans',Arial,sans-serif;margin:0}}
header{{background:#1f2a44;color:#fff;padding:12px 40px}} header a{{color:#cfd8e3;margin-left:14px}}
.c{{max-width:820px;margin:20px auto}}
.hero{{background:#f47c20;color:#fff;padding:18px}}
table.recap{{border-collapse:collapse;width:100%}} table.recap th{{text-align:left;background:#eef0f4;width:30%}} table.recap th,table.recap td{{border:1px solid #ccd;padding:5px}}
</style></head><body>
<header><b>SONASID</b><a href="#">Le Groupe</a><a href="#">Produits</a><a href="#">Développement durable</a><a href="#">Investisseurs</a><a href="#">Carrières</a><a href="#">العربية</a></header>
<div class="c">
<div class="hero"><h1>Faites avancer l'acier recyclé</h1><p>Nos usines recrutent des talents techniques.</p></div>
<p><a href="#">← Toutes les offres</a></p>
<h2>Maintenance laminoir : nous cherchons notre futur(e) ingénieur(e)</h2>
<p>Au sein de la direction industrielle de Jorf Lasfar, vous garantissez la disponibilité du train à fil et
contribuez à la baisse des consommations d'énergie du site.</p>
<h3>Vos missions</h3>
<p>{"<br>".join("– " + esc(x) for x in MIS)}</p>
<h3>Votre profil</h3>
<p>{"<br>".join("– " + esc(x) for x in ESS)}</p>
<h3>Vos atouts</h3>
<p>{"<br>".join("– " + esc(x) for x in DES)}</p>
<h3>Savoir-être</h3>
<ul>
{"".join(f"<li><em>{n}</em> : {esc(d)}</li>" + chr(10) for n, d in COMP)}</ul>
<h3>Récapitulatif</h3>
<table class="recap">
{"".join(f"<tr><th>{a}</th><td>{esc(b)}</td></tr>" + chr(10) for a, b in recap)}</table>
<p>Candidatures via le formulaire en ligne ou à talents@sonasid.example. Les entretiens techniques débuteront le
10 juin 2041.</p>
</div>
<footer style="text-align:center;font-size:12px;padding:10px">© Sonasid 2041 – page fictive · Cookies · Mentions légales</footer>
</body></html>
"""
write("sns-rh-2041-026-sonasid.html", html, k)
