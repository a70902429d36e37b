from common import *
REF = "VM-2039-04"; KEY = "vm-2039-04"
T = {"fr": "Préposé(e) à l'entretien des parcs et sentiers", "en": "Parks and Trails Maintenance Attendant"}
O = {"fr": "Village de Memramcook", "en": "Village of Memramcook"}
L = {"fr": "Memramcook (Nouveau-Brunswick)", "en": "Memramcook, New Brunswick"}
S = {"fr": "Saisonnier à temps plein, 40 heures par semaine, d'avril à novembre", "en": "Seasonal full-time, 40 hours per week, April to November"}
ESS_FR = ["Diplôme d'études secondaires ou l'équivalent;", "Au moins une saison d'expérience en aménagement paysager, en foresterie ou en travaux publics;",
          "Permis de conduire valide de classe 5 et bon dossier de conduite;", "Capacité à soulever des charges de 25 kg et à travailler à l'extérieur par tous les temps;",
          "Bonne connaissance du français et de l'anglais parlés."]
DES_FR = ["Certificat d'utilisation sécuritaire de la scie à chaîne;", "Formation en premiers soins."]
ESS_EN = ["High school diploma or equivalent;", "At least one season of experience in landscaping, forestry or public works;",
          "Valid Class 5 driver's licence and a good driving record;", "Ability to lift 25 kg loads and to work outdoors in all weather;",
          "Good knowledge of spoken French and English."]
DES_EN = ["Chainsaw safety certificate;", "First aid training."]
expected(KEY, reference=REF, languages=["fr", "en"], title=T, organisation=O, location=L, schedule=S,
         deadline="2039-03-11", salary=sal(None, 23.65, 27.35, "CAD", "hour"),
         req={"fr": (ESS_FR, DES_FR), "en": (ESS_EN, DES_EN)}, comp={"fr": [], "en": []})

md = """[Passer au contenu](#contenu) · [English](#english)

**Village de Memramcook** · [Accueil](/) · [Services](/services) · [Loisirs](/loisirs) · [Conseil](/conseil) · [Emplois](/emplois) · [Nous joindre](/contact)

> **Avis :** le bureau municipal sera fermé le vendredi 18 mars 2039 pour une formation du personnel.

[Accueil](/) › [Emplois](/emplois) › Offre VM-2039-04

*Publié le 17 février 2039 · Travaux publics et loisirs*

# Préposé(e) à l'entretien des parcs et sentiers

Le Village de Memramcook, au cœur de la vallée, entretient plus de 20 km de sentiers, trois parcs et le terrain de balle Léger. Nous cherchons une personne débrouillarde pour la saison 2039.

**Numéro de l'offre :** VM-2039-04  
**Employeur :** Village de Memramcook  
**Lieu de travail :** Memramcook (Nouveau-Brunswick)  
**Statut :** Poste saisonnier, avec possibilité de retour chaque année  
**Horaire :** Saisonnier à temps plein, 40 heures par semaine, d'avril à novembre  
**Salaire :** de 23,65 $ à 27,35 $ l'heure, selon l'expérience  
**Date limite :** le vendredi 11 mars 2039, à 16 h

## Ce que vous ferez

1. Tondre, tailler et nettoyer les parcs, les terrains de jeux et les abords des édifices municipaux.
2. Entretenir les sentiers : débroussaillage, ponceaux, signalisation et bancs.
3. Faire de petites réparations de menuiserie et de peinture.
4. Prêter main-forte lors des festivals d'été et de la fête du Village.

## Exigences

""" + bullets(ESS_FR) + """

## Atouts

""" + bullets(DES_FR) + """

## Pour postuler

Faites parvenir votre CV et une lettre de présentation à **emplois@memramcook.example** ou au bureau municipal, en mentionnant le numéro VM-2039-04. Les entrevues auront lieu la semaine du 21 mars 2039 et l'entrée en fonction est prévue le 11 avril 2039.

---

<a id="english"></a>

# Parks and Trails Maintenance Attendant

The Village of Memramcook maintains more than 20 km of trails, three parks and the Léger ball field. We are looking for a resourceful person for the 2039 season.

**Posting number:** VM-2039-04  
**Employer:** Village of Memramcook  
**Work location:** Memramcook, New Brunswick  
**Status:** Seasonal position, with the possibility of returning each year  
**Hours:** Seasonal full-time, 40 hours per week, April to November  
**Wage:** $23.65 to $27.35 per hour, depending on experience  
**Deadline:** Friday, March 11, 2039, 4 p.m.

## What you will do

1. Mow, trim and clean parks, playgrounds and the grounds of municipal buildings.
2. Maintain trails: brush clearing, culverts, signage and benches.
3. Carry out small carpentry and painting repairs.
4. Lend a hand during summer festivals and the Village celebration.

## Requirements

""" + bullets(ESS_EN) + """

## Assets

""" + bullets(DES_EN) + """

## How to apply

Send your resume and a cover letter to **emplois@memramcook.example** or drop them off at the municipal office, quoting VM-2039-04. Interviews will take place the week of March 21, 2039; the start date is April 11, 2039.

---

© 2039 Village de Memramcook · Village of Memramcook · [Politique de confidentialité](/confidentialite)
"""
w(KEY + "-memramcook.md", md, KEY)

gb = """Guichet-Emplois  |  Job Bank
Rechercher un emploi   Explorer les carrières   Connexion

Préposé(e) à l'entretien des parcs et sentiers
Numéro d'offre du Guichet-Emplois : 3187342
Publiée le 18 février 2039

Village de Memramcook
Memramcook (NB)
23,65 $ à 27,35 $ de l'heure / 40 heures par semaine

Détails de l'offre

Numéro de l'offre de l'employeur
VM-2039-04

Lieu de travail
Memramcook (Nouveau-Brunswick)

Horaire
Saisonnier à temps plein, 40 heures par semaine, d'avril à novembre

Salaire
de 23,65 $ à 27,35 $ l'heure

Date limite
vendredi 11 mars 2039

Exigences
""" + "\n".join("  " + x for x in ESS_FR) + """

Atouts
""" + "\n".join("  " + x for x in DES_FR) + """

Comment postuler
Par courriel : emplois@memramcook.example

==============================
ENGLISH
==============================
Parks and Trails Maintenance Attendant
Village of Memramcook

Work location
Memramcook, New Brunswick

Hours
Seasonal full-time, 40 hours per week, April to November

Wage
$23.65 to $27.35 per hour

Deadline
Friday, March 11, 2039

Requirements
""" + "\n".join("  " + x for x in ESS_EN) + """

Assets
""" + "\n".join("  " + x for x in DES_EN) + """

Signaler un problème avec cette offre
Offres semblables : Ouvrier(ère) de voirie, Dieppe (NB) – date limite 25 mars 2039
"""
w(KEY + "-guichetemplois.txt", gb, KEY)
