import os, subprocess, shutil
from common import *
REF = "PIL/DRH/AVP/2039-09"; KEY = "pil-drh-avp-2039-09"
T = {"fr": "Technicien(ne) de suivi de la lentille d'eau douce"}
O = {"fr": "Province des îles Loyauté"}
L = {"fr": "Wé, Lifou (Nouvelle-Calédonie)"}
S = {"fr": "Temps complet"}
ESS = ["Diplôme de niveau bac + 2 (BTS, DUT ou équivalent) en hydrologie, en gestion et maîtrise de l'eau, en environnement ou en génie civil ;",
       "Expérience d'au moins deux ans dans le suivi de forages, de piézomètres ou de réseaux d'eau potable ;",
       "Maîtrise des outils bureautiques et d'un logiciel de cartographie (QGIS ou équivalent) ;",
       "Permis de conduire B en cours de validité."]
DES = ["Pratique d'une langue des îles Loyauté (drehu, nengone ou iaai) ;", "Connaissance du fonctionnement des districts coutumiers."]
Q = ["Rigueur", "Autonomie", "Sens du contact", "Discrétion"]
expected(KEY, reference=REF, languages=["fr"], title=T, organisation=O, location=L, schedule=S,
         deadline="2039-03-28", salary=sal(395000, cur="XPF", period="month"), grade="B",
         req={"fr": (ESS, DES)}, comp={"fr": [(q, "") for q in Q]})

md = """**PROVINCE DES ÎLES LOYAUTÉ**  
Direction des ressources humaines  
Wé, Lifou, le 21 février 2039

# AVIS DE VACANCE DE POSTE

**N° PIL/DRH/AVP/2039-09**

La Province des îles Loyauté recrute, pour la Direction de l'équipement et de l'aménagement (service de l'eau), un(e) :

## Technicien(ne) de suivi de la lentille d'eau douce

| Rubrique | Précisions |
|---|---|
| Employeur | Province des îles Loyauté |
| Lieu d'affectation | Wé, Lifou (Nouvelle‑Calédonie) |
| Cadre d'emplois | Techniciens |
| Catégorie | B |
| Temps de travail | Temps complet |
| Rémunération | à partir de 395 000 F CFP (XPF) bruts mensuels, selon l'indice |
| Date limite de dépôt | 28/03/2039 |

## Missions

- Relever chaque mois les niveaux et la salinité des piézomètres de Lifou, de Maré et d'Ouvéa ;
- Contrôler les volumes prélevés par les forages communaux ;
- Alimenter la base de données et produire les bulletins trimestriels ;
- Sensibiliser les tribus à la préservation de la ressource.

## Conditions requises

""" + bullets(ESS) + """

## Profil souhaité

""" + bullets(DES) + """

## Savoir-être

""" + " – ".join(Q) + """.

## Candidature

Le dossier (lettre de motivation, CV, copie des diplômes et fiche de renseignements) est à adresser à la DRH de la Province des îles Loyauté, B.P. 00, Wé, Lifou, ou à drh@province-iles.example, au plus tard le **28 mars 2039**. Les candidats retenus seront reçus en entretien à Wé le 12 avril 2039.

Les fonctionnaires sont prioritaires ; à défaut, un contrat d'un an renouvelable pourra être proposé.

Le Président de la Province des îles Loyauté
"""
src = os.path.join(BUILD, "pil.md"); open(src, "w").write(md)
docx = os.path.join("/tmp/c257", "pil.docx")
subprocess.run(["pandoc", src, "-o", docx], check=True)
soffice(docx, "/tmp/c257")
name = KEY + "-pil.libreoffice"
shutil.copy("/tmp/c257/pil.pdf", os.path.join(ROOT, name + ".pdf")); ROWS.append((name + ".pdf", KEY, "pdf"))
pdftotext(os.path.join(ROOT, name + ".pdf"), os.path.join(ROOT, name + ".pdftotext.txt")); ROWS.append((name + ".pdftotext.txt", KEY, "txt"))

fb = """Facebook
Lifou Emplois & Annonces
Groupe public · 8,4 k membres

Wanakaja Hnaweo ▸ Lifou Emplois & Annonces
22 février 2039 à 07:12 · 🌐

📢 LA PROVINCE RECRUTE ! Avis de vacance N° PIL/DRH/AVP/2039-09 📢

🔹 Poste : Technicien(ne) de suivi de la lentille d'eau douce
🏛 Province des îles Loyauté – service de l'eau
📍 Wé, Lifou (Nouvelle-Calédonie)
🅱️ Catégorie B
⏰ Temps complet
💰 à partir de 395 000 F CFP (XPF) bruts mensuels
📅 Date limite de dépôt : 28/03/2039

✅ Conditions requises :
""" + "\n".join("▪️ " + x for x in ESS) + """

➕ Profil souhaité :
""" + "\n".join("▪️ " + x for x in DES) + """

🤝 Savoir-être : """ + ", ".join(Q) + """

Dossier à déposer à la DRH à Wé ou par mail 👉 drh@province-iles.example
Partagez autour de vous 🙏 #Lifou #Emploi #NouvelleCalédonie

👍❤️ 214 · 37 commentaires · 96 partages

Commentaires
Iris W. : Le dossier peut se déposer à l'antenne de Maré ?
Wanakaja Hnaweo : Oui, avant le 28 mars, la permanence est ouverte le mardi 8 mars aussi.
"""
w(KEY + "-facebook.txt", fb, KEY)
