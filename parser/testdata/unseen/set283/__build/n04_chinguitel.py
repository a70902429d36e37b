from common import *

REF = "CHT/DRH/2041/09"
TITLE = "Chef de service itinérance internationale (roaming)"
ORG = "Chinguitel SA"
LOC = "Siège social, Tevragh Zeina, Nouakchott"
SCHED = "Du lundi au jeudi de 8 h à 16 h 30, vendredi de 8 h à 12 h 30"
ESS = [
    "Diplôme d'ingénieur ou master en télécommunications, en informatique ou en gestion",
    "Au moins cinq ans d'expérience chez un opérateur mobile, dont trois dans le roaming ou l'interconnexion",
    "Bonne connaissance des accords GSMA, des fichiers TAP et des procédures de clearing",
    "Maîtrise de l'arabe et du français ; l'anglais technique est indispensable",
]
DES = [
    "Expérience des accords d'itinérance régionaux en Afrique de l'Ouest",
    "Connaissance d'un outil de détection de la fraude",
]
COMP = [
    ("Négociation", "défendre les intérêts de l'opérateur face aux partenaires étrangers"),
    ("Rigueur", "contrôler chaque facture inter-opérateurs avant validation"),
    ("Réactivité", "traiter les incidents de service en dehors des heures ouvrables si besoin"),
]
MISSIONS = [
    "négocier et renouveler les accords d'itinérance avec les opérateurs partenaires",
    "superviser l'échange des fichiers TAP et le rapprochement mensuel des factures",
    "piloter les tests d'ouverture de nouveaux partenaires (voix, données, SMS)",
    "proposer des offres roaming attractives aux clients prépayés et entreprises",
    "encadrer une équipe de quatre techniciens et analystes",
]

k = expected(REF, ["fr"], {"fr": TITLE}, {"fr": ORG}, {"fr": LOC}, {"fr": SCHED}, "2041-05-14",
             {"min": 95000, "max": 120000, "currency": "MRU"}, None, {"fr": {"essential": ESS, "desirable": DES}},
             {"fr": COMP})

rows = [("Référence", "المرجع", REF), ("Poste", "المنصب", TITLE), ("Société", "الشركة", ORG),
        ("Département", "القسم", "Direction Commerciale, département Wholesale"), ("Lieu de travail", "مكان العمل", LOC),
        ("Horaires", "أوقات العمل", SCHED), ("Contrat", "العقد", "CDI"),
        ("Salaire", "الراتب", "Entre 95 000 et 120 000 MRU brut par mois selon expérience"),
        ("Date limite", "آخر أجل", "Mardi 14 mai 2041 à 16 h")]
html = f"""<!DOCTYPE html>
<html lang="fr" dir="ltr"><head><meta charset="utf-8"><title>Carrières – {esc(TITLE)} – Chinguitel</title>
<style>
body{{font-family:Tahoma,Arial,sans-serif;margin:0;background:#fafafa}}
header{{background:#e30613;color:#fff;padding:10px 30px}} header a{{color:#fff;margin-left:14px}}
.wrap{{max-width:860px;margin:20px auto;background:#fff;padding:20px 30px}}
table.facts{{border-collapse:collapse;width:100%}} table.facts th,table.facts td{{border-bottom:1px solid #ddd;padding:6px;text-align:left}}
table.facts th span{{display:block;font-weight:normal;color:#999;font-size:12px}}
h2 span{{color:#999;font-weight:normal;margin-left:10px}}
</style></head><body>
<header><b>CHINGUITEL</b> <a href="#">Offres</a><a href="#">Recharge</a><a href="#">Internet</a><a href="#">Entreprises</a><a href="#">Carrières</a><a href="#">العربية</a></header>
<div class="wrap">
<p><small>Accueil / Carrières / Offres d'emploi</small></p>
<h1>Rejoignez nos équipes Wholesale</h1>
<p>Bonus recharge du week-end : 20 % offerts dès 100 MRU rechargés (offre commerciale, sans rapport avec ce poste).</p>
<table class="facts">
{"".join(f'<tr><th>{fr} <span lang="ar" dir="rtl">{ar}</span></th><td>{esc(v)}</td></tr>' + chr(10) for fr, ar, v in rows)}</table>
<h2>Missions <span lang="ar" dir="rtl">المهام</span></h2>
<p>Rattaché(e) au directeur Wholesale, vous garantissez à nos abonnés un service continu lorsqu'ils voyagent et
vous veillez à la rentabilité du trafic échangé avec les opérateurs étrangers. À ce titre, vous devez :</p>
{ul(MISSIONS)}
<h2>Profil <span lang="ar" dir="rtl">المؤهلات</span></h2>
{ul([esc(x) for x in ESS])}
<h3>Un plus</h3>
{ul([esc(x) for x in DES])}
<h2>Savoir-être <span lang="ar" dir="rtl">الصفات</span></h2>
{"".join(f"<p><b>{n} :</b> {esc(d)}</p>" + chr(10) for n, d in COMP)}
<h2>Candidature <span lang="ar" dir="rtl">الترشح</span></h2>
<p>CV, lettre de motivation et copies des diplômes à envoyer à carrieres@chinguitel.example en précisant la référence
{REF}. Les entretiens auront lieu à partir du 27 mai 2041. Chinguitel ne demande jamais de frais pour un recrutement.</p>
</div>
<footer style="text-align:center;font-size:12px;color:#777">© Chinguitel 2041 – page fictive réalisée pour un jeu de test</footer>
</body></html>
"""
write("cht-drh-2041-09-chinguitel.html", html, k)

board = f"""EMPLOI MAURITANIE | Offres | Appels d'offres | Concours | Déposer un CV | Connexion

Accueil > Offres d'emploi > Télécommunications

{TITLE.upper()}
{ORG}NouakchottPublié le 26/04/2041Date limite 14/05/2041Vues : 1 287

Secteur : Télécommunications | Contrat : CDI | Expérience : 5 ans et plus | Niveau : Bac+5

Référence : {REF}
Intitulé du poste : {TITLE}
Entreprise : {ORG}
Lieu : {LOC}
Horaires : {SCHED}
Salaire : 95 000 - 120 000 MRU brut/mois
Date limite de candidature : 14/05/2041

DESCRIPTION DU POSTE
Rattaché(e) au directeur Wholesale, vous garantissez la continuité du service aux abonnés en voyage et la
rentabilité du trafic échangé avec les opérateurs étrangers : {" ; ".join(MISSIONS)}.

PROFIL RECHERCHÉ
{chr(10).join("- " + x for x in ESS)}

UN PLUS
{chr(10).join("- " + x for x in DES)}

SAVOIR-ÊTRE
{chr(10).join("- " + n + " : " + d for n, d in COMP)}

COMMENT POSTULER
Envoyez CV, lettre et diplômes à carrieres@chinguitel.example (référence en objet).

Signaler cette offre | Imprimer | Partager

OFFRES SIMILAIRES
Technicien(ne) transmission – Nouadhibou – Date limite 09/05/2041
Chargé(e) de clientèle entreprises – Nouakchott – Date limite 20/05/2041 – 45 000 MRU

© Emploi Mauritanie 2041 (site fictif)
"""
write("cht-drh-2041-09-emploimr.txt", board, k)
