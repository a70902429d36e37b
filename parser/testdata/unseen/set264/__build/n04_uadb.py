from common import *
KEY = "uadb-r-sg-drh-2039-027"
REF = "UADB/R/SG/DRH/2039-027"
T = "Ingénieur(e) en maintenance des équipements de laboratoire"
O = "Université Alioune Diop de Bambey"
L = "Bambey (Sénégal)"
S = "Temps plein"
ESS = [
 "Être de nationalité sénégalaise ;",
 "Être titulaire d'un diplôme d'ingénieur (Bac + 5) en génie biomédical, en électronique ou en électromécanique ;",
 "Justifier d'une expérience d'au moins trois (3) ans dans la maintenance d'équipements scientifiques ou médicaux ;",
 "Maîtriser la lecture de schémas électroniques et les outils de diagnostic ;",
 "Être âgé(e) de 40 ans au plus au 31 décembre 2039.",
]
DES = [
 "Une expérience dans un établissement d'enseignement supérieur ;",
 "Une bonne connaissance de l'anglais technique.",
]
C = ["rigueur", "sens de l'organisation", "disponibilité", "esprit d'équipe"]
SALT = "912 500 FCFA brut par mois, hors indemnités"
DL = "mardi 11 octobre 2039 à 16 heures"

def build():
    html = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Avis de recrutement {REF}</title>
<style>
@page {{ size: A4; margin: 2cm 2cm 2.2cm 2cm; @bottom-center {{ content: "Page " counter(page) " / " counter(pages); font-size: 8pt; }} }}
body {{ font-family: "Liberation Serif", serif; font-size: 11pt; }}
.lh {{ display: flex; justify-content: space-between; font-size: 9pt; text-transform: uppercase; }}
.lh div {{ width: 47%; }} .right {{ text-align: right; }}
h1 {{ text-align: center; font-size: 15pt; text-decoration: underline; margin-bottom: 2pt; }}
.num {{ text-align: center; }} .titre {{ text-align: center; font-weight: bold; font-size: 13pt; }}
table {{ border-collapse: collapse; width: 100%; }} td {{ border: 1px solid #333; padding: 3pt 5pt; vertical-align: top; }}
td.k {{ width: 35%; font-weight: bold; }}
h2 {{ font-size: 12pt; margin-bottom: 3pt; }}
</style></head><body>
<div class="lh"><div>Ministère de l'Enseignement supérieur, de la Recherche et de l'Innovation<br>{O}<br>Rectorat – Secrétariat général<br>Direction des Ressources humaines</div>
<div class="right">République du Sénégal<br>Un Peuple – Un But – Une Foi<br>Bambey, le 12 septembre 2039</div></div>
<h1>AVIS DE RECRUTEMENT</h1>
<p class="num">N° <span style="white-space:nowrap">{REF}</span></p>
<p>Le Recteur de l'{O} (UADB) informe le public qu'un recrutement est ouvert, sur étude de dossier suivie d'un entretien, pour le poste de :</p>
<p class="titre">{T}</p>
<h2>I. Caractéristiques du poste</h2>
<table>
<tr><td class="k">Structure</td><td>Plateforme technique des laboratoires – UFR Sciences appliquées et TIC</td></tr>
<tr><td class="k">Lieu d'affectation</td><td>{L}</td></tr>
<tr><td class="k">Hiérarchie</td><td>A2</td></tr>
<tr><td class="k">Nature du contrat</td><td>Contrat à durée indéterminée (CDI) après une période d'essai de six mois</td></tr>
<tr><td class="k">Régime de travail</td><td>{S}</td></tr>
<tr><td class="k">Rémunération</td><td>{SALT}</td></tr>
</table>
<h2>II. Missions</h2>
<ul>
<li>assurer la maintenance préventive et curative des équipements des laboratoires pédagogiques et de recherche des trois sites de l'Université ;</li>
<li>tenir l'inventaire et les fiches de vie des appareils ;</li>
<li>conseiller les UFR lors de l'acquisition de nouveaux équipements et rédiger les spécifications techniques ;</li>
<li>former les techniciens de laboratoire à l'utilisation et à l'entretien courant des appareils.</li>
</ul>
<h2>III. Profil requis</h2>
<p>Le (la) candidat(e) doit :</p>
<ul>
{li(ESS)}
</ul>
<h2>IV. Atouts</h2>
<ul>
{li(DES)}
</ul>
<h2>V. Qualités requises</h2>
<p>Le poste requiert {C[0]}, {C[1]}, {C[2]} et {C[3]}.</p>
<h2>VI. Composition du dossier</h2>
<ol><li>une demande manuscrite adressée au Recteur ;</li><li>un curriculum vitae détaillé ;</li><li>les copies certifiées conformes des diplômes et attestations de travail ;</li><li>un extrait d'acte de naissance datant de moins de trois mois.</li></ol>
<p>Les dossiers sont à déposer au bureau du courrier de la Direction des Ressources humaines, campus de Bambey, ou à envoyer à drh@uadb.example au plus tard le <strong>{DL}</strong>. Les candidat(e)s présélectionné(e)s seront convoqué(e)s à un entretien prévu le 2 novembre 2039.</p>
<p class="right">Le Recteur<br><br>Pr Mamadou Lamine Ndiaye</p>
</body></html>
"""
    src = os.path.join(BUILD, "uadb.html")
    open(src, "w", encoding="utf-8").write(html)
    pdf = KEY + "-uadb.weasyprint.pdf"
    weasy(src, pdf)
    dump(pdf, KEY, "weasyprint")
    wa = f"""[14/09/2039, 08:12] Khady Diouf: Bonjour à tous 👋 Avis de recrutement à l'UADB, partagez svp
[14/09/2039, 08:12] Khady Diouf: *AVIS DE RECRUTEMENT N° {REF}*
*{O}*
Poste : *{T}*
📍 Lieu d'affectation : {L}
🏷️ Hiérarchie : A2
📄 Contrat : CDI après essai de 6 mois
⏱️ Régime de travail : {S}
💰 Rémunération : {SALT}

*Profil requis* – Le (la) candidat(e) doit :
{bullets(ESS, '• ')}

*Atouts*
{bullets(DES, '• ')}

*Qualités requises* : {', '.join(C)}

📅 *Date limite de dépôt : {DL}*
Dossier : demande manuscrite au Recteur, CV, copies certifiées des diplômes, extrait de naissance. Dépôt à la DRH, campus de Bambey, ou drh@uadb.example
[14/09/2039, 08:13] Khady Diouf: <pièce jointe : AVIS_UADB_2039-027.pdf>
[14/09/2039, 08:31] Ousmane Faye: Merci Khady 🙏 c'est ouvert aux techniciens supérieurs aussi ?
[14/09/2039, 08:40] Khady Diouf: Non, il faut le diplôme d'ingénieur. L'entretien est prévu le 2 novembre d'après l'avis
[14/09/2039, 09:02] Awa Sarr: Transféré au groupe des anciens de l'ESP 👍
"""
    w(KEY + "-whatsapp.txt", wa, KEY, "txt")
    expected(KEY, reference=REF, languages=["fr"], title={"en": None, "fr": T},
             organisation={"en": None, "fr": O}, location={"en": None, "fr": L},
             schedule={"en": None, "fr": S}, deadline="2039-10-11",
             salary=sal(912500, cur="XOF", period="month"), grade="A2",
             requirements={"en": None, "fr": {"essential": ESS, "desirable": DES}},
             competencies={"en": None, "fr": comp([(c, "") for c in C])})
