from common import *

KEY = "airb-drh-2043-009"
REF = "AIRB/DRH/2043/009"
T = "Technicien(ne) de maintenance avionique B2"
O = "Air Burkina SA"
L = "Aéroport international de Ouagadougou (Burkina Faso)"
S = "Temps plein, travail posté en 3x8"
ESS = ["Être titulaire d'une licence de maintenance d'aéronefs catégorie B2 (Part-66 ou équivalent national) en cours de validité",
       "Justifier d'une qualification de type sur Embraer E-Jets ou s'engager à l'obtenir dans les douze mois",
       "Avoir au moins cinq ans d'expérience en maintenance en ligne ou en base",
       "Lire et comprendre la documentation technique rédigée en anglais"]
DES = ["Une expérience des systèmes de gestion de la maintenance assistée par ordinateur",
       "Une habilitation aux essais moteurs"]
COMP = [("Sens de la sécurité", "applique sans exception les procédures et signale tout écart"),
        ("Réactivité", "garde son sang-froid lors des immobilisations imprévues d'avion"),
        ("Travail en équipe", "transmet les consignes de façon claire à la relève")]
MIS = ["Effectuer les visites prévol, de transit et journalières sur la flotte",
       "Diagnostiquer et réparer les pannes des systèmes avioniques, électriques et de navigation",
       "Renseigner les comptes rendus matériels et les dossiers de travaux",
       "Prononcer l'approbation pour remise en service dans la limite de ses privilèges"]


def build():
    expected(KEY, reference=REF, languages=["fr"], title={"fr": T}, organisation={"fr": O}, location={"fr": L},
             schedule={"fr": S}, deadline="2043-04-13", salary=sal(amount=687500, cur="XOF", period="month"),
             requirements={"fr": {"essential": ESS, "desirable": DES}}, competencies={"fr": COMP})
    comp = "\n".join("<dt>%s</dt><dd>%s</dd>" % c for c in COMP)
    html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Carrières | Air Burkina</title>
<style>body{{font-family:Helvetica,Arial;margin:0}} header{{background:#0b5c33;color:#fff;padding:8px}} .wrap{{max-width:960px;margin:auto;display:flex;gap:24px}} main{{flex:3}} aside{{flex:1;background:#f5f5f5;padding:8px}} table td{{padding:3px 8px;border-bottom:1px solid #ddd}}</style></head>
<body>
<header><b>AIR BURKINA</b> — La compagnie de l'aigle
<nav>Réserver | Mes réservations | Enregistrement | Destinations | Fidélité | Carrières | Contact</nav></header>
<p class="flash">Info voyageurs : vols Ouagadougou–Abidjan renforcés du 10 au 19 avril 2043.</p>
<div class="wrap">
<main>
<p class="crumbs">Accueil / La compagnie / Carrières / Offres en cours</p>
<p><small>Publié le 16/03/2043 · Direction des Ressources Humaines</small></p>
<h1>AVIS DE RECRUTEMENT</h1>
<h2>{T}</h2>
<table>
<tr><td>Référence</td><td>{REF}</td></tr>
<tr><td>Société</td><td>{O}</td></tr>
<tr><td>Direction</td><td>Direction technique – Maintenance en ligne</td></tr>
<tr><td>Lieu de travail</td><td>{L}</td></tr>
<tr><td>Type de contrat</td><td>CDI</td></tr>
<tr><td>Organisation du travail</td><td>{S}</td></tr>
<tr><td>Salaire de base</td><td>687 500 F CFA brut par mois, primes de quart et indemnité de transport en sus</td></tr>
<tr><td>Date limite de candidature</td><td>Lundi 13 avril 2043 à 12 h 00 (heure de Ouagadougou)</td></tr>
</table>
<p>Dans le cadre du renouvellement de sa flotte, {O} recrute pour sa Direction technique un technicien ou une technicienne de maintenance avionique.</p>
<h3>Missions principales</h3>
<ul>
{li(MIS)}
</ul>
<h3>Profil exigé</h3>
<ul>
{li(ESS)}
</ul>
<h3>Constituent des atouts</h3>
<ul>
{li(DES)}
</ul>
<h3>Savoir-être</h3>
<dl>
{comp}
</dl>
<h3>Dossier de candidature</h3>
<p>Le dossier (lettre de motivation, CV, copie de la licence, certificats de travail) est à envoyer à recrutement@airburkina.example. Un test technique écrit aura lieu le 22 avril 2043. Air Burkina ne demande aucun frais aux candidats.</p>
</main>
<aside><h4>Autres offres</h4><ul><li>Agent(e) d'escale commerciale – Bobo-Dioulasso (clôture 30/03/2043)</li><li>Contrôleur(se) de gestion (clôture 24/04/2043)</li></ul>
<h4>Newsletter</h4><p>Recevez nos promotions.</p></aside>
</div>
<footer>© 2043 Air Burkina · 29, avenue de la Nation, Ouagadougou · Mentions légales · Nous utilisons des cookies. <button>Accepter</button></footer>
</body></html>
"""
    write(KEY + "-airburkina.html", html, KEY)

    txt = f"""Aller au contenu
FasoInfos.bf
L'actualité du Burkina en continu
Accueil  Politique  Économie  Société  Sport  Culture  Annonces  Emplois

EN CE MOMENT : Coupures d'électricité programmées à Ouaga 2000 le 28 mars 2043

Accueil » Annonces » Emplois

Air Burkina recrute un technicien de maintenance avionique
Publié le mardi 17 mars 2043 à 10h12min · Par la Rédaction · Lu 2 416 fois

La compagnie aérienne nationale lance un appel à candidatures pour renforcer sa maintenance en ligne à Ouagadougou. Voici l'avis intégral transmis à notre rédaction.

AVIS DE RECRUTEMENT
{T}

Référence : {REF}
Société : {O}
Direction : Direction technique – Maintenance en ligne
Lieu de travail : {L}
Type de contrat : CDI
Organisation du travail : {S}
Salaire de base : 687 500 F CFA brut par mois, primes de quart et indemnité de transport en sus
Date limite de candidature : Lundi 13 avril 2043 à 12 h 00 (heure de Ouagadougou)

MISSIONS PRINCIPALES
{bullets(MIS, '* ')}

PROFIL EXIGÉ
{bullets(ESS, '* ')}

CONSTITUENT DES ATOUTS
{bullets(DES, '* ')}

SAVOIR-ÊTRE
{chr(10).join('%s – %s' % c for c in COMP)}

DOSSIER DE CANDIDATURE
Le dossier (lettre de motivation, CV, copie de la licence, certificats de travail) est à envoyer à recrutement@airburkina.example. Un test technique écrit aura lieu le 22 avril 2043. Air Burkina ne demande aucun frais aux candidats.

La Direction des Ressources Humaines

Partager : Facebook  WhatsApp  X  Imprimer

À LIRE AUSSI
» Concours directs de la fonction publique : les résultats attendus le 6 avril 2043
» La SONABHY recrute des opérateurs de dépôt (date limite 31 mars 2043)

3 commentaires
Issouf K. — 17 mars 2043 à 11:05
Enfin la compagnie recrute des nationaux. Bonne chance aux frères.
Aminata S. — 17 mars 2043 à 13:40
Pour les jeunes diplômés sans licence B2 il n'y a rien ?
Wend-Kuuni — 18 mars 2043 à 08:12
Attention aux faux recruteurs qui demandent de l'argent !
"""
    write(KEY + "-fasoinfos.txt", txt, KEY)
