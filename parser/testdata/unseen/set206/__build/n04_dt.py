from common import *
KEY = "dt-drh-off-2034-052"
REF = "DT/DRH/OFF/2034-052"
TITLE = "Ingénieur(e) Exploitation Câbles Sous-Marins"
ORG = "Djibouti Telecom"
LOC = "Djibouti-ville (station d'atterrissement de Haramous)"
SCHED = "Temps plein, du dimanche au jeudi, avec astreintes de nuit par roulement"
GRADE = "Cadre, classe 2"
SALTXT = "420 000 à 520 000 FDJ (DJF) brut par mois, selon expérience"
ESS = [
 "Diplôme d'ingénieur en télécommunications, en électronique ou en réseaux (Bac + 5)",
 "Au moins quatre (4) ans d'expérience en exploitation de systèmes de transmission optique longue distance",
 "Bonne maîtrise des technologies DWDM, SDH/OTN et des équipements de terminaison de ligne sous-marine",
 "Capacité à rédiger des rapports d'incident clairs en français et en anglais",
 "Disponibilité pour les astreintes et les interventions de nuit",
]
DES = [
 "Expérience au sein d'un consortium de câble sous-marin ou d'un opérateur de station d'atterrissement",
 "Certification ITIL Foundation",
 "Notions d'arabe ou de somali",
]
COMP = [
 ("Sang-froid", "garde la maîtrise de la situation lors des coupures majeures de trafic."),
 ("Rigueur", "applique scrupuleusement les procédures de maintenance et de sécurité."),
 ("Coopération", "travaille en bonne intelligence avec les partenaires internationaux du consortium."),
]
E = fr_only(reference=REF, title=TITLE, organisation=ORG, location=LOC, schedule=SCHED,
            deadline="2034-12-11", salary=sal(mn=420000, mx=520000, cur="DJF"), grade=GRADE,
            essential=ESS, desirable=DES,
            competencies=[{"name": n, "description": d} for n, d in COMP])
expected(KEY, E)

md = f"""<!-- enregistré depuis https://carrieres.djiboutitelecom.example/offres/{REF.lower().replace('/', '-')} le 21/11/2034 -->

[Accueil](https://djiboutitelecom.example/) · [Particuliers](#) · [Entreprises](#) · [Wholesale & Câbles](#) · **[Carrières](#)** · [عربي](#) · [English](#)

# {TITLE} (H/F)

*Publiée le 20 novembre 2034 · Direction des Réseaux Internationaux · CDI · 1 poste*

Hub régional des câbles sous-marins de la Corne de l'Afrique, Djibouti Telecom renforce l'équipe chargée de l'exploitation de ses stations d'atterrissement.

## L'offre en bref

- **Référence :** {REF}
- **Intitulé du poste :** {TITLE}
- **Société :** {ORG}
- **Direction :** Direction des Réseaux Internationaux
- **Lieu de travail :** {LOC}
- **Contrat :** CDI
- **Catégorie :** {GRADE}
- **Horaires :** {SCHED}
- **Salaire :** {SALTXT}
- **Date limite de candidature :** 11/12/2034

## Vos missions

1. Superviser en temps réel les systèmes de câbles sous-marins et les liaisons terrestres associées.
2. Diagnostiquer les défauts de transmission et coordonner les réparations avec les centres de supervision des consortiums.
3. Planifier et réaliser la maintenance préventive des équipements d'alimentation et de terminaison.
4. Tenir à jour la documentation technique et les tableaux de bord de disponibilité.
5. Participer à l'intégration des nouveaux systèmes de câbles attendus à Djibouti.

## Profil requis

* {ESS[0]}
* {ESS[1]}
* {ESS[2]}
* {ESS[3]}
* {ESS[4]}

## Un plus

* {DES[0]}
* {DES[1]}
* {DES[2]}

## Savoir-être

* **{COMP[0][0]} :** {COMP[0][1]}
* **{COMP[1][0]} :** {COMP[1][1]}
* **{COMP[2][0]} :** {COMP[2][1]}

## Postuler

Envoyez votre CV et une lettre de motivation en indiquant la référence {REF} via le bouton « Postuler » avant le lundi 11 décembre 2034 à minuit. Les entretiens techniques se tiendront à partir du 18 décembre 2034.

> Djibouti Telecom ne réclame aucun paiement aux candidats. Toute demande de ce type est frauduleuse.

## Autres offres

| Poste | Lieu | Clôture |
|---|---|---|
| Technicien(ne) Fibre FTTH | Djibouti-ville | 04/12/2034 |
| Chargé(e) de clientèle Entreprises | Djibouti-ville | 15/12/2034 |
| Analyste Revenue Assurance | Djibouti-ville | 08/01/2035 |

© 2034 Djibouti Telecom · Mentions légales · Plan du site
"""
write(KEY + "-site.md", md)

li = f"""LinkedIn
Rejoindre maintenant  S'identifier

{TITLE}
Djibouti Telecom  Djibouti, Djibouti  Il y a 6 jours  Plus de 100 candidats

Postuler  Enregistrer

Hub régional des câbles sous-marins de la Corne de l'Afrique, Djibouti Telecom renforce l'équipe chargée de l'exploitation de ses stations d'atterrissement.
Référence : {REF} Intitulé du poste : {TITLE} Société : {ORG} Direction : Direction des Réseaux Internationaux Lieu de travail : {LOC} Contrat : CDI Catégorie : {GRADE} Horaires : {SCHED} Salaire : {SALTXT} Date limite de candidature : 11/12/2034
Vos missions
Superviser en temps réel les systèmes de câbles sous-marins et les liaisons terrestres associées.
Diagnostiquer les défauts de transmission et coordonner les réparations avec les centres de supervision des consortiums.
Planifier et réaliser la maintenance préventive des équipements d'alimentation et de terminaison.
Tenir à jour la documentation technique et les tableaux de bord de disponibilité.
Participer à l'intégration des nouveaux systèmes de câbles attendus à Djibouti.
Profil requis
{chr(10).join(ESS)}
Un plus
{chr(10).join(DES)}
Savoir-être
{chr(10).join(f'{n} : {d}' for n, d in COMP)}
Postuler avant le lundi 11 décembre 2034 à minuit, référence {REF}.
Afficher moins

Niveau hiérarchique
Confirmé
Type d'emploi
Temps plein
Fonction
Ingénierie et Technologies de l'information
Secteurs
Télécommunications

Voir qui Djibouti Telecom a recruté pour ce poste

Offres d'emploi similaires
Ingénieur transmission  Opérateur régional  Addis-Abeba, Éthiopie  Il y a 2 semaines
Network Operations Engineer  Hargeisa  1 800 USD/mois  Il y a 3 jours
Ingénieur NOC  Djibouti, Djibouti  Il y a 1 mois

Signaler cette offre
© 2034 LinkedIn  À propos  Accessibilité  Conditions générales d'utilisation  Politique de confidentialité  Politique relative aux cookies
"""
write(KEY + "-linkedin.txt", li)
