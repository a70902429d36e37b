from common import *
KEY = "clx-rh-2041-05"
REF = "CLX-RH-2041-05"
T = "Employé communal (m/f) – gestionnaire administratif du service technique"
O = "Administration communale de Clervaux"
LOC = "Clervaux"
SCH = "100 % (40 heures par semaine)"
ESS = ["être détenteur d'un diplôme de fin d'études secondaires classiques ou générales luxembourgeois ou d'un diplôme reconnu équivalent",
       "avoir une bonne maîtrise des trois langues administratives du pays (luxembourgeois, français et allemand)",
       "maîtriser les outils bureautiques courants (traitement de texte, tableur, messagerie)"]
DES = ["une expérience dans la gestion des marchés publics", "la connaissance d'un logiciel de gestion communale"]
COMP = ["Discrétion", "Sens des responsabilités", "Esprit d'équipe", "Capacité d'organisation"]
MISS = ["assurer le secrétariat du service technique et le suivi du courrier ;",
        "préparer les dossiers d'autorisation de bâtir et de morcellement pour le collège des bourgmestre et échevins ;",
        "suivre les bons de commande, les factures et les décomptes des chantiers communaux ;",
        "renseigner les citoyens et les entreprises au guichet et au téléphone."]
expected(KEY, {"reference": REF, "post_number": None, "languages": ["fr"], "title": both(None, T),
 "organisation": both(None, O), "location": both(None, LOC), "schedule": both(None, SCH), "deadline": "2041-04-22",
 "salary": None, "grade": "B1", "clearance": None,
 "requirements": {"en": None, "fr": {"essential": ESS, "desirable": DES}},
 "competencies": {"en": None, "fr": [C(n) for n in COMP]}})
INFO = [("Référence", REF), ("Employeur", O), ("Service", "Service technique"), ("Lieu de travail", LOC),
        ("Statut", "Employé communal, contrat à durée indéterminée"), ("Groupe d'indemnité", "B1"),
        ("Sous-groupe", "administratif"), ("Tâche", SCH), ("Entrée en service", "01.07.2041"),
        ("Délai de candidature", "22.04.2041")]
html = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Poste vacant – Gemeng Klierf</title>
<style>body{{font-family:"Open Sans",Arial,sans-serif}} .k{{display:inline-block;width:14em;color:#666}} .lang a{{margin:0 .3em}}</style></head><body>
<div class="lang"><a href="#">LB</a>|<a href="#">DE</a>|<a href="#"><b>FR</b></a>|<a href="#">EN</a></div>
<header><strong>Gemeng Klierf · Commune de Clervaux</strong>
<nav><a href="#">Commune</a> <a href="#">Citoyens</a> <a href="#">Économie</a> <a href="#">Loisirs</a> <a href="#">Actualités</a></nav></header>
<p><a href="#">Accueil</a> › <a href="#">Actualités</a> › <a href="#">Postes vacants</a> › 26.03.2041</p>
<main>
<h1>{T}</h1>
<p>Le collège des bourgmestre et échevins de la commune de Clervaux se propose d'engager, pour les besoins de son service technique, un</p>
<p><b>{T}</b></p>
<p class="info">{'<br>'.join('<span class="k">%s</span><span class="v">%s</span>' % f for f in INFO)}</p>
<h2>Vos missions</h2>
{ul(MISS)}
<h2>Conditions d'admission</h2>
<p>Les candidats doivent être ressortissants d'un État membre de l'Union européenne, jouir des droits civils et politiques et présenter les garanties de moralité requises. Le poste est classé selon la convention collective des salariés des communes du Nord.</p>
<h2>Votre profil</h2>
{ul(ESS)}
<h2>Atouts</h2>
{ul(DES)}
<h2>Compétences</h2>
{ul(COMP)}
<h2>Candidature</h2>
<p>Les demandes, accompagnées d'une notice biographique, d'une copie des diplômes, d'un extrait récent du casier judiciaire et d'une photo d'identité, sont à adresser au collège des bourgmestre et échevins pour le 22.04.2041 au plus tard. Les entretiens auront lieu la semaine du 4 mai 2041. Les candidatures incomplètes ou tardives ne seront pas prises en considération.</p>
</main>
<aside><h3>Autres postes vacants</h3><ul><li>Ouvrier communal (m/f) – service des régies – délai : 15.04.2041</li><li>Agent de la maison relais (m/f) – délai : 06.05.2041</li></ul></aside>
<footer>Administration communale de Clervaux · Grand-Rue · L-9710 Clervaux · Tél. · Protection des données</footer>
</body></html>
"""
write(KEY + "-clervaux.html", html, KEY, "html")
md = f"""[Jobs](#) / [Secteur public](#) / [Nord](#)

## {T}

**{O}** · {LOC} · publié le 27.03.2041

| | |
|---|---|
{chr(10).join('| %s | %s |' % f for f in INFO if f[0] not in ('Sous-groupe',))}

### Missions

{chr(10).join('* ' + m for m in MISS)}

### Profil

{chr(10).join('%d. %s' % (i + 1, m) for i, m in enumerate(ESS))}

**Atouts :** {' ; '.join(DES)}

**Compétences :** {' – '.join(COMP)}

Sous-groupe d'indemnité : administratif. Entretiens la semaine du 4 mai 2041.

[Postuler auprès de l'employeur](#)

---
*Offres similaires : Rédacteur (m/f) – Commune de Wincrange – 18.04.2041 · Technicien (m/f) – Syndicat intercommunal du Nord – 29.04.2041*
"""
write(KEY + "-jobslu.md", md, KEY, "md")
