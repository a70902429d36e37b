from common import *

KEY = "cps-2043-4471"
REF = "CPS-2043-4471"
T = "Planificateur/trice de l'offre et des horaires"
O = "CarPostal SA"
L = "Payerne"
S = "80–100 %"
ESS = ["Formation supérieure en transports, en géographie, en économie ou formation jugée équivalente",
       "Au moins trois ans d'expérience dans la planification de l'offre de transports publics",
       "Bonne maîtrise d'un logiciel de planification des horaires et des services",
       "Langue maternelle française avec de bonnes connaissances de l'allemand"]
DES = ["Connaissance du réseau régional broyard et fribourgeois",
       "Permis de conduire de catégorie D"]
COMP = [("Esprit analytique", "vous transformez des chiffres de fréquentation en propositions concrètes"),
        ("Sens de la négociation", "vous défendez vos horaires face aux communes et aux cantons"),
        ("Fiabilité", "vous tenez les délais des procédures de commande")]
TACHES = ["Vous élaborez les horaires annuels des lignes de la région Broye en lien avec les autorités organisatrices",
          "Vous planifiez les services des conducteurs et la rotation des véhicules",
          "Vous analysez les comptages de voyageurs et proposez des améliorations de l'offre",
          "Vous représentez CarPostal lors des séances de coordination régionales"]


def build():
    expected(KEY, reference=REF, languages=["fr"], title={"fr": T}, organisation={"fr": O}, location={"fr": L},
             schedule={"fr": S}, deadline="2043-04-20", salary=sal(mn=84750, mx=101300, cur="CHF", period="year"),
             requirements={"fr": {"essential": ESS, "desirable": DES}}, competencies={"fr": COMP})
    md = f"""[Sauter au contenu](#main) | [Deutsch](#) | **Français** | [Italiano](#)

[CarPostal](#) › [Emploi et carrière](#) › [Postes vacants](#) › {T}

Nous utilisons des cookies pour améliorer votre expérience. [Paramètres](#) · [Tout accepter](#)

# {T}

**{S}** · {L} · Date d'entrée : 1er juin 2043 ou à convenir

| | |
|---|---|
| **ID de l'annonce** | {REF} |
| **Entreprise** | {O} |
| **Unité** | Région Ouest, Planification de l'offre |
| **Lieu de travail** | {L} |
| **Taux d'occupation** | {S} |
| **Type de contrat** | durée indéterminée |
| **Salaire annuel** | CHF 84'750 à CHF 101'300 brut (pour un taux de 100 %), selon expérience |
| **Délai de candidature** | 20.04.2043 |

Chaque jour, nos cars jaunes relient villes et villages. À Payerne, une petite équipe conçoit l'offre de toute la région Broye : rejoignez-la.

## Vos tâches

{bullets(TACHES)}

## Votre profil

{bullets(ESS)}

## Un plus

{bullets(DES)}

## Ce qui vous distingue

{bullets(['**%s** : %s' % c for c in COMP])}

## Nos atouts

Horaires flexibles, abonnement général à prix réduit, six semaines de vacances, caisse de pensions avantageuse.

Vous avez des questions ? Notre recruteuse, Mme L. Aebischer, répond au 058 000 00 00 (numéro fictif). L'entretien d'embauche est prévu la semaine du 4 mai 2043.

[Postuler maintenant](#)

### Offres similaires

- Conducteur/trice de car postal 60–100 % · Moudon · publiée le 12.03.2043
- Collaborateur/trice service clientèle 50 % · Yverdon-les-Bains · publiée le 18.03.2043
"""
    write(KEY + "-carpostal.md", md, KEY)

    txt = f"""jobsbroye.ch  Offres  Entreprises  Alertes  Se connecter  DE
Accueil > Transports & logistique > Payerne

{T}
CarPostal SA
Payerne80–100 %Durée indéterminéePublié : 23.03.2043Valable jusqu'au : 20.04.2043
★ Sauvegarder   ✉ Envoyer   Postuler

Informations sur l'emploiID de l'annonce:{REF}Taux d'occupation:{S}Lieu de travail:{L}Type de contrat:durée indéterminéeSalaire estimé par jobsbroye:CHF 88'000 – 112'000

Description du poste

Entreprise : {O}
Unité : Région Ouest, Planification de l'offre
Salaire annuel : CHF 84'750 à CHF 101'300 brut (pour un taux de 100 %), selon expérience
Délai de candidature : 20.04.2043

Vos tâches
{bullets(TACHES, '· ')}

Votre profil
{bullets(ESS, '· ')}

Un plus
{bullets(DES, '· ')}

Ce qui vous distingue
{bullets(['%s : %s' % c for c in COMP], '· ')}

Nos atouts : horaires flexibles, abonnement général à prix réduit, six semaines de vacances.

Ces offres pourraient aussi vous intéresser
Chef/fe d'équipe dépôt 100 %  Avenches  CHF 82'000 – 95'000 (estimation)
Dispatcheur/euse transports 80 %  Estavayer-le-Lac  publié le 20.03.2043
"""
    write(KEY + "-jobsbroye.txt", txt, KEY)
