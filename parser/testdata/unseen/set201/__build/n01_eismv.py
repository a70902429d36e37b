"""EISMV (Dakar) - inter-State school, French only. Word-style avis written in
Markdown -> DOCX (pandoc) -> PDF (LibreOffice) + pdftotext dump."""
import os
import subprocess
from common import ROOT, expected, sal, req, comp, row

KEY = "eismv-dg-sg-2034-011"
REF = "EISMV/DG/SG/2034-011"
TITLE = "Chef(fe) du Laboratoire d'hygiène et de sécurité sanitaire des aliments"
ORG = "École inter-États des sciences et médecine vétérinaires de Dakar"
LOC = "Dakar (Sénégal)"
GRADE = "A1"
ESS = [
    "Être ressortissant(e) de l'un des États membres de l'EISMV ;",
    "Être titulaire d'un doctorat en médecine vétérinaire complété par un master ou un doctorat (PhD) en microbiologie alimentaire, en qualité des aliments ou dans un domaine apparenté ;",
    "Justifier d'au moins huit (8) années d'expérience professionnelle dans un laboratoire d'analyse des denrées alimentaires, dont trois (3) à un poste d'encadrement ;",
    "Avoir une bonne connaissance de la norme ISO/IEC 17025 et des procédures d'accréditation ;",
    "Maîtriser les techniques de microbiologie classique et de biologie moléculaire appliquées aux aliments ;",
    "Avoir une parfaite maîtrise du français, écrit et oral.",
]
DES = [
    "Une expérience d'enseignement dans un établissement d'enseignement supérieur ;",
    "Une connaissance pratique de l'anglais ;",
    "Une expérience de la gestion de projets financés par des partenaires techniques et financiers.",
]
COMP = [
    ("Rigueur scientifique", "respecte scrupuleusement les protocoles et documente chaque résultat ;"),
    ("Leadership", "mobilise une équipe pluridisciplinaire autour d'objectifs de qualité ;"),
    ("Sens de l'organisation", "planifie les analyses et gère les priorités ;"),
    ("Intégrité", "fait preuve d'impartialité et respecte la confidentialité des résultats."),
]


def build():
    ess = "\n".join("- " + s for s in ESS)
    des = "\n".join("- " + s for s in DES)
    cmp_ = "\n".join("- **%s** : %s" % c for c in COMP)
    md = f"""**ÉCOLE INTER-ÉTATS DES SCIENCES ET MÉDECINE VÉTÉRINAIRES (EISMV)**\\
BP 5077 Dakar-Fann -- Sénégal\\
Direction générale -- Secrétariat général

# AVIS DE RECRUTEMENT N° {REF}

## {TITLE}

L'{ORG} (EISMV), établissement inter-États d'enseignement supérieur et de recherche créé par les États d'Afrique francophone, lance le présent avis en vue du recrutement d'un(e) chef(fe) de laboratoire, pour le compte de son Département de santé publique et environnement.

| Rubrique | Information |
|---|---|
| Référence | {REF} |
| Intitulé du poste | {TITLE} |
| Structure | Département de santé publique et environnement |
| Lieu d'affectation | {LOC} |
| Catégorie | {GRADE} |
| Type de contrat | Contrat de deux (2) ans renouvelable, période d'essai de six (6) mois |
| Date de publication | 16 juin 2034 |
| Date limite de dépôt | 11 juillet 2034 à 17 h 00 (heure de Dakar) |

### 1. Contexte

Le Laboratoire d'hygiène et de sécurité sanitaire des aliments réalise chaque année plusieurs milliers d'analyses pour les services vétérinaires des États membres, les industriels et les organisations de producteurs. Il prépare son accréditation et accueille des étudiants de master et de doctorat. La personne recrutée dirigera une équipe de neuf agents.

### 2. Attributions

1. Diriger les activités techniques et administratives du laboratoire ;
2. Mettre en œuvre et tenir à jour le système de management de la qualité ;
3. Valider les rapports d'analyse et répondre aux demandes des clients ;
4. Encadrer les étudiants et participer aux enseignements de la filière ;
5. Élaborer le budget annuel du laboratoire et suivre son exécution ;
6. Représenter l'École dans les réseaux régionaux de laboratoires.

### 3. Profil requis

{ess}

### 4. Atouts

{des}

### 5. Qualités personnelles

{cmp_}

### 6. Conditions offertes

La rémunération mensuelle brute indicative est de 1 265 000 FCFA, à laquelle s'ajoutent une indemnité de logement et une couverture médicale pour l'agent et sa famille. Les candidat(e)s non ressortissant(e)s du Sénégal bénéficient d'une prime d'expatriation selon le règlement du personnel.

### 7. Composition du dossier

1. Une lettre de motivation adressée au Directeur général ;
2. Un curriculum vitae détaillé et daté ;
3. Les copies certifiées conformes des diplômes ;
4. Les attestations de travail ;
5. Un extrait de casier judiciaire datant de moins de trois mois.

### 8. Dépôt des candidatures

Les dossiers sont à déposer sous pli fermé au Secrétariat général de l'EISMV ou à envoyer par courriel à recrutement@eismv.example au plus tard le **11 juillet 2034 à 17 h 00 (heure de Dakar)**, avec en objet la référence {REF}. Seul(e)s les candidat(e)s présélectionné(e)s seront convoqué(e)s à un entretien, prévu dans la semaine du 14 août 2034. Prise de fonction souhaitée : 2 octobre 2034.

Les candidatures féminines sont vivement encouragées.

Fait à Dakar, le 16 juin 2034

*Le Directeur général*
"""
    b = os.path.join(ROOT, "__build")
    mdp = os.path.join(b, KEY + "-eismv.md")
    open(mdp, "w", encoding="utf-8").write(md)
    docx = os.path.join(b, KEY + "-eismv.docx")
    subprocess.run(["pandoc", mdp, "-o", docx], check=True)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", b, docx],
                   check=True, capture_output=True)
    pdf = KEY + "-eismv.libreoffice.pdf"
    os.replace(os.path.join(b, KEY + "-eismv.pdf"), os.path.join(ROOT, pdf))
    dump = KEY + "-eismv.libreoffice.pdftotext.txt"
    subprocess.run(["pdftotext", "-enc", "UTF-8", os.path.join(ROOT, pdf), os.path.join(ROOT, dump)], check=True)
    row(pdf, KEY, "pdf")
    row(dump, KEY, "txt")
    expected(KEY, reference=REF, languages=["fr"],
             title={"en": None, "fr": TITLE}, organisation={"en": None, "fr": ORG},
             location={"en": None, "fr": LOC}, schedule={"en": None, "fr": None},
             deadline="2034-07-11", salary=sal(1265000, cur="XOF", period="month"),
             grade=GRADE, clearance=None,
             requirements={"en": None, "fr": req(ESS, DES)},
             competencies={"en": None, "fr": comp(COMP)})
