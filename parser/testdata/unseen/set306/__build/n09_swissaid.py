from common import *

KEY = "sa-2043-11"
REF = "SA-2043-11"
T = "Responsable de programme Tchad"
O = "SWISSAID, Fondation suisse pour la coopération au développement"
L = "Berne, avec des missions régulières au Tchad"
S = "90 %"
ESS = ["Master en agronomie, en sciences sociales, en développement international ou formation équivalente.",
       "Au moins cinq ans d'expérience dans la gestion de programmes de développement rural, dont une partie en Afrique subsaharienne.",
       "Expérience confirmée du suivi financier et de la redevabilité envers les bailleurs institutionnels.",
       "Français parfait, bonnes connaissances de l'allemand et de l'anglais.",
       "Disponibilité pour des missions de deux à trois semaines, trois fois par année."]
DES = ["Connaissance de l'agroécologie et des systèmes semenciers paysans.",
       "Expérience dans un contexte fragile ou sécuritaire difficile."]
COMP = [("Sensibilité interculturelle", ""), ("Capacité de négociation", ""), ("Résistance au stress", "")]
TACHES = ["Piloter le programme pays en étroite collaboration avec le bureau de coordination de N'Djamena.",
          "Garantir la qualité des rapports, du suivi et des évaluations.",
          "Préparer les demandes de financement auprès des bailleurs publics.",
          "Contribuer aux échanges thématiques de l'équipe Afrique."]


def build():
    expected(KEY, reference=REF, languages=["fr"], title={"fr": T}, organisation={"fr": O}, location={"fr": L},
             schedule={"fr": S}, deadline="2043-04-24", salary=None,
             requirements={"fr": {"essential": ESS, "desirable": DES}}, competencies={"fr": COMP})
    md = f"""[SWISSAID](#) | [Nos projets](#) | [Agir](#) | [Donner](#) | [Emplois](#) | [DE](#) [FR](#)

*Accueil › À propos › Emplois*

## {T}

SWISSAID s'engage depuis plus de 75 ans pour un monde sans faim. Pour notre siège, nous recherchons un·e :

### {T}

**Référence :** {REF}\\
**Employeur :** {O}\\
**Lieu de travail :** {L}\\
**Taux d'occupation :** {S}\\
**Contrat :** durée indéterminée\\
**Entrée en fonction :** 1er juillet 2043\\
**Salaire :** selon l'échelle salariale de SWISSAID\\
**Délai de postulation :** 24 avril 2043

#### Vos tâches

{bullets(TACHES, '+ ')}

#### Votre profil

{bullets(ESS, '+ ')}

#### Serait un avantage

{bullets(DES, '+ ')}

#### Vos qualités

{bullets(['*%s*' % c[0] for c in COMP], '+ ')}

#### Notre offre

Un travail qui a du sens, une équipe engagée, des conditions d'engagement modernes et la possibilité de télétravail partiel.

Merci d'envoyer votre dossier complet (lettre, CV, certificats) via notre portail de candidature d'ici au 24 avril 2043. Les premiers entretiens auront lieu le 6 mai 2043.

> **Agenda** · Marche « Un monde sans faim » : 16 mai 2043 · Assemblée des donateurs : 13 juin 2043

---
SWISSAID · Lorystrasse 6a (fictif), 3008 Berne · CCP fictif 00-0000-0 · [Protection des données](#)
"""
    write(KEY + "-swissaid.md", md, KEY)

    txt = f"""Objet : [Lettre d'offres d'emploi – coopération internationale] n° 12/2043
De : Plateforme romande des ONG <lettre@ongromandes.example>
À : abonnés
Date : mercredi 25 mars 2043 07:00

LETTRE D'OFFRES D'EMPLOI – n° 12/2043
Les annonces de nos membres, chaque mercredi.
Version web · Se désabonner

SOMMAIRE
1. SWISSAID – {T} (délai : 24.04.2043)
2. Fondation fictive Horizon Sud – stage en communication (délai : 10.04.2043)
3. Rappel : journée romande de la coopération le 28 avril 2043 à Fribourg

==================================================================
1. SWISSAID
==================================================================

{T.upper()}

Référence .............. {REF}
Employeur .............. {O}
Lieu de travail ........ {L}
Taux d'occupation ...... {S}
Contrat ................ durée indéterminée
Entrée en fonction ..... 1er juillet 2043
Salaire ................ selon l'échelle salariale de SWISSAID
Délai de postulation ... 24 avril 2043

Vos tâches
{bullets(TACHES, '  o ')}

Votre profil
{bullets(ESS, '  o ')}

Serait un avantage
{bullets(DES, '  o ')}

Vos qualités : {', '.join(c[0] for c in COMP)}.

Dossier complet via le portail de SWISSAID. Entretiens dès le 6 mai 2043.

==================================================================
2. HORIZON SUD (fondation fictive)
==================================================================
Stage en communication, 6 mois, Genève. Indemnité de stage CHF 1'500 par mois.
Délai : 10.04.2043.

==================================================================
Vous recevez cette lettre parce que votre organisation est membre
de la plateforme. Mentions : les annonces sont publiées sous la
responsabilité des employeurs.
"""
    write(KEY + "-lettre-ong.txt", txt, KEY)
