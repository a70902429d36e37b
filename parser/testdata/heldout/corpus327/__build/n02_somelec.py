from common import *

KEY = "somelec-drh-ar-2045-02"
D = dict(
    reference="SOMELEC/DRH/AR/2045-02", post_number=None, languages=["fr"],
    title=both(None, "Ingénieur(e) en protection et contrôle-commande des postes HTB"),
    organisation=both(None, "Société Mauritanienne d'Électricité"),
    location=both(None, "Nouakchott, avec des déplacements fréquents sur le réseau interconnecté"),
    schedule=both(None, "Temps plein (40 heures par semaine), astreintes par roulement"),
    deadline="2045-01-09",
    salary=None, grade=None, clearance=None,
    requirements=both(None, req([
        "être de nationalité mauritanienne ;",
        "être titulaire d'un diplôme d'ingénieur en génie électrique ou en électrotechnique (Bac+5) ;",
        "justifier d'au moins quatre ans d'expérience dans l'exploitation ou la maintenance de postes haute tension ;",
        "maîtriser les relais de protection numériques et la norme IEC 61850 ;",
        "parler couramment le français et l'arabe.",
    ], [
        "une expérience de mise en service de postes 225 kV ;",
        "la connaissance d'un logiciel de calcul des réglages de protection.",
    ])),
    competencies=both(None, comp([("Rigueur", ""), ("Esprit d'équipe", ""),
                                  ("Résistance à la pression", ""), ("Sens aigu de la sécurité", "")])),
)
R = D["requirements"]["fr"]
C = D["competencies"]["fr"]


def md():
    ess = "\n".join(f"- {x}" for x in R["essential"])
    des = "\n".join(f"- {x}" for x in R["desirable"])
    q = "\n".join(f"- {c['name']}" for c in C)
    return f"""**RÉPUBLIQUE ISLAMIQUE DE MAURITANIE**\\
Honneur – Fraternité – Justice\\
**SOCIÉTÉ MAURITANIENNE D'ÉLECTRICITÉ (SOMELEC)**\\
Direction des Ressources Humaines\\
BP 0000 Nouakchott – Tél. : +222 00 00 00 00 (numéro fictif)

*Nouakchott, le 12 décembre 2044*

# AVIS DE RECRUTEMENT

**N° {D['reference']}**

Dans le cadre du renforcement de sa Direction du Transport, la Société Mauritanienne d'Électricité recrute un(e) :

## {D['title']['fr']}

**Employeur :** {D['organisation']['fr']}

**Direction :** Direction du Transport – Département Postes et Protections

**Lieu d'affectation :** {D['location']['fr']}

**Type de contrat :** contrat à durée indéterminée, après une période d'essai de six mois

**Régime de travail :** {D['schedule']['fr']}

**Rémunération :** selon la grille salariale de la SOMELEC et l'expérience

**Date limite de dépôt des dossiers :** lundi 9 janvier 2045 à 16 heures

## I. Contexte

La SOMELEC exploite le réseau interconnecté qui relie Nouakchott, Nouadhibou et les centres de l'intérieur. La mise en
service de nouvelles lignes et de postes de transformation exige le renforcement de l'équipe chargée des systèmes de
protection, de la sélectivité et de la conduite à distance des ouvrages.

## II. Missions principales

Sous l'autorité du chef du Département Postes et Protections, le titulaire du poste :

- élabore et met à jour les plans de protection des postes HTB et HTA ;
- réalise les essais et les réglages des relais lors des mises en service et des maintenances ;
- analyse les incidents et les déclenchements et propose des mesures correctives ;
- participe à la réception des ouvrages livrés par les entreprises ;
- forme les techniciens d'exploitation aux équipements numériques.

## III. Profil du candidat

Le candidat ou la candidate doit :

{ess}

**Seraient des atouts :**

{des}

## IV. Qualités requises

{q}

## V. Composition du dossier

1. une lettre de motivation adressée au Directeur Général ;
2. un curriculum vitae détaillé ;
3. les copies légalisées des diplômes et des attestations de travail ;
4. une copie de la carte nationale d'identité.

Les dossiers sont déposés sous pli fermé au bureau d'ordre de la Direction Générale ou envoyés à
recrutement@somelec.example avec la référence en objet. Seuls les candidats présélectionnés seront convoqués à un test
écrit prévu le 21 janvier 2045, puis à un entretien. Aucun frais n'est exigé à aucune étape du recrutement.

*Le Directeur des Ressources Humaines*
"""


def whatsapp():
    L = []
    L.append("[12/12/2044, 19:42] Moctar Électro Promo 2038: Bonsoir la famille 👋 regardez ça, ça peut intéresser quelqu'un")
    L.append("[12/12/2044, 19:42] Moctar Électro Promo 2038: ↪️ Transféré")
    L.append("*AVIS DE RECRUTEMENT – SOMELEC*")
    L.append(f"Réf : {D['reference']}")
    L.append("")
    L.append(f"*Poste :* {D['title']['fr']}")
    L.append(f"*Employeur :* {D['organisation']['fr']}")
    L.append(f"*Lieu :* {D['location']['fr']}")
    L.append("*Contrat :* CDI (essai de 6 mois)")
    L.append(f"*Régime :* {D['schedule']['fr']}")
    L.append("*Salaire :* selon la grille de la SOMELEC")
    L.append("*Date limite :* 09/01/2045 à 16h")
    L.append("")
    L.append("*Missions :* plans de protection, essais et réglages des relais, analyse des incidents, formation des techniciens")
    L.append("")
    L.append("*Profil – le candidat ou la candidate doit :*")
    for x in R["essential"]:
        L.append("▫️ " + x)
    L.append("*Atouts :*")
    for x in R["desirable"]:
        L.append("▫️ " + x)
    L.append("*Qualités :*")
    for c in C:
        L.append("✔️ " + c["name"])
    L.append("")
    L.append("Dossier : lettre + CV + diplômes légalisés + CNI, au bureau d'ordre ou par mail recrutement@somelec.example")
    L.append("Test écrit le 21/01/2045. Aucun frais demandé ⚠️")
    L.append("[12/12/2044, 19:44] Aïcha Mint S.: Merci Moctar 🙏 je partage avec mon frère")
    L.append("[12/12/2044, 19:51] Sidi Yahya: Ils prennent les licences pro aussi ?")
    L.append("[12/12/2044, 19:53] Moctar Électro Promo 2038: Non c'est Bac+5 ingénieur seulement 😕")
    L.append("[12/12/2044, 20:10] Coumba Ba: Le concours des techniciens c'est toujours le 30/12 ?")
    L.append("[12/12/2044, 20:12] Moctar Électro Promo 2038: oui 30/12 à l'ESP")
    return "\n".join(L) + "\n"


def build():
    expected(KEY, D)
    src = wb("somelec.md", md())
    docx = os.path.join(BUILD, "somelec.docx")
    subprocess.run(["pandoc", src, "-o", docx], check=True)
    subprocess.run(["soffice", f"-env:UserInstallation=file://{TMP}/lo", "--headless", "--convert-to", "pdf",
                    "--outdir", TMP, docx], check=True, capture_output=True)
    os.replace(os.path.join(TMP, "somelec.pdf"), os.path.join(OUT, f"{KEY}-somelec.libreoffice.pdf"))
    dump(f"{KEY}-somelec.libreoffice.pdf", KEY)
    w(f"{KEY}-whatsapp.txt", whatsapp(), KEY)
