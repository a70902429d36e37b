from common import *

KEY = "cesag-dg-drh-2035-017"
REF = "CESAG/DG/DRH/2035-017"
TITLE = "Responsable du service de la scolarité et des examens"
ORG = "Centre Africain d'Études Supérieures en Gestion"
LOC = "Dakar, Sénégal"
SCHED = "Temps plein"
GRADE = "N5"
ESS = [
    "Être ressortissant(e) de l'un des États membres de l'UEMOA ;",
    "Être titulaire d'un diplôme de niveau Bac + 5 (Master, DESS ou équivalent) en sciences de gestion, en sciences de l'éducation ou en administration publique ;",
    "Justifier d'au moins sept (7) années d'expérience professionnelle, dont quatre (4) dans la gestion de la scolarité d'un établissement d'enseignement supérieur ;",
    "Avoir une bonne connaissance du système LMD et des procédures d'homologation des diplômes ;",
    "Maîtriser les logiciels de gestion académique et les outils bureautiques courants ;",
    "Être âgé(e) de cinquante (50) ans au plus au 31 décembre 2035.",
]
DES = [
    "Une expérience dans un établissement à vocation régionale ou internationale ;",
    "La pratique de l'anglais ou du portugais ;",
    "Une connaissance des plateformes de candidature et d'inscription en ligne.",
]
QUAL = ["Rigueur et sens de l'organisation", "Discrétion", "Capacité d'écoute",
        "Aptitude au travail sous pression", "Sens du service aux étudiants"]
SAL_TXT = "1 465 000 FCFA"

E = dict(reference=REF, post_number=None, languages=["fr"],
         title={"en": None, "fr": TITLE}, organisation={"en": None, "fr": ORG},
         location={"en": None, "fr": LOC}, schedule={"en": None, "fr": SCHED},
         deadline="2035-09-14", salary=salary(1465000, None, None, "XOF", "month"),
         grade=GRADE, clearance=None,
         requirements={"en": None, "fr": {"essential": ESS, "desirable": DES}},
         competencies={"en": None, "fr": [{"name": q, "description": ""} for q in QUAL]})

MISSIONS = [
    "organiser les inscriptions et réinscriptions des auditeurs et auditrices de tous les cycles ;",
    "tenir à jour les dossiers académiques et la base de données de la scolarité ;",
    "planifier les sessions d'examens, les délibérations et la publication des résultats ;",
    "préparer les relevés de notes, attestations et diplômes et suivre leur homologation ;",
    "encadrer une équipe de six (6) agents et gestionnaires de cycles ;",
    "produire les statistiques académiques destinées à la Direction générale et aux États membres.",
]
PIECES = [
    "une lettre de motivation adressée au Directeur Général ;",
    "un curriculum vitae détaillé et daté ;",
    "les copies certifiées conformes des diplômes ;",
    "les attestations ou certificats de travail ;",
    "une copie de la pièce d'identité ou du passeport en cours de validité ;",
    "un extrait de casier judiciaire datant de moins de trois (3) mois.",
]


def html():
    li = lambda xs: "\n".join(f"<li>{x}</li>" for x in xs)
    return f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Avis de recrutement {REF}</title>
<style>
@page {{ size: A4; margin: 18mm 18mm 20mm 18mm;
  @bottom-center {{ content: "CESAG – Boulevard du Général de Gaulle, BP 3802 Dakar – page " counter(page) " / " counter(pages); font-size: 8pt; color: #555; }} }}
body {{ font-family: "DejaVu Serif", serif; font-size: 10.5pt; line-height: 1.35; }}
.head {{ display: flex; justify-content: space-between; font-size: 9pt; text-transform: uppercase; }}
.head div {{ width: 48%; }}
.head .r {{ text-align: right; }}
h1 {{ text-align: center; font-size: 13pt; text-decoration: underline; margin: 14pt 0 4pt; }}
h2 {{ font-size: 11pt; margin: 12pt 0 4pt; text-transform: uppercase; }}
.sub {{ text-align: center; font-weight: bold; margin-bottom: 10pt; }}
ul {{ margin: 2pt 0 2pt 14pt; padding: 0; }}
ul.dash {{ list-style: none; }} ul.dash li:before {{ content: "– "; }}
.nw {{ white-space: nowrap; }}
.sig {{ margin-top: 16pt; text-align: right; }}
</style></head><body>
<div class="head"><div>Union Économique et Monétaire Ouest-Africaine<br>(UEMOA)<br>Centre Africain d'Études<br>Supérieures en Gestion<br>Direction Générale<br>Direction des Ressources Humaines</div>
<div class="r">Dakar, le 18 août 2035<br><br>N° d'ordre : 0917/DG/DRH<br></div></div>
<h1>AVIS DE RECRUTEMENT N° <span class="nw">{REF}</span></h1>
<p class="sub">Un(e) {TITLE}</p>
<p>Le {ORG} (CESAG), institution spécialisée de l'Union Économique et Monétaire Ouest-Africaine, forme chaque année plus de mille cinq cents auditrices et auditeurs venus d'une vingtaine de pays dans les métiers de la gestion, de l'audit, de la finance et de la santé. Dans le cadre du renforcement de sa Direction des Études, le CESAG lance un appel à candidatures pour le recrutement d'un(e) {TITLE}.</p>
<h2>I. Présentation du poste</h2>
<p>Intitulé du poste : {TITLE}<br>
Direction : Direction des Études<br>
Lieu d'affectation : {LOC}<br>
Classement : {GRADE}<br>
Nature du contrat : contrat à durée indéterminée, après une période d'essai de six (6) mois<br>
Régime de travail : {SCHED}<br>
Date de publication : 18 août 2035</p>
<h2>II. Missions principales</h2>
<p>Placé(e) sous l'autorité du Directeur des Études, le ou la titulaire du poste est chargé(e) notamment de :</p>
<ul class="dash">{li(MISSIONS)}</ul>
<h2>III. Profil requis</h2>
<p>Les candidat(e)s doivent remplir les conditions suivantes :</p>
<ul class="dash">{li(ESS)}</ul>
<h2>IV. Atouts</h2>
<p>Seront considérés comme des atouts :</p>
<ul class="dash">{li(DES)}</ul>
<h2>V. Qualités personnelles</h2>
<ul class="dash">{li(QUAL)}</ul>
<h2>VI. Rémunération et avantages</h2>
<p>Le salaire mensuel brut de départ est fixé à {SAL_TXT}, auquel s'ajoutent une indemnité de logement, une couverture médicale pour l'agent et sa famille et les avantages prévus par le Statut du personnel du CESAG. Les agents non-résidents bénéficient en outre d'une indemnité d'expatriation.</p>
<h2>VII. Composition du dossier de candidature</h2>
<ol>{li(PIECES)}</ol>
<h2>VIII. Dépôt des candidatures</h2>
<p>Les dossiers, sous pli fermé portant la mention « Candidature au poste de {TITLE} – {REF} », doivent être déposés au Secrétariat de la Direction des Ressources Humaines ou envoyés par courriel à recrutement@cesag.example au plus tard le <span class="nw">vendredi 14 septembre 2035</span> à 17 heures (heure de Dakar). Tout dossier incomplet ou parvenu après cette date sera rejeté.</p>
<p>Seul(e)s les candidat(e)s présélectionné(e)s seront convoqué(e)s à un test écrit prévu le 3 octobre 2035, suivi d'un entretien devant un jury. La prise de fonction est envisagée au 1er décembre 2035.</p>
<p>Le CESAG souscrit au principe de l'égalité des chances ; les candidatures féminines sont vivement encouragées.</p>
<p class="sig">Le Directeur Général<br><br>(signé)<br>Pr Mamadou K. DIALLO-TRAORÉ</p>
</body></html>
"""


def email():
    def wrap(s, ind="    "):
        import textwrap
        return textwrap.fill(s, 72, initial_indent=ind, subsequent_indent=" " * len(ind),
                             break_on_hyphens=False)
    miss = "\n".join(wrap(m, "  * ") for m in MISSIONS)
    ess = "\n".join(wrap(m, "  * ") for m in ESS)
    des = "\n".join(wrap(m, "  * ") for m in DES)
    qual = "\n".join("  * " + q for q in QUAL)
    pieces = "\n".join(wrap(p, f"  {i}. ") for i, p in enumerate(PIECES, 1))
    return f"""De : Association des Anciens du CESAG - Section Bénin <bureau@aacesag-benin.example>
Envoyé : mardi 21 août 2035 09:42
À : membres-aacesag@listes.example
Objet : TR: [Offre] Avis de recrutement {REF} - Responsable scolarité (Dakar)

Chers membres,

Le CESAG nous a transmis l'avis ci-dessous, que nous relayons à toute
utile fin. Pensez à le diffuser autour de vous. Pour rappel, notre
atelier « CV et lettre de motivation » se tiendra le samedi 1er
septembre 2035 à Cotonou (salle de l'Ordre des experts-comptables).

Bien cordialement,
Le Bureau

-----Message d'origine-----
De : DRH CESAG <drh@cesag.example>
Envoyé : lundi 20 août 2035 16:05
À : partenaires-emploi@cesag.example
Objet : Avis de recrutement {REF}

AVIS DE RECRUTEMENT N° {REF}

{TITLE}

Le {ORG} (CESAG), institution
spécialisée de l'UEMOA, lance un appel à candidatures pour le recrutement
d'un(e) {TITLE}.

PRESENTATION DU POSTE
  Intitulé du poste  : {TITLE}
  Direction          : Direction des Études
  Lieu d'affectation : {LOC}
  Classement         : {GRADE}
  Contrat            : CDI (période d'essai de six mois)
  Régime de travail  : {SCHED}

MISSIONS PRINCIPALES
{miss}

PROFIL REQUIS
{ess}

ATOUTS
{des}

QUALITES PERSONNELLES
{qual}

REMUNERATION
  Salaire mensuel brut de départ : {SAL_TXT}, plus indemnité de
  logement, couverture médicale et avantages statutaires.

DOSSIER DE CANDIDATURE
{pieces}

DEPOT
  Au plus tard le vendredi 14 septembre 2035 à 17 heures (heure de
  Dakar), au Secrétariat de la DRH ou par courriel à
  recrutement@cesag.example, avec la mention « Candidature -
  {REF} ». Test écrit prévu le 3 octobre 2035 pour les
  candidat(e)s présélectionné(e)s.

La Direction des Ressources Humaines

--
Ce message et ses pièces jointes sont confidentiels et destinés
exclusivement à leurs destinataires. Pour vous désinscrire de la liste
membres-aacesag, écrivez à bureau@aacesag-benin.example.
"""


def build(pdf=True):
    expected(KEY, E)
    src = build_src(KEY + "-cesag.html", html())
    if pdf:
        weasy(src, KEY + "-cesag.weasyprint.pdf", KEY)
    write(KEY + "-courriel.txt", email(), KEY)
