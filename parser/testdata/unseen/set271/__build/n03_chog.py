from common import *
import html as H

KEY = "chog-drh-2040-0217"
REF = "CHOG-DRH-2040-0217"
T = "Responsable du bureau des admissions et des frais de séjour (H/F)"
O = "Centre hospitalier de l'Ouest guyanais"
L = "Saint-Laurent-du-Maroni (Guyane)"
S = "Temps plein – 37 h 30 hebdomadaires, du lundi au vendredi"
G = "Adjoint des cadres hospitaliers de classe normale"
ESS = [
    "Lauréat(e) du concours d'adjoint des cadres hospitaliers ou fonctionnaire du grade, par voie de mutation ou de détachement ;",
    "Expérience d'au moins trois ans en gestion administrative des patients ou en facturation hospitalière ;",
    "Connaissance de la réglementation de la facturation des soins et des dispositifs d'aide médicale de l'État ;",
    "Aisance avec les outils bureautiques et un logiciel de gestion administrative des patients."]
DES = [
    "La pratique du sranan tongo, du nenge tongo ou du portugais ;",
    "Une première expérience d'encadrement d'équipe."]
COMP = [
    ("Sens de l'accueil", "vous restez disponible et courtois(e) face à un public varié, parfois en situation de détresse."),
    ("Rigueur", "vous sécurisez chaque dossier avant la facturation et le recouvrement."),
    ("Esprit d'équipe", "vous travaillez en lien étroit avec les services de soins, le service social et la trésorerie.")]


def build():
    expected(KEY, REF, ["fr"], {"fr": T}, {"fr": O}, {"fr": L}, {"fr": S}, "2040-05-09",
             None, grade=G, req={"fr": {"essential": ESS, "desirable": DES}},
             comp={"fr": [{"name": n, "description": d} for n, d in COMP]})
    e = H.escape
    li = lambda xs: "\n".join("      <li>%s</li>" % e(x) for x in xs)
    page = f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>{e(T)} – Offres d'emploi – CHOG</title>
<style>
body{{font-family:Arial,sans-serif;margin:0;color:#1d2b36}}
.top{{background:#00695c;color:#fff;font-size:13px;padding:6px 24px}}
header{{padding:12px 24px;border-bottom:3px solid #00897b}}
nav a{{margin-right:14px;color:#00695c}}
.cookies{{background:#263238;color:#eee;padding:8px 24px;font-size:13px}}
main{{max-width:880px;margin:20px auto;padding:0 20px}}
ul.meta{{list-style:none;padding:0;border:1px solid #b2dfdb;background:#f1f8f7}}
ul.meta li{{padding:6px 12px;border-bottom:1px solid #d7ece9}}
aside{{max-width:880px;margin:20px auto;padding:12px 20px;background:#fafafa;font-size:14px}}
footer{{background:#004d40;color:#fff;padding:14px 24px;font-size:13px}}
</style>
</head>
<body>
<div class="top">Urgences 24 h/24 : 05 94 00 15 15 · Prendre rendez-vous · Espace presse</div>
<header>
  <strong>CHOG</strong> — {e(O)} · Hôpital de référence de l'Ouest guyanais
  <nav><a href="#">L'hôpital</a><a href="#">Patients et visiteurs</a><a href="#">Offre de soins</a><a href="#">Nous rejoindre</a><a href="#">Contact</a></nav>
</header>
<div class="cookies">Ce site utilise des cookies de mesure d'audience. <button>Tout accepter</button> <button>Personnaliser</button></div>
<main>
  <p><a href="#">Accueil</a> › <a href="#">Nous rejoindre</a> › <a href="#">Offres d'emploi</a> › Personnel administratif</p>
  <p><em>Offre n° {REF} – mise en ligne le 12/04/2040</em></p>
  <h1>{e(T)}</h1>
  <ul class="meta">
    <li><strong>Établissement :</strong> {e(O)}</li>
    <li><strong>Direction :</strong> Direction des finances et du parcours patient</li>
    <li><strong>Lieu de travail :</strong> {e(L)}</li>
    <li><strong>Grade :</strong> {e(G)} (catégorie B)</li>
    <li><strong>Type de contrat :</strong> Titulaire ou contractuel(le) en vue d'une stagiairisation</li>
    <li><strong>Temps de travail :</strong> {e(S)}</li>
    <li><strong>Rémunération :</strong> selon la grille indiciaire de la fonction publique hospitalière, majorée de 40 % au titre de l'indemnité de vie chère</li>
    <li><strong>Date limite de candidature :</strong> 09/05/2040</li>
  </ul>
  <h2>Présentation du service</h2>
  <p>Le bureau des admissions et des frais de séjour accueille chaque année plus de 60 000 patients venus de Saint-Laurent-du-Maroni, des communes du fleuve et du Suriname voisin. L'équipe de douze agents assure l'ouverture des dossiers administratifs, la vérification des droits et la facturation des séjours et des consultations externes.</p>
  <h2>Missions</h2>
  <ul>
    <li>Encadrer et organiser le travail des agents d'admission sur les sites de l'hôpital ;</li>
    <li>Garantir la fiabilité de l'identification des patients et de l'ouverture des droits ;</li>
    <li>Piloter la facturation et le suivi des recettes avec la trésorerie hospitalière ;</li>
    <li>Préparer les tableaux de bord mensuels à destination de la direction.</li>
  </ul>
  <h2>Profil requis</h2>
  <ul>
{li(ESS)}
  </ul>
  <h2>Seraient appréciés</h2>
  <ul>
{li(DES)}
  </ul>
  <h2>Qualités attendues</h2>
  <ul>
{chr(10).join("    <li><strong>%s</strong> : %s</li>" % (e(n), e(d)) for n, d in COMP)}
  </ul>
  <h2>Conditions et avantages</h2>
  <p>Prise en charge du billet d'avion et de deux semaines d'hébergement à l'arrivée, accès à la crèche hospitalière, restauration collective. Prise de poste souhaitée le 1er juillet 2040.</p>
  <h2>Pour postuler</h2>
  <p>Adresser un CV et une lettre de motivation à la Direction des ressources humaines (drh.recrutement@chog.example) en rappelant la référence {REF}, au plus tard le 9 mai 2040. Les entretiens auront lieu la semaine du 21 mai 2040, sur place ou en visioconférence.</p>
</main>
<aside>
  <h3>Autres offres</h3>
  <ul>
    <li>Infirmier(ère) en réanimation – clôture le 30/04/2040</li>
    <li>Technicien(ne) de laboratoire – clôture le 16/05/2040</li>
  </ul>
  <p>Journée portes ouvertes de l'IFSI : samedi 28 avril 2040.</p>
</aside>
<footer>{e(O)} · 16 boulevard du Maroni, 97320 Saint-Laurent-du-Maroni · Mentions légales · Accessibilité</footer>
</body>
</html>
"""
    write(KEY + "-chog.html", page, KEY)

    txt = f"""Aller au contenu
Urgences 24 h/24 : 05 94 00 15 15
Prendre rendez-vous
Espace presse
CHOG
{O}
L'hôpital
Patients et visiteurs
Offre de soins
Nous rejoindre
Contact
Accueil
Nous rejoindre
Offres d'emploi
Personnel administratif
Offre n° {REF} – mise en ligne le 12/04/2040
{T}
Établissement :
{O}
Direction :
Direction des finances et du parcours patient
Lieu de travail :
{L}
Grade :
{G} (catégorie B)
Type de contrat :
Titulaire ou contractuel(le) en vue d'une stagiairisation
Temps de travail :
{S}
Rémunération :
selon la grille indiciaire de la fonction publique hospitalière, majorée de 40 % au titre de l'indemnité de vie chère
Date limite de candidature :
09/05/2040
Présentation du service
Le bureau des admissions et des frais de séjour accueille chaque année plus de 60 000 patients. L'équipe de douze agents assure l'ouverture des dossiers, la vérification des droits et la facturation.
Missions
Encadrer et organiser le travail des agents d'admission sur les sites de l'hôpital ;
Garantir la fiabilité de l'identification des patients et de l'ouverture des droits ;
Piloter la facturation et le suivi des recettes avec la trésorerie hospitalière ;
Préparer les tableaux de bord mensuels à destination de la direction.
Profil requis
{chr(10).join(ESS)}
Seraient appréciés
{chr(10).join(DES)}
Qualités attendues
{chr(10).join("%s : %s" % c for c in COMP)}
Conditions et avantages
Prise en charge du billet d'avion et de deux semaines d'hébergement à l'arrivée. Prise de poste souhaitée le 1er juillet 2040.
Pour postuler
CV et lettre de motivation à drh.recrutement@chog.example, référence {REF}, au plus tard le 9 mai 2040. Entretiens la semaine du 21 mai 2040.
Postuler
Partager
Autres offres
Infirmier(ère) en réanimation – clôture le 30/04/2040
Technicien(ne) de laboratoire – clôture le 16/05/2040
Journée portes ouvertes de l'IFSI : samedi 28 avril 2040.
{O} · 16 boulevard du Maroni, 97320 Saint-Laurent-du-Maroni
Mentions légales
Accessibilité
"""
    write(KEY + "-navigateur.txt", txt, KEY)
