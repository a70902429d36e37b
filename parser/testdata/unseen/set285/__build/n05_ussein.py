from common import *

KEY = "ussein-r-sg-drh-2041-018"
REF = "USSEIN/R/SG/DRH/2041-018"
T = "Ingénieur(e) agronome chargé(e) de la ferme d'application"
O = "Université du Sine Saloum El-Hâdj Ibrahima Niass"
L = "Kaffrine (Sénégal)"
S = "Temps plein"
ESS = ["être de nationalité sénégalaise ;",
       "être titulaire d'un diplôme d'ingénieur agronome (Bac + 5) ou d'un Master en productions végétales ou animales ;",
       "avoir au moins quatre (4) ans d'expérience dans la gestion d'une exploitation agricole ou d'une station de recherche ;",
       "maîtriser les techniques d'irrigation goutte à goutte et la conduite des cultures maraîchères ;",
       "être âgé(e) de quarante-cinq (45) ans au plus au 31 décembre 2041."]
DES = ["la maîtrise du wolof ou du sérère ;", "une expérience de l'encadrement d'étudiants en stage."]
C = [("Sens de l'organisation", "planifie les campagnes agricoles et les travaux pratiques."),
     ("Leadership", "anime une équipe d'ouvriers agricoles et de techniciens."),
     ("Probité", "gère avec transparence les intrants et les recettes de la ferme.")]
DL = "2041-07-18"

expected(KEY, dict(reference=REF, post_number=None, languages=["fr"],
    title={"en": None, "fr": T}, organisation={"en": None, "fr": O},
    location={"en": None, "fr": L}, schedule={"en": None, "fr": S}, deadline=DL,
    salary={"amount": 846500, "min": None, "max": None, "currency": "XOF", "period": "month"},
    grade="A1", clearance=None,
    requirements={"en": None, "fr": {"essential": ESS, "desirable": DES}},
    competencies={"en": None, "fr": comps(C)}))

md = f"""[Aller au contenu](#contenu)

[Accueil](/) · [Actualités](/actu) · [Politique](/politique) · [Économie](/eco) · [Éducation](/education) · [Offres d'emploi](/emploi) · [Contact](/contact)

**SALOUM INFOS** — *L'information du Saloum en continu*

Accueil › Éducation › Offres d'emploi

# L'USSEIN recrute un ingénieur agronome pour sa ferme de Kaffrine

*Publié le 20 juin 2041 à 10 h 42 par la Rédaction · 3 min de lecture*

La ferme d'application de l'université, inaugurée lors de la rentrée 2040, accueillera sa première promotion de licence en agroéconomie le 6 octobre 2041. Nous publions ci-dessous l'avis transmis par le Rectorat.

---

**RÉPUBLIQUE DU SÉNÉGAL**  
*Un Peuple – Un But – Une Foi*  
**MINISTÈRE DE L'ENSEIGNEMENT SUPÉRIEUR, DE LA RECHERCHE ET DE L'INNOVATION**  
**{O.upper()}**  
Rectorat – Secrétariat général – Direction des ressources humaines

## AVIS DE RECRUTEMENT N° {REF}

Le Recteur de l'{O} informe le public qu'un poste est à pourvoir pour le recrutement d'un(e) :

### {T}

- **Structure :** UFR Sciences agronomiques, de l'aquaculture et des technologies alimentaires
- **Lieu d'affectation :** {L}
- **Catégorie :** A1
- **Nature du contrat :** contrat à durée indéterminée, après une période d'essai de six mois
- **Régime de travail :** {S}
- **Rémunération :** 846 500 FCFA brut par mois, hors indemnités
- **Date limite de dépôt :** jeudi 18 juillet 2041 à 17 h 00

#### I. Missions

1. Organiser et suivre les campagnes de production végétale et animale de la ferme ;
2. Encadrer les travaux pratiques des étudiants en lien avec les enseignants ;
3. Assurer la maintenance du système d'irrigation et du matériel agricole ;
4. Tenir la comptabilité matière et préparer le rapport annuel de la ferme.

#### II. Profil

Le (la) candidat(e) doit :

{chr(10).join('* ' + x for x in ESS)}

**Atouts :**

{chr(10).join('* ' + x for x in DES)}

#### III. Compétences comportementales

{chr(10).join(f'* **{n} :** {d}' for n, d in C)}

#### IV. Dossier de candidature

Le dossier (demande adressée au Recteur, CV, copies légalisées des diplômes, certificat de nationalité, extrait d'acte de naissance) doit être déposé au Service courrier du Rectorat, à Kaolack, ou envoyé à recrutement@ussein.example au plus tard le jeudi 18 juillet 2041 à 17 h 00. Les candidat(e)s présélectionné(e)s seront convoqué(e)s à un entretien le 5 août 2041.

*Fait à Kaolack, le 17 juin 2041*  
*Le Recteur*

---

**LIRE AUSSI**

- Bac 2041 : les résultats attendus le 24 juillet 2041
- Kaolack : la foire régionale reportée au 2 août 2041

**2 commentaires**

> **Moustapha N.** — 20 juin 2041 à 12:03 — Est-ce que le dossier peut être envoyé par courrier ?
>
> **Aïda F.** — 21 juin 2041 à 08:15 — Oui, l'avis dit aussi par e-mail.
"""
write(KEY + "-salouminfos.md", md, KEY)

mail = f"""De : Secrétariat ENSA Thiès – Service des anciens <anciens@ensa-thies.example>
Envoyé : lundi 24 juin 2041 09:12
À : liste-diplomes-agro@ensa-thies.example
Objet : TR: Avis de recrutement USSEIN – ingénieur agronome (date limite 18/07/2041)
Pièces jointes : Avis_{REF.replace('/', '_')}.pdf

Chers anciens,

Nous relayons l'avis ci-dessous reçu du Rectorat de l'USSEIN. Pensez aussi à notre assemblée générale du samedi 6 juillet 2041.

Cordialement,
Le Secrétariat

-----Message d'origine-----
De : DRH USSEIN <drh@ussein.example>
Envoyé : vendredi 21 juin 2041 16:40
Objet : Avis de recrutement N° {REF}

AVIS DE RECRUTEMENT N° {REF}

Poste ............................ {T}
Employeur ........................ {O}
Lieu d'affectation ............... {L}
Catégorie ........................ A1
Régime de travail ................ {S}
Rémunération ..................... 846 500 FCFA brut par mois
Date limite de dépôt ............. 18/07/2041 à 17 h 00

Missions : campagnes de production de la ferme, travaux pratiques des étudiants, irrigation et matériel, comptabilité matière.

Le (la) candidat(e) doit :
  o {ESS[0]}
  o {ESS[1]}
  o {ESS[2]}
  o {ESS[3]}
  o {ESS[4]}

Atouts :
  o {DES[0]}
  o {DES[1]}

Compétences comportementales :
  o {C[0][0]} : {C[0][1]}
  o {C[1][0]} : {C[1][1]}
  o {C[2][0]} : {C[2][1]}

Dossier : demande au Recteur, CV, diplômes légalisés, certificat de nationalité, extrait de naissance. Entretiens le 5 août 2041.

--
Direction des ressources humaines – {O}
Ce message et ses pièces jointes sont confidentiels.
"""
write(KEY + "-courriel.txt", mail, KEY)
