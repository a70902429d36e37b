from common import *
KEY, REF = "gabac-sp-avp-2044-02", "GABAC/SP/AVP/2044/02"
T = "Expert(e) juriste – coopération internationale et typologies"
ORG = "Groupe d'Action contre le Blanchiment d'Argent en Afrique Centrale"
LOC = "Libreville (Gabon), Secrétariat permanent"
SCH = "Temps plein"
ESS = ["Être ressortissant(e) de l'un des États membres du GABAC ;",
       "Être titulaire d'un diplôme de niveau Bac + 5 au minimum en droit privé, droit pénal des affaires ou droit international ;",
       "Justifier d'une expérience professionnelle d'au moins sept (7) ans, dont quatre dans la lutte contre le blanchiment de capitaux et le financement du terrorisme ;",
       "Avoir une parfaite maîtrise du français et une bonne connaissance de l'anglais ou de l'espagnol ;",
       "Être âgé(e) de 50 ans au plus à la date de clôture des candidatures."]
DES = ["Avoir participé à une évaluation mutuelle selon la méthodologie du GAFI ;",
       "Avoir travaillé dans une cellule de renseignement financier."]
COMP = [("Intégrité et discrétion", ""), ("Esprit d'analyse", ""), ("Capacité de rédaction", ""),
        ("Travail en environnement multiculturel", "")]
expected(KEY, REF, ["fr"], {"fr": T}, {"fr": ORG}, {"fr": LOC}, {"fr": SCH}, "2044-06-22",
         salary={"amount": 28640000, "currency": "XAF", "period": "year"}, grade="P2",
         requirements={"fr": {"essential": ESS, "desirable": DES}}, competencies={"fr": COMP})

html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{REF}</title>
<style>
@page {{ size: A4; margin: 18mm 16mm 20mm; @bottom-center {{ content: "GABAC – Secrétariat permanent – page " counter(page) " sur " counter(pages); font-size: 8pt; color: #555; }} }}
body {{ font-family: "DejaVu Serif", serif; font-size: 10pt; }}
.head {{ text-align: center; font-size: 9pt; line-height: 1.3; }}
h1 {{ text-align: center; font-size: 14pt; letter-spacing: 2px; margin: 10px 0 2px; }}
h2 {{ font-size: 11pt; border-bottom: 1px solid #333; }}
table.f {{ width: 100%; border-collapse: collapse; }} table.f td {{ border: 1px solid #444; padding: 4px 6px; vertical-align: top; }}
table.f td.l {{ width: 34%; background: #eee; font-weight: bold; }}
ul.d {{ list-style: none; padding-left: 0; }} ul.d li:before {{ content: "– "; }}
</style></head><body>
<div class="head">COMMUNAUTÉ ÉCONOMIQUE ET MONÉTAIRE DE L'AFRIQUE CENTRALE<br>
<b>GROUPE D'ACTION CONTRE LE BLANCHIMENT D'ARGENT EN AFRIQUE CENTRALE</b><br>SECRÉTARIAT PERMANENT<br>B.P. 0000 Libreville (fictif)</div>
<p style="text-align:right">Libreville, le 20 mai 2044</p>
<h1>AVIS DE VACANCE DE POSTE</h1>
<p style="text-align:center">N° {REF}</p>
<p style="text-align:center"><b>{T}</b></p>
<p>Le Secrétaire permanent du GABAC lance un appel à candidatures pour pourvoir un poste d'expert(e) juriste au sein du Département de la coopération internationale et des typologies.</p>
<h2>I. Renseignements généraux</h2>
<table class="f">
<tr><td class="l">Intitulé du poste</td><td>{T}</td></tr>
<tr><td class="l">Organisation</td><td>{ORG} (GABAC)</td></tr>
<tr><td class="l">Lieu d'affectation</td><td>{LOC}</td></tr>
<tr><td class="l">Catégorie</td><td>P2</td></tr>
<tr><td class="l">Durée du contrat</td><td>Trois (3) ans, renouvelable une fois</td></tr>
<tr><td class="l">Régime de travail</td><td>{SCH}</td></tr>
<tr><td class="l">Rémunération</td><td>Salaire de base annuel de 28 640 000 FCFA, indemnités de logement et de fonction en sus</td></tr>
<tr><td class="l">Date limite de réception des dossiers</td><td>22 juin 2044 à 17 h 00 (heure de Libreville)</td></tr>
</table>
<h2>II. Attributions</h2>
<ul class="d">
<li>préparer les analyses juridiques relatives aux évaluations mutuelles des États membres ;</li>
<li>instruire les demandes d'entraide et de coopération entre cellules de renseignement financier ;</li>
<li>contribuer aux études de typologies régionales ;</li>
<li>animer des ateliers de formation au profit des assujettis et des autorités de contrôle.</li>
</ul>
<h2>III. Qualifications requises</h2>
<ul class="d">
{chr(10).join(f"<li>{x}</li>" for x in ESS)}
</ul>
<p><b>Qualifications souhaitées :</b></p>
<ul class="d">
{chr(10).join(f"<li>{x}</li>" for x in DES)}
</ul>
<h2>IV. Compétences comportementales</h2>
<ul>
{chr(10).join(f"<li>{n}</li>" for n, _ in COMP)}
</ul>
<h2>V. Dossier de candidature</h2>
<p>Le dossier comprend une lettre de motivation adressée au Secrétaire permanent, un curriculum vitae détaillé, les copies certifiées des diplômes et un certificat de nationalité. Il est transmis au plus tard le 22 juin 2044 à 17 h 00 par courriel (recrutement@gabac.example) ou déposé sous pli fermé. Seuls les candidats présélectionnés seront invités à un test écrit prévu le 12 juillet 2044.</p>
<p style="text-align:right">Le Secrétaire permanent<br>(signé)</p>
</body></html>
"""
open(os.path.join(BUILD, "gabac.html"), "w", encoding="utf-8").write(nbh(html))
weasy("gabac.html", f"{KEY}-gabac.weasyprint.pdf", KEY)

news = f"""LIBREVILLE INFOS
Politique | Économie | Société | Sport | Emploi | Annonces
Flash : coupure d'eau programmée à Owendo le 2 juin 2044 de 8 h à 16 h

Accueil > Emploi > Avis de recrutement

Le GABAC recrute un(e) expert(e) juriste
Par la Rédaction | Publié le 21 mai 2044 à 10 h 05 | 2 417 lectures | 3 commentaires

Le Groupe d'Action contre le Blanchiment d'Argent en Afrique Centrale (GABAC) a publié un avis de vacance de poste ouvert aux ressortissants des six États de la CEMAC. Voici l'essentiel de l'annonce.

AVIS DE VACANCE DE POSTE N° {REF}
Poste : {T}
Organisation : {ORG}
Lieu d'affectation : {LOC}
Catégorie : P2
Durée du contrat : trois ans, renouvelable une fois
Régime de travail : {SCH}
Rémunération : salaire de base annuel de 28 640 000 FCFA, indemnités de logement et de fonction en sus
Date limite : 22 juin 2044 à 17 h

Qualifications requises :
{chr(10).join('* ' + x for x in ESS)}

Qualifications souhaitées :
{chr(10).join('* ' + x for x in DES)}

Compétences comportementales : {', '.join(n for n, _ in COMP)}.

Les dossiers sont à envoyer par courriel ou à déposer sous pli fermé au Secrétariat permanent. Un test écrit est prévu le 12 juillet 2044 pour les candidats présélectionnés.

Partager : Facebook | WhatsApp | X

À LIRE AUSSI
- Concours d'entrée à l'ENA : les résultats attendus le 15 juin 2044
- Gabon Oil : 40 postes de techniciens à pourvoir à Port-Gentil (18 mai 2044)

3 COMMENTAIRES
Ondo M. — 21 mai 2044 à 11 h 20
Est-ce que les Équato-Guinéens peuvent postuler ?
Rédaction — 21 mai 2044 à 11 h 42
Oui, la Guinée équatoriale est membre de la CEMAC.
Nzé P. — 21 mai 2044 à 13 h 05
Le test de l'an passé était le 15 juillet, attention aux dates.
"""
write(f"{KEY}-librevilleinfos.txt", news, KEY)
