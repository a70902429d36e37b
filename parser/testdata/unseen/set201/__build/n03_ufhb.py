"""Université Félix Houphouët-Boigny (Abidjan) - French only. Official avis as a
WeasyPrint PDF (+ dump) and forwarded by e-mail (hard-wrapped text)."""
import os
import subprocess
from common import ROOT, write, row, expected, sal, req, comp, esc, wrap, nowrap_hyphens

KEY = "0342-ufhb-p-sg-drh-2034"
REF = "0342/UFHB/P/SG/DRH/2034"
TITLE = "Administrateur(trice) systèmes et réseaux"
ORG = "Université Félix Houphouët-Boigny"
LOC = "Abidjan-Cocody (Côte d'Ivoire)"
ESS = [
    "être de nationalité ivoirienne ou ressortissant(e) d'un État membre de la CEDEAO ;",
    "être titulaire d'un diplôme d'ingénieur ou d'un master en informatique, option réseaux et télécommunications ;",
    "justifier d'au moins cinq (5) ans d'expérience dans l'administration de réseaux d'entreprise ou de campus ;",
    "maîtriser l'administration des systèmes Linux et Windows Server ;",
    "avoir une bonne connaissance des équipements de routage et de commutation ;",
    "être âgé(e) de quarante-cinq (45) ans au plus au 31 décembre 2034.",
]
DES = [
    "une certification CCNA, CCNP ou équivalente ;",
    "une expérience de la virtualisation et de l'hébergement en nuage ;",
    "une bonne compréhension de l'anglais technique.",
]
QUAL = ["Rigueur", "Disponibilité", "Discrétion", "Esprit d'équipe"]
SAL_TXT = "742 500 FCFA"

MISSIONS = [
    "administrer l'infrastructure réseau des campus et des unités de formation et de recherche ;",
    "assurer la disponibilité des serveurs, de la messagerie et de la plateforme d'enseignement à distance ;",
    "mettre en œuvre la politique de sécurité des systèmes d'information ;",
    "encadrer les techniciens du service et rédiger la documentation technique ;",
    "participer aux projets d'extension de la fibre optique entre les sites.",
]
DOSSIER = [
    "une demande manuscrite adressée au Président de l'Université ;",
    "un curriculum vitae détaillé ;",
    "une copie légalisée des diplômes ;",
    "un extrait d'acte de naissance ;",
    "un certificat de nationalité ;",
    "les attestations de travail ou certificats de travail.",
]


def avis_html():
    li = lambda xs: "\n".join("<li>%s</li>" % nowrap_hyphens(x) for x in xs)
    return f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Avis de recrutement {REF}</title>
<style>
@page {{ size: A4; margin: 2cm 2.2cm; }}
body {{ font-family: "DejaVu Serif", serif; font-size: 10.5pt; line-height: 1.35; }}
.head {{ display: flex; justify-content: space-between; font-size: 9pt; text-transform: uppercase; }}
.head div {{ width: 48%; }}
h1 {{ text-align: center; font-size: 13pt; margin-top: 18pt; text-decoration: underline; }}
h2 {{ font-size: 11pt; text-transform: uppercase; margin-bottom: 4pt; }}
li {{ break-inside: avoid; }}
.sign {{ text-align: right; margin-top: 24pt; }}
</style></head>
<body>
<div class="head">
<div>Ministère de l'Enseignement supérieur<br>et de la Recherche scientifique<br>-------<br>Université Félix Houphouët-Boigny<br>-------<br>Présidence<br>Secrétariat général<br>Direction des ressources humaines</div>
<div style="text-align:right">République de Côte d'Ivoire<br>Union – Discipline – Travail<br>-------<br>Abidjan, le 12 juin 2034</div>
</div>
<h1>AVIS DE RECRUTEMENT N° {REF}</h1>
<p>Le Président de l'{ORG} informe le public qu'un poste d'<b>{TITLE}</b> est à pourvoir à la Direction des systèmes d'information (DSI).</p>
<p><b>Intitulé du poste :</b> {TITLE}<br>
<b>Lieu d'affectation :</b> {nowrap_hyphens(LOC)}<br>
<b>Nature du contrat :</b> contrat à durée déterminée de deux (2) ans renouvelable<br>
<b>Salaire mensuel brut :</b> {SAL_TXT}, hors primes<br>
<b>Date limite de dépôt :</b> vendredi 7 juillet 2034 à 16 heures</p>
<h2>I. Missions</h2>
<ul>
{li(MISSIONS)}
</ul>
<h2>II. Profil requis</h2>
<ul>
{li(ESS)}
</ul>
<h2>III. Atouts</h2>
<ul>
{li(DES)}
</ul>
<h2>IV. Qualités personnelles</h2>
<ul>
{li(QUAL)}
</ul>
<h2>V. Composition du dossier</h2>
<ol>
{li(DOSSIER)}
</ol>
<h2>VI. Dépôt des dossiers</h2>
<p>Les dossiers de candidature sous pli fermé portant la mention « Candidature au poste d'{TITLE} – Avis N° {REF} » sont à déposer à la Direction des ressources humaines, bâtiment de la Présidence, 1er étage, porte 114, au plus tard le vendredi 7 juillet 2034 à 16 heures. Les candidat(e)s présélectionné(e)s passeront un test technique le mardi 25 juillet 2034. Tout dossier incomplet sera rejeté.</p>
<p class="sign">Le Président de l'Université<br><br>(signé)</p>
</body></html>
"""


def build():
    b = os.path.join(ROOT, "__build")
    src = os.path.join(b, KEY + "-ufhb.html")
    open(src, "w", encoding="utf-8").write(avis_html())
    pdf = KEY + "-ufhb.weasyprint.pdf"
    subprocess.run(["weasyprint", src, os.path.join(ROOT, pdf)], check=True, capture_output=True)
    dump = KEY + "-ufhb.weasyprint.pdftotext.txt"
    subprocess.run(["pdftotext", "-enc", "UTF-8", os.path.join(ROOT, pdf), os.path.join(ROOT, dump)], check=True)
    row(pdf, KEY, "pdf")
    row(dump, KEY, "txt")

    W = 72
    items = lambda xs: "\n".join(wrap(x, W, "  - ", "    ") for x in xs)
    nums = lambda xs: "\n".join(wrap(x, W, "  %d) " % (i + 1), "     ") for i, x in enumerate(xs))
    mail = f"""De : Kouassi Ange-Marie <a.kouassi@cidocpro.example>
Envoyé : mardi 13 juin 2034 09:47
À : liste-alumni-miage@cidocpro.example
Objet : TR: Avis de recrutement UFHB - {TITLE}

Bonjour à toutes et à tous,

Je relaie ci-dessous un avis de recrutement de l'université qui peut
intéresser les anciens de la promotion réseaux. Attention, le dépôt se
fait uniquement sur papier à la DRH. Je tiens une permanence le jeudi 22
juin pour relire vos dossiers.

Bien cordialement,
Ange-Marie Kouassi
Chargée des relations entreprises

-----Message d'origine-----
De : DRH UFHB <drh@ufhb.example>
Envoyé : lundi 12 juin 2034 17:02
Objet : Avis de recrutement N° {REF}

MINISTÈRE DE L'ENSEIGNEMENT SUPÉRIEUR        RÉPUBLIQUE DE CÔTE D'IVOIRE
ET DE LA RECHERCHE SCIENTIFIQUE               Union - Discipline - Travail
UNIVERSITÉ FÉLIX HOUPHOUËT-BOIGNY
PRÉSIDENCE / SECRÉTARIAT GÉNÉRAL / DRH

                 AVIS DE RECRUTEMENT N° {REF}

{wrap("Le Président de l'" + ORG + " informe le public qu'un poste d'" + TITLE + " est à pourvoir à la Direction des systèmes d'information (DSI).", W)}

Intitulé du poste : {TITLE}
Lieu d'affectation : {LOC}
Nature du contrat : contrat à durée déterminée de deux (2) ans
  renouvelable
Salaire mensuel brut : {SAL_TXT}, hors primes
Date limite de dépôt : vendredi 7 juillet 2034 à 16 heures

I. MISSIONS
{items(MISSIONS)}

II. PROFIL REQUIS
{items(ESS)}

III. ATOUTS
{items(DES)}

IV. QUALITÉS PERSONNELLES
{items(QUAL)}

V. COMPOSITION DU DOSSIER
{nums(DOSSIER)}

VI. DÉPÔT DES DOSSIERS
{wrap("Les dossiers de candidature sous pli fermé portant la mention « Candidature au poste d'" + TITLE + " – Avis N° " + REF + " » sont à déposer à la Direction des ressources humaines, bâtiment de la Présidence, 1er étage, porte 114, au plus tard le vendredi 7 juillet 2034 à 16 heures. Les candidat(e)s présélectionné(e)s passeront un test technique le mardi 25 juillet 2034. Tout dossier incomplet sera rejeté.", W)}

                                          Le Président de l'Université
                                                     (signé)

--
Ce message et ses pièces jointes sont confidentiels. Si vous l'avez reçu
par erreur, merci de le détruire et d'en avertir l'expéditeur.
"""
    write(KEY + "-courriel.txt", mail, KEY)
    expected(KEY, reference=REF, languages=["fr"],
             title={"en": None, "fr": TITLE}, organisation={"en": None, "fr": ORG},
             location={"en": None, "fr": LOC}, schedule={"en": None, "fr": None},
             deadline="2034-07-07", salary=sal(742500, cur="XOF", period="month"),
             grade=None, clearance=None,
             requirements={"en": None, "fr": req(ESS, DES)},
             competencies={"en": None, "fr": comp([(q, "") for q in QUAL])})
