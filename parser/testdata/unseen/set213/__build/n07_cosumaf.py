# COSUMAF (CEMAC financial market regulator, Libreville) - site saved as Markdown + e-mail forward
from common import *
REF = "COSUMAF/SG/DAF/2035/007"
K = key_of(REF)
TITLE = "Chef de service de la surveillance des marchés"
ORG = "Commission de Surveillance du Marché Financier de l'Afrique Centrale (COSUMAF)"
LOC = "Libreville, Gabon"
SCHED = "Temps plein"
GRADE = "Cadre supérieur, niveau CS3"
SALTXT = "Rémunération annuelle brute de 42 600 000 FCFA (XAF), hors indemnités de logement et de transport"
ESS = [
 "Être ressortissant(e) de l'un des six États membres de la CEMAC ;",
 "Être titulaire d'un diplôme de niveau Bac+5 en finance de marché, en économie ou en ingénierie financière ;",
 "Justifier d'au moins huit (8) ans d'expérience dans une autorité de marché, une bourse ou une société de bourse, dont trois à un poste d'encadrement ;",
 "Avoir une bonne connaissance du Règlement général de la COSUMAF et des textes de l'UMAC ;",
 "Être âgé(e) de cinquante (50) ans au plus au 31 décembre 2035.",
]
DES = [
 "Une expérience des outils de détection des abus de marché ;",
 "Une certification professionnelle (CFA, AMF ou équivalent) ;",
 "Une bonne maîtrise de l'anglais.",
]
COMP = [
 ("Sens de l'éthique", "agit avec impartialité envers tous les intervenants du marché."),
 ("Capacité d'analyse", "tire des conclusions fiables de données de négociation volumineuses."),
 ("Communication", "rédige des rapports clairs pour le Collège de la Commission."),
]
MISSIONS = [
 "Superviser le suivi quotidien des cotations et des transactions de la bourse régionale",
 "Détecter et instruire les cas présumés de manipulation de cours et de délit d'initié",
 "Contrôler l'information périodique des émetteurs",
 "Encadrer une équipe de quatre analystes",
]
md = f"""<!-- saved from https://cosumaf.example/recrutements/{K}.html on 2035-06-28 -->

**COSUMAF** — [Accueil](https://cosumaf.example/) | [La Commission](https://cosumaf.example/commission) | [Textes](https://cosumaf.example/textes) | [Émetteurs](https://cosumaf.example/emetteurs) | [Recrutements](https://cosumaf.example/recrutements)

Accueil › Recrutements › Avis de vacance de poste

# AVIS DE VACANCE DE POSTE N° {REF}

_Publié le 27 juin 2035 – Direction des Affaires Financières et de l'Administration_

La Commission de Surveillance du Marché Financier de l'Afrique Centrale, institution spécialisée de la CEMAC
chargée de la régulation du marché financier régional, lance un appel à candidatures pour pourvoir le poste
ci-après.

Intitulé du poste
: {TITLE}

Organisation
: {ORG}

Direction
: Direction de la Surveillance des Marchés et des Intermédiaires

Lieu d'affectation
: {LOC}

Niveau
: {GRADE}

Durée du contrat
: Trois (3) ans, renouvelable une fois

Temps de travail
: {SCHED}

Rémunération
: {SALTXT}

Date limite de dépôt
: mardi 24 juillet 2035 à 16 heures (heure de Libreville)

## 1. Attributions

{chr(10).join('- ' + x for x in MISSIONS)}

## 2. Qualifications et expérience requises

Le (la) candidat(e) doit remplir les conditions suivantes :

{chr(10).join(f'{i}. {x}' for i, x in enumerate(ESS, 1))}

## 3. Qualifications souhaitées

{chr(10).join('- ' + x for x in DES)}

## 4. Compétences comportementales

{chr(10).join(f'- *{n}* : {d}' for n, d in COMP)}

## 5. Dossier de candidature

Lettre de motivation, CV détaillé, copies certifiées des diplômes et certificat de nationalité, à adresser
au Secrétaire Général de la COSUMAF, à recrutement@cosumaf.example, en rappelant la référence de l'avis.
Les entretiens des candidats présélectionnés se tiendront à Libreville en septembre 2035.

> Seules les candidatures des ressortissants des États membres de la CEMAC seront examinées.

---
*Autres avis : Assistant(e) juridique — clôture le 17/07/2035 · Auditeur interne — clôture le 31/07/2035*
"""
write(f"{K}-cosumaf.md", md)
mail = f"""From: Point focal RH – Ministère de l'Économie (fictif) <rh.pointfocal@minfi.example>
Sent: Friday, June 29, 2035 10:41 AM
To: liste-diffusion-cadres@minfi.example
Subject: FW: Avis de vacance de poste N° {REF} – {TITLE}

Chers collègues,

Pour information et large diffusion, veuillez trouver ci-dessous l'avis de vacance publié par la COSUMAF.
Attention : le dépôt est clos le 24 juillet 2035 à 16 heures, aucun dossier ne sera reçu après.

Cordialement,
Le Point focal RH

-----Original Message-----
From: Secrétariat Général COSUMAF <sg@cosumaf.example>
Sent: Thursday, June 28, 2035 4:02 PM
Subject: Avis de vacance de poste N° {REF}

COMMISSION DE SURVEILLANCE DU MARCHÉ FINANCIER DE L'AFRIQUE CENTRALE
Secrétariat Général

AVIS DE VACANCE DE POSTE N° {REF}

Intitulé du poste ......... : {TITLE}
Organisation .............. : Commission de Surveillance du Marché Financier de
                              l'Afrique Centrale (COSUMAF)
Direction ................. : Direction de la Surveillance des Marchés et des
                              Intermédiaires
Lieu d'affectation ........ : {LOC}
Niveau .................... : {GRADE}
Durée du contrat .......... : Trois (3) ans, renouvelable une fois
Temps de travail .......... : {SCHED}
Rémunération .............. : Rémunération annuelle brute de 42 600 000 FCFA
                              (XAF), hors indemnités de logement et de transport
Date limite de dépôt ...... : 24/07/2035 à 16 heures

1. ATTRIBUTIONS
{chr(10).join('   o ' + x for x in MISSIONS)}

2. QUALIFICATIONS ET EXPÉRIENCE REQUISES
Le (la) candidat(e) doit :
{chr(10).join(f'   {chr(97+i)}) ' + x for i, x in enumerate(ESS))}

3. QUALIFICATIONS SOUHAITÉES
{chr(10).join('   o ' + x for x in DES)}

4. COMPÉTENCES COMPORTEMENTALES
{chr(10).join(f'   o {n} : {d}' for n, d in COMP)}

5. DOSSIER : lettre de motivation, CV, diplômes certifiés, certificat de nationalité, à
recrutement@cosumaf.example. Entretiens à Libreville en septembre 2035.

________________________________
Ce message et ses pièces jointes sont confidentiels. Adresses et noms fictifs.
"""
write(f"{K}-email.txt", mail)
expected(REF, ["fr"], {"fr": TITLE}, {"fr": ORG}, {"fr": LOC}, {"fr": SCHED}, "2035-07-24",
         sal(amount=42600000, cur="XAF", period="year"), GRADE,
         {"fr": {"essential": ESS, "desirable": DES}}, {"fr": comps(COMP)})
