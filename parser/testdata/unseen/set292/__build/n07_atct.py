from common import *
import html as H
KEY = "atct-ce-2042-04"
E = dict(
    reference="ATCT/CE/2042/04", post_number=None, languages=["fr"],
    title={"en": None, "fr": "Ingénieur principal en systèmes d'information"},
    organisation={"en": None, "fr": "Agence tunisienne de coopération technique"},
    location={"en": None, "fr": "Siège de l'Agence, Tunis"},
    schedule={"en": None, "fr": "Plein temps"},
    deadline="2042-02-18", salary=None, grade="A1", clearance=None,
    requirements={"en": None, "fr": {"essential": [
        "être de nationalité tunisienne ;",
        "être âgé de quarante (40) ans au plus au 1er janvier 2042 ;",
        "être titulaire d'un diplôme national d'ingénieur en informatique ou d'un diplôme équivalent ;",
        "justifier d'une expérience professionnelle d'au moins cinq (5) ans dans l'administration de bases de données ou le développement d'applications de gestion ;",
        "jouir de ses droits civiques et être physiquement apte à exercer la fonction."],
        "desirable": [
        "une certification en gestion de projets ou en sécurité des systèmes d'information ;",
        "la maîtrise de l'anglais technique."]}},
    competencies={"en": None, "fr": []})
R = E["requirements"]["fr"]
e = lambda s: H.escape(nb(s))

SRC = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Concours ATCT/CE/2042/04</title>
<style>@page{{size:A4;margin:2cm 2cm 2.2cm;@bottom-center{{content:"page " counter(page) " / " counter(pages);font-size:9pt}}}}
body{{font-family:"DejaVu Serif",serif;font-size:10.5pt;line-height:1.35}}
.head{{display:flex;justify-content:space-between;font-size:9.5pt}} h1{{text-align:center;font-size:14pt;margin:18px 0 4px}}
.sub{{text-align:center}} table{{border-collapse:collapse;width:100%;margin:10px 0}} th,td{{border:1px solid #888;padding:4px 8px;text-align:left;vertical-align:top}}
th{{width:36%;background:#eee}} .nowrap{{white-space:nowrap}}</style></head><body>
<div class="head"><div><b>République Tunisienne</b><br>Ministère de l'Économie et de la Planification<br><b>Agence Tunisienne de Coopération Technique</b></div><div style="text-align:right">Tunis, le 17 janvier 2042<br>Avis n° <span class="nowrap">{e(E['reference'])}</span></div></div>
<h1>AVIS D'OUVERTURE D'UN CONCOURS EXTERNE SUR DOSSIERS</h1>
<p class="sub">pour le recrutement d'un (1) {e(E['title']['fr'])}</p>
<p>Le Directeur général de l'{e(E['organisation']['fr'])} porte à la connaissance du public qu'un concours externe sur dossiers est ouvert pour le recrutement au profit de l'Agence, dans les conditions suivantes :</p>
<table>
<tr><th>Référence du concours</th><td><span class="nowrap">{e(E['reference'])}</span></td></tr>
<tr><th>Organisme recruteur</th><td>{e(E['organisation']['fr'])} (ATCT)</td></tr>
<tr><th>Grade</th><td>{e(E['title']['fr'])}</td></tr>
<tr><th>Catégorie</th><td>A1</td></tr>
<tr><th>Nombre de postes</th><td>Un (1)</td></tr>
<tr><th>Lieu d'affectation</th><td>{e(E['location']['fr'])}</td></tr>
<tr><th>Régime de travail</th><td>{e(E['schedule']['fr'])}</td></tr>
<tr><th>Clôture des candidatures</th><td>18 février 2042, le cachet du bureau d'ordre faisant foi</td></tr>
</table>
<h2>Article 1 – Missions</h2>
<p>Rattaché à la Direction des systèmes d'information, l'ingénieur principal est chargé de faire évoluer la banque de candidatures de l'Agence, de superviser la plateforme d'inscription en ligne des coopérants, de garantir la disponibilité et la sécurité des données, et d'encadrer les prestataires chargés des développements.</p>
<h2>Article 2 – Conditions de candidature</h2>
<p>Le concours est ouvert aux candidats remplissant les conditions suivantes :</p>
<ul>
""" + "\n".join(f"<li>{e(x)}</li>" for x in R['essential']) + """
</ul>
<p><b>Seront considérés comme des atouts :</b></p>
<ul>
""" + "\n".join(f"<li>{e(x)}</li>" for x in R['desirable']) + """
</ul>
<h2>Article 3 – Déroulement du concours</h2>
<p>Le concours comporte une présélection sur dossiers selon une grille d'évaluation (diplôme, ancienneté du diplôme, expérience, formations), suivie d'un entretien oral avec les candidats présélectionnés, prévu le 12 mars 2042 au siège de l'Agence.</p>
<h2>Article 4 – Dossier de candidature</h2>
<ol><li>une demande au nom de Monsieur le Directeur général ;</li><li>un curriculum vitae détaillé ;</li><li>une copie de la carte d'identité nationale ;</li><li>une copie certifiée conforme des diplômes et de l'équivalence, le cas échéant ;</li><li>les attestations d'expérience professionnelle.</li></ol>
<p>Les dossiers doivent être adressés par voie postale, sous pli recommandé, au bureau d'ordre central de l'Agence, avec la mention « Concours externe – ne pas ouvrir ». Tout dossier parvenu après la date de clôture ou incomplet sera rejeté.</p>
<p style="text-align:right"><b>Le Directeur général</b></p>
</body></html>"""

NEWS = f"""Aller au contenu
TunisieEmploi.info — l'actualité des concours et de l'emploi en Tunisie
Accueil  Concours  Offres privées  Étranger  Stages  Bourses  Contact
Dernière minute : résultats du concours des professeurs du secondaire publiés le 30 janvier 2042

Accueil » Concours » Administration
Concours ATCT 2042 : recrutement d'un ingénieur principal en systèmes d'information
Publié le 19 janvier 2042 par la rédaction · 4 812 lectures

L'Agence tunisienne de coopération technique, qui place chaque année des milliers de cadres tunisiens à l'étranger, recrute cette fois pour ses propres services. Voici l'avis tel que publié.

AVIS D'OUVERTURE D'UN CONCOURS EXTERNE SUR DOSSIERS
Avis n° {E['reference']}

Organisme recruteur : {E['organisation']['fr']} (ATCT)
Grade : {E['title']['fr']}
Catégorie : A1
Nombre de postes : 1
Lieu d'affectation : {E['location']['fr']}
Régime de travail : {E['schedule']['fr']}
Date de clôture : 18/02/2042

Missions : faire évoluer la banque de candidatures, superviser la plateforme d'inscription des coopérants, sécurité des données, encadrement des prestataires.

Conditions de candidature :
""" + "\n".join("- " + x for x in R['essential']) + """

Atouts :
""" + "\n".join("- " + x for x in R['desirable']) + """

Déroulement : présélection sur dossiers puis entretien oral le 12/03/2042.
Dossier : demande, CV, copie de la CIN, diplômes, attestations d'expérience, à envoyer sous pli recommandé au bureau d'ordre central.

Partager : Facebook | Twitter | WhatsApp

À lire aussi
Concours de la STEG 2042 : 45 postes de techniciens (clôture le 25/02/2042)
L'ATCT lance un appel aux enseignants pour le Qatar (entretiens du 9 au 13 février 2042)
Concours des greffiers : la date limite prolongée au 6 février 2042

3 commentaires
Sami B. — 19 janvier 2042 à 11:05 : Est-ce que le diplôme de mastère professionnel est accepté ?
Rim — 19 janvier 2042 à 14:31 : 40 ans au plus, dommage...
Hédi — 20 janvier 2042 à 08:02 : Bonne chance à tous !
"""

def build():
    exp(KEY, E)
    src = os.path.join(B, "atct.html"); open(src, "w", encoding="utf-8").write(SRC)
    pdf = KEY + "-atct.weasyprint.pdf"
    weasy(src, pdf); row(pdf, KEY, "pdf"); row(dump(pdf), KEY, "txt")
    W(KEY + "-tunisieemploi.txt", NEWS, KEY)
