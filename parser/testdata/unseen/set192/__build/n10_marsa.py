from common import *
K = "sodep-rh-2033-0147"
REF = "SODEP-RH-2033-0147"
TITLE = "Ingénieur Maintenance Équipements Portuaires"
H1 = "Ingénieur Maintenance Équipements Portuaires (H/F) – Port d'Agadir"
ORG = "Marsa Maroc"
LOC = "Port d'Agadir"
SCHED = "Temps plein, en horaires postés selon le planning d'exploitation"
SAL = "240 000 à 300 000 MAD brut annuel, selon profil"
ESS = ["Diplôme d'ingénieur d'État en génie électromécanique, génie mécanique ou génie industriel ;",
       "au moins cinq (5) ans d'expérience en maintenance d'engins de manutention lourds (portiques, grues mobiles, cavaliers) ;",
       "maîtrise des méthodes de maintenance préventive et d'analyse des défaillances ;",
       "pratique d'une GMAO ;",
       "bonne maîtrise du français et de l'anglais technique."]
DES = ["Une expérience dans un terminal à conteneurs ;",
       "une habilitation électrique haute tension."]
COMP = [("Leadership", "fédère les équipes de maintenance autour des objectifs de disponibilité."),
        ("Réactivité", "intervient rapidement en cas de panne affectant l'escale d'un navire."),
        ("Sens de la sécurité", "applique et fait appliquer les consignes sur les quais.")]
MISS = ["Planifier et superviser la maintenance préventive et corrective des portiques et grues mobiles",
        "Analyser les indicateurs de disponibilité et de fiabilité du parc d'engins",
        "Encadrer une équipe de techniciens et de mécaniciens en horaires postés",
        "Gérer le stock de pièces de rechange en lien avec les achats",
        "Participer aux projets de renouvellement et d'électrification des équipements"]
expected(fr_only(key=K, reference=REF, title=TITLE, organisation=ORG, location=LOC, schedule=SCHED,
  deadline="2033-10-03", salary=salary(mn=240000, mx=300000, cur="MAD", period="year"), grade=None,
  essential=ESS, desirable=DES, competencies=COMP))

FACTS = [("Référence", REF), ("Intitulé du poste", TITLE), ("Entité", ORG),
         ("Direction", "Direction d'Exploitation au Port d'Agadir"), ("Lieu de travail", LOC),
         ("Type de contrat", "CDI"), ("Horaire", SCHED), ("Rémunération", SAL),
         ("Date limite de candidature", "03/10/2033")]
md = f"""<!-- source: https://carrieres.marsamaroc.example/offres/{K} — enregistré le 20/09/2033 -->

**MARSA MAROC** | [Le Groupe](https://carrieres.marsamaroc.example/groupe) | [Nos ports](https://carrieres.marsamaroc.example/ports) | [Carrières](https://carrieres.marsamaroc.example/) | [Contact](https://carrieres.marsamaroc.example/contact) | [عربي](https://carrieres.marsamaroc.example/ar)

# {H1}

*Offre publiée le 12/09/2033 – 2 postes à pourvoir*

Premier opérateur portuaire du Royaume, présent dans une dizaine de ports, le Groupe recrute pour sa Direction d'Exploitation au Port d'Agadir deux ingénieurs chargés de la maintenance des engins de manutention.

{chr(10).join(f"> **{a} :** {b}  " for a, b in FACTS)}

## Missions

{chr(10).join(f"- {m} ;" for m in MISS[:-1])}
- {MISS[-1]}.

## Profil recherché

{chr(10).join(f"- {x}" for x in ESS)}

## Atouts

{chr(10).join(f"- {x}" for x in DES)}

## Qualités personnelles

{chr(10).join(f"- **{n} :** {d}" for n, d in COMP)}

## Modalités

Candidature en ligne uniquement, avant le 03/10/2033. Les candidats retenus passeront un test technique et un entretien à Agadir dans la seconde quinzaine d'octobre 2033.

[Postuler](https://carrieres.marsamaroc.example/postuler/{K})

---

**Dernières offres** · Responsable HSE – Port de Nador – *jusqu'au 10/10/2033* · Contrôleur de gestion – Casablanca – *jusqu'au 17/10/2033*

© 2033 Marsa Maroc – Mentions légales – Données personnelles
"""
write(K + "-marsa.md", md)

rk = f"""ReKrute.com	Offres d'emploi	Entreprises	Formations	Conseils	Espace candidat	Espace recruteur
Marsa Maroc
{H1} - Agadir
Publiée du 12/09/2033 au 03/10/2033Postes proposés : 2
Secteur(s) d'activité : Transport / Logistique / PortsFonction : Maintenance / EntretienExpérience requise : De 5 à 10 ansNiveau d'étude demandé : Bac +5 et plusType de contrat proposé : CDITélétravail : Non
Entreprise :
Premier opérateur portuaire du Royaume, présent dans une dizaine de ports, le Groupe recrute pour sa Direction d'Exploitation au Port d'Agadir deux ingénieurs chargés de la maintenance des engins de manutention.
Poste :
{"".join(f"{a} : {b}" for a, b in FACTS if a != "Date limite de candidature")}
Missions : - {" - ".join(MISS)}
Profil recherché :
{chr(10).join(ESS)}
Atouts : {" ".join(DES)}
Qualités personnelles : {" ".join(f"{n} : {d}" for n, d in COMP)}
Traits de personnalité souhaités :
LeadershipRéactivitéRigueur
Postuler	Envoyer à un ami	Signaler
Offres similaires
Responsable Maintenance Portiques - Tanger Med	Publiée du 15/09/2033 au 15/10/2033
Chef d'équipe électromécanique - Casablanca	Publiée du 18/09/2033 au 08/10/2033	20 000 - 25 000 MAD / mois
© ReKrute 2033	Conditions générales	Contact
"""
write(K + "-rekrute.txt", rk)
