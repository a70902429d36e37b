from common import *
N = dict(
    ref="PASP/DG/DRH/2037-031", langs=["fr"],
    title={"fr": "Chef du service maintenance des portiques et grues"},
    org={"fr": "Port Autonome de San-Pedro (PASP)"},
    loc={"fr": "San-Pedro, zone portuaire, Côte d'Ivoire"},
    sched={"fr": "Temps plein, avec astreintes de nuit et de week-end par roulement"},
    deadline="2037-04-10", salary=None, grade="Cadre supérieur, catégorie C2",
    ess={"fr": [
        "Diplôme d'ingénieur en électromécanique, en maintenance industrielle ou équivalent (BAC+5)",
        "Huit (8) ans d'expérience minimum en maintenance d'équipements de levage, dont trois (3) en tant que responsable d'équipe",
        "Maîtrise des automatismes et des variateurs de vitesse",
        "Connaissance des normes de sécurité relatives aux appareils de levage",
    ]},
    des={"fr": ["Expérience dans un terminal à conteneurs", "Habilitation électrique haute tension", "Anglais technique"]},
    comp={"fr": [("Leadership", "mobilise les techniciens autour des objectifs de disponibilité"),
                 ("Rigueur", "fait respecter les plans de maintenance préventive"),
                 ("Réactivité", "organise le dépannage des engins sans retarder les navires")]},
)
MIS = ["Élaborer et piloter le plan de maintenance des portiques, grues mobiles et chariots cavaliers",
       "Encadrer une équipe de vingt-deux techniciens mécaniciens et électriciens",
       "Gérer le budget et le stock de pièces de rechange du service",
       "Suivre les contrats des prestataires et les contrôles réglementaires",
       "Proposer les investissements de renouvellement des équipements"]
key = expected(N)
T, O, L, S, G = N["title"]["fr"], N["org"]["fr"], N["loc"]["fr"], N["sched"]["fr"], N["grade"]
# 1. Port's own page
page = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Offre d'emploi – PASP</title></head><body>
<div class="top">Espace clients · Guichet unique · Avis aux usagers · <a href="#">EN</a></div>
<header><h2>PORT AUTONOME DE SAN-PEDRO</h2><nav>Accueil | Le Port | Trafic | Investir | Actualités | Carrières</nav></header>
<main><p>Vous êtes ici : Accueil &gt; Carrières &gt; Appels à candidatures</p>
<h1>APPEL À CANDIDATURES N° {e(N['ref'])}</h1>
<p>Mis en ligne le 19/03/2037</p>
<table border="1" cellpadding="4">
<tr><td>Poste à pourvoir</td><td>{e(T)}</td></tr>
<tr><td>Employeur</td><td>{e(O)}</td></tr>
<tr><td>Direction</td><td>Direction Technique et de la Maintenance</td></tr>
<tr><td>Lieu de travail</td><td>{e(L)}</td></tr>
<tr><td>Catégorie</td><td>{e(G)}</td></tr>
<tr><td>Temps de travail</td><td>{e(S)}</td></tr>
<tr><td>Rémunération</td><td>Selon la grille salariale du PASP et la convention collective</td></tr>
<tr><td>Date limite</td><td>10 avril 2037 à 12 h 00</td></tr>
</table>
<h3>Missions principales</h3><ul>{''.join(f'<li>{e(m)}</li>' for m in MIS)}</ul>
<h3>Profil recherché</h3><ul>{''.join(f'<li>{e(x)}</li>' for x in N['ess']['fr'])}</ul>
<h3>Atouts supplémentaires</h3><ul>{''.join(f'<li>{e(x)}</li>' for x in N['des']['fr'])}</ul>
<h3>Aptitudes comportementales</h3><ul>{''.join(f'<li><em>{e(n)}</em> : {e(d)}</li>' for n, d in N['comp']['fr'])}</ul>
<h3>Dossier de candidature</h3>
<p>Lettre de motivation adressée au Directeur Général, CV détaillé, copies des diplômes et certificats de travail,
à envoyer à recrutement@pasp-ci.example avant la date limite. Les candidats présélectionnés seront
conviés à des tests techniques le 27 avril 2037 à San-Pedro.</p>
<aside><h4>Actualités</h4><p>14/03/2037 – Escale record d'un navire minéralier</p><p>02/03/2037 – Avis de dragage du chenal</p></aside>
</main><footer>PASP – BP fictive 339 San-Pedro · Tous droits réservés · Cookies</footer></body></html>"""
write(f"{key}-pasp.html", page, N["ref"], "html")
# 2. Educarriere-style copy (glued board header and facts)
b = ["ACCUEILOFFRES D'EMPLOIAPPELS D'OFFRESCONCOURSFORMATIONSCV-THÈQUECONNEXION", "",
     "Accueil / Offres d'emploi / Ingénierie - Maintenance", "",
     "CHEF DU SERVICE MAINTENANCE DES PORTIQUES ET GRUES", "PORT AUTONOME DE SAN-PEDRO", "",
     "Code : 62 418Date d'édition : 20/03/2037Date limite : 10/04/2037Type d'offre : Offre d'emploiNiveau(x) : BAC+5Expérience : 8 ansLieu : San-Pedro",
     "Vues : 1 906", "",
     f"Référence : {N['ref']}Poste à pourvoir : {T}Employeur : {O}Direction : Direction Technique et de la MaintenanceLieu de travail : {L}Catégorie : {G}Temps de travail : {S}",
     "", "MISSIONS PRINCIPALES", " - ".join(MIS), "", "PROFIL RECHERCHÉ"] + N["ess"]["fr"]
b += ["", "ATOUTS SUPPLÉMENTAIRES : " + " ; ".join(N["des"]["fr"]), "", "APTITUDES COMPORTEMENTALES"]
b += [f"{n} : {d}" for n, d in N["comp"]["fr"]]
b += ["", "DOSSIER DE CANDIDATURE",
      "Lettre de motivation, CV, diplômes et certificats de travail à recrutement@pasp-ci.example au plus tard le 10 avril 2037. Tests techniques le 27 avril 2037.",
      "", "Partager : Facebook | WhatsApp | LinkedIn", "", "DERNIÈRES OFFRES",
      "Technicien froid industriel - Abidjan - Date limite : 31/03/2037",
      "Assistante de direction bilingue - Yamoussoukro - Date limite : 15/04/2037", "",
      "Educarriere utilise des cookies pour améliorer votre expérience. OK", ""]
write(f"{key}-educarriere.txt", "\n".join(b), N["ref"], "txt")
