from common import *

KEY = "kehl-2044-07"
REF = "KEHL-2044-07"
T = "Fonctionnaire communal (m/f) – service Population et État civil"
O = "Administration communale de Kehlen"
LOC = "Kehlen"
SCH = "tâche partielle de 50 % (20 heures par semaine)"
ESS = ["Bonne connaissance des logiciels de bureautique courants",
       "Connaissance de la législation relative à l'état civil ou disposition à l'acquérir rapidement",
       "Aptitude à accueillir un public varié au guichet",
       "Bonne maîtrise du luxembourgeois, du français et de l'allemand, à l'oral et à l'écrit"]
DES = ["Connaissance de l'anglais ou du portugais", "Expérience dans un service communal d'accueil ou de guichet"]
COMP = ["Discrétion", "Sens de l'accueil", "Polyvalence", "Ponctualité"]
MIS = ["la tenue du registre de la population et l'enregistrement des arrivées et des départs",
       "la préparation des actes de naissance, de mariage, de partenariat et de décès",
       "la délivrance des certificats et des cartes d'identité",
       "le suivi des listes électorales"]


def page():
    return f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Poste vacant – {O}</title></head>
<body>
<div class="langs">LB | DE | <b>FR</b> | EN</div>
<div class="brand">Gemeng Kielen · Commune de Kehlen</div>
<nav>Accueil › Vie communale › Offres d'emploi</nav>
<article>
<p class="date">Publié le 24.02.2044</p>
<p>Le collège des bourgmestre et échevins de la commune de Kehlen se propose de recruter, sous le statut du fonctionnaire communal,</p>
<h1>{T}</h1>
<p><b>Référence :</b> {REF}</p>
<p><b>Employeur :</b> {O}</p>
<p><b>Carrière :</b> groupe de traitement B1, sous-groupe administratif</p>
<p><b>Tâche :</b> {SCH}</p>
<p><b>Lieu de travail :</b> {LOC} (maison communale)</p>
<p><b>Entrée en service :</b> 1er juin 2044</p>
<p class="alert"><b>Les candidatures doivent parvenir au collège des bourgmestre et échevins pour le 16 mars 2044 au plus tard.</b></p>
<h2>Missions</h2>
<p>Au sein du service Population et État civil, la personne recrutée sera chargée notamment de :</p>
<ol type="a">{"".join(f"<li>{m} ;</li>" for m in MIS)}</ol>
<h2>Conditions d'admission</h2>
<p>Être ressortissant d'un État membre de l'Union européenne, être détenteur du diplôme de fin d'études secondaires classiques ou générales ou d'un diplôme équivalent et avoir réussi l'examen-concours pour le groupe de traitement B1, sous-groupe administratif, ou s'engager à s'y présenter.</p>
<h2>Profil requis</h2>
<ul>{"".join(f"<li>{e} ;</li>" for e in ESS)}</ul>
<p><b>Constituent un atout :</b> {" ; ".join(DES)}.</p>
<p><b>Qualités personnelles :</b> {" · ".join(COMP)}</p>
<h2>Dossier de candidature</h2>
<p>Lettre de motivation, curriculum vitae, copie des diplômes, extrait récent du casier judiciaire. Les entretiens auront lieu dans la semaine du 28 mars 2044.</p>
</article>
<aside><p>Voir aussi : Ouvrier communal – service des régies (délai : 30.03.2044) · Éducateur (m/f) – maison relais (délai : 09.03.2044)</p></aside>
<footer>Administration communale de Kehlen · Mentions légales · Accessibilité</footer>
</body></html>
"""


def avis():
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Avis {REF}</title>
<style>body{{font-family:'Liberation Serif';font-size:11pt}} th{{background:#e6e6e6;text-align:left;border:1px solid #444;padding:4px}} td{{border:1px solid #444;padding:4px}}</style></head>
<body>
<p align="right">Kehlen, le 24 février 2044</p>
<p><b>COMMUNE DE KEHLEN</b><br>{O}<br>Gemeng Kielen</p>
<h1 align="center">AVIS DE VACANCE DE POSTE</h1>
<p align="center"><b>{T}</b></p>
<table width="100%" cellspacing="0">
<tr><th>Référence</th><td>{REF}</td></tr>
<tr><th>Statut</th><td>fonctionnaire communal</td></tr>
<tr><th>Groupe de traitement</th><td>B1 (sous-groupe administratif)</td></tr>
<tr><th>Tâche</th><td>{SCH}</td></tr>
<tr><th>Lieu</th><td>{LOC}</td></tr>
<tr><th>Délai de candidature</th><td>16.03.2044</td></tr>
</table>
<h3>Missions</h3>
<ol type="a">{"".join(f"<li>{m[0].upper() + m[1:]}.</li>" for m in MIS)}</ol>
<h3>Profil requis</h3>
<ol>{"".join(f"<li>{e}.</li>" for e in ESS)}</ol>
<p><i>Atouts : {" ; ".join(DES)}.</i></p>
<p>Qualités recherchées : {", ".join(COMP)}.</p>
<p>Les conditions d'admission au groupe de traitement B1 (nationalité, diplôme, examen-concours) s'appliquent.</p>
<p>Le collège des bourgmestre et échevins</p>
</body></html>
"""


def build():
    write(KEY + "-kehlen.html", page(), KEY)
    libreoffice(KEY + "-avis.html", avis(), KEY + "-avis.libreoffice.pdf", KEY)
    expected(KEY, reference=REF, languages=["fr"], title={"fr": T}, organisation={"fr": O}, location={"fr": LOC},
             schedule={"fr": SCH}, deadline="2044-03-16", grade="B1",
             req={"fr": (ESS, DES)}, comp={"fr": [(c, "") for c in COMP]})
