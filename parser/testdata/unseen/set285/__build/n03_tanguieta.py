from common import *

KEY = "hsjd-t-drh-2041-031"
REF = "HSJD-T/DRH/2041/031"
T = "Infirmier(ère) anesthésiste diplômé(e) d'État"
O = "Hôpital Saint Jean de Dieu de Tanguiéta"
L = "Tanguiéta (Atacora, Bénin)"
S = "Temps plein, avec gardes de nuit et de week-end"
ESS = ["être de nationalité béninoise ;",
       "être titulaire du diplôme d'État d'infirmier(ère) et du diplôme d'infirmier(ère) anesthésiste ou d'un titre équivalent ;",
       "justifier d'au moins trois (03) ans d'expérience en bloc opératoire ou en réanimation ;",
       "être inscrit(e) à l'Ordre national des infirmiers et infirmières du Bénin ;",
       "être âgé(e) de quarante (40) ans au plus au 31 décembre 2041."]
DES = ["une expérience en milieu hospitalier confessionnel ;",
       "la connaissance de l'anglais ou d'une langue locale de l'Atacora."]
C = ["Rigueur", "Disponibilité", "Discrétion", "Esprit d'équipe", "Sens de l'écoute"]
DL = "2041-07-11"

expected(KEY, dict(reference=REF, post_number=None, languages=["fr"],
    title={"en": None, "fr": T}, organisation={"en": None, "fr": O},
    location={"en": None, "fr": L}, schedule={"en": None, "fr": S}, deadline=DL,
    salary={"amount": 287500, "min": None, "max": None, "currency": "XOF", "period": "month"},
    grade=None, clearance=None,
    requirements={"en": None, "fr": {"essential": ESS, "desirable": DES}},
    competencies={"en": None, "fr": comps([(c, "") for c in C])}))

md = f"""**ORDRE HOSPITALIER DE SAINT JEAN DE DIEU – PROVINCE SAINT AUGUSTIN D'AFRIQUE**

**{O.upper()}**

**Direction des Ressources Humaines**

BP 07 Tanguiéta – République du Bénin

*Tanguiéta, le 14 juin 2041*

# AVIS DE RECRUTEMENT

**N° {REF}**

Dans le cadre du renforcement de son bloc opératoire, l'{O} recrute un(e) :

## {T}

| Rubrique | Précisions |
|---|---|
| Référence | {REF} |
| Employeur | {O} |
| Service | Bloc opératoire et réanimation |
| Lieu d'affectation | {L} |
| Contrat | CDD d'un an renouvelable |
| Régime | {S} |
| Salaire | 287 500 FCFA brut mensuel |
| Date limite | 11 juillet 2041 |

### 1. Présentation de l'hôpital

Fondé en 1970 par les Frères de Saint Jean de Dieu, l'hôpital de Tanguiéta est un hôpital de zone de plus de 300 lits qui accueille des patients venus de tout le nord du Bénin et des pays voisins. Il dispose de quatre salles d'opération, d'un service de pédiatrie et d'un laboratoire de référence.

### 2. Missions du poste

Sous l'autorité du médecin anesthésiste réanimateur, le ou la titulaire :

1. prépare le matériel et les médicaments d'anesthésie avant chaque intervention ;
2. assure la surveillance du patient pendant et après l'intervention ;
3. participe à la prise en charge des urgences vitales et de la réanimation ;
4. tient à jour les fiches d'anesthésie et le registre du bloc ;
5. encadre les élèves infirmiers en stage.

### 3. Conditions à remplir

Le ou la candidat(e) doit :

"""
md += "\n".join(f"- {x}" for x in ESS) + "\n\n**Atouts :**\n\n" + "\n".join(f"- {x}" for x in DES)
md += f"""

### 4. Qualités requises

{chr(10).join('- ' + c for c in C)}

### 5. Rémunération

Le salaire est fixé à 287 500 FCFA brut mensuel, hors primes de garde et indemnité de logement.

### 6. Composition du dossier

Le dossier comprend une demande manuscrite adressée au Directeur, un curriculum vitae, les copies certifiées des diplômes, une copie de l'acte de naissance et un extrait de casier judiciaire de moins de trois mois.

Les dossiers sont à déposer au secrétariat de la Direction ou à envoyer à drh@hsjd-tanguieta.example au plus tard le **jeudi 11 juillet 2041 à 18 h 00**. Seuls les candidat(e)s présélectionné(e)s seront convoqué(e)s à un test écrit prévu le 2 août 2041.

*Le Directeur Général*

*Frère Anselme K.*
"""
src = os.path.join(BUILD, "tanguieta.md")
open(src, "w", encoding="utf-8").write(md)
docx = os.path.join(BUILD, "tanguieta.docx")
subprocess.run(["pandoc", src, "-o", docx], check=True)
soffice(docx, KEY + "-hsjd.libreoffice.pdf")
row(KEY + "-hsjd.libreoffice.pdf", KEY, "pdf")
dump(KEY + "-hsjd.libreoffice.pdf", KEY + "-hsjd.libreoffice.pdftotext.txt")
row(KEY + "-hsjd.libreoffice.pdftotext.txt", KEY, "txt")

board = f"""BéninEmploi.bj | Offres  Entreprises  Concours  Conseils  Publier une offre  Connexion
Accueil > Offres d'emploi > Santé > Atacora

{T.upper()}
{O}Tanguiéta, AtacoraSanté / MédicalCDDPubliée le 15/06/2041Expire le 11/07/2041
👁 2 318 vues   ♡ Sauvegarder   ↗ Partager

Détails de l'offreRéférence : {REF}Contrat : CDD d'un an renouvelableSalaire : 287 500 FCFA brut mensuel

Poste : {T}
Employeur : {O}
Lieu d'affectation : {L}
Régime : {S}
Date limite : 11 juillet 2041

MISSIONSPréparer le matériel et les médicaments d'anesthésie, surveiller le patient pendant et après l'intervention, participer aux urgences vitales, tenir les fiches d'anesthésie, encadrer les élèves.

CONDITIONS À REMPLIR
Le ou la candidat(e) doit :
» {ESS[0]}
» {ESS[1]}
» {ESS[2]}
» {ESS[3]}
» {ESS[4]}

ATOUTS
» {DES[0]}
» {DES[1]}

QUALITÉS REQUISES
» {C[0]}
» {C[1]}
» {C[2]}
» {C[3]}
» {C[4]}

DOSSIER : demande manuscrite, CV, diplômes certifiés, acte de naissance, casier judiciaire. Dépôt à la Direction ou drh@hsjd-tanguieta.example avant le 11 juillet 2041 à 18 h. Test écrit le 2 août 2041.

Mots-clés : infirmier, anesthésie, bloc opératoire, Tanguiéta, Atacora

OFFRES SIMILAIRES
Sage-femme d'État – CHD Borgou, Parakou – expire le 19/07/2041
Technicien de laboratoire – Natitingou – expire le 25/07/2041
© 2041 BéninEmploi.bj – Tous droits réservés
"""
write(KEY + "-beninemploi.txt", board, KEY)
