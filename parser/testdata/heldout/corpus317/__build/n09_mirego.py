from common import *

KEY = "mirego-developpeur-euse-mobile-principal-e"
T_FR, T_EN = "Développeur·euse mobile principal·e", "Senior Mobile Developer"
O = "Mirego"
L_FR, L_EN = "Québec (Québec)", "Quebec City, Quebec"
S_FR, S_EN = "37,5 heures par semaine, horaire flexible", "37.5 hours per week, flexible schedule"
E_FR = ["Au moins six ans d'expérience en développement d'applications iOS ou Android", "Une excellente connaissance de Swift ou de Kotlin",
        "De l'expérience avec les architectures multiplateformes", "Une bonne maîtrise du français et de l'anglais"]
D_FR = ["Une contribution à des projets libres", "De l'expérience avec Kotlin Multiplatform"]
E_EN = ["At least six years of experience developing iOS or Android applications", "Excellent knowledge of Swift or Kotlin",
        "Experience with cross-platform architectures", "Good command of French and English"]
D_EN = ["Contributions to open-source projects", "Experience with Kotlin Multiplatform"]
C_FR = [("Mentorat", "tu aides les développeurs juniors à progresser"), ("Souci du détail", "tu remarques le pixel qui dépasse")]
C_EN = [("Mentorship", "you help junior developers grow"), ("Attention to detail", "you notice the pixel that is out of place")]
M_FR = ["Concevoir l'architecture des applications de nos clients dans le transport, les médias et la santé.",
        "Écrire du code robuste, testé et accessible, et le faire relire par tes pairs.",
        "Accompagner les équipes de design pour transformer leurs maquettes en expériences fluides."]
M_EN = ["Design the architecture of our clients' apps in transportation, media and health care.",
        "Write robust, tested and accessible code, and have it reviewed by your peers.",
        "Work with the design teams to turn their mock-ups into smooth experiences."]


def fr_half(bul):
    L = [f"{T_FR}", "", f"Chez {O}, on conçoit depuis Québec des produits numériques utilisés par des millions de personnes. On cherche une personne d'expérience pour guider nos projets mobiles.", "",
         f"Lieu : {L_FR} (bureaux du Vieux-Québec, mode hybride)", f"Horaire : {S_FR}", "Salaire : de 98 500 $ à 117 500 $ par année", "",
         "Ce que tu feras"] + [bul + m for m in M_FR]
    L += ["", "Ce que tu apportes"] + [bul + e for e in E_FR] + ["", "Atouts"] + [bul + e for e in D_FR]
    L += ["", "Ta façon de travailler"] + [f"{bul}{n} : {d}" for n, d in C_FR]
    L += ["", "Date limite pour postuler : 29 mars 2044. Les premières entrevues commenceront le 5 avril 2044."]
    return L


def en_half(bul):
    L = [f"{T_EN}", "", f"At {O}, we build digital products used by millions of people from our studio in Quebec City. We are looking for an experienced developer to lead our mobile projects.", "",
         f"Location: {L_EN} (Old Québec office, hybrid)", f"Hours: {S_EN}", "Salary: $98,500 to $117,500 per year", "",
         "What you will do"] + [bul + m for m in M_EN]
    L += ["", "What you bring"] + [bul + e for e in E_EN] + ["", "Assets"] + [bul + e for e in D_EN]
    L += ["", "How you work"] + [f"{bul}{n}: {d}" for n, d in C_EN]
    L += ["", "Deadline to apply: March 29, 2044. First interviews will start on April 5, 2044."]
    return L


def linkedin():
    L = ["LinkedIn", "Home   My Network   Jobs   Messaging   Notifications   Me", "", O, f"{T_FR} / {T_EN}",
         "Québec, Quebec, Canada · 3 days ago · 48 applicants", "", "Hybrid   Full-time   Mid-Senior level", "201-500 employees · IT Services and IT Consulting",
         "", "Skills: Swift, Kotlin, Mobile Applications, +6 more", "", "Easy Apply   Save", "", "About the job", "",
         "(English follows)", ""]
    L += fr_half("• ") + ["", "—", ""] + en_half("• ")
    L += ["", "…see less", "", "About the company", O, "12,480 followers", "IT Services and IT Consulting · 201-500 employees", "",
          "More jobs", "Product Designer – Nuvolo Studio – Montréal, QC (Hybrid)", "Backend Developer – Capitale Tech – Québec, QC"]
    return "\n".join(L) + "\n"


def md():
    L = ["[Mirego](/) · [Carrières](/carrieres) · [EN](/en/careers)", "", f"# {T_FR}", "", "## Français", ""]
    fr = fr_half("- ")[1:]
    L += fr + ["", "---", "", f"# {T_EN}", "", "## English", ""] + en_half("- ")[1:]
    L += ["", "[Postuler / Apply](https://mirego-carrieres.example/apply)", "", "*Mirego souscrit au principe de l'équité en emploi. / Mirego is an equal opportunity employer.*"]
    return "\n".join(L) + "\n"


def build():
    write(KEY + "-linkedin.txt", linkedin(), KEY)
    write(KEY + "-carrieres.md", md(), KEY)
    expected(KEY, reference="", languages=["fr", "en"], title={"fr": T_FR, "en": T_EN}, organisation={"fr": O, "en": O},
             location={"fr": L_FR, "en": L_EN}, schedule={"fr": S_FR, "en": S_EN}, deadline="2044-03-29",
             salary=sal(98500, 117500, "CAD", "year"), req={"fr": (E_FR, D_FR), "en": (E_EN, D_EN)}, comp={"fr": C_FR, "en": C_EN})
