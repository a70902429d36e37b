from common import *

KEY = "ornikar-responsable-partenariats-auto-ecoles"
T = "Responsable partenariats auto-écoles (H/F)"
O = "Ornikar"
LOC = "Paris"
ESS = ["Au moins 4 ans d'expérience en développement commercial ou en gestion de partenaires",
       "Une bonne connaissance du secteur de l'éducation routière ou de la mobilité",
       "Une vraie aisance dans la négociation et à l'oral"]
DES = ["Une expérience dans une scale-up",
       "La maîtrise de Salesforce ou de HubSpot"]
COMP = [("Ownership", "tu portes tes sujets de bout en bout."),
        ("Esprit d'équipe", "tu partages tes apprentissages avec les équipes Ops et Marketing.")]
MISS = ["Recruter et animer un réseau d'auto-écoles partenaires dans toute la France",
        "Négocier les conditions commerciales et suivre la qualité de service",
        "Piloter les indicateurs du réseau (volumes d'examens, satisfaction, délais)",
        "Remonter les besoins des partenaires aux équipes Produit"]

txt = f"""Welcome to the Jungle
Trouver un job   Trouver une entreprise   Média   Employeurs   Se connecter

Ornikar
Mobilité, EdTech, Assurance · 300 salariés · Paris
Suivre

{T}
CDI
{LOC}
Salaire : 48K à 56K €
Début : 05 janvier 2042
Télétravail fréquent
Expérience : > 4 ans
Éducation : Bac +5 / Master

Postuler   Sauvegarder

Le poste

Descriptif du poste
Chez Ornikar, on veut rendre le permis de conduire plus accessible, plus simple et moins cher. Notre équipe Réseau accompagne les auto-écoles et les enseignants indépendants qui travaillent avec nous. En tant que {T}, tu rejoins cette équipe de huit personnes et tu reportes au Head of Network.

Tes missions :
{chr(10).join('- ' + m for m in MISS)}

Profil recherché
{chr(10).join('- ' + e for e in ESS)}

Les petits plus :
{chr(10).join('- ' + d for d in DES)}

Ce qu'on attend de toi :
{chr(10).join(f'- {n} : {d}' for n, d in COMP)}

Déroulement des entretiens
Un premier échange avec notre Talent Acquisition, un entretien avec le Head of Network, une étude de cas, puis un café avec l'équipe. Candidatures ouvertes jusqu'au 24 novembre 2041.

Envie d'en savoir plus ?
Ces entreprises recrutent aussi
Getaround · Paris · 12 jobs
BlaBla mobilité · Lyon · 4 jobs

Welcome to the Jungle · À propos · Nous rejoindre · Mentions légales
"""

md = f"""![Ornikar](https://careers.ornikar.example/logo.svg)

[Toutes les offres](https://careers.ornikar.example/) / Réseau

## {T}

**Équipe** Réseau · **Lieu** {LOC} (hybride, 2 jours au bureau) · **Contrat** CDI

---

### À propos de la mission

{chr(10).join('* ' + m for m in MISS)}

### Ton profil

{chr(10).join('* ' + e for e in ESS)}

### Bonus

{chr(10).join('* ' + d for d in DES)}

### Nos façons de travailler

{chr(10).join(f'* **{n}** : {d}' for n, d in COMP)}

### Rémunération

De 48 000 € à 56 000 € bruts annuels fixes, selon ton expérience, plus un variable sur objectifs et des BSPCE. Mutuelle Alan prise en charge à 100 %, forfait mobilité durable de 500 € par an.

Nous étudions les candidatures au fil de l'eau et jusqu'au 24 novembre 2041.

[Postuler](https://careers.ornikar.example/jobs/partenariats/apply)

*Propulsé par Teamtailor*
"""

def build():
    write(KEY + "-wttj.txt", txt, KEY)
    write(KEY + "-careers.md", md, KEY)
    expected(KEY, reference="", languages=["fr"], title={"fr": T}, organisation={"fr": O},
             location={"fr": LOC}, schedule={}, deadline="2041-11-24",
             salary=(48000, 56000, "EUR", "year"),
             requirements={"fr": (ESS, DES)}, competencies={"fr": COMP})
