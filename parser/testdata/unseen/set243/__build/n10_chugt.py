from common import *

REF = "CHU-GT/DG/2037/015"
TITLE = "Ingénieur(e) en maintenance biomédicale – imagerie et réanimation"
ORG = "Centre Hospitalier Universitaire Gabriel Touré"
LOC = "Bamako (Mali)"
SCHED = "Temps plein, avec astreintes"
GRADE = "A"
ESS = ["Être de nationalité malienne ou ressortissant(e) d'un État membre de l'UEMOA ;",
       "Être titulaire d'un diplôme d'ingénieur en génie biomédical ou en électronique médicale ;",
       "Justifier d'une expérience d'au moins trois (3) ans dans la maintenance d'équipements d'imagerie ou de réanimation ;",
       "Jouir de ses droits civiques."]
DES = ["Une expérience de la gestion d'un parc d'équipements hospitaliers sur logiciel de GMAO ;",
       "Une habilitation électrique."]


def build():
    k = expected(REF, ["fr"], {"fr": TITLE}, {"fr": ORG}, {"fr": LOC}, {"fr": SCHED}, "2038-01-29",
                 sal("XOF", "month", amount=425000), GRADE, None,
                 {"fr": {"essential": ESS, "desirable": DES}}, {"fr": []})
    md = f"""[Accueil](/) | [Actualités](/actu) | [Emploi](/emploi) | [Annonces](/annonces) | [Contact](/contact)

# Le CHU Gabriel Touré recrute un(e) ingénieur(e) biomédical(e)

*Publié le 21 décembre 2037 par la Rédaction · Rubrique Emploi · 3 min de lecture*

> Santé : le nouveau scanner du CHU sera inauguré le 12 janvier 2038, annonce la Direction.

**MINISTÈRE DE LA SANTÉ ET DU DÉVELOPPEMENT SOCIAL**  
**{ORG.upper()}**  
Direction Générale

## AVIS DE RECRUTEMENT N° {REF}

Le Directeur Général du {ORG} lance un avis de recrutement pour le poste suivant :

| Rubrique | Détail |
|---|---|
| Poste | {TITLE} |
| Service | Service de maintenance biomédicale |
| Lieu d'affectation | {LOC} |
| Catégorie | {GRADE} |
| Contrat | Contrat à durée déterminée d'un an renouvelable |
| Régime de travail | {SCHED} |
| Salaire mensuel brut | 425 000 FCFA, hors primes de garde |

### Missions

- Assurer la maintenance préventive et curative des équipements d'imagerie, de bloc opératoire et de réanimation ;
- Tenir l'inventaire du parc et les fiches de vie des équipements ;
- Participer à la rédaction des cahiers des charges et à la réception des nouveaux équipements ;
- Former les utilisateurs à la bonne utilisation des appareils.

### Conditions de candidature

1. {ESS[0]}
2. {ESS[1]}
3. {ESS[2]}
4. {ESS[3]}

### Atouts

- {DES[0]}
- {DES[1]}

### Pièces à fournir

Une demande adressée au Directeur Général, un CV, une copie certifiée du diplôme, un extrait d'acte de naissance et un extrait de casier judiciaire de moins de trois mois.

**Les dossiers sont reçus au Bureau du courrier du CHU au plus tard le vendredi 29 janvier 2038 à 16 heures.** Seuls les candidat(e)s retenu(e)s seront convoqué(e)s à un entretien.

Bamako, le 18 décembre 2037  
*Le Directeur Général*

---

**À lire aussi :** Concours de la fonction publique : les résultats attendus le 15 février 2038 · Hôpital du Mali : une unité de dialyse agrandie
"""
    write(k + "-presse.md", md, k)
    tg = f"""Emplois & Concours Mali 🇲🇱
18 524 abonnés

📌 Message épinglé : règles du canal – aucun paiement n'est exigé pour postuler

— 22 décembre —

🏥 {ORG.upper()}
AVIS DE RECRUTEMENT N° {REF}

Le {ORG} recrute :
🔧 Poste : {TITLE}
📍 Lieu d'affectation : {LOC}
🗂 Catégorie : {GRADE}
📝 Contrat : CDD d'un an renouvelable
⏰ Régime de travail : {SCHED}
💵 Salaire mensuel brut : 425 000 FCFA (hors primes de garde)

📋 Missions : maintenance préventive et curative (imagerie, bloc, réanimation) • inventaire et fiches de vie • cahiers des charges • formation des utilisateurs

✔️ Conditions de candidature :
{chr(10).join('🔹 ' + x for x in ESS)}

➕ Atouts :
{chr(10).join('🔸 ' + x for x in DES)}

📎 Pièces : demande au DG, CV, copie certifiée du diplôme, extrait d'acte de naissance, casier judiciaire (moins de 3 mois)
⏳ Dépôt au Bureau du courrier du CHU au plus tard le vendredi 29 janvier 2038 à 16 h

👁 6,1K   ↪️ 214   22 déc. 2037 09:37

— 23 décembre —
🗓 Rappel : concours d'entrée à l'INFSS, dépôt jusqu'au 8 janvier 2038.
👁 3,4K   23 déc. 2037 08:02
"""
    write(k + "-telegram.txt", tg, k)
