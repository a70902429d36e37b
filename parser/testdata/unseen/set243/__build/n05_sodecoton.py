from common import *

REF = "SDCC/DRH/2037/044"
TITLE = "Chef d'atelier maintenance des usines d'égrenage (H/F)"
ORG = "Société de Développement du Coton du Cameroun"
LOC = "Garoua (Nord, Cameroun)"
SCHED = "Temps plein, travail posté pendant la campagne d'égrenage"
SAL = "Entre 655 000 et 795 000 FCFA bruts par mois selon expérience"
ESS = ["Diplôme d'ingénieur des travaux ou BTS en électromécanique, en maintenance industrielle ou équivalent",
       "Cinq (5) ans d'expérience minimum en maintenance d'équipements industriels, dont deux en encadrement d'équipe",
       "Bonne maîtrise de la maintenance préventive et d'un logiciel de GMAO",
       "Disponibilité pour des déplacements fréquents vers les usines de la zone cotonnière"]
DES = ["Connaissance des égreneuses à scies et des presses à balles",
       "Pratique de l'anglais technique"]
COMP = [("Leadership de terrain", "anime et motive des équipes de mécaniciens et d'électriciens"),
        ("Sens de la sécurité", "fait appliquer les consignes de consignation et le port des EPI"),
        ("Réactivité", "organise les dépannages pour limiter les arrêts de production")]


def build():
    k = expected(REF, ["fr"], {"fr": TITLE}, {"fr": ORG}, {"fr": LOC}, {"fr": SCHED}, "2038-01-22",
                 sal("XAF", "month", lo=655000, hi=795000), None, None,
                 {"fr": {"essential": ESS, "desirable": DES}}, {"fr": COMP})
    li = lambda xs: "\n".join(f"    <li>{x}</li>" for x in xs)
    html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{TITLE} – Carrières SODECOTON</title></head>
<body>
<header>
  <div class="top">Siège social : B.P. 302 Garoua · Tél. +237 222 27 00 00 · <a href="/en">EN</a></div>
  <nav><ul><li>Accueil</li><li>La filière</li><li>Nos usines</li><li>Développement rural</li><li>Carrières</li><li>Contact</li></ul></nav>
</header>
<div class="cookie">Nous utilisons des cookies de mesure d'audience. <a href="#">Accepter</a> <a href="#">Refuser</a></div>
<main>
<nav class="crumbs">Accueil › Carrières › Offres en cours</nav>
<article class="offre">
  <h1>{TITLE}</h1>
  <p class="pub">Publiée le 14/12/2037 · Direction des Ressources Humaines</p>
  <table class="fiche">
    <tr><th>Référence</th><td>{REF}</td></tr>
    <tr><th>Entreprise</th><td>{ORG}</td></tr>
    <tr><th>Direction</th><td>Direction Industrielle</td></tr>
    <tr><th>Lieu de travail</th><td>{LOC}</td></tr>
    <tr><th>Type de contrat</th><td>CDI</td></tr>
    <tr><th>Temps de travail</th><td>{SCHED}</td></tr>
    <tr><th>Rémunération</th><td>{SAL}, plus primes de campagne</td></tr>
    <tr><th>Date limite</th><td>22/01/2038</td></tr>
  </table>
  <h2>L'entreprise</h2>
  <p>Acteur majeur de l'agro-industrie dans la partie septentrionale du pays, la {ORG} encadre des dizaines de milliers de producteurs et transforme le coton-graine dans ses usines d'égrenage et son huilerie. Pour préparer les prochaines campagnes, la Direction Industrielle renforce ses équipes de maintenance.</p>
  <h2>Vos missions</h2>
  <p>Rattaché(e) au Chef du service maintenance, vous :</p>
  <ul>
    <li>planifiez et suivez la maintenance préventive et corrective des lignes d'égrenage ;</li>
    <li>encadrez une équipe d'une vingtaine de mécaniciens, soudeurs et électriciens ;</li>
    <li>préparez la révision des usines pendant l'intercampagne ;</li>
    <li>gérez le stock de pièces de rechange et les demandes d'achat ;</li>
    <li>rendez compte des indicateurs de disponibilité des équipements.</li>
  </ul>
  <h2>Profil recherché</h2>
  <ul>
{li(ESS)}
  </ul>
  <h2>Serait un atout</h2>
  <ul>
{li(DES)}
  </ul>
  <h2>Compétences comportementales</h2>
  <ul>
{li(f'<strong>{n}</strong> : {d}' for n, d in COMP)}
  </ul>
  <h2>Ce que nous offrons</h2>
  <p>Un contrat à durée indéterminée, une couverture médicale pour vous et votre famille, un logement de fonction selon disponibilité et des formations sur les équipements de dernière génération. Prise de poste souhaitée le 1er mars 2038.</p>
  <h2>Comment postuler ?</h2>
  <p>Envoyez CV, lettre de motivation et copies des diplômes à recrutement@sodecoton.example en indiquant la référence {REF}, au plus tard le 22/01/2038. Les candidats présélectionnés passeront un test technique à Garoua la semaine du 8 février 2038.</p>
  <p><a href="#">Postuler</a> | <a href="#">Partager</a></p>
</article>
<aside>
  <h3>Autres offres</h3>
  <ul>
    <li>Agronome chef de secteur – Touboro – clôture le 29/01/2038</li>
    <li>Comptable fournisseurs – Garoua – clôture le 05/02/2038</li>
  </ul>
</aside>
</main>
<footer>© 2037 SODECOTON · Mentions légales · Plan du site</footer>
</body></html>
"""
    write(k + "-sodecoton.html", html, k)

    board = f"""EmploiCameroun.example  |  Offres  Entreprises  Conseils  Connexion
Accueil > Offres d'emploi > Industrie > Garoua
{TITLE}
SODECOTONGaroua, CamerounCDIPubliée il y a 3 joursExpérience : 5 ans et plus
Réf. : {REF}Lieu de travail : {LOC}Temps de travail : {SCHED}Salaire : 655 000 - 795 000 FCFA / moisDate limite : 22/01/2038
Description de l'entrepriseLa {ORG} encadre les producteurs et transforme le coton-graine dans ses usines d'égrenage et son huilerie.
Description du posteRattaché(e) au Chef du service maintenance : planification de la maintenance préventive et corrective des lignes d'égrenage, encadrement d'une vingtaine de techniciens, révision des usines en intercampagne, gestion des pièces de rechange, suivi des indicateurs.
Profil recherché
{chr(10).join('· ' + x for x in ESS)}
Serait un atout
{chr(10).join('· ' + x for x in DES)}
Compétences comportementales
{chr(10).join(f'{n} : {d}' for n, d in COMP)}
Avantages : couverture médicale, logement selon disponibilité, primes de campagne.
Postuler : recrutement@sodecoton.example (réf. {REF}) – test technique la semaine du 8 février 2038.
Voir plus ▾
Mots-clés : maintenance · électromécanique · GMAO · agro-industrie
Offres similaires
Technicien de maintenance – Brasserie – Douala – expire le 31/01/2038
Responsable atelier engins – Ngaoundéré – expire le 12/02/2038
"""
    write(k + "-emploicameroun.txt", board, k)
