from common import *

KEY = "mtl-rh-2037-027"
REF = "MTL-RH-2037-027"
TITLE = "Ingénieur(e) sécurité des réseaux IP"
ORG = "Mauritel SA"
LOC = "Nouakchott, Mauritanie"
SCHED = "Temps plein, du lundi au vendredi, avec astreintes par roulement"
ESS = [
    "Diplôme d'ingénieur en télécommunications, réseaux ou informatique (Bac+5)",
    "Au moins quatre ans d'expérience en sécurité des réseaux chez un opérateur ou un intégrateur",
    "Maîtrise des pare-feu de nouvelle génération, des VPN IPsec et du routage BGP/MPLS",
    "Connaissance des référentiels ISO 27001 et NIST",
    "Bonne maîtrise du français ; l'arabe est exigé",
]
DES = [
    "Certification CISSP, CCNP Security ou équivalente",
    "Expérience d'un SOC ou d'un outil SIEM",
]
COMP = [
    ("Vigilance", "repère les signaux faibles avant qu'ils ne deviennent des incidents"),
    ("Pédagogie", "sensibilise les équipes métiers aux bonnes pratiques"),
    ("Sang-froid", "garde la maîtrise en situation de crise"),
]
MISSIONS = [
    "Administrer les équipements de sécurité du cœur de réseau IP et des plateformes de services",
    "Analyser les alertes et piloter la réponse aux incidents de sécurité",
    "Conduire les audits de configuration et les tests d'intrusion internes",
    "Rédiger les politiques de filtrage et en suivre l'application",
    "Assurer la veille sur les vulnérabilités et coordonner les correctifs",
]


def html():
    mis = "\n".join(f"<li>{m}</li>" for m in MISSIONS)
    ess = "\n".join(f"<li>{m}</li>" for m in ESS)
    des = "\n".join(f"<li>{m}</li>" for m in DES)
    comps = "\n".join(f"<li><strong>{n}</strong> : {d}</li>" for n, d in COMP)
    return f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Carrières – {TITLE} – Mauritel</title>
<style>body{{font-family:Arial;margin:0}} .top{{background:#004a8f;color:#fff;padding:6px 20px}} .wrap{{display:grid;grid-template-columns:2fr 1fr;gap:24px;max-width:1000px;margin:auto}}
dl{{background:#f3f6fa;padding:12px}} dt{{font-weight:bold;color:#004a8f;margin-top:8px}} dd{{margin:0}}</style></head>
<body>
<div class="top">Particuliers | Entreprises | Roaming | À propos | Carrières | عربي</div>
<nav><a href="#">Accueil</a> › <a href="#">Carrières</a> › <a href="#">Offres en cours</a> › {REF}</nav>
<h1>Mauritel recrute : {TITLE} (H/F)</h1>
<div class="wrap">
<article>
<p>Opérateur historique des télécommunications en Mauritanie, Mauritel poursuit la modernisation de son réseau
mobile et fixe. Pour renforcer sa Direction Technique, département Sécurité des systèmes d'information,
l'entreprise recherche un(e) ingénieur(e) expérimenté(e).</p>
<h2>Missions principales</h2>
<ol>
{mis}
</ol>
<h2>Profil recherché</h2>
<ul>
{ess}
</ul>
<h2>Atouts</h2>
<ul>
{des}
</ul>
<h2>Compétences comportementales</h2>
<ul>
{comps}
</ul>
<h2>Dossier de candidature</h2>
<p>CV et lettre de motivation à déposer sur le portail carrières ou à envoyer à recrutement@mauritel.example
en indiquant la référence {REF} dans l'objet. Les entretiens techniques débuteront le 16 novembre 2037.</p>
</article>
<aside>
<h2>Fiche de poste</h2>
<dl>
<dt>Référence</dt><dd>{REF}</dd>
<dt>Poste</dt><dd>{TITLE}</dd>
<dt>Société</dt><dd>{ORG}</dd>
<dt>Direction</dt><dd>Direction Technique – Sécurité SI</dd>
<dt>Lieu de travail</dt><dd>{LOC}</dd>
<dt>Contrat</dt><dd>CDI, période d'essai de six mois</dd>
<dt>Horaires</dt><dd>{SCHED}</dd>
<dt>Salaire</dt><dd>48 000 à 62 000 MRU (ouguiyas) net par mois selon expérience</dd>
<dt>Date limite</dt><dd>Mardi 3 novembre 2037</dd>
</dl>
<h3>Autres offres</h3>
<p>Technicien(ne) énergie sites radio – Nouadhibou – jusqu'au 10/11/2037<br>
Chargé(e) de clientèle entreprises – Nouakchott – jusqu'au 31/10/2037</p>
</aside>
</div>
<footer>© Mauritel 2037 · Conditions d'utilisation · Contact</footer>
</body></html>
"""


def linkedin():
    mis = "\n".join(f"🔸 {m}" for m in MISSIONS)
    ess = "\n".join(f"✔️ {m}" for m in ESS)
    des = "\n".join(f"➕ {m}" for m in DES)
    comps = "\n".join(f"• {n} : {d}" for n, d in COMP)
    return f"""
LinkedIn
Accueil  Réseau  Emplois  Messagerie  Notifications

Mariem Sidi Ahmed (profil fictif) • 2e
Responsable acquisition des talents chez Mauritel
1 sem. • Modifié • 🌐

🚀 Mauritel recrute ! Rejoignez notre équipe cybersécurité à Nouakchott.

📌 Poste : {TITLE}
🏢 Entreprise : {ORG}
📍 Lieu : {LOC}
🕗 Horaires : {SCHED}
💰 Salaire : 48 000 à 62 000 MRU net par mois selon expérience
🔖 Réf. : {REF}
⏳ Date limite : 03/11/2037

Vos missions :
{mis}

Votre profil :
{ess}

Les plus :
{des}

Savoir-être :
{comps}

📩 Candidatures : recrutement@mauritel.example (objet : {REF})
Merci de partager dans vos réseaux 🙏

#Mauritel #Recrutement #Cybersécurité #Mauritanie #Nouakchott #Emploi
…voir moins

👍❤️ 214 · 37 commentaires · 19 republications

Commentaire – Sidi M. : Intéressé, candidature envoyée !
Commentaire – Khadijetou E. : Le poste est-il ouvert aux profils juniors ?
   Réponse – Mariem Sidi Ahmed : Bonjour, quatre ans d'expérience minimum sont demandés.
"""


if __name__ == "__main__":
    w(KEY + "-mauritel.html", html())
    w(KEY + "-linkedin.txt", linkedin())
    expected(KEY, REF, ["fr"], {"fr": TITLE}, {"fr": ORG}, {"fr": LOC}, {"fr": SCHED}, "2037-11-03",
             sal(mn=48000, mx=62000, cur="MRU", period="month"), None, {"fr": (ESS, DES)}, {"fr": comp(COMP)})
