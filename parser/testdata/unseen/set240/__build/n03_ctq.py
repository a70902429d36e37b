from common import *
REF = "CTQ-2037-0211"; KEY = REF.lower()
T = "Conseillère ou conseiller en réglementation – transport de personnes"
O = "Commission des transports du Québec"; LOC = "Montréal"; SCH = "35 heures par semaine"
ESS = ["Être titulaire d'un diplôme universitaire de premier cycle en droit, en administration publique, en urbanisme ou dans une discipline pertinente;",
       "Posséder au moins deux années d'expérience de niveau professionnel en analyse réglementaire ou en traitement de demandes de permis;",
       "Avoir une excellente maîtrise du français écrit."]
DES = ["Connaissance de la Loi concernant les services de transport par taxi ou du Règlement sur le transport par autobus;",
       "Expérience de la rédaction de décisions ou d'avis juridiques;",
       "Connaissance de l'anglais."]
COMP = ["Rigueur", "Capacité d'analyse et de synthèse", "Sens de l'éthique", "Autonomie", "Habiletés relationnelles"]

md = f"""
[Aller au contenu principal](#contenu)

**Commission des transports du Québec** · [Accueil](#) › [Carrières](#) › [Offres d'emploi](#)

*Publiée le 29 septembre 2037*

# {T}

**Numéro de l'offre**

{REF}

**Organisme**

{O}

**Direction**

Direction de l'encadrement du transport de personnes

**Lieu de travail**

{LOC}

**Classe d'emploi**

Agente ou agent de recherche et de planification socio-économique (105)

**Statut**

Emploi régulier – un poste

**Horaire**

{SCH}

**Traitement**

De 58 116 $ à 96 340 $ par année, selon l'expérience

**Période d'inscription**

Du 29 septembre 2037 au 13 octobre 2037 à 23 h 59

## Le contexte

La Commission des transports du Québec est un tribunal administratif qui délivre les permis et encadre les entreprises de transport de personnes et de marchandises. La Direction de l'encadrement du transport de personnes traite chaque année plus de 4 000 demandes touchant le transport par autobus, le transport nolisé et le covoiturage commercial.

## Attributions

1. Analyser les demandes de permis et de modification de services présentées par les transporteurs par autobus et formuler des recommandations aux commissaires.
2. Rédiger des projets de décisions, d'avis publics et de lettres aux requérants.
3. Suivre l'évolution des lois et règlements applicables et proposer des ajustements aux pratiques de la Direction.
4. Répondre aux questions des transporteurs, des municipalités et des citoyens.
5. Participer à la mise à jour des guides destinés aux requérants.

## Exigences

- {ESS[0]}
- {ESS[1]}
- {ESS[2]}

## Atouts

* {DES[0]}
* {DES[1]}
* {DES[2]}

## Profil recherché

{", ".join(COMP)}.

## Pour soumettre votre candidature

Postulez en ligne au plus tard à la fin de la période d'inscription. Les personnes retenues seront convoquées à un examen écrit le 28 octobre 2037, puis à une entrevue en novembre.

Nous souscrivons à un programme d'accès à l'égalité en emploi.

---

**Autres offres** · Technicienne ou technicien en administration – Québec – jusqu'au 6 octobre 2037 · Greffière ou greffier – Montréal – jusqu'au 20 octobre 2037

© Gouvernement du Québec, 2037
"""
w(KEY + "-ctq.md", md, KEY)

job = f"""
jobillico
Trouver un emploi    Entreprises    Conseils    Connexion    Inscription

Mots-clés	Ville ou région	Rechercher

< Retour aux résultats

{T}
{O}
{LOC}, QC
Publiée il y a 3 jours

Postuler maintenant    Sauvegarder

Détails de l'offre
Statut d'emploi : Permanent, Temps plein
Salaire : 58 116 $ - 96 340 $ / année
Horaire : Jour
Nombre de postes : 1

Description de l'offre
Numéro de l'offre de l'employeur : {REF}
Horaire : {SCH}
Traitement : de 58 116 $ à 96 340 $ par année, selon l'expérience
Période d'inscription : du 29 septembre 2037 au 13 octobre 2037

La Commission des transports du Québec est un tribunal administratif qui délivre les permis et encadre les entreprises de transport de personnes et de marchandises.

Attributions
Analyser les demandes de permis et de modification de services présentées par les transporteurs par autobus et formuler des recommandations aux commissaires. Rédiger des projets de décisions, d'avis publics et de lettres aux requérants. Suivre l'évolution des lois et règlements applicables. Répondre aux questions des transporteurs, des municipalités et des citoyens.

Exigences
{ESS[0]}
{ESS[1]}
{ESS[2]}

Atouts
{DES[0]}
{DES[1]}
{DES[2]}

Profil recherché
{", ".join(COMP)}.

Exigences du poste (Jobillico)
Niveau d'études : Universitaire 1er cycle - Baccalauréat
Années d'expérience : 1-2 années
Langues écrites : Fr : Avancé
Langues parlées : Fr : Avancé

Examen écrit prévu le 28 octobre 2037.

Offres similaires
Analyste en réglementation – Autorité régionale – Montréal – 62 000 $ - 88 000 $
Agente de recherche – Ville de Laval – Laval

À propos de Jobillico · Politique de confidentialité · © 2037 Jobillico
"""
w(KEY + "-jobillico.txt", job, KEY)

expected(KEY, reference=REF, languages=["fr"], title=T, organisation=O, location=LOC, schedule=SCH,
         deadline="2037-10-13", salary=sal("CAD", "year", mn=58116, mx=96340),
         requirements={"fr": {"essential": ESS, "desirable": DES}}, competencies={"fr": [(c, "") for c in COMP]})
