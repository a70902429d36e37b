from common import *
REF = "APMF/DG/DRH/2036-27"; K = key_of(REF)
TITLE = "Inspecteur de la sécurité des navires"
ORG = "Agence Portuaire Maritime et Fluviale (APMF)"
LOC = "Toamasina, Madagascar"
SCHED = "Temps plein, avec astreintes portuaires les nuits et week-ends"
GRADE = "Cadre A2"
SALT = "4 200 000 Ariary (MGA) brut par mois, hors indemnité d'astreinte"
ESS = ["Diplôme d'officier de la marine marchande (capitaine ou chef mécanicien) ou d'ingénieur en architecture navale",
       "Cinq ans d'expérience à bord ou en inspection de navires",
       "Connaissance des conventions SOLAS, MARPOL et STCW et du Mémorandum d'entente de l'océan Indien",
       "Maîtrise du français et de l'anglais technique maritime"]
DES = ["Expérience d'inspecteur au titre du contrôle par l'État du port",
       "Pratique du malagasy"]
COMP = [("Intégrité", "refuse toute forme de pression lors des inspections"),
        ("Fermeté", "fait appliquer les mesures de retenue des navires non conformes"),
        ("Sens du dialogue", "explique les non-conformités aux capitaines et aux armateurs")]
MISS = ["Inspecter les navires étrangers en escale au titre du contrôle par l'État du port",
        "Conduire les visites de sécurité des navires battant pavillon malgache",
        "Instruire les dossiers de délivrance des certificats de navigabilité",
        "Participer aux enquêtes après accident de mer"]

html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Offre d'emploi – {TITLE} | APMF</title>
<style>body{{font-family:Liberation Sans,Arial,sans-serif;margin:0;font-size:14px}} header{{background:#053a6b;color:#fff;padding:10px 20px}}
.wrap{{display:flex;gap:20px;padding:0 20px}} main{{flex:3}} aside{{flex:1.3;background:#eef3f8;padding:10px;font-size:13px}}
aside dt{{font-weight:bold;margin-top:6px}} aside dd{{margin:0}}</style></head><body>
<header><b>APMF</b> – Agence Portuaire Maritime et Fluviale · Malagasy | Français<br>
<small>Accueil · L'Agence · Sécurité maritime · Ports · Gens de mer · Actualités · Recrutement</small></header>
<div class="wrap">
<main>
<p>Accueil › Recrutement › {REF}</p>
<h1>Avis de recrutement – {TITLE} (H/F)</h1>
<p><em>Publié le 1er septembre 2036 par la Direction des Ressources Humaines</em></p>
<p>Autorité maritime nationale, l'Agence renforce son corps d'inspecteurs pour la circonscription maritime de l'Est.</p>
<h2>Missions</h2><ul>{li(MISS)}</ul>
<h2>Profil</h2><ul>{li(ESS)}</ul>
<h2>Atouts</h2><ul>{li(DES)}</ul>
<h2>Qualités</h2><ul>{li("<strong>%s</strong> : %s" % c for c in COMP)}</ul>
<h2>Candidature</h2>
<p>Dossier (lettre de motivation, CV, copies des brevets et diplômes, certificat de résidence) à déposer au siège de l'Agence à Antananarivo ou à envoyer à recrutement@apmf.example au plus tard le 29/09/2036. Les candidats retenus seront convoqués à un entretien à Toamasina à partir du 13/10/2036.</p>
</main>
<aside>
<h3>Fiche du poste</h3>
<dl>
<dt>Référence</dt><dd>{REF}</dd>
<dt>Intitulé</dt><dd>{TITLE}</dd>
<dt>Employeur</dt><dd>{ORG}</dd>
<dt>Direction</dt><dd>Direction de la Sécurité maritime</dd>
<dt>Lieu d'affectation</dt><dd>{LOC}</dd>
<dt>Catégorie</dt><dd>{GRADE}</dd>
<dt>Temps de travail</dt><dd>{SCHED}</dd>
<dt>Salaire</dt><dd>{SALT}</dd>
<dt>Date limite</dt><dd>29/09/2036</dd>
</dl>
<h3>Autres avis</h3>
<p>Agent de la capitainerie – Mahajanga – date limite 15/09/2036</p>
</aside></div>
<footer style="font-size:11px;color:#666;padding:10px 20px">© 2036 APMF – page de démonstration, coordonnées fictives.</footer>
</body></html>
"""
write(K + "-apmf.html", html, K)

li_txt = f"""LinkedIn
Accueil   Réseau   Emplois   Messagerie   Notifications

Rova R. (profil fictif) • 2e
Responsable recrutement | Secteur maritime et portuaire
3 j • Modifié • 🌐

🚢 L'APMF RECRUTE ! Partagez autour de vous 👇

Réf. {REF}
📌 Poste : {TITLE}
🏢 Employeur : {ORG}
📍 Lieu d'affectation : {LOC}
🎖️ Catégorie : {GRADE}
🕒 Temps de travail : {SCHED}
💰 Salaire : {SALT}
⏳ Date limite : 29/09/2036

Vos missions
{bullets(MISS, "→ ")}

Profil
{bullets(ESS, "✅ ")}

Atouts
{bullets(DES, "➕ ")}

Qualités
{bullets(("%s : %s" % c for c in COMP), "🔹 ")}

📩 recrutement@apmf.example – entretiens à Toamasina à partir du 13/10/2036.
#recrutement #Madagascar #maritime #emploi #Toamasina
…voir moins

👍❤️ 214 · 37 commentaires · 58 republications
J'aime   Commenter   Republier   Envoyer

Fidy A. • Inspecteur maritime
Très belle opportunité, je partage à mon réseau.
Hery N. • Étudiant en ingénierie navale
Est-ce ouvert aux jeunes diplômés ? → Il faut cinq ans d'expérience selon l'avis.
"""
write(K + "-linkedin.txt", li_txt, K)

expected(REF, ["fr"], {"fr": TITLE}, {"fr": ORG}, {"fr": LOC}, {"fr": SCHED}, "2036-09-29",
         sal(amount=4200000, cur="MGA", per="month"), GRADE, {"fr": (ESS, DES)}, {"fr": COMP})
