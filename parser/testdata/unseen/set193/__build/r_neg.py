# Documents that are not notices (invented organisations; every name grepped: 0 hits).
from docx import Document
from docx.shared import Pt, Cm
from r_docx import base, para, bullets, shade, cant_split

CSS = """body{font-family:"DejaVu Sans",sans-serif;font-size:9.5pt;color:#222}
h1{font-size:15pt;margin:4px 0}h2{font-size:11pt;margin:10px 0 3px;border-bottom:1px solid #999}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;padding:3px 5px;text-align:left;vertical-align:top}
th{background:#e8e8e8}.small{font-size:8pt;color:#555}"""


def kit_list():
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Pre-deployment kit list</title>
<style>@page{{size:A4;margin:16mm}}{CSS}
.box{{border:2px solid #c0392b;padding:6px 8px;margin:6px 0}}</style></head><body>
<p class="small">PENHALLOW SEA RESCUE TRUST · Crew welfare · Document PSRT-CW-07 (rev. 3)</p>
<h1>Pre-deployment kit list – Rotation 14</h1>
<table>
<tr><th>Vessel</th><td>RV Kittiwake</td><th>Location</th><td>Port of Falmouth, berth 6</td></tr>
<tr><th>Rotation</th><td>14 (3 November – 8 December 2033)</td><th>Reference</th><td>ROT-2033-14</td></tr>
<tr><th>Position on board</th><td>All crew and volunteers</td><th>Deadline for documents</th><td>20 October 2033</td></tr>
</table>
<div class="box"><b>This is not a recruitment document.</b> Crew for rotation 14 has been confirmed. It lists what each
person already assigned to the rotation must bring on board.</div>
<h2>1. Documents (requirements)</h2>
<ul><li>Valid passport or national identity card, plus one photocopy.</li>
<li>Seafarer medical certificate (ENG1 or equivalent) valid until after 8 December 2033.</li>
<li>STCW basic safety training certificate.</li>
<li>Signed code of conduct and emergency-contact form, returned by 20 October 2033.</li></ul>
<h2>2. Personal kit</h2>
<table><tr><th>Item</th><th>Quantity</th><th>Notes</th></tr>
<tr><td>Steel-toe deck boots</td><td>1 pair</td><td>Broken in; no new boots</td></tr>
<tr><td>Waterproof jacket and trousers</td><td>1 set</td><td>Trust-issued sets available on request</td></tr>
<tr><td>Warm layers (fleece, thermal tops)</td><td>3</td><td>November nights at sea are cold</td></tr>
<tr><td>Head torch with red light</td><td>1</td><td>Spare batteries</td></tr>
<tr><td>Personal medication</td><td>For 6 weeks</td><td>Declared to the ship's medic</td></tr>
<tr><td>Cash for shore leave</td><td>About £80</td><td>No card payment at some ports</td></tr></table>
<h2>3. Do not bring</h2>
<p>Drones, alcohol, large hard-shell suitcases and personal inflatable equipment. Storage per person is one locker
of 60 × 40 × 180 cm.</p>
<h2>4. Travel</h2>
<p>The Trust books and pays train travel to Falmouth. Embarkation is on 3 November 2033 from 14:00. Late arrivals must
call the duty officer on the number given in the crew briefing pack.</p>
<p class="small">Questions: crew.welfare@penhallow-rescue.example · Penhallow Sea Rescue Trust, registered charity.</p>
</body></html>
"""


def memoriam():
    return r"""\documentclass[10pt,a4paper,twocolumn]{article}
\usepackage[utf8]{inputenc}
\usepackage[T1]{fontenc}
\usepackage{lmodern}
\usepackage[a4paper,margin=20mm]{geometry}
\usepackage{fancyhdr}
\hyphenpenalty=10000
\sloppy
\pagestyle{fancy}\fancyhf{}
\fancyhead[L]{\small\itshape Skyline -- the staff magazine of Marrowdale Observatory}
\fancyhead[R]{\small Issue 58 -- Autumn 2033}
\fancyfoot[C]{\small 23}
\begin{document}
\twocolumn[{\centering{\LARGE\bfseries In memoriam}\\[4pt]{\large Dr Elspeth Carrow (1958--2033)}\\[2pt]
{\small Former Head of Instrumentation, Marrowdale Observatory}\\[10pt]}]

Colleagues past and present were saddened to learn of the death, on 2 September 2033, of Dr Elspeth
Carrow, who spent thirty-one years at Marrowdale and retired in 2021 as Head of Instrumentation.

Elspeth joined the observatory in 1990 as a junior detector physicist on a three-year contract, at a salary
she liked to recall was ``less than the cost of one of our cryostats today''. Her first post was at the
Lowfell outstation, where she rebuilt the spectrograph cooling system almost single-handed. She was
promoted to senior scientist in 1998 and to head of the detector group in 2004, before taking charge of the
whole instrumentation division in 2012.

Those who worked for her remember a demanding but generous manager. Her requirements for any new
instrument were famous: a clear science case, a realistic budget, and ``one person who understands the
whole thing''. She recruited and trained a generation of engineers, many of whom now lead groups of their
own in Europe and beyond. She insisted that every vacancy in her division be filled by the best candidate
rather than the quickest one, and she sat on more selection panels than anyone can count.

Outside the observatory she was a keen fell runner and a patient teacher of astronomy to local schools.
After retiring she chaired the board of the Lowfell village hall and ran its winter lecture series.

\subsection*{A memorial fund}
The family has asked that, instead of flowers, donations be made to the Elspeth Carrow Fund, which will
support summer placements for school students at Marrowdale. The fund is not an employment scheme and
offers no paid position; placements are unpaid and last two weeks.

Donations can be sent until 31 December 2033 to the observatory's finance office (reference ECF-2033),
location: Marrowdale Observatory, Lowfell Road. A celebration of Elspeth's life will take place in the
main lecture theatre on 15 November 2033 at 15:00; all colleagues and retired staff are welcome.

\medskip\noindent\textit{Written by colleagues of the instrumentation division.}
\end{document}
"""


def trials(path):
    doc = Document()
    base(doc, "Liberation Sans", 10.5)
    para(doc, "BRACKENHOLT ATHLETIC FC", bold=True, size=18, color="1B5E20")
    para(doc, "Women's First Team · Open Trials 2033/34", bold=True, size=13)
    rows = [("Trial reference", "BAFC-TRIALS-W-2033"),
            ("Location", "Brackenholt Sports Park, Pitch 2 (3G)"),
            ("Dates", "Sunday 16 and Sunday 23 November 2033, 10:00–13:00"),
            ("Positions being scouted", "Goalkeeper, centre-back, left wing-back, striker"),
            ("Registration deadline", "9 November 2033"),
            ("Fee", "Free of charge (no salary, no contract, no expenses paid)")]
    t = doc.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate(rows):
        a, b = t.rows[i].cells
        a.width, b.width = Cm(5.5), Cm(11.5)
        a.paragraphs[0].add_run(k).bold = True
        shade(a, "E8F5E9")
        b.paragraphs[0].add_run(v)
    cant_split(t)
    para(doc, "")
    para(doc, "Who can take part", bold=True, size=12)
    bullets(doc, ["Players aged 16 or over on the first trial day.",
                  "Registered with the County FA or willing to register before the season's second half.",
                  "Able to attend training on Tuesday and Thursday evenings if selected.",
                  "Players under 18 need a signed parental consent form."])
    para(doc, "What to bring", bold=True, size=12)
    bullets(doc, ["Boots for artificial grass and shin pads (compulsory).",
                  "Water bottle and dark and light tops.",
                  "Goalkeepers: own gloves."])
    para(doc, "Please note", bold=True, size=12)
    para(doc, "Brackenholt Athletic is an amateur club run by volunteers. Players selected after the trials join the "
              "squad as amateur members and pay the usual membership subscription of £120 per season. The club does not "
              "offer employment, wages or paid positions of any kind. Places in the squad depend on the head coach's "
              "assessment and on the number of players already registered in each position.")
    para(doc, "How to register", bold=True, size=12)
    para(doc, "Complete the online form on the club website or e-mail trials@brackenholt-athletic.example with your name, "
              "date of birth, preferred position and current club, before 9 November 2033. Walk-ins on the day are "
              "accepted only if numbers allow.")
    para(doc, "Brackenholt Athletic FC · Brackenholt Sports Park · Affiliated to the County Football Association", size=8)
    doc.save(path)


def cahier():
    return f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Cahier des charges – portail emploi</title>
<style>@page{{size:A4;margin:16mm}}{CSS}code{{font-size:8.5pt}}</style></head><body>
<p class="small">Communauté d'agglomération de l'Ostrevent · Direction du numérique · Document DN-2033-118 · version 1.2</p>
<h1>Cahier des charges techniques et fonctionnelles</h1>
<p><b>Objet :</b> refonte du portail « Emploi &amp; territoire » de l'agglomération (agrégation d'offres d'emploi des
entreprises locales). Le présent document décrit le besoin ; il ne contient aucune offre d'emploi.</p>
<h2>1. Contexte</h2>
<p>Le portail actuel, mis en ligne en 2026, publie environ 1 200 annonces par an transmises par les entreprises et
les partenaires de l'insertion. Son moteur n'est plus maintenu et ne permet pas l'import automatique des annonces.</p>
<h2>2. Données à gérer pour chaque annonce</h2>
<table><tr><th>Champ</th><th>Type</th><th>Obligatoire</th><th>Règle</th></tr>
<tr><td>Intitulé du poste</td><td>texte (120 car.)</td><td>oui</td><td>mention F/H ajoutée automatiquement</td></tr>
<tr><td>Référence</td><td>texte</td><td>oui</td><td>unique par entreprise</td></tr>
<tr><td>Lieu de travail</td><td>commune (code INSEE)</td><td>oui</td><td>liste des communes de la région</td></tr>
<tr><td>Type de contrat</td><td>liste</td><td>oui</td><td>CDI, CDD, intérim, alternance</td></tr>
<tr><td>Temps de travail</td><td>liste</td><td>oui</td><td>temps plein / temps partiel</td></tr>
<tr><td>Salaire</td><td>fourchette + période</td><td>non</td><td>montants en euros, contrôle min ≤ max</td></tr>
<tr><td>Date limite de candidature</td><td>date</td><td>non</td><td>annonce retirée le lendemain</td></tr>
<tr><td>Exigences / atouts</td><td>listes</td><td>non</td><td>10 éléments au plus chacune</td></tr></table>
<h2>3. Exigences fonctionnelles</h2>
<ul><li>EF-01 : import quotidien des annonces au format XML ou JSON des partenaires ;</li>
<li>EF-02 : dédoublonnage des annonces publiées sur plusieurs sources ;</li>
<li>EF-03 : recherche par commune, rayon, type de contrat et temps de travail ;</li>
<li>EF-04 : alerte par courriel aux demandeurs inscrits ;</li>
<li>EF-05 : tableau de bord statistique mensuel pour l'agglomération.</li></ul>
<h2>4. Exigences techniques</h2>
<p>Hébergement en France, conformité RGAA 4.1 (niveau AA), journalisation des accès conservée douze mois,
réversibilité des données en fin de marché. Disponibilité attendue : 99,5 % en heures ouvrées.</p>
<h2>5. Calendrier</h2>
<p>Remise des offres des prestataires : <b>date limite le 28 novembre 2033 à 12 h</b>. Lancement du projet en
janvier 2034, mise en production au plus tard le 30 juin 2034. Budget prévisionnel : 85 000 € HT.</p>
<p class="small">Contact : Direction du numérique, Hôtel communautaire, Somain · dn@ostrevent-agglo.example</p>
</body></html>
"""


def badgeuse(path):
    doc = Document()
    base(doc, "Liberation Sans", 10.5)
    para(doc, "MAIRIE DE TALMONT-SUR-AVRE", bold=True, size=15, color="1F4E79")
    para(doc, "Mode d'emploi de la badgeuse – horaires variables", bold=True, size=13)
    para(doc, "Référence : DRH-PROC-2033-09 · Diffusion : tous les agents · Mise à jour : octobre 2033", size=9)
    para(doc, "1. À quoi sert la badgeuse ?", bold=True, size=12)
    para(doc, "Depuis le 1er septembre 2033, les agents des services administratifs enregistrent leurs arrivées et leurs "
              "départs sur les bornes installées à l'accueil de l'hôtel de ville et au centre technique. Ce document "
              "explique comment badger ; il ne concerne ni les recrutements ni les mutations.")
    para(doc, "2. Les plages horaires", bold=True, size=12)
    rows = [("Plage variable du matin", "7 h 30 – 9 h 30"), ("Plage fixe", "9 h 30 – 11 h 45 et 14 h – 16 h"),
            ("Pause méridienne", "45 minutes minimum, entre 11 h 45 et 14 h"),
            ("Plage variable du soir", "16 h – 19 h"), ("Durée de référence", "7 h 30 par jour pour un temps complet")]
    t = doc.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate(rows):
        a, b = t.rows[i].cells
        a.paragraphs[0].add_run(k).bold = True
        shade(a, "DEEAF6")
        b.paragraphs[0].add_run(v)
    para(doc, "")
    para(doc, "3. Badger pas à pas", bold=True, size=12)
    for s in ["Présentez votre carte agent devant le lecteur, jusqu'au bip.",
              "Vérifiez sur l'écran votre nom, votre poste (numéro de la borne) et l'heure.",
              "En cas de mission extérieure, choisissez « Déplacement » avant de badger.",
              "Le solde de la semaine s'affiche en appuyant sur la touche « i »."]:
        doc.add_paragraph(s, style="List Number")
    para(doc, "4. Oublis et régularisations", bold=True, size=12)
    para(doc, "Un oubli de badgeage se régularise dans l'application « Mon temps » par une demande validée par le "
              "responsable de service. Date limite de régularisation : le 5 du mois suivant. Au-delà, la journée est "
              "comptée pour la durée de référence. Le crédit d'heures reportable est plafonné à 12 heures par mois ; "
              "le débit ne peut dépasser 6 heures.")
    para(doc, "5. Qui contacter ?", bold=True, size=12)
    para(doc, "Service des ressources humaines, poste 214, ou rh@talmont-sur-avre.example. Les agents à temps partiel "
              "reçoivent un planning individuel qui précise leurs propres plages fixes.")
    doc.save(path)


def inauguration():
    return f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Programme d'inauguration</title>
<style>@page{{size:A5;margin:12mm}}{CSS}
.c{{text-align:center}} .t td:first-child{{width:22mm;font-weight:bold;white-space:nowrap}}</style></head><body>
<p class="c small">VILLE DE SAINT-GÉRAUD-LES-VIGNES</p>
<h1 class="c">Inauguration de la médiathèque Hélène-Vauclair</h1>
<p class="c"><b>Samedi 15 novembre 2033</b><br>Lieu : 4, place du Foirail, Saint-Géraud-les-Vignes</p>
<h2>Programme</h2>
<table class="t">
<tr><td>10 h 00</td><td>Accueil des invités sur le parvis, fanfare de l'école de musique</td></tr>
<tr><td>10 h 30</td><td>Allocution de Mme Odile Parrenin, maire</td></tr>
<tr><td>10 h 45</td><td>Intervention de M. Bastien Rieux, conseiller départemental, délégué à la lecture publique</td></tr>
<tr><td>11 h 00</td><td>Présentation du bâtiment par l'architecte, Mme Inès Calvet (agence Atelier Pierre-Sèche)</td></tr>
<tr><td>11 h 20</td><td>Coupure du ruban et visite guidée par Mme Léa Fontanes, directrice de la médiathèque</td></tr>
<tr><td>12 h 00</td><td>Vin d'honneur offert par la municipalité</td></tr>
<tr><td>14 h – 18 h</td><td>Portes ouvertes : contes, atelier de reliure, jeux vidéo en accès libre</td></tr>
</table>
<h2>Le projet en chiffres</h2>
<p>820 m² sur deux niveaux, 24 000 documents, 12 postes informatiques publics, un auditorium de 60 places.
Coût de l'opération : 3,4 millions d'euros, financés par la commune, le département, la région et l'État.
Équipe : six agents et une vingtaine de bénévoles.</p>
<h2>Informations pratiques</h2>
<p>Réponse souhaitée avant le 7 novembre 2033 (date limite d'inscription au vin d'honneur) auprès du cabinet du maire :
protocole@saint-geraud.example. Stationnement conseillé parking du Foirail. Accès aux personnes à mobilité réduite
par l'entrée rue des Tanneurs.</p>
<p class="c small">Référence de l'invitation : CAB-2033-INV-031 · Merci de présenter ce programme à l'entrée.</p>
</body></html>
"""
