from common import *
KEY = "acfa-rh-2042-01"
E = dict(
    reference="ACFA-RH-2042-01", post_number=None, languages=["fr"],
    title={"en": None, "fr": "Agent(e) de développement communautaire – régionales du Nord"},
    organisation={"en": None, "fr": "Association canadienne-française de l'Alberta"},
    location={"en": None, "fr": "Edmonton (Alberta), avec déplacements à Bonnyville, Saint-Paul et Plamondon"},
    schedule={"en": None, "fr": "Temps plein (37,5 heures par semaine)"},
    deadline="2042-02-14", salary=sal(mn=53750, mx=60400, cur="CAD", period="year"),
    grade=None, clearance=None,
    requirements={"en": None, "fr": {"essential": [
        "Baccalauréat en sciences sociales, en développement communautaire, en communication ou dans un domaine pertinent",
        "Deux ans d'expérience en animation communautaire, en gestion de projets ou dans le milieu associatif",
        "Excellente maîtrise du français et bonne connaissance de l'anglais",
        "Permis de conduire valide et accès à un véhicule"],
        "desirable": [
        "Connaissance de la francophonie albertaine et de ses organismes",
        "Expérience de la rédaction de demandes de financement"]}},
    competencies={"en": None, "fr": comp([
        ("Leadership rassembleur", "sait réunir des bénévoles et des partenaires autour d'un projet commun"),
        ("Autonomie", "organise son travail et ses déplacements sans supervision constante"),
        ("Écoute", "prend le temps de comprendre les besoins des communautés")])})
R = E["requirements"]["fr"]; C = E["competencies"]["fr"]

MAIL = """De : Service d'orientation – Campus Saint-Laurent <orientation@campus-stlaurent.example>
Envoyé : 21 janvier 2042 09:12
À : finissants-2042@listes.campus-stlaurent.example
Objet : TR: Offre d'emploi – ACFA – Agent(e) de développement communautaire

Bonjour à toutes et à tous,

Voici une offre reçue ce matin qui pourrait intéresser nos finissantes et finissants en sciences sociales. Rappel : l'atelier « Réussir son entrevue » a lieu le 4 février à 12 h 15, local 2-140.

Bonne chance !
L'équipe de l'orientation

-----Message d'origine-----
De : Ressources humaines ACFA <rh@acfa.example>
Envoyé : 20 janvier 2042 16:47
Objet : Offre d'emploi ACFA-RH-2042-01

OFFRE D'EMPLOI
Association canadienne-française de l'Alberta

Poste ........................ """ + E["title"]["fr"] + """
Numéro de l'offre ............ ACFA-RH-2042-01
Lieu de travail .............. """ + E["location"]["fr"] + """
Statut ....................... Contrat de deux ans, avec possibilité de renouvellement
Horaire ...................... """ + E["schedule"]["fr"] + """
Salaire ...................... 53 750 $ à 60 400 $ par année, selon l'expérience
Entrée en fonction ........... 16 mars 2042
Date limite .................. 14 février 2042, 17 h (heure des Rocheuses)

L'ACFA est l'organisme porte-parole de la francophonie albertaine. Elle regroupe des régionales partout dans la province et appuie leurs projets culturels, éducatifs et économiques.

Principales responsabilités
  o accompagner les régionales de Bonnyville-Cold Lake, de Saint-Paul et de Plamondon-Lac La Biche dans leur planification annuelle;
  o organiser des rencontres communautaires et des consultations publiques;
  o préparer des demandes de financement et des rapports aux bailleurs de fonds;
  o faire connaître les services en français offerts dans la région.

Exigences
""" + "\n".join("  o " + x for x in R["essential"]) + """

Atouts
""" + "\n".join("  o " + x for x in R["desirable"]) + """

Qualités recherchées
""" + "\n".join(f"  o {c['name']} : {c['description']}" for c in C) + """

Veuillez envoyer votre CV et une lettre de motivation en français à rh@acfa.example en indiquant le numéro de l'offre. Les entrevues se tiendront le 25 février 2042, en personne ou en visioconférence.

Ce courriel et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire.
"""

MD = """[Le Carrefour franco-albertain](/) · [Actualités](/actualites) · [Agenda](/agenda) · [Emplois](/emplois) · [Annonces classées](/annonces) · [S'abonner](/abonnement)

# Emplois dans la francophonie albertaine

*Babillard mis à jour le 22 janvier 2042 — 7 offres*

---

## Agent(e) de développement communautaire – régionales du Nord

**Association canadienne-française de l'Alberta** · Edmonton · Contrat 2 ans

- **Référence :** ACFA-RH-2042-01
- **Lieu de travail :** """ + E["location"]["fr"] + """
- **Horaire :** """ + E["schedule"]["fr"] + """
- **Salaire :** 53 750 $ à 60 400 $ par année
- **Date limite :** 14 février 2042

L'ACFA recherche une personne pour accompagner ses régionales du Nord-Est dans leurs projets : planification annuelle, rencontres communautaires, demandes de financement et promotion des services en français.

**Exigences**

""" + "\n".join("1. " + x for x in R["essential"]) + """

**Atouts**

""" + "\n".join("* " + x for x in R["desirable"]) + """

**Qualités recherchées :** """ + "; ".join(f"{c['name']} : {c['description']}" for c in C) + """.

[Postuler](mailto:rh@acfa.example) · Entrée en fonction le 16 mars 2042

---

### Autres offres

- Enseignant(e) suppléant(e) – Conseil scolaire du Nord-Ouest – jusqu'au 31 janvier 2042
- Animateur(trice) culturel(le) – Centre culturel de Calgary – jusqu'au 20 février 2042
- Commis comptable – Coopérative de Saint-Isidore – 19,75 $ l'heure – jusqu'au 7 février 2042

*Le Carrefour franco-albertain publie gratuitement les offres d'emploi des organismes francophones.*
"""

def build():
    exp(KEY, E)
    W(KEY + "-courriel.txt", MAIL, KEY)
    W(KEY + "-carrefour.md", MD, KEY)
