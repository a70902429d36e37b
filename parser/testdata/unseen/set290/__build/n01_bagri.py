"""BAGRI (Niger): Word-style avis printed by LibreOffice + e-mail forward."""
from common import *

KEY = "bagri-dg-drh-2041-031"
REF = "BAGRI/DG/DRH/2041-031"
TITLE = "Responsable du crédit stockage et de la commercialisation agricole"
ORG = "Banque Agricole du Niger (BAGRI)"
LOC = "Agence régionale de Maradi, avec missions dans les départements de Tessaoua et de Madarounfa"
SCHED = "Du lundi au jeudi de 8 h à 17 h, le vendredi de 8 h à 13 h"
GRADE = "Cadre moyen, échelon B3"
ESS = [
    "Être de nationalité nigérienne ;",
    "Être titulaire d'un diplôme de niveau Bac + 4 au moins en économie rurale, en agroéconomie ou en finance ;",
    "Justifier d'une expérience d'au moins cinq ans dans le financement de l'agriculture, dont deux dans la gestion d'un portefeuille de crédits ;",
    "Connaître les mécanismes du crédit adossé aux stocks (récépissés d'entrepôt, tierce détention) ;",
    "Parler couramment le haoussa et maîtriser le français écrit.",
]
DES = [
    "Une expérience auprès d'une institution de microfinance ou d'une union de coopératives ;",
    "La connaissance des outils de notation du risque agricole.",
]
COMP = [
    ("Sens de l'écoute", "savoir dialoguer avec les producteurs et leurs organisations"),
    ("Rigueur", "respecter scrupuleusement les procédures de crédit et les délais"),
    ("Intégrité", "refuser tout conflit d'intérêts dans l'octroi des prêts"),
]
MISSIONS = [
    "instruire les demandes de crédit de campagne et de crédit stockage présentées par les groupements de producteurs ;",
    "organiser, avec les magasiniers agréés, la mise en gage et le contrôle périodique des stocks de mil, de niébé et d'arachide ;",
    "suivre les remboursements et proposer les mesures de recouvrement amiable ;",
    "entretenir les relations avec les acheteurs institutionnels et les transformateurs de la région ;",
    "produire chaque mois le tableau de bord du portefeuille et les rapports demandés par la Direction des engagements.",
]

li = lambda xs: "\n".join(f"<li>{x}</li>" for x in xs)
html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Avis de recrutement {REF}</title>
<style>
body {{ font-family: 'Liberation Serif', serif; font-size: 11pt; }}
td {{ vertical-align: top; }}
h1 {{ font-size: 14pt; text-align: center; }}
h2 {{ font-size: 11.5pt; text-decoration: underline; }}
</style></head><body>
<table width="100%" cellpadding="4"><tr>
<td width="55%"><b>BANQUE AGRICOLE DU NIGER</b><br>Société anonyme au capital de 10 000 000 000 FCFA<br>Siège : Boulevard de la République, Niamey<br>B.P. 00000 Niamey (fictif)</td>
<td width="45%" align="right">Niamey, le 14 novembre 2041<br><br>N° {REF}</td>
</tr></table>
<hr>
<h1>AVIS DE RECRUTEMENT EXTERNE</h1>
<p align="center"><i>Un (1) poste à pourvoir</i></p>
<p>Dans le cadre du renforcement de son dispositif de financement des filières agricoles, la Banque Agricole du Niger lance un avis de recrutement externe pour le poste décrit ci-après.</p>
<table width="100%" border="1" cellspacing="0" cellpadding="5">
<tr><td width="32%"><b>Intitulé du poste</b></td><td>{TITLE}</td></tr>
<tr><td><b>Employeur</b></td><td>{ORG}</td></tr>
<tr><td><b>Direction de rattachement</b></td><td>Direction des engagements et du financement rural</td></tr>
<tr><td><b>Lieu d'affectation</b></td><td>{LOC}</td></tr>
<tr><td><b>Catégorie</b></td><td>{GRADE}</td></tr>
<tr><td><b>Type de contrat</b></td><td>Contrat à durée indéterminée, après une période d'essai de six mois</td></tr>
<tr><td><b>Horaires</b></td><td>{SCHED}</td></tr>
<tr><td><b>Rémunération</b></td><td>Salaire de base mensuel : 685 000 FCFA, plus une prime de rendement trimestrielle et une indemnité de logement</td></tr>
<tr><td><b>Date limite de dépôt</b></td><td>Jeudi 5 décembre 2041 à 12 h 00</td></tr>
</table>
<h2>I. MISSIONS PRINCIPALES</h2>
<p>Sous l'autorité du Chef d'agence de Maradi, le ou la titulaire du poste est chargé(e) de :</p>
<ul>
{li(MISSIONS)}
</ul>
<h2>II. PROFIL REQUIS</h2>
<p>Les candidat(e)s doivent remplir les conditions suivantes :</p>
<ol>
{li(ESS)}
</ol>
<p><b>Atouts :</b></p>
<ul>
{li(DES)}
</ul>
<h2>III. QUALITÉS PERSONNELLES</h2>
<ul>
{li(n + " : " + d for n, d in COMP)}
</ul>
<h2>IV. COMPOSITION DU DOSSIER</h2>
<p>Le dossier comprend : a) une lettre de motivation adressée au Directeur général ; b) un curriculum vitae détaillé ; c) les copies légalisées des diplômes et des certificats de travail ; d) un extrait d'acte de naissance ; e) un extrait de casier judiciaire de moins de trois mois.</p>
<h2>V. DÉPÔT DES CANDIDATURES</h2>
<p>Les dossiers sont déposés sous pli fermé, avec la mention « {REF} – {TITLE} », au secrétariat de la Direction des ressources humaines (siège, 2e étage) ou envoyés à recrutement@bagri-niger.example au plus tard le <b>jeudi 5 décembre 2041 à 12 h 00</b>. Seuls les candidat(e)s présélectionné(e)s seront convoqué(e)s à un test écrit prévu le 17 décembre 2041, suivi d'un entretien.</p>
<p align="right">Le Directeur général<br><i>(signature – personne fictive)</i></p>
</body></html>
"""
libreoffice(src("bagri-avis.html", html), KEY + "-avis.libreoffice.pdf", KEY)

bul = lambda xs, m: "\n".join(f"  {m} {x}" for x in xs)
email = f"""De : Issoufou Garba <i.garba@mail.example>
Envoyé : lundi 18 novembre 2041 07:52
À : Promo ENSA Agroéconomie 2034 <promo-agroeco-2034@groupes.example>
Objet : TR: BAGRI recrute – poste à Maradi (délai 5 décembre)

Salam à tous,

Je relaie l'avis que la BAGRI a publié la semaine dernière. C'est pile le profil
de plusieurs d'entre nous (crédit warranté, OP, etc.). Le dossier est à déposer
avant le 5/12, ne traînez pas. Pour ceux qui l'ont demandé : la réunion de la
promo est reportée au samedi 30 novembre.

Issoufou

---------- Message transféré ---------
De : Direction des ressources humaines BAGRI <drh@bagri-niger.example>
Date : jeu. 14 nov. 2041 à 16:05
Objet : Avis de recrutement {REF}
À : <partenaires-emploi@bagri-niger.example>

AVIS DE RECRUTEMENT EXTERNE N° {REF}

Intitulé du poste : {TITLE}
Employeur : {ORG}
Direction : Engagements et financement rural
Lieu d'affectation : {LOC}
Catégorie : {GRADE}
Contrat : CDI (essai de six mois)
Horaires : {SCHED}
Rémunération : salaire de base mensuel de 685 000 FCFA, plus prime de
rendement trimestrielle et indemnité de logement
Date limite de dépôt : 05/12/2041 à 12 h 00

MISSIONS PRINCIPALES
{bul(MISSIONS, "➢")}

PROFIL REQUIS
Les candidat(e)s doivent remplir les conditions suivantes :
{bul(ESS, "1.")}

Atouts :
{bul(DES, "➢")}

QUALITÉS PERSONNELLES
{bul((n + " : " + d for n, d in COMP), "➢")}

DOSSIER : lettre de motivation au Directeur général, CV détaillé, copies
légalisées des diplômes et certificats de travail, extrait d'acte de naissance,
extrait de casier judiciaire de moins de trois mois.

DÉPÔT : sous pli fermé au secrétariat de la DRH (siège, Niamey, 2e étage) ou à
recrutement@bagri-niger.example, au plus tard le jeudi 5 décembre 2041 à 12 h 00.
Test écrit des présélectionné(e)s : 17 décembre 2041.

--
Direction des ressources humaines
Banque Agricole du Niger – Niamey
Ce message et ses pièces jointes sont confidentiels.
"""
email = email.replace("  1. ", "  - ")
write(KEY + "-email.txt", email, KEY)

expected(KEY, reference=REF, languages=["fr"], title=TITLE, organisation=ORG, location=LOC,
         schedule=SCHED, deadline="2041-12-05", salary=salary(685000, cur="XOF"), grade=GRADE,
         requirements={"fr": {"essential": ESS, "desirable": DES}}, competencies={"fr": COMP})
save_rows("n01")
