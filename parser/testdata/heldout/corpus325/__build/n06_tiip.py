from common import *
REF = "TIIP/RH/2044-06"; KEY = "tiip-rh-2044-06"
T = "Animateur(trice) en régénération naturelle assistée (RNA)"
ORG = "ONG Tiipaalga"
LOC = "Antenne de Ziniaré, avec des tournées dans les villages du Plateau-Central"
SCH = "Temps plein, 40 heures par semaine, déplacements fréquents à moto"
ESS = ["Être titulaire d'un BTS ou d'une licence en agronomie, en eaux et forêts ou en environnement ;",
       "Avoir au moins deux ans d'expérience d'animation auprès de groupements ruraux ;",
       "Parler couramment le mooré ;",
       "Être titulaire d'un permis de conduire de catégorie A."]
DES = ["Une connaissance des techniques de mise en défens ;",
       "Une expérience de collecte de données sur tablette."]
COMP = [("Écoute", ""), ("Patience", ""), ("Sens de l'organisation", ""), ("Intégrité", "")]
TACHES = ["Sensibiliser les producteurs à la protection des rejets de souches dans leurs champs",
          "Former les relais villageois aux techniques de taille et de sélection des tiges",
          "Suivre les parcelles engagées et renseigner la base de données du projet",
          "Organiser les visites d'échange entre villages",
          "Rédiger un rapport mensuel d'activités"]

md = f"""
[Accueil](https://tiipaalga.example/) | [Qui sommes-nous ?](#) | [Nos programmes](#) | **Offres d'emploi** | [Contact](#)

# Offre d'emploi

*Ouagadougou, le 14 octobre 2044*

L'**ONG Tiipaalga** (« arbre » en mooré) œuvre depuis plus de vingt ans à la restauration des terres et à la protection des arbres en milieu rural. Dans le cadre de son programme Sols vivants 2044-2047, elle recrute un(e) :

## {T}

**Référence :** {REF}\\
**Organisation :** {ORG}\\
**Lieu d'affectation :** {LOC}\\
**Temps de travail :** {SCH}\\
**Contrat :** CDD d'un an renouvelable\\
**Salaire :** 385 000 FCFA nets par mois, plus indemnité de carburant\\
**Date limite :** mardi 15 novembre 2044 à 17 h 00

### Tâches principales

{chr(10).join(f"{i}. {t}" for i, t in enumerate(TACHES, 1))}

### Profil requis

{lines(ESS, "* ")}

### Atouts

{lines(DES, "* ")}

### Qualités personnelles

{lines([n for n, _ in COMP], "- ")}

### Dossier de candidature

Lettre de motivation, CV, copies des diplômes et du permis, à envoyer à recrutement@tiipaalga.example avec la référence en objet. Seuls les candidats présélectionnés seront contactés pour un entretien, prévu le 24 novembre 2044 à Ziniaré.

> Tiipaalga applique une politique de tolérance zéro envers toute forme d'exploitation et d'abus. Les candidatures féminines sont vivement encouragées.

---
ONG Tiipaalga · Ouagadougou, Burkina Faso (adresse fictive) · © 2044
"""
w(KEY + "-tiipaalga.md", md, REF)

dig = f"""
De : Réseau Environnement Burkina <reseau-env-bf@groupes.example>
À : Résumé des abonnés <reseau-env-bf@groupes.example>
Date : lun. 17 oct. 2044 à 06:02
Objet : [reseau-env-bf] Récapitulatif : 3 mises à jour dans 2 sujets

=============================================================
Réseau Environnement Burkina – récapitulatif quotidien
=============================================================

Sujets de ce récapitulatif :
  1. Offre d'emploi : animateur(trice) RNA – ONG Tiipaalga (Ziniaré) - 2 messages
  2. Journée de reboisement du 5 novembre à Koudougou - 1 message

-------------------------------------------------------------
1. Offre d'emploi : animateur(trice) RNA – ONG Tiipaalga (Ziniaré)
-------------------------------------------------------------

Message 1/2
De : Adama S. (nom fictif) <adama.s@mail.example>
Date : dim. 16 oct. 2044 à 19:41

Bonsoir à tous,
Je relaie l'offre ci-dessous à la demande de la coordination de Tiipaalga.

  REF. : {REF}
  POSTE : {T}
  ORGANISATION : {ORG}
  LIEU : {LOC}
  TEMPS DE TRAVAIL : {SCH}
  SALAIRE : 385 000 FCFA nets/mois + carburant
  DATE LIMITE : 15/11/2044, 17 h

  TACHES : sensibiliser les producteurs à la protection des rejets de souches ;
  former les relais villageois à la taille ; suivre les parcelles et la base
  de données ; organiser les visites d'échange ; rapport mensuel.

  PROFIL REQUIS
{lines(ESS, "   o ")}

  ATOUTS
{lines(DES, "   o ")}

  QUALITES : {", ".join(n for n, _ in COMP)}.

  Candidature : recrutement@tiipaalga.example (réf. en objet). Entretiens
  le 24/11/2044.

Bonne chance aux candidats !
Adama

Message 2/2
De : Mariam K. <mariam.k@mail.example>
Date : dim. 16 oct. 2044 à 21:05

Merci Adama. Est-ce que les titulaires d'un BEP agricole peuvent postuler ?

-------------------------------------------------------------
2. Journée de reboisement du 5 novembre à Koudougou
-------------------------------------------------------------
De : Collectif Vert Koudougou <collectif@mail.example>
Rendez-vous le 5 novembre à 7 h devant la mairie ; les plants seront fournis.

-------------------------------------------------------------
Vous recevez ce message car vous êtes abonné au groupe « Réseau Environnement
Burkina ». Pour vous désabonner, envoyez un e-mail à
reseau-env-bf+unsubscribe@groupes.example.
"""
w(KEY + "-recapitulatif.txt", dig, REF)

exp(KEY, dict(reference=REF, languages=["fr"], title={"fr": T}, organisation={"fr": ORG}, location={"fr": LOC},
              schedule={"fr": SCH}, deadline="2044-11-15", salary=sal(385000, cur="XOF"), grade=None,
              requirements={"fr": {"essential": ESS, "desirable": DES}}, competencies={"fr": COMP}))
