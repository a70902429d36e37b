from common import *
import html as H

KEY = "brl-rh-bkv-2040-022"
REF = "BRL/RH/BKV/2040-022"
T = "Superviseur(e) maintenance conditionnement"
O = "Bralima"
L = "Bukavu (Sud-Kivu, RDC)"
S = "Temps plein, travail posté en 2x8"
ESS = [
    "Diplôme de graduat ou de licence en électromécanique, en électricité industrielle ou en mécanique",
    "Minimum 5 ans d'expérience en maintenance de lignes de conditionnement (soutireuse, laveuse, étiqueteuse), dont 2 ans comme chef d'équipe",
    "Bonne maîtrise des automates programmables (Siemens S7 de préférence)",
    "Connaissance des démarches TPM et des règles de sécurité industrielle"]
DES = ["Expérience dans l'industrie brassicole ou des boissons", "Connaissance du swahili et de l'anglais"]
COMP = [("Leadership de proximité", "vous mobilisez vos techniciens sur le terrain, de jour comme de nuit"),
        ("Sens de la sécurité", "vous ne transigez jamais avec les consignes de consignation et de port des EPI"),
        ("Esprit d'analyse", "vous traitez les pannes à la racine grâce aux outils de résolution de problèmes")]


def build():
    expected(KEY, REF, ["fr"], {"fr": T}, {"fr": O}, {"fr": L}, {"fr": S}, "2040-05-14", None,
             req={"fr": {"essential": ESS, "desirable": DES}},
             comp={"fr": [{"name": n, "description": d} for n, d in COMP]})
    e = H.escape
    page = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<title>{e(T)} | Carrières Bralima</title>
<style>
body{{font-family:Helvetica,Arial,sans-serif;margin:0;color:#222}}
.bar{{background:#0b5e2e;color:#fff;padding:10px 28px}}
.bar a{{color:#fff;margin-left:16px}}
.consent{{position:fixed;bottom:0;left:0;right:0;background:#111;color:#ddd;padding:10px 28px;font-size:13px}}
.wrap{{display:flex;max-width:1040px;margin:24px auto;gap:28px}}
article{{flex:3}} aside{{flex:1;background:#f4f7f4;padding:14px;font-size:14px}}
.chips span{{display:inline-block;background:#e3efe6;border-radius:12px;padding:3px 10px;margin:2px;font-size:13px}}
table.facts td{{padding:4px 10px;border-bottom:1px solid #ddd}}
</style></head>
<body>
<div class="bar"><strong>BRALIMA</strong> · Carrières <a href="#">Nos marques</a><a href="#">Nos usines</a><a href="#">Offres</a><a href="#">Candidature spontanée</a><a href="#">Connexion candidat</a></div>
<div class="wrap">
<article>
  <p><a href="#">← Retour aux offres</a></p>
  <div class="chips"><span>Production</span><span>Usine de Bukavu</span><span>CDI</span><span>Expérimenté</span></div>
  <h1>{e(T)}</h1>
  <p>Publiée le 16 avril 2040 · ID de l'offre : {REF}</p>
  <table class="facts">
    <tr><td>Entreprise</td><td>{O} (groupe HEINEKEN)</td></tr>
    <tr><td>Site</td><td>Usine de Bukavu – ligne bouteilles verre</td></tr>
    <tr><td>Lieu</td><td>{e(L)}</td></tr>
    <tr><td>Contrat</td><td>CDI</td></tr>
    <tr><td>Horaires</td><td>{e(S)}</td></tr>
    <tr><td>Rémunération</td><td>Package compétitif selon profil</td></tr>
    <tr><td>Date de clôture</td><td>14/05/2040</td></tr>
  </table>
  <h2>Qui sommes-nous ?</h2>
  <p>Présente au Congo depuis un siècle, {O} brasse et distribue bières, boissons gazeuses et eaux dans tout le pays. L'usine de Bukavu approvisionne le Sud-Kivu, le Maniema et une partie du Nord-Kivu.</p>
  <h2>Votre mission</h2>
  <p>Rattaché(e) au Responsable technique de l'usine, vous garantissez la disponibilité et la performance des lignes de conditionnement :</p>
  <ul>
    <li>planifier et suivre la maintenance préventive et corrective des équipements ;</li>
    <li>animer une équipe de huit techniciens répartis sur les deux postes ;</li>
    <li>analyser les arrêts de ligne et piloter les plans d'actions ;</li>
    <li>gérer le stock de pièces de rechange et les interventions des sous-traitants ;</li>
    <li>faire appliquer les standards de sécurité, d'hygiène et d'environnement.</li>
  </ul>
  <h2>Profil recherché</h2>
  <ul>
{chr(10).join("    <li>%s</li>" % e(x) for x in ESS)}
  </ul>
  <h2>Atouts</h2>
  <ul>
{chr(10).join("    <li>%s</li>" % e(x) for x in DES)}
  </ul>
  <h2>Savoir-être</h2>
  <ul>
{chr(10).join("    <li><b>%s</b> – %s</li>" % (e(n), e(d)) for n, d in COMP)}
  </ul>
  <h2>Ce que nous offrons</h2>
  <p>Couverture médicale pour vous et votre famille, formation technique au sein du groupe, transport du personnel posté. Les tests techniques se dérouleront à l'usine à partir du 28 mai 2040.</p>
  <p><strong>Attention :</strong> {O} ne demande jamais d'argent à un candidat, à aucune étape du recrutement. Méfiez-vous des fausses annonces sur les réseaux sociaux.</p>
  <p><a href="#">Postuler maintenant</a></p>
</article>
<aside>
  <h3>Offres similaires</h3>
  <p>Électricien(ne) industriel(le) – Kinshasa<br>clôture le 07/05/2040</p>
  <p>Chef de quart brassage – Kisangani<br>clôture le 21/05/2040</p>
  <h3>Partager</h3><p>LinkedIn · Facebook · WhatsApp</p>
</aside>
</div>
<div class="consent">Nous utilisons des cookies pour améliorer votre expérience. Vous devez avoir l'âge légal pour consommer de l'alcool pour visiter ce site. <button>J'accepte</button></div>
</body></html>
"""
    write(KEY + "-bralima.html", page, KEY)

    board = f"""EmploisRDC.cd | Le site de l'emploi en RDC
Rechercher un emploi... | Kinshasa | Lubumbashi | Goma | Bukavu | Toutes les villes
Connexion | Inscription | Déposer mon CV

{T}
{O}Bukavu, Sud-KivuCDIExpérience : 5 ans+Bac+3Publiée le 17/04/2040Clôture : 14/05/2040
Vues : 2 381 | Candidatures : 64

Détails de l'offreRéférence : {REF}Secteur : Agroalimentaire / BoissonsLieu : {L}Horaires : {S}Salaire : Non communiqué

Description du posteRattaché(e) au Responsable technique de l'usine, vous assurez la maintenance préventive et corrective des lignes de conditionnement, encadrez huit techniciens, analysez les arrêts et gérez les pièces de rechange.
Profil recherché
» {chr(10).join("» " + x for x in ESS)[2:]}
Atouts
{chr(10).join("» " + x for x in DES)}
Savoir-être
{chr(10).join("» %s – %s" % c for c in COMP)}

Comment postuler : via le site carrières de l'entreprise avant le 14/05/2040. Aucun frais n'est demandé.

Mots-clés : maintenance, brasserie, automates, TPM, Bukavu

Offres similaires
Technicien de maintenance – Goma – Publiée le 10/04/2040
Responsable qualité – Kinshasa – Clôture le 02/05/2040
© EmploisRDC.cd 2040
"""
    write(KEY + "-emploisrdc.txt", board, KEY)
