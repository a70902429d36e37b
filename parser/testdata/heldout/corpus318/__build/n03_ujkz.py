from common import *
REF = "UJKZ/P/SG/DRH/2044-023"
T = "Assistant(e) en parasitologie vétérinaire"
ORG = "Université Joseph Ki-Zerbo"
LOC = "Laboratoire de biologie et santé animales, UFR Sciences de la Vie et de la Terre, Ouagadougou"
SCH = "192 heures équivalent TD par an, plus l'encadrement des travaux pratiques de terrain"
GR = "Assistant"
ESS = ["Être de nationalité burkinabè ou ressortissant(e) d'un État membre de l'UEMOA ;",
       "Être âgé(e) de 45 ans au plus au 31 décembre 2044 ;",
       "Être titulaire d'un doctorat unique en parasitologie, en médecine vétérinaire ou en biologie animale ;",
       "Avoir publié au moins deux articles dans des revues à comité de lecture ;",
       "Jouir de ses droits civiques."]
DES = ["Une expérience d'enseignement en licence",
       "La maîtrise des techniques de diagnostic moléculaire des hémoparasites"]
MIS = ["assurer des cours magistraux, des travaux dirigés et des travaux pratiques en parasitologie",
       "encadrer des mémoires de licence et de master",
       "participer aux programmes de recherche du laboratoire sur les tiques et les trypanosomes du bétail",
       "contribuer aux missions d'appui aux éleveurs organisées par l'UFR"]
facts = [("Intitulé du poste", T), ("Établissement", ORG), ("Composante", "UFR Sciences de la Vie et de la Terre"),
         ("Lieu d'affectation", LOC), ("Grade", GR), ("Charge horaire", SCH), ("Nombre de postes", "un (01)"),
         ("Traitement", "612 000 FCFA par mois (indice de début), indemnités statutaires en sus")]
rows = "\n".join(f"<tr><td width='32%'><b>{a}</b></td><td>{b}</td></tr>" for a, b in facts)
html = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Avis de recrutement</title>
<style>body{{font-family:'Liberation Serif',serif;font-size:11pt}} td{{vertical-align:top;padding:3px}}</style></head><body>
<table width="100%"><tr>
<td width="50%" align="center">MINISTÈRE DE L'ENSEIGNEMENT SUPÉRIEUR,<br>DE LA RECHERCHE ET DE L'INNOVATION<br>-----------<br>UNIVERSITÉ JOSEPH KI-ZERBO<br>-----------<br>Présidence – Secrétariat Général<br>N° {REF}</td>
<td width="50%" align="center">BURKINA FASO<br>-----------<br>La Patrie ou la Mort, nous Vaincrons<br><br>Ouagadougou, le 4 mars 2044</td></tr></table>
<p align="center"><b><u>AVIS DE RECRUTEMENT D'UN ENSEIGNANT-CHERCHEUR</u></b></p>
<p>Le Président de l'Université Joseph Ki-Zerbo porte à la connaissance du public qu'un poste d'enseignant-chercheur est
ouvert au recrutement sur titre, dans les conditions fixées ci-après.</p>
<table width="100%" border="1" cellspacing="0">{rows}</table>
<p><b>I – ATTRIBUTIONS</b></p>
<p>Sous l'autorité du chef de département, la personne recrutée devra notamment :</p>
<ul>{''.join('<li>' + m + ' ;</li>' for m in MIS[:-1])}<li>{MIS[-1]}.</li></ul>
<p><b>II – CONDITIONS DE CANDIDATURE</b></p>
<p>Peuvent faire acte de candidature les personnes remplissant les conditions suivantes :</p>
<ol>{''.join('<li>' + x + '</li>' for x in ESS)}</ol>
<p><b>III – ATOUTS</b></p>
<ul>{''.join('<li>' + x + '</li>' for x in DES)}</ul>
<p><b>IV – COMPOSITION DU DOSSIER ET DÉPÔT</b></p>
<p>Le dossier comprend : une demande adressée au Président de l'Université, un curriculum vitae, une copie légalisée du
diplôme de doctorat et de l'arrêté d'équivalence le cas échéant, les tirés à part des publications, un extrait d'acte de
naissance et un certificat de nationalité. Il doit parvenir au Secrétariat Général de l'Université, bâtiment de la
Présidence, au plus tard le <b>jeudi 7 avril 2044 à 12 h 00</b>, délai de rigueur.</p>
<p><b>V – SÉLECTION</b></p>
<p>Une commission examine les dossiers. Les candidat(e)s présélectionné(e)s présenteront une leçon publique le
27 avril 2044 et seront entendu(e)s par le conseil scientifique.</p>
<p align="right">Le Président de l'Université<br><br>(signé)<br>Pr. A. K. Ouédraogo (nom fictif)</p>
</body></html>"""
wb("ujkz-avis.html", html)
soffice("ujkz-avis.html", "ujkz-p-sg-drh-2044-023-avis.libreoffice.pdf", REF)

wa = f"""[12/03/2044 07:41:09] Dr Sawadogo (UFR SVT): ‎Les messages et les appels sont chiffrés de bout en bout.
[12/03/2044 07:41:09] ~ Groupe « Docteurs SVT – promo 2040 » : Dr Sawadogo a ajouté Mariam
[12/03/2044 07:43:22] Dr Sawadogo (UFR SVT): Transféré
*AVIS DE RECRUTEMENT – UJKZ*
N° {REF}

*Intitulé du poste :* {T}
*Établissement :* {ORG}
*Lieu d'affectation :* {LOC}
*Grade :* {GR}
*Charge horaire :* {SCH}
*Traitement :* 612 000 FCFA par mois (indice de début)
*Nombre de postes :* 01

_Attributions_ : cours, TD et TP de parasitologie ; encadrement de mémoires ; recherche sur les tiques et les trypanosomes ; appui aux éleveurs.

*Conditions :*
{chr(10).join(f'{i}. {x}' for i, x in enumerate(ESS, 1))}

*Atouts :*
{chr(10).join('- ' + x for x in DES)}

*Dépôt* : Secrétariat Général, bâtiment de la Présidence, au plus tard le *jeudi 7 avril 2044 à 12 h 00*.
Leçon publique des présélectionnés : 27 avril 2044.
[12/03/2044 07:44:03] Dr Sawadogo (UFR SVT): ‎PDF · 2 pages · avis_UJKZ_parasito.pdf
[12/03/2044 08:02:51] Mariam: Merci Docteur 🙏🏾 Le doctorat en biologie animale est accepté ?
[12/03/2044 08:05:17] Dr Sawadogo (UFR SVT): Oui, c'est écrit dans les conditions. Et n'oubliez pas le certificat de nationalité.
[12/03/2044 08:30:40] Issouf: ‎Ce message a été supprimé.
[12/03/2044 09:12:05] Issouf: Qui vient à la séance de relecture des dossiers samedi 19/03 ? 1 000 FCFA pour les photocopies
[12/03/2044 09:13:44] Mariam: Moi 👍🏾
"""
w("ujkz-p-sg-drh-2044-023-whatsapp.txt", wa, REF)
expected(REF, ["fr"], {"fr": T}, {"fr": ORG}, {"fr": LOC}, {"fr": SCH}, "2044-04-07",
         sal(amount=612000, cur="XOF"), GR, {"fr": (ESS, DES)}, {"fr": []})
save_rows("n03")
