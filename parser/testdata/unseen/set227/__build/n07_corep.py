from common import *
REF = "COREP/SE/2036/03"; K = key_of(REF)
TITLE = "Chargé de programme Suivi, contrôle et surveillance des pêches"
ORG = "Commission Régionale des Pêches du Golfe de Guinée (COREP)"
LOC = "Libreville, Gabon"
SCHED = "Temps plein"
GRADE = "P2"
SALT = "36 900 000 FCFA (XAF) nets par an, indemnité de logement non comprise"
ESS = ["Être ressortissant(e) d'un État membre de la COREP (Angola, Cameroun, Congo, Gabon, République démocratique du Congo, Sao Tomé-et-Principe) ;",
       "Être titulaire d'un diplôme de niveau Bac+5 en halieutique, en droit maritime ou en sciences de la mer ;",
       "Justifier d'au moins six (6) ans d'expérience dans une administration des pêches, dont trois en matière de contrôle en mer ou au port ;",
       "Connaître les instruments de lutte contre la pêche illicite, non déclarée et non réglementée (INN) ;",
       "Maîtriser le français et avoir une connaissance pratique du portugais ou de l'anglais."]
DES = ["Une expérience des systèmes de suivi des navires par satellite (VMS) ;",
       "Une expérience de coopération avec des organisations régionales de gestion des pêches."]
COMP = [("Intégrité", "agit avec impartialité envers tous les États membres."),
        ("Sens de la négociation", "rapproche les positions des administrations nationales."),
        ("Capacité de synthèse", "rédige des notes courtes pour le Conseil des ministres.")]
MISS = ["coordonner le plan régional de surveillance conjointe des zones économiques exclusives ;",
        "animer le réseau des inspecteurs des pêches des États membres ;",
        "préparer les rapports du Comité technique et du Conseil des ministres ;",
        "suivre les projets financés par les partenaires techniques et financiers."]
LEAD = "Les candidat(e)s doivent remplir les conditions suivantes :"

src = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>COREP – Avis de vacance</title>
<style>@page{{size:A4;margin:2cm;@bottom-center{{content:"COREP – Secrétariat exécutif – page " counter(page)}}}}
body{{font-family:'DejaVu Serif',serif;font-size:10.5pt}} .head{{text-align:center;border-bottom:2px solid #114;padding-bottom:6pt}}
table{{border-collapse:collapse;width:100%;margin:8pt 0}} th{{text-align:left;width:34%;background:#e6ecf4;border:1px solid #889;padding:4pt}} td{{border:1px solid #889;padding:4pt}}
h3{{font-size:11pt;margin:10pt 0 4pt}} li{{margin-bottom:2pt}}</style></head><body>
<div class="head"><b>COMMISSION RÉGIONALE DES PÊCHES DU GOLFE DE GUINÉE</b><br>COREP – Secrétariat exécutif<br>BP 161, Libreville (adresse fictive)</div>
<h2 style="text-align:center">AVIS DE VACANCE DE POSTE N° {REF}</h2>
<p>Le Secrétariat exécutif de la COREP porte à la connaissance des ressortissants des États membres qu'un poste de cadre professionnel est à pourvoir au siège de l'institution.</p>
<table>
<tr><th>Intitulé du poste</th><td>{TITLE}</td></tr>
<tr><th>Organisation</th><td>{ORG}</td></tr>
<tr><th>Département</th><td>Département technique – Division Aménagement et contrôle</td></tr>
<tr><th>Lieu d'affectation</th><td>{LOC}</td></tr>
<tr><th>Catégorie</th><td>{GRADE}</td></tr>
<tr><th>Durée du contrat</th><td>Trois (3) ans renouvelable une fois</td></tr>
<tr><th>Temps de travail</th><td>{SCHED}</td></tr>
<tr><th>Rémunération</th><td>{SALT}</td></tr>
<tr><th>Date limite de dépôt</th><td>Lundi 22 septembre 2036 à 17 heures (heure de Libreville)</td></tr>
</table>
<h3>1. Attributions</h3><ul>{li(MISS)}</ul>
<h3>2. Qualifications et expérience requises</h3><p>{LEAD}</p><ol>{li(ESS)}</ol>
<h3>3. Qualifications souhaitées</h3><ul>{li(DES)}</ul>
<h3>4. Compétences comportementales</h3><ul>{li("<i>%s</i> : %s" % c for c in COMP)}</ul>
<h3>5. Dépôt des candidatures</h3>
<p>Les dossiers (lettre de motivation, CV, copies des diplômes, attestations de travail) sont transmis sous couvert du ministère chargé des pêches de l'État d'origine, ou par courriel à secretariat@corep.example, au plus tard le lundi 22 septembre 2036 à 17 heures. Les entretiens se tiendront à Libreville au cours de la semaine du 20 octobre 2036.</p>
<p style="text-align:right">Le Secrétaire exécutif (signature – nom fictif)</p>
</body></html>
"""
open(B + "/corep-avis.html", "w", encoding="utf-8").write(src)
weasy("corep-avis.html", K + "-avis.weasyprint.pdf", K)

nv = f"""COMMISSION RÉGIONALE DES PÊCHES DU GOLFE DE GUINÉE
          Secrétariat exécutif

N° 0218/COREP/SE/2036                      Libreville, le 26 août 2036

                        NOTE VERBALE

Le Secrétariat exécutif de la Commission Régionale des Pêches du Golfe
de Guinée (COREP) présente ses compliments aux Ministères chargés des
pêches des États membres et a l'honneur de leur transmettre, pour
diffusion auprès des cadres nationaux, l'avis de vacance ci-après.

Le Secrétariat exécutif saisit cette occasion pour renouveler aux
Ministères l'assurance de sa haute considération.

------------------------------------------------------------------
                AVIS DE VACANCE DE POSTE
                N° {REF}
------------------------------------------------------------------

Intitulé du poste .... : {TITLE}
Organisation ......... : {ORG}
Département .......... : Département technique – Division
                         Aménagement et contrôle
Lieu d'affectation ... : {LOC}
Catégorie ............ : {GRADE}
Durée du contrat ..... : Trois (3) ans renouvelable une fois
Temps de travail ..... : {SCHED}
Rémunération ......... : {SALT}
Date limite de dépôt . : 22/09/2036 à 17 heures (heure de Libreville)

1. ATTRIBUTIONS
{bullets(MISS, "   - ")}

2. QUALIFICATIONS ET EXPÉRIENCE REQUISES
{LEAD}
{chr(10).join("   %s) %s" % ("abcde"[i], e) for i, e in enumerate(ESS))}

3. QUALIFICATIONS SOUHAITÉES
{bullets(DES, "   - ")}

4. COMPÉTENCES COMPORTEMENTALES
{bullets(("%s : %s" % c for c in COMP), "   - ")}

5. DÉPÔT DES CANDIDATURES
Dossiers sous couvert du ministère chargé des pêches de l'État d'origine
ou par courriel (secretariat@corep.example), au plus tard le 22/09/2036
à 17 heures. Entretiens à Libreville, semaine du 20 octobre 2036.

Destinataires : Ministères chargés des pêches de l'Angola, du Cameroun,
du Congo, du Gabon, de la RDC et de Sao Tomé-et-Principe.
"""
write(K + "-note-verbale.txt", nv, K)

expected(REF, ["fr"], {"fr": TITLE}, {"fr": ORG}, {"fr": LOC}, {"fr": SCHED}, "2036-09-22",
         sal(amount=36900000, cur="XAF", per="year"), GRADE, {"fr": (ESS, DES)}, {"fr": COMP})
