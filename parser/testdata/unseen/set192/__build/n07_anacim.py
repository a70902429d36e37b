from common import *
K = "anacim-dg-drh-2033-017"
REF = "ANACIM/DG/DRH/2033/017"
TITLE = "Prévisionniste en météorologie aéronautique"
ORG = "Agence nationale de l'Aviation civile et de la Météorologie (ANACIM)"
LOC = "Dakar (centre météorologique de Yoff), avec possibilité d'affectation dans les stations régionales"
SCHED = "Travail posté en H24, par roulement, y compris les week-ends et jours fériés"
GRADE = "Cadre, catégorie B2"
ESS = ["être de nationalité sénégalaise ;",
       "être titulaire d'un diplôme d'ingénieur des travaux météorologiques ou d'un master en physique de l'atmosphère ;",
       "justifier d'une expérience d'au moins deux (2) ans en prévision ou en observation météorologique ;",
       "maîtriser les codes et messages aéronautiques (METAR, TAF, SIGMET) ;",
       "avoir une bonne maîtrise de l'anglais aéronautique ;",
       "être âgé(e) de 35 ans au plus au 31 décembre 2033."]
DES = ["une formation complémentaire dans une école de météorologie aéronautique ;",
       "la pratique des modèles de prévision numérique."]
expected(fr_only(key=K, reference=REF, title=TITLE, organisation=ORG, location=LOC, schedule=SCHED,
  deadline="2033-10-12", salary=None, grade=GRADE, essential=ESS, desirable=DES, competencies=[]))

MISS = ["élaborer les prévisions d'aérodrome et de zone destinées aux exploitants aériens ;",
        "émettre les avertissements de phénomènes dangereux (orages, brumes sèches, vents forts) ;",
        "assurer les exposés verbaux et la documentation de vol des équipages ;",
        "contribuer au contrôle de qualité des observations des stations du réseau national."]
DOS = ["une demande manuscrite adressée au Directeur général ;",
       "un curriculum vitae signé ;",
       "les copies légalisées des diplômes et attestations de travail ;",
       "un extrait d'acte de naissance et une copie de la carte nationale d'identité ;",
       "un extrait de casier judiciaire de moins de trois mois."]

def wrap_val(label, value, width=60):
    words, lines, cur = value.split(), [], ""
    for w in words:
        if len(cur) + len(w) + 1 > width and cur:
            lines.append(cur); cur = w
        else:
            cur = (cur + " " + w).strip()
    lines.append(cur)
    pad = 24
    out = [f"{label:<{pad}}: {lines[0]}"] + [" " * (pad + 2) + l for l in lines[1:]]
    return "\n".join(out)

FIELDS = [("Intitulé du poste", TITLE), ("Employeur", ORG), ("Structure", "Direction de l'Exploitation de la Météorologie"),
          ("Lieu d'affectation", LOC), ("Classification", GRADE), ("Régime de travail", SCHED),
          ("Nombre de postes", "Deux (02)"), ("Rémunération", "Selon la grille salariale de l'ANACIM"),
          ("Date limite", "voir section V")]
journal = f"""DAKAR MATIN                N° 4 512 – Mardi 27 septembre 2033                14
ANNONCES & AVIS

                 RÉPUBLIQUE DU SÉNÉGAL
            Un Peuple – Un But – Une Foi
  MINISTÈRE DES INFRASTRUCTURES ET DES TRANSPORTS AÉRIENS
  AGENCE NATIONALE DE L'AVIATION CIVILE ET DE LA MÉTÉOROLOGIE
              DIRECTION GÉNÉRALE
       DIRECTION DES RESSOURCES HUMAINES

                  AVIS DE RECRUTEMENT
            N° {REF}

L'{ORG} lance un avis de recrutement externe pour
pourvoir deux (02) postes de prévisionnistes au sein de sa Direction de l'Exploitation
de la Météorologie.

I. CARACTÉRISTIQUES DU POSTE

{chr(10).join(wrap_val(a, b) for a, b in FIELDS)}

Sous l'autorité du Chef du service de la Prévision, le titulaire du poste est chargé de :
{chr(10).join("   - " + m for m in MISS)}

II. PROFIL REQUIS
Le (la) candidat(e) doit :
{chr(10).join("   - " + x for x in ESS)}

III. SERAIENT DES ATOUTS
{chr(10).join("   - " + x for x in DES)}

IV. COMPOSITION DU DOSSIER
{chr(10).join(f"   {i}. {x}" for i, x in enumerate(DOS, 1))}

V. DÉPÔT DES CANDIDATURES
Les dossiers sont à déposer sous pli fermé au bureau du courrier de l'ANACIM, route
de l'aéroport, Yoff, ou à envoyer par voie électronique, au plus tard le mercredi 12
octobre 2033 à 17 heures. Les candidats présélectionnés seront convoqués à un test
écrit le samedi 29 octobre 2033. Aucun frais n'est exigé des candidats.

                                       Dakar, le 23 septembre 2033
                                       Le Directeur général
                                       (signé)

------------------------------------------------------------------------------------

              ÉTUDE DE MAÎTRE A. S. NDIAYE (fictive), NOTAIRE À THIÈS
                  VENTE AUX ENCHÈRES PUBLIQUES D'UN IMMEUBLE
Lieu de la vente : en l'étude, avenue Léopold Sédar Senghor, Thiès
Désignation : terrain bâti de 300 m², titre foncier n° 0000/TH (fictif)
Mise à prix : 45 000 000 FCFA
Date de l'adjudication : jeudi 20 octobre 2033 à 10 heures
Consignation préalable exigée de 10 % de la mise à prix.

------------------------------------------------------------------------------------

                    CHANGEMENT DE DÉNOMINATION SOCIALE
Suivant procès-verbal de l'assemblée générale extraordinaire du 5 septembre 2033, la
société « Sahel Froid Services SARL » (fictive), au capital de 5 000 000 FCFA, dont le
siège est à Dakar, Hann Maristes, a adopté la dénomination « SFS Climatisation SARL ».
Dépôt légal effectué au greffe du tribunal de commerce de Dakar.

DAKAR MATIN – Annonces légales : annonces@dakarmatin.example – Tél. 33 000 00 00
"""
write(K + "-journal.txt", journal)

md = f"""<!-- Enregistré depuis https://www.anacim.example/recrutement/{K} le 28/09/2033 -->

[Accueil](https://www.anacim.example/) | [L'Agence](https://www.anacim.example/agence) | [Aviation civile](https://www.anacim.example/aviation) | [Météo](https://www.anacim.example/meteo) | [Recrutement](https://www.anacim.example/recrutement) | [Contact](https://www.anacim.example/contact)

Accueil › Recrutement › Avis en cours

# Avis de recrutement N° {REF} : deux prévisionnistes

*Publié le 23 septembre 2033 – Direction des Ressources humaines*

L'{ORG} lance un avis de recrutement externe pour pourvoir deux (02) postes de prévisionnistes au sein de sa Direction de l'Exploitation de la Météorologie.

## I. Caractéristiques du poste

{chr(10).join(f"**{a}**{chr(10)}: {b}{chr(10)}" for a, b in FIELDS)}
Sous l'autorité du Chef du service de la Prévision, le titulaire du poste est chargé de :

{chr(10).join("* " + m for m in MISS)}

## II. Profil requis

Le (la) candidat(e) doit :

{chr(10).join("1. " + x for x in ESS)}

## III. Seraient des atouts

{chr(10).join("* " + x for x in DES)}

## IV. Composition du dossier

{chr(10).join(f"{i}. {x}" for i, x in enumerate(DOS, 1))}

## V. Dépôt des candidatures

Les dossiers sont à déposer sous pli fermé au bureau du courrier de l'ANACIM, route de l'aéroport, Yoff, ou à envoyer par voie électronique, au plus tard le **mercredi 12 octobre 2033 à 17 heures**. Les candidats présélectionnés seront convoqués à un test écrit le samedi 29 octobre 2033. Aucun frais n'est exigé des candidats.

> **Attention :** l'ANACIM ne passe par aucun intermédiaire pour ses recrutements.

[Télécharger l'avis (PDF, 180 Ko)](https://www.anacim.example/docs/{K}.pdf)

### Autres publications

* Bulletin de prévision saisonnière juillet-septembre 2033 – publié le 02/07/2033
* Avis aux exploitants : renouvellement des certificats de transporteur aérien avant le 31/12/2033

© 2033 ANACIM – Tous droits réservés
"""
write(K + "-anacim.md", md)
