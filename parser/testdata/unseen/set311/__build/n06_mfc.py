from common import *

KEY = "mfc-rh-2043-09"
REF = "MFC/RH/2043-09"
TITLE = "Chargé(e) de projet biogaz et foyers améliorés"
ORG = "Mali Folkecenter Nyetaa (MFC Nyetaa)"
LOC = "Bureau de Bamako (Faladié), avec missions fréquentes dans les cercles de Ségou et de Bla"
SCHED = "Temps plein, 40 heures par semaine du lundi au vendredi"
ESS = ["Diplôme d'ingénieur en énergies renouvelables, en génie rural ou équivalent",
       "Trois ans d'expérience dans des projets d'énergie domestique en milieu rural",
       "Connaissance pratique de la construction et de l'entretien des biodigesteurs",
       "Maîtrise du bambara et du français",
       "Permis de conduire moto et voiture"]
DES = ["Expérience du calcul des crédits carbone",
       "Connaissance du peul ou du soninké"]
COMP = [("Sens pédagogique", "former des artisans et des ménages avec des supports simples"),
        ("Autonomie", "organiser seul(e) ses missions de terrain"),
        ("Écoute", "tenir compte des besoins des femmes et des groupements villageois")]
TACHES = ["Planifier et suivre la construction de 120 biodigesteurs familiaux",
          "Former les maçons locaux à la fabrication des foyers améliorés",
          "Animer les séances de sensibilisation avec les groupements de femmes",
          "Collecter les données de suivi et rédiger les rapports trimestriels pour les bailleurs",
          "Gérer le budget de terrain et les stocks de matériel"]

expected(KEY, reference=REF, post_number=None, languages=["fr"], title={"fr": TITLE},
         organisation={"fr": ORG}, location={"fr": LOC}, schedule={"fr": SCHED}, deadline="2043-09-16",
         salary=sal(amount=575000, cur="XOF"), grade=None, clearance=None,
         requirements={"fr": (ESS, DES)}, competencies={"fr": COMP})

md = f"""[Accueil](https://mfc.example/) · [Nos programmes](https://mfc.example/programmes) · [Publications](https://mfc.example/pub) · **Offres d'emploi** · [Contact](https://mfc.example/contact)

# Offre d'emploi

*Bamako, le 17 août 2043*

Organisation malienne d'appui aux énergies renouvelables depuis plus de quarante ans, MFC Nyetaa lance un nouveau
programme d'énergie domestique propre dans la région de Ségou et recrute :

## {TITLE}

**Référence** : {REF}

**Organisation** : {ORG}

**Lieu d'affectation** : {LOC}

**Temps de travail** : {SCHED}

**Contrat** : contrat à durée déterminée de 24 mois, renouvelable

**Salaire** : 575 000 FCFA bruts par mois, plus per diem de terrain selon la grille de l'ONG

**Date limite de dépôt** : mercredi 16 septembre 2043 à 16 h 00

### Tâches principales

{chr(10).join('1. ' + t for t in TACHES)}

### Profil requis

{chr(10).join('- ' + x for x in ESS)}

### Atouts

{chr(10).join('- ' + x for x in DES)}

### Qualités personnelles

{chr(10).join('1. **%s** : %s' % c for c in COMP)}

### Candidature

Envoyer une lettre de motivation, un CV et trois références à recrutement@mfc.example, objet « {REF} ».
Les entretiens auront lieu à Bamako du 23 au 25 septembre 2043.

> MFC Nyetaa applique une politique stricte de protection contre l'exploitation et les abus sexuels.
> Les candidatures féminines sont vivement encouragées.

---
© 2043 Mali Folkecenter Nyetaa · Faladié, Bamako · [Politique de confidentialité](https://mfc.example/privacy)
"""
w(KEY + "-mfc.md", md, KEY)

wa = f"""16/08/2043, 21:02 - Les messages et les appels sont chiffrés de bout en bout. Personne en dehors de cette discussion, pas même WhatsApp, ne peut les lire ou les écouter.
17/08/2043, 08:14 - Awa Traoré: Bonjour la famille 🙏🏾 une offre de MFC pour ceux qui sont dans les énergies renouvelables
17/08/2043, 08:15 - Awa Traoré: *OFFRE D'EMPLOI – MFC NYETAA*
*Réf.* : {REF}
*Poste* : {TITLE}
*Organisation* : {ORG}
*Lieu* : {LOC}
*Horaire* : {SCHED}
*Salaire* : 575 000 FCFA brut/mois + per diem
*Date limite* : 16/09/2043 à 16h

*Tâches*
{chr(10).join('▪️ ' + t for t in TACHES)}

*Profil*
{chr(10).join('- ' + x for x in ESS)}

*Atouts*
{chr(10).join('➕ ' + x for x in DES)}

*Qualités*
{chr(10).join('🔸 %s : %s' % c for c in COMP)}

Dossier : lettre + CV + 3 références à recrutement@mfc.example
17/08/2043, 08:16 - Awa Traoré: <Médias omis>
17/08/2043, 08:31 - Moussa Keïta: Merci Awa. C'est pour Bamako seulement ?
17/08/2043, 08:33 - Awa Traoré: Basé à Bamako mais beaucoup de terrain à Ségou et Bla
17/08/2043, 08:40 - Fanta Coulibaly: Ce message a été supprimé
17/08/2043, 09:05 - Moussa Keïta: 👍🏾 Et n'oubliez pas la réunion de l'amicale samedi 22/08, cotisation 2 500 FCFA
17/08/2043, 09:06 - Awa Traoré: Bien noté
"""
w(KEY + "-whatsapp.txt", wa, KEY)
save_rows("n06")
