from common import *

KEY = "hcr-cmr-brt-va-2044-015"
REF = "HCR/CMR/BRT/VA/2044/015"
TITLE = "Assistant(e) principal(e) chargé(e) de la protection"
ORG = "Haut Commissariat des Nations Unies pour les réfugiés"
LOC = "Bertoua (Cameroun)"
GRADE = "G-6"
E = [
    "Diplôme de fin d'études secondaires (baccalauréat) et au moins six années d'expérience professionnelle pertinente, ou licence en droit, sciences sociales ou domaine connexe et au moins cinq années d'expérience.",
    "Expérience de l'enregistrement, de la gestion des cas ou de la protection de l'enfance auprès de populations réfugiées.",
    "Excellente maîtrise du français écrit et parlé et bonne connaissance pratique de l'anglais.",
]
D = [
    "Connaissance du sango ou du gbaya.",
    "Expérience de l'utilisation des outils de gestion des cas du HCR.",
]
COMPS = [
    ("Travail d'équipe et collaboration", "travaille en bonne intelligence avec des collègues de profils et de cultures différents et partage l'information utile."),
    ("Responsabilité", "assume ses engagements, respecte les délais et rend compte de ses résultats."),
    ("Communication", "s'exprime clairement à l'oral comme à l'écrit, y compris avec les communautés réfugiées, et adapte son message à l'interlocuteur."),
]
TACHES = [
    "Assurer le suivi des cas de protection identifiés dans les sites de réfugiés de l'Est et proposer les orientations appropriées ;",
    "Participer aux missions de monitoring aux points d'entrée et dans les villages d'accueil ;",
    "Tenir à jour les bases de données de protection et préparer des rapports hebdomadaires ;",
    "Appuyer l'organisation de séances de sensibilisation avec les comités de réfugiés ;",
    "Exécuter toute autre tâche confiée par l'Administrateur chargé de la protection.",
]
TRAIT = "9 846 300 FCFA"


def build():
    expected(KEY, REF, ["fr"], {"fr": TITLE}, {"fr": ORG}, {"fr": LOC}, "2044-09-21", grade=GRADE,
             salary=sal(9846300, cur="XAF", period="year"),
             ess={"fr": E}, des={"fr": D}, comps={"fr": COMPS})
    li = lambda xs: "\n".join(f"<li>{esc(x)}</li>" for x in xs)
    comps = "\n".join(f"<p><b>{esc(n)}</b> : {esc(d)}</p>" for n, d in COMPS)
    page = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Avis de vacance {REF}</title>
<style>body{{font-family:"Liberation Sans",Arial,sans-serif;font-size:10.5pt}} table{{border-collapse:collapse;width:100%}}
td,th{{border:1px solid #555;padding:4px;text-align:left;vertical-align:top}} h2{{font-size:11pt;text-decoration:underline}}</style></head>
<body>
<p style="text-align:center"><b>HAUT COMMISSARIAT DES NATIONS UNIES POUR LES RÉFUGIÉS</b><br>Représentation au Cameroun – Sous-bureau de Bertoua</p>
<h1 style="text-align:center;font-size:13pt">AVIS DE VACANCE DE POSTE – RECRUTEMENT LOCAL</h1>
<table>
<tr><th>N° de l'avis</th><td>{REF}</td></tr>
<tr><th>Intitulé du poste</th><td>{esc(TITLE)}</td></tr>
<tr><th>Organisation</th><td>{esc(ORG)} (HCR)</td></tr>
<tr><th>Lieu d'affectation</th><td>{esc(LOC)}</td></tr>
<tr><th>Classe</th><td>{GRADE}</td></tr>
<tr><th>Type de contrat</th><td>Engagement de durée déterminée, un an renouvelable</td></tr>
<tr><th>Ouvert aux</th><td>Candidat(e)s de nationalité camerounaise ou titulaires d'un titre de séjour valide</td></tr>
<tr><th>Date de publication</th><td>11 août 2044</td></tr>
<tr><th>Date limite de candidature</th><td>21 septembre 2044</td></tr>
</table>
<h2>CONTEXTE</h2>
<p>Le sous-bureau de Bertoua appuie les autorités camerounaises dans l'accueil des réfugiés centrafricains installés dans la région de l'Est. Sous la supervision de l'Administrateur chargé de la protection, le ou la titulaire contribue au suivi des personnes ayant des besoins spécifiques.</p>
<h2>ATTRIBUTIONS</h2>
<ol>{li(TACHES)}</ol>
<h2>QUALIFICATIONS MINIMALES REQUISES</h2>
<ul>{li(E)}</ul>
<h2>QUALIFICATIONS SOUHAITÉES</h2>
<ul>{li(D)}</ul>
<h2>COMPÉTENCES</h2>
{comps}
<h2>RÉMUNÉRATION</h2>
<p>Traitement annuel net : {TRAIT}, auquel s'ajoutent les prestations prévues par le barème local. Un test écrit est prévu à Bertoua le 2 octobre 2044 pour les candidat(e)s présélectionné(e)s.</p>
<p><b>LE HCR NE DEMANDE AUCUN FRAIS À AUCUN STADE DU PROCESSUS DE RECRUTEMENT.</b></p>
</body></html>
"""
    name = KEY + "-avis.fr.html"
    write(name, page, KEY, "html")
    from common import SET
    libreoffice(os.path.join(SET, name), KEY + "-avis.fr.libreoffice.pdf", KEY, "writer_web_pdf_Export")
    taches = "\n".join(f"  {i}) {t}" for i, t in enumerate(TACHES, 1))
    bl = lambda xs: "\n".join("  - " + x for x in xs)
    cmp_ = "\n".join(f"  {n} : {d}" for n, d in COMPS)
    dig = f"""Emplois humanitaires Cameroun <emplois-huma-cm@groupes.example>
Résumé du groupe : 3 sujets – Digest n° 412 du 24 août 2044

Sujets de ce digest :
  1. [Offre] HCR Bertoua – {TITLE}
  2. Rappel : atelier CV le 30 août à Yaoundé
  3. Qui a des nouvelles du cluster Abris ?

======================================================================
1. [Offre] HCR Bertoua – {TITLE}
De : Serge Mbarga <serge.mbarga@mail.example>
Date : 24 août 2044 à 08:17
======================================================================
Bonjour à toutes et à tous, je relaie l'avis reçu du sous-bureau. Merci de partager.

AVIS DE VACANCE N° {REF}
Organisation : {ORG} (HCR)
Poste : {TITLE}
Classe : {GRADE}
Lieu d'affectation : {LOC}
Date limite de candidature : 21 septembre 2044 (minuit, heure de Yaoundé)

ATTRIBUTIONS
{taches}

QUALIFICATIONS MINIMALES REQUISES
{bl(E)}

QUALIFICATIONS SOUHAITÉES
{bl(D)}

COMPÉTENCES
{cmp_}

Traitement annuel net : {TRAIT}

Candidatures en ligne uniquement, aucun dossier papier accepté au bureau.

======================================================================
2. Rappel : atelier CV le 30 août à Yaoundé
De : Coordination du groupe
======================================================================
L'atelier aura lieu de 9 h à 12 h. Inscription avant le 28 août 2044.

----------------------------------------------------------------------
Vous recevez ce message car vous êtes abonné(e) au groupe « Emplois humanitaires Cameroun ».
Pour vous désabonner, envoyez un e-mail à emplois-huma-cm+unsubscribe@groupes.example
"""
    write(KEY + "-digest.fr.txt", dig, KEY, "txt")
