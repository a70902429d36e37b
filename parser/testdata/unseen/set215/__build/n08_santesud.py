from common import *

KEY = "ss-mg-2035-04"
REF = "SS-MG-2035-04"
TITLE = "Coordinateur·rice de projet santé maternelle et infantile (F/H)"
ORG = "Santé Sud"
LOC = "Mahajanga, Madagascar"
SCHED = "Temps plein"
SAL = "entre 2 720 € et 3 040 € bruts mensuels selon expérience"
ESS = [
    "Diplôme de niveau master en santé publique, ou diplôme paramédical (sage-femme, infirmier·e) complété par une formation en santé publique ;",
    "Au moins quatre ans d'expérience dans la gestion de projets de santé, dont deux en Afrique subsaharienne ou dans l'océan Indien ;",
    "Expérience de l'encadrement d'équipes pluridisciplinaires et du travail avec les autorités sanitaires ;",
    "Maîtrise du cycle de projet et des exigences des bailleurs institutionnels ;",
    "Excellent niveau de français écrit et oral.",
]
DES = [
    "Notions de malgache ;",
    "Connaissance des approches de santé communautaire ;",
    "Expérience avec les outils de collecte mobile (KoboToolbox, ODK).",
]
COMP = [("Autonomie", "savoir organiser son travail loin du siège et rendre compte à distance"),
        ("Diplomatie", "dialoguer avec des partenaires institutionnels et associatifs aux attentes différentes"),
        ("Sens pédagogique", "transmettre et renforcer les compétences des équipes locales")]
E = dict(reference=REF, post_number=None, languages=["fr"], title={"en": None, "fr": TITLE},
         organisation={"en": None, "fr": ORG}, location={"en": None, "fr": LOC},
         schedule={"en": None, "fr": SCHED}, deadline="2035-09-13",
         salary=salary(None, 2720, 3040, "EUR", "month"), grade=None, clearance=None,
         requirements={"en": None, "fr": {"essential": ESS, "desirable": DES}},
         competencies={"en": None, "fr": [{"name": n, "description": d} for n, d in COMP]})

INTRO = ("ONG de solidarité internationale basée à Marseille, Santé Sud accompagne depuis plus de quarante ans "
         "les professionnels de santé de ses pays d'intervention pour améliorer l'accès de tous à des soins de qualité. "
         "À Madagascar, l'association soutient les centres de santé de base de la région Boeny dans le suivi des grossesses, "
         "les accouchements assistés et la prise en charge des enfants de moins de cinq ans.")
MISS = [
    "Piloter la mise en œuvre du projet « Naître en sécurité dans le Boeny » (planification, suivi budgétaire, rapports) ;",
    "Encadrer une équipe de six personnes (deux sages-femmes formatrices, un chargé de suivi-évaluation, trois animateurs) ;",
    "Organiser les formations et les supervisions formatives dans vingt centres de santé ;",
    "Représenter Santé Sud auprès de la Direction régionale de la santé et des partenaires ;",
    "Préparer les rapports narratifs et financiers destinés aux bailleurs ;",
    "Contribuer à l'écriture de la phase suivante du projet avec la direction pays.",
]
FACTS = [("Référence", REF), ("Employeur", ORG), ("Lieu", LOC + " (déplacements réguliers dans la région Boeny)"),
         ("Contrat", "CDD de 18 mois, renouvelable"), ("Temps de travail", SCHED),
         ("Rémunération", SAL + ", plus indemnité de logement et assurance santé"),
         ("Prise de poste", "dès que possible, idéalement le 15 octobre 2035"),
         ("Date limite de candidature", "13/09/2035")]


def md():
    facts = "\n".join(f"- **{a} :** {b}" for a, b in FACTS)
    miss = "\n".join(f"{i}. {m}" for i, m in enumerate(MISS, 1))
    ess = "\n".join(f"- {x}" for x in ESS)
    des = "\n".join(f"- {x}" for x in DES)
    comp = "\n".join(f"- **{n}** : {d}" for n, d in COMP)
    return f"""[Accueil](https://santesud.example/) · [Qui sommes-nous ?](https://santesud.example/qui) · [Nos actions](https://santesud.example/actions) · [Nous rejoindre](https://santesud.example/emploi) · **[Faire un don](https://santesud.example/don)**

Accueil › Nous rejoindre › Offres d'emploi › {TITLE}

# {TITLE}

> Publiée le 23/08/2035 · Terrain · Madagascar · Réf. {REF}

## Santé Sud

{INTRO}

## Le poste en bref

{facts}

## Vos missions

Sous la responsabilité de la directrice pays, basée à Antananarivo, vous aurez pour missions de :

{miss}

## Profil recherché

{ess}

**Serait un plus :**

{des}

## Savoir-être

{comp}

## Pour postuler

Envoyez CV et lettre de motivation, en précisant la référence {REF}, à recrutement@santesud.example **avant le 13/09/2035**. Les candidatures sont étudiées au fil de l'eau ; des entretiens pourront avoir lieu avant la date limite, à partir du 2 septembre 2035.

---

*Autres offres :* Chargé·e de suivi-évaluation – Bamako (jusqu'au 20/09/2035) · Stage communication – Marseille (jusqu'au 30/09/2035)

© Santé Sud · Mentions légales · Newsletter
"""


def whatsapp():
    head = "[24/08/2035, 08:14] Hanitra R.: "
    miss = "\n".join(f"{i}) {m}" for i, m in enumerate(MISS, 1))
    ess = "\n".join(f"• {x}" for x in ESS)
    des = "\n".join(f"• {x}" for x in DES)
    comp = "\n".join(f"• *{n}* : {d}" for n, d in COMP)
    facts = "\n".join(f"{a} : {b}" for a, b in FACTS)
    return f"""[24/08/2035, 08:12] Hanitra R.: Bonjour à tous 👋 une offre qui peut intéresser les sages-femmes et les collègues de santé publique du groupe
{head}*{TITLE}*
{ORG} – {LOC}

{INTRO}

{facts}

*Vos missions*
{miss}

*Profil recherché*
{ess}

*Serait un plus :*
{des}

*Savoir-être*
{comp}

Candidature : CV + lettre à recrutement@santesud.example avant le 13/09/2035, réf. {REF}. Entretiens possibles dès le 2 septembre 2035.
[24/08/2035, 08:31] Tojo A.: Merci Hanitra 🙏 je transfère à ma cousine à Majunga
[24/08/2035, 09:02] Fara M.: Est-ce que c'est ouvert aux infirmiers aussi ?
[24/08/2035, 09:05] Hanitra R.: Oui, si formation complémentaire en santé publique 👍
[24/08/2035, 11:47] Lova R.: On fait une relecture de CV samedi 1er septembre au local de l'association, ceux qui veulent 📄
[24/08/2035, 11:48] Fara M.: 👍
"""


def build():
    expected(KEY, E)
    write(KEY + "-santesud.md", md(), KEY)
    write(KEY + "-whatsapp.txt", whatsapp(), KEY)
