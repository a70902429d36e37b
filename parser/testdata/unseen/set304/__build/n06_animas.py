from common import *
import textwrap
REF = "ANS/RH/2043/03"; KEY = "ans-rh-2043-03"
T = "Chargé(e) de programme marketing social"
ORG = "ONG ANIMAS-SUTURA"
LOC = "Niamey, avec missions fréquentes à Maradi et Zinder"
SCH = "Temps plein : du lundi au jeudi de 8 h 00 à 17 h 30, le vendredi de 8 h 00 à 13 h 00"
ESS = ["être de nationalité nigérienne ;",
       "être titulaire d'un master en marketing, en communication ou en santé publique ;",
       "avoir au moins cinq ans d'expérience dans la gestion de programmes de marketing social ou de distribution de produits de santé ;",
       "maîtriser le haoussa ou le zarma en plus du français ;",
       "être disposé(e) à effectuer des missions de terrain de longue durée."]
DES = ["une expérience avec un bailleur de fonds bilatéral ;",
       "la connaissance des outils de collecte de données mobiles (KoBoToolbox, ODK)."]
COMP = [("Créativité", "concevoir des messages adaptés aux communautés rurales."),
        ("Sens de l'organisation", "piloter plusieurs campagnes en même temps."),
        ("Intégrité", "gérer les stocks et les fonds en toute transparence.")]
DUT = ["élaborer le plan annuel de marketing social des produits de santé familiale",
       "superviser les animateurs et les relais communautaires des régions de Maradi et Zinder",
       "suivre les ventes des points de distribution et analyser les ruptures de stock",
       "préparer les rapports techniques destinés aux partenaires"]

expected(KEY, reference=REF, languages=["fr"], title=T, organisation=ORG, location=LOC, schedule=SCH,
         deadline="2043-02-13", salary=sal(980000, cur="XOF"), grade=None,
         requirements={"fr": {"essential": ESS, "desirable": DES}},
         competencies={"fr": [{"name": n, "description": d} for n, d in COMP]})

src("animas-avis.html", f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Avis</title></head>
<body style="font-family:Liberation Serif;font-size:11pt">
<table width="100%"><tr><td width="55%"><b>ONG ANIMAS-SUTURA</b><br>Association nigérienne de marketing social<br>
Niamey – Niger (adresse fictive)<br>Tél. : 20 00 00 00</td>
<td align="right">Niamey, le 15 janvier 2043<br>N° {REF}</td></tr></table>
<p align="center"><b><u>AVIS DE RECRUTEMENT</u></b></p>
<p>Dans le cadre de la mise en œuvre de son programme de santé familiale, l'ONG lance un avis de recrutement
pour le poste ci-dessous.</p>
<table border="1" cellpadding="5" cellspacing="0" width="100%">
<tr><td width="30%"><b>Intitulé du poste</b></td><td>{T}</td></tr>
<tr><td><b>Organisation</b></td><td>{ORG}</td></tr>
<tr><td><b>Lieu d'affectation</b></td><td>{LOC}</td></tr>
<tr><td><b>Temps de travail</b></td><td>{SCH}</td></tr>
<tr><td><b>Durée</b></td><td>Contrat à durée déterminée de 24 mois</td></tr>
<tr><td><b>Salaire mensuel brut</b></td><td>980 000 FCFA</td></tr>
</table>
<p><b>I – TÂCHES PRINCIPALES</b></p>
<p>Sous l'autorité du Directeur des programmes, le ou la titulaire est chargé(e) de :</p>
<ul>{''.join('<li>' + d + ' ;</li>' for d in DUT)}</ul>
<p><b>II – PROFIL</b></p>
<p>Le (la) candidat(e) doit :</p>
<ol>{''.join('<li>' + x + '</li>' for x in ESS)}</ol>
<p>Seront considérés comme des atouts :</p>
<ul>{''.join('<li>' + x + '</li>' for x in DES)}</ul>
<p><b>III – QUALITÉS REQUISES</b></p>
{''.join(f'<p>{n} : {d}</p>' for n, d in COMP)}
<p><b>IV – DOSSIER DE CANDIDATURE</b></p>
<p>Lettre de motivation, CV détaillé, copies des diplômes et attestations de travail, extrait de casier judiciaire.
Les dossiers sont reçus au siège sous pli fermé ou par courriel au plus tard le <b>vendredi 13 février 2043 à
17 h 00</b>. Seul(e)s les candidat(e)s présélectionné(e)s seront convoqué(e)s à un test écrit le 24 février 2043.</p>
<p align="right">Le Directeur Exécutif<br>(nom fictif)</p>
</body></html>""")
soffice("animas-avis.html", KEY + "-avis.libreoffice.pdf", KEY)

wrap = lambda s, ind="": "\n".join(textwrap.wrap(s, 66, initial_indent=ind, subsequent_indent=" " * len(ind),
                                                   break_on_hyphens=False, break_long_words=False))
paper = f"""
L'ÉCHO DE NIAMEY (journal fictif) – N° 1 482 – Lundi 19 janvier 2043 – page 11
==================================================================
                    ANNONCES CLASSÉES – EMPLOI
==================================================================

                       AVIS DE RECRUTEMENT
                        N° {REF}

{wrap("L'ONG ANIMAS-SUTURA recrute dans le cadre de son programme de santé familiale :")}

POSTE : {T}
ORGANISATION : {ORG}
{wrap("LIEU D'AFFECTATION : " + LOC)}
{wrap("TEMPS DE TRAVAIL : " + SCH)}
SALAIRE MENSUEL BRUT : 980 000 FCFA
DATE LIMITE : 13/02/2043 à 17 h

{wrap("TÂCHES : " + " ; ".join(DUT) + ".")}

PROFIL – Le (la) candidat(e) doit :
{chr(10).join(wrap(x, "  - ") for x in ESS)}
Atouts :
{chr(10).join(wrap(x, "  - ") for x in DES)}

QUALITÉS REQUISES :
{chr(10).join(wrap(n + " : " + d, "  ") for n, d in COMP)}

{wrap("DOSSIER : lettre de motivation, CV, diplômes, attestations, casier judiciaire, au siège de l'ONG ou par courriel. Test écrit le 24/02/2043.")}
------------------------------------------------------------------
VENDS terrain 400 m² à Koira Tégui, titre foncier, 9 500 000 FCFA à débattre. Tél. 90 00 00 00 (fictif).
------------------------------------------------------------------
AVIS DE PERTE : il a été perdu le 12 janvier 2043 une carte grise au nom de M. Issa A. (fictif).
------------------------------------------------------------------
"""
w(KEY + "-echo.txt", paper, KEY)
save_rows("06")
