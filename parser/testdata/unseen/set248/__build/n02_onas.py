from common import *
REF = "ONAS/DG/DRH/2038-14"
K = key(REF)
T = "Ingénieur(e) d'exploitation de stations d'épuration"
ORG = "Office National de l'Assainissement (ONAS)"
LOC = "Direction régionale de Sfax, station d'épuration de Sfax Sud"
SCH = "Séance unique en été, double séance le reste de l'année, astreintes par roulement"
GR = "Cadre, niveau 11"
ESS = ["être de nationalité tunisienne ;",
       "être titulaire d'un diplôme national d'ingénieur en génie des procédés, génie de l'environnement ou hydraulique ;",
       "justifier d'une expérience d'au moins quatre (4) ans dans l'exploitation d'ouvrages de traitement des eaux ;",
       "maîtriser le suivi des paramètres de traitement (DBO5, DCO, MES) et la conduite des boues activées ;",
       "être en position régulière vis-à-vis du service national."]
DES = ["une expérience de la réutilisation des eaux usées traitées en agriculture ;",
       "la connaissance des logiciels de supervision (SCADA)."]
MIS = ["assurer la conduite quotidienne des filières eau et boues ;",
       "organiser la maintenance préventive des équipements électromécaniques ;",
       "contrôler la qualité des rejets au regard de la norme tunisienne NT 106.02 ;",
       "encadrer une équipe de quinze techniciens et agents d'exploitation ;",
       "rédiger les rapports mensuels d'exploitation."]
DOS = ["une demande manuscrite adressée au Président-Directeur Général ;",
       "un curriculum vitae détaillé ;",
       "une copie certifiée conforme du diplôme et de son équivalence le cas échéant ;",
       "les attestations de travail justifiant l'expérience ;",
       "un extrait du bulletin n° 3 datant de moins de trois mois."]
SALF = "De 2 150 à 2 600 dinars (TND) bruts par mois selon l'expérience, primes de rendement en sus"

def li(xs): return "".join(f"<li>{x}</li>" for x in xs)
avis = f"""<html><head><meta charset="utf-8"><style>
body{{font-family:'Liberation Serif';font-size:11pt}} td{{border:1px solid #000;padding:3pt;vertical-align:top}} table{{border-collapse:collapse;width:100%}}
</style></head><body>
<table style="border:none"><tr><td style="border:none;width:50%"><b>RÉPUBLIQUE TUNISIENNE</b><br>Ministère de l'Environnement<br><b>OFFICE NATIONAL DE L'ASSAINISSEMENT</b><br>Direction des Ressources Humaines</td>
<td style="border:none;text-align:right">Tunis, le 4 mai 2038</td></tr></table>
<p align="center"><b>AVIS DE RECRUTEMENT EXTERNE SUR DOSSIERS</b><br>N° {REF}</p>
<p>L'{ORG} porte à la connaissance du public qu'il recrute un(e) ingénieur(e) pour le poste décrit ci-après.</p>
<table>
<tr><td><b>Intitulé du poste</b></td><td>{T}</td></tr>
<tr><td><b>Organisme</b></td><td>{ORG}</td></tr>
<tr><td><b>Lieu d'affectation</b></td><td>{LOC}</td></tr>
<tr><td><b>Catégorie</b></td><td>{GR}</td></tr>
<tr><td><b>Régime de travail</b></td><td>{SCH}</td></tr>
<tr><td><b>Rémunération</b></td><td>{SALF}</td></tr>
<tr><td><b>Nombre de postes</b></td><td>1 (un)</td></tr>
<tr><td><b>Date limite de dépôt</b></td><td>Lundi 8 juin 2038, le cachet du bureau d'ordre central faisant foi</td></tr>
</table>
<p><b>1. Missions principales</b></p><p>Sous l'autorité du chef de la station, le ou la titulaire est chargé(e) de :</p><ul>{li(MIS)}</ul>
<p><b>2. Conditions de participation</b></p><p>Le ou la candidat(e) doit :</p><ul>{li(ESS)}</ul>
<p><b>3. Atouts appréciés</b></p><ul>{li(DES)}</ul>
<p><b>4. Composition du dossier</b></p><ol type="a">{li(DOS)}</ol>
<p><b>5. Dépôt des candidatures</b></p>
<p>Les dossiers sont déposés au bureau d'ordre central de l'ONAS, 32 rue Hooker Doolittle, Tunis (adresse fictive), ou envoyés par voie postale recommandée, sous pli fermé portant la mention « Ne pas ouvrir – Recrutement {REF} ». Les candidat(e)s retenu(e)s sur dossier seront convoqué(e)s à un entretien oral prévu le 29 juin 2038. Tout dossier incomplet ou parvenu hors délai sera rejeté.</p>
<p align="right">Le Président-Directeur Général<br>(signature fictive)</p>
</body></html>"""
open(os.path.join(B, "onas-avis.html"), "w", encoding="utf-8").write(avis)
lo_pdf("onas-avis.html", K + "-avis.libreoffice.pdf", K)

def wrap(s, ind, width=70):
    import textwrap
    return textwrap.fill(s, width, subsequent_indent=ind)
body = "\n".join(wrap("  – " + x, "    ") for x in ESS)
txt = f"""LE QUOTIDIEN DU SAHEL TUNISIEN (fictif) — Mercredi 13 mai 2038 — Page 19
                        ANNONCES LÉGALES ET OFFICIELLES
----------------------------------------------------------------------

              OFFICE NATIONAL DE L'ASSAINISSEMENT
        AVIS DE RECRUTEMENT EXTERNE SUR DOSSIERS N° {REF}

L'ONAS recrute un(e) ingénieur(e) selon les conditions suivantes :

Poste         : {T}
Organisme     : {ORG}
Affectation   : {LOC}
Catégorie     : {GR}
Régime        : {SCH}
Salaire       : {SALF}
Date limite   : 08/06/2038

MISSIONS : conduite des filières eau et boues, maintenance préventive,
contrôle des rejets, encadrement d'une équipe de quinze agents,
rapports mensuels d'exploitation.

CONDITIONS DE PARTICIPATION. Le ou la candidat(e) doit :
{body}

ATOUTS :
{chr(10).join(wrap("  – " + x, "    ") for x in DES)}

DOSSIER : demande manuscrite, CV, copie certifiée du diplôme,
attestations de travail, bulletin n° 3 de moins de trois mois.
Dépôt au bureau d'ordre central de l'ONAS, Tunis, ou par voie postale
recommandée. Entretiens oraux : 29 juin 2038.
                                  Le Président-Directeur Général
----------------------------------------------------------------------
              SOCIÉTÉ « OLIVERAIES DU CENTRE » SARL (fictive)
  AVIS DE CONVOCATION. Les associés sont convoqués en assemblée
  générale ordinaire le jeudi 11 juin 2038 à 10 h au siège social.
----------------------------------------------------------------------
                          APPEL D'OFFRES N° 07/2038
  Fourniture de pompes submersibles. Cautionnement provisoire :
  3 500 dinars. Date limite de réception des offres : 17 juin 2038.
----------------------------------------------------------------------
"""
w(K + "-journal.txt", txt, K)
expected(REF, ["fr"], {"fr": T}, {"fr": ORG}, {"fr": LOC}, {"fr": SCH}, "2038-06-08",
         {"min": 2150, "max": 2600, "currency": "TND", "period": "month"}, GR, {"fr": (ESS, DES)}, {"fr": []})
