from common import *

KEY = "dougs-comptable-confirme-e-pole-tpe"
T = "Comptable confirmé·e – pôle TPE (H/F)"
O = "Dougs"
LOC = "Lille"
ESS = ["Un diplôme de niveau DCG ou DSCG, ou un BTS CG avec de l'expérience",
       "Au moins quatre ans d'expérience en cabinet d'expertise comptable",
       "La maîtrise de la tenue comptable et des déclarations de TVA des petites entreprises",
       "Une aisance avec les outils en ligne et l'automatisation"]
DES = ["Une expérience auprès des professions libérales", "Une connaissance des logiciels de paie"]
COMP = [("Pédagogie", "tu expliques les chiffres à des entrepreneurs qui ne sont pas comptables"),
        ("Organisation", "tu gères un portefeuille d'une centaine de clients sans perdre le fil"),
        ("Esprit d'équipe", "tu partages tes astuces avec le pôle")]
MIS = ["Tu prends en charge la révision des comptes et les bilans d'un portefeuille de TPE et d'indépendants.",
       "Tu réponds aux questions de tes clients par chat et en visio, avec des délais courts.",
       "Tu contrôles les écritures proposées par nos algorithmes de catégorisation et tu aides l'équipe produit à les améliorer.",
       "Tu accompagnes un·e comptable junior dans sa montée en compétences."]


def wttj():
    L = ["Welcome to the Jungle", "Trouver un job   Trouver une entreprise   Média   Employeurs", "Se connecter", "",
         O, "Expertise comptable, FinTech · 250 salariés", "Suivre", "", T, "",
         "CDI", LOC, "Salaire : 46K à 53K €", "Début : 02 mai 2044", "Télétravail fréquent", "Expérience : > 4 ans", "Éducation : Bac +3", "",
         "Postuler", "", "Le poste", "", "Descriptif du poste", "",
         f"Chez {O}, on veut que les entrepreneurs n'aient plus peur de leur comptabilité. Le pôle TPE de Lille suit environ 4 000 clients et cherche un·e comptable qui aime autant les chiffres que les gens.", ""]
    L += MIS
    L += ["", "Profil recherché", "", "Ce qu'il te faut :"] + ESS + ["", "Les petits plus :"] + DES
    L += ["", "Ta façon de travailler :"] + [f"{n} : {d}" for n, d in COMP]
    L += ["", "Rémunération : de 46 000 € à 53 000 € bruts annuels fixes, plus une prime d'intéressement et des tickets-restaurant de 11 €.", "",
          "Candidatures ouvertes jusqu'au 25 mars 2044.", "",
          "Déroulement des entretiens", "1. Un appel de 30 minutes avec Juliette, notre recruteuse", "2. Un cas pratique à réaliser chez toi, à rendre le 6 avril 2044", "3. Une rencontre avec l'équipe à Lille", "",
          "Envie d'en savoir plus ?", "", "Ces entreprises recrutent aussi", "Pennylex – Lyon – Gestionnaire de paie", "Comptalib – Paris – Expert-comptable associé·e", "",
          "© Welcome to the Jungle 2044 · Mentions légales · Cookies"]
    return "\n".join(L) + "\n"


def md():
    L = ["![Logo Dougs](https://dougs-carrieres.example/logo.svg)", "", "[Toutes nos offres](/jobs) / Finance & comptabilité", "",
         f"# {T}", "", f"**{LOC}** · Finance & comptabilité · CDI · Hybride (2 jours de télétravail)", "", "---", "",
         "## Ta mission", ""] + ["- " + m for m in MIS]
    L += ["", "## Ton profil", ""] + ["- " + e for e in ESS]
    L += ["", "**Les plus :**", ""] + ["- " + e for e in DES]
    L += ["", "## Ta façon de travailler", ""] + [f"- **{n}** : {d}" for n, d in COMP]
    L += ["", "## Ce qu'on t'offre", "",
          "| | |", "|---|---|", "| Rémunération | 46 000 € – 53 000 € bruts annuels |", "| Congés | 27 jours + RTT |", "| Formation | 1 200 € par an |", "",
          "Les candidatures sont ouvertes jusqu'au **25/03/2044**.", "",
          "[Postuler](https://dougs-carrieres.example/jobs/comptable-confirme-tpe/apply)", "", "_Page propulsée par Teamtailor_"]
    return "\n".join(L) + "\n"


def build():
    write(KEY + "-wttj.txt", wttj(), KEY)
    write(KEY + "-carrieres.md", md(), KEY)
    expected(KEY, reference="", languages=["fr"], title={"fr": T}, organisation={"fr": O}, location={"fr": LOC},
             schedule={}, deadline="2044-03-25", salary=sal(46000, 53000, "EUR", "year"),
             req={"fr": (ESS, DES)}, comp={"fr": COMP})
