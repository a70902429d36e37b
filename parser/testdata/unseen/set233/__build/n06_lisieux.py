from common import *
REF = "CHL-DRH-2037-019"; KEY = REF.lower()
T = "Technicien biomédical (H/F)"
O = "Centre hospitalier de Lisieux"; LOC = "Lisieux"
GR = "Technicien supérieur hospitalier de 2e classe"
SCH = "100 % – 37 h 30 par semaine en journée, astreintes téléphoniques une semaine sur cinq"
PAY = "de 2 046 € à 3 127 € bruts mensuels selon l'échelon, hors prime d'astreinte"
ESS = ["BTS ou DUT en génie biologique option génie biomédical, ou licence professionnelle en maintenance des dispositifs médicaux ;",
       "Expérience d'au moins deux ans en maintenance d'équipements biomédicaux, en établissement de santé ou chez un fabricant ;",
       "Connaissance de la norme NF EN ISO 13485 et des règles de matériovigilance ;",
       "Permis B."]
DES = ["Habilitation électrique B2V-BR", "Pratique d'une GMAO (Asset+, Optim ou équivalent)"]
QUAL = ["Rigueur", "Réactivité", "Sens du service", "Esprit d'équipe"]
MIS = ["assurer la maintenance préventive et curative des dispositifs médicaux (imagerie légère, monitorage, pousse-seringues) ;",
       "gérer les contrôles qualité réglementaires et la traçabilité dans la GMAO ;",
       "participer aux essais et à la mise en service des nouveaux équipements ;",
       "former les équipes soignantes à la bonne utilisation des dispositifs."]
HTML = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{T} – Offres d'emploi – CH Lisieux</title>
<style>.band{{background:#b00;color:#fff;padding:3px}} ul.facts{{border:1px solid #9ab;padding:8px 24px}}</style></head><body>
<div class="band">Urgences : composez le 15 · Prise de rendez-vous en ligne</div>
<nav>L'hôpital | Patients et visiteurs | Nos services | Professionnels | Nous rejoindre</nav>
<p>Accueil &gt; Nous rejoindre &gt; Offres d'emploi</p>
<h1>{T}</h1>
<p><em>Direction des ressources humaines – Réf. {REF} – mise en ligne le 18/02/2037</em></p>
<ul class="facts">
<li><strong>Établissement :</strong> {O}</li>
<li><strong>Service :</strong> Service biomédical – pôle logistique et technique</li>
<li><strong>Lieu d'exercice :</strong> {LOC}</li>
<li><strong>Grade :</strong> {GR} (catégorie B)</li>
<li><strong>Type de recrutement :</strong> Titulaire ou contractuel (CDD de 12 mois en vue de stagiairisation)</li>
<li><strong>Temps de travail :</strong> {SCH}</li>
<li><strong>Rémunération :</strong> {PAY}</li>
<li><strong>Poste à pourvoir :</strong> 3 mai 2037</li>
<li><strong>Date limite de candidature :</strong> 19/03/2037</li>
</ul>
<h2>Présentation du service</h2>
<p>Le service biomédical gère un parc de 4 200 équipements répartis entre l'hôpital Robert-Bisson et les EHPAD rattachés. L'équipe compte un ingénieur et cinq techniciens.</p>
<h2>Missions</h2>{ul(MIS)}
<h2>Profil requis</h2>{ul(ESS)}
<h2>Serait un plus</h2>{ul(DES)}
<h2>Qualités attendues</h2>{ul(QUAL)}
<h2>Candidater</h2>
<p>CV et lettre de motivation à adresser à la Direction des ressources humaines avant le 19 mars 2037. Les entretiens se tiendront le 2 avril 2037.</p>
<aside><h3>Offres liées</h3><ul><li>Infirmier de bloc opératoire (H/F) – date limite 05/03/2037</li><li>Agent de maintenance électrique (H/F) – date limite 26/03/2037</li></ul></aside>
<footer>Centre hospitalier de Lisieux · Mentions légales · Plan d'accès</footer>
</body></html>"""
HW = f"""HelloWork
Offres d'emploi   Entreprises   Salaires   Conseils   Se connecter

Quoi ? Métier, entreprise...\tOù ? Ville, département...\tRechercher

< Retour aux offres

{T}
{O}
{LOC} - 14CDD / FonctionnaireTemps completBac +2Salaire : 2 046 - 3 127 € / mois
Publiée le 18/02/2037 - Réf : {REF}

Postuler

Détail du poste
Le service biomédical gère un parc de 4 200 équipements. Missions : {' '.join(MIS)}
Grade : {GR}
Temps de travail : {SCH}
Rémunération : {PAY}
Date limite de candidature : 19/03/2037

Le profil recherché
{chr(10).join(ESS)}
Serait un plus :
{chr(10).join(DES)}
Qualités attendues : {', '.join(QUAL)}

Pourquoi nous rejoindre ?
Crèche hospitalière, restauration du personnel, CGOS.

Les offres similaires
Technicien de maintenance H/F - Caen - 2 100 - 2 400 € / mois
Électricien de bâtiment H/F - Bayeux - Publiée le 20/02/2037

HelloWork · Mentions légales · Cookies
"""
def build():
    write(f"{KEY}-chlisieux.html", HTML, KEY)
    write(f"{KEY}-hellowork.txt", HW, KEY)
    expected(KEY, REF, ["fr"], {"fr": T}, {"fr": O}, {"fr": LOC}, {"fr": SCH}, "2037-03-19", sal(2046, 3127, per="month"), GR, None,
             {"fr": (ESS, DES)}, {"fr": [(q, "") for q in QUAL]})
