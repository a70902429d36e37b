from common import *
KEY = "ccq-2036-0612"; REF = "CCQ-2036-0612"
T = "Inspectrice ou inspecteur de chantier"; O = "Commission de la construction du Québec"; LOC = "Rouyn-Noranda"
SCH = "35 heures par semaine, du lundi au vendredi"
ESS = ["Détenir un diplôme d'études collégiales (DEC) en technologie du génie civil, en technologie de l'architecture ou dans une discipline pertinente;",
       "Posséder au moins trois années d'expérience pertinente sur des chantiers de construction;",
       "Détenir un permis de conduire valide de classe 5 et avoir accès à un véhicule;",
       "Avoir une bonne connaissance de la Loi R-20 et des conventions collectives de l'industrie de la construction."]
DES = ["Expérience en relations de travail ou en conformité réglementaire;", "Connaissance de l'anglais parlé."]
CMP = ["Sens de l'éthique", "Rigueur", "Autonomie", "Habiletés en communication interpersonnelle"]
DUT = ["Effectuer des visites de chantiers résidentiels, commerciaux et institutionnels afin de vérifier la conformité de la main-d'œuvre;",
       "Rédiger des rapports d'inspection et constituer les dossiers de preuve;",
       "Informer les employeurs, les travailleurs et les associations des règles applicables;",
       "Collaborer avec les équipes d'enquête et les autres directions de la Commission."]
expected(KEY, REF, ["fr"], {"fr": T}, {"fr": O}, {"fr": LOC}, {"fr": SCH}, "2036-08-10",
         sal(59384, 84712, "CAD", "year"), req={"fr": {"essential": ESS, "desirable": DES}},
         comps={"fr": comp([(c, "") for c in CMP])})
md = f"""[Aller au contenu](#contenu)

![CCQ](logo-ccq.svg) **Commission de la construction du Québec**

[Accueil](/) · [Travailleurs](/travailleurs) · [Employeurs](/employeurs) · [Carrières](/carrieres) · [English](/en)

> Ce site utilise des témoins. En poursuivant votre navigation, vous en acceptez l'utilisation.

Accueil › Carrières › Offres d'emploi

# {T}

*Affichage interne et externe — publié le 20 juillet 2036*

| Renseignements | |
|---|---|
| Numéro de l'affichage | {REF} |
| Employeur | {O} |
| Direction | Direction régionale de l'Abitibi-Témiscamingue et du Nord-du-Québec |
| Lieu de travail | {LOC} |
| Statut | Poste permanent à temps complet |
| Horaire | {SCH} |
| Salaire | De 59 384 $ à 84 712 $ par année, selon l'expérience |
| Date d'entrée en fonction | Septembre 2036 |
| Date limite pour postuler | 10 août 2036 |

## Votre rôle

Sous l'autorité de la chef d'équipe de l'inspection, vous veillez au respect des règles de l'industrie de la construction sur les chantiers de la région. Le territoire couvert s'étend jusqu'à Chibougamau, ce qui implique des déplacements fréquents.

{bullets(DUT, "1. ")}

## Exigences

{bullets(ESS, "- ")}

## Atouts

{bullets(DES, "- ")}

## Profil recherché

{bullets(CMP, "- ")}

## Conditions de travail

- Régime de retraite à prestations déterminées
- Quatre semaines de vacances dès la première année
- Allocation pour l'équipement de protection individuelle (300 $ par année)

## Pour postuler

Faites parvenir votre curriculum vitæ au plus tard le **10 août 2036** par notre portail carrières, en indiquant le numéro {REF}. Seules les personnes retenues seront contactées; les entrevues auront lieu à Rouyn-Noranda la semaine du 24 août 2036.

La Commission souscrit au principe de l'accès à l'égalité en emploi.

---

**Autres offres**

- [Agente ou agent aux relations avec la clientèle](#) — Montréal — jusqu'au 3 août 2036
- [Conseillère ou conseiller en formation professionnelle](#) — Québec — jusqu'au 17 août 2036

© Commission de la construction du Québec, 2036 · [Accessibilité](#) · [Confidentialité](#)
"""
w(KEY + "-ccq.md", md, KEY)
qe = f"""Québec emploi
Accueil > Je cherche un emploi > Offres d'emploi > Résultat de recherche

Retour aux résultats\tOffre précédente\tOffre suivante

{T}

Numéro de l'offre
5318227

Appellation d'emploi
Inspecteur/inspectrice de chantier de construction

Employeur
{O}

Lieu de travail
{LOC} (Abitibi-Témiscamingue)

Nombre de postes
1

Principales fonctions
Sous l'autorité de la chef d'équipe de l'inspection, vous veillez au respect des règles de l'industrie de la construction sur les chantiers de la région.
{bullets(DUT, "- ")}

Exigences et conditions de travail
Niveau d'études : Collégial (DEC), terminé
Années d'expérience reliées à l'emploi : 3 à 5 années d'expérience
Description des compétences :
Numéro de l'affichage : {REF}
{bullets(ESS, "")}
Atouts :
{bullets(DES, "")}
Profil recherché : {", ".join(CMP)}.

Langues demandées : langues parlées : français / langues écrites : français
Salaire offert : 59 384,00$ - 84 712,00$ (année)
Nombre d'heures par semaine : 35,00
Horaire : {SCH}
Statut d'emploi : permanent, temps plein, jour
Date prévue d'entrée en fonction : 2036-09-14

Communication
Nom de la personne à contacter : Service de la dotation
Moyen(s) de communication : courriel
Date limite pour postuler : 10 août 2036

Date de publication de l'offre : 2036-07-20
Cette offre expire le 2036-08-11.

Vous avez trouvé une erreur? Signalez-la.
Partager\tImprimer\tAjouter à mes offres sauvegardées
"""
w(KEY + "-quebecemploi.txt", qe, KEY)
