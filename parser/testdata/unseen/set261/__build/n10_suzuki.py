from common import *

KEY = "fds-2039-11"
REF = "FDS-2039-11"
T_FR = "Chargé·e de projet – mobilisation pour le climat"
T_EN = "Project Manager – Climate Mobilization"
O_FR = "Fondation David Suzuki"
O_EN = "David Suzuki Foundation"
LOC = "Montréal"
S_FR = "35 heures par semaine, du lundi au vendredi"
S_EN = "35 hours per week, Monday to Friday"

ESS_FR = ["Diplôme universitaire en environnement, en communication, en sciences sociales ou expérience équivalente",
          "Trois ans d'expérience en organisation communautaire ou en gestion de campagnes",
          "Excellente maîtrise du français et bonne connaissance de l'anglais",
          "Disponibilité pour des activités occasionnelles en soirée et la fin de semaine"]
DES_FR = ["Connaissance des réseaux écologistes et communautaires du Québec",
          "Expérience d'un outil de gestion des relations avec les sympathisants (CRM)"]
COMP_FR = [("Leadership rassembleur", "vous savez mobiliser des bénévoles autour d'objectifs communs."),
           ("Sens de l'organisation", "vous menez plusieurs événements de front sans perdre le fil."),
           ("Aisance relationnelle", "vous tissez des liens avec des partenaires très variés.")]
ESS_EN = ["University degree in environmental studies, communications, social sciences or equivalent experience",
          "Three years of experience in community organizing or campaign management",
          "Excellent French and good working knowledge of English",
          "Availability for occasional evening and weekend activities"]
DES_EN = ["Knowledge of Quebec's environmental and community networks",
          "Experience with a supporter relationship management tool (CRM)"]
COMP_EN = [("Unifying leadership", "you know how to rally volunteers around shared goals."),
           ("Organizational skills", "you run several events at once without losing track."),
           ("Interpersonal ease", "you build relationships with a wide range of partners.")]


def posting(sep_fr=" : ", sep_en=": ", bullet="   - ", comp_sep_fr=" : ", comp_sep_en=": "):
    fr = f"""OFFRE D'EMPLOI
Titre du poste{sep_fr}{T_FR}
Numéro de référence{sep_fr}{REF}
Organisme{sep_fr}{O_FR}
Lieu{sep_fr}{LOC} (bureau du Mile-Ex, télétravail partiel possible)
Statut{sep_fr}poste permanent, temps plein
Horaire{sep_fr}{S_FR}
Salaire{sep_fr}de 58 700 $ à 64 900 $ par année, selon l'expérience, plus avantages sociaux
Entrée en fonction{sep_fr}le 8 septembre 2039
Date limite{sep_fr}28 juillet 2039, midi (HAE)

LE POSTE
Au sein de l'équipe Québec, vous coordonnez les campagnes de mobilisation citoyenne pour le climat : formation de
groupes locaux, organisation d'assemblées publiques et soutien aux bénévoles dans 12 régions.

EXIGENCES
{chr(10).join(bullet + e for e in ESS_FR)}

ATOUTS
{chr(10).join(bullet + e for e in DES_FR)}

QUALITÉS RECHERCHÉES
{chr(10).join(bullet + n + comp_sep_fr + d for n, d in COMP_FR)}

Faites parvenir votre CV et une lettre de présentation à emplois@fds.example en indiquant {REF} dans l'objet.
Les entrevues auront lieu la semaine du 10 août 2039.
"""
    en = f"""JOB POSTING
Position{sep_en}{T_EN}
Reference number{sep_en}{REF}
Organization{sep_en}{O_EN}
Location{sep_en}{LOC} (Mile-Ex office, partial remote work possible)
Status{sep_en}permanent, full-time
Hours{sep_en}{S_EN}
Salary{sep_en}$58,700 to $64,900 per year, depending on experience, plus benefits
Start date{sep_en}September 8, 2039
Deadline{sep_en}July 28, 2039, noon (EDT)

THE POSITION
As part of the Quebec team, you will coordinate citizen climate mobilization campaigns: training local groups,
organizing public assemblies and supporting volunteers in 12 regions.

REQUIREMENTS
{chr(10).join(bullet + e for e in ESS_EN)}

ASSETS
{chr(10).join(bullet + e for e in DES_EN)}

QUALITIES WE ARE LOOKING FOR
{chr(10).join(bullet + n + comp_sep_en + d for n, d in COMP_EN)}

Send your résumé and a cover letter to emplois@fds.example with {REF} in the subject line.
Interviews will take place the week of August 10, 2039.
"""
    return fr, en


def build():
    fr, en = posting()
    mail = f"""---------- Forwarded message ---------
From: Équipe RH – Fondation David Suzuki <rh@fds.example>
Date: Tue, Jun 30, 2039 at 9:42 AM
Subject: Offre d'emploi / Job posting – {REF}
To: Réseau des partenaires <partenaires@lists.fds.example>


Bonjour à toutes et à tous,

Pourriez-vous relayer cette offre dans vos réseaux? Merci!
Notre séance d'information virtuelle aura lieu le 14 juillet 2039 à 12 h.

Émilie

---
*** English follows ***

{fr}
--------------------------------------------------

{en}
--
Fondation David Suzuki | David Suzuki Foundation
Vous recevez ce message parce que vous êtes membre du Réseau des partenaires. Se désabonner : partenaires-unsubscribe@lists.fds.example
"""
    write(KEY + "-gmail.txt", mail, KEY)

    fr2, en2 = posting(sep_fr=" — ", sep_en=" — ", bullet="• ", comp_sep_fr=" — ", comp_sep_en=" — ")
    def indent(s):
        return "\n".join(("    " + l) if l else "" for l in s.splitlines())
    teams = f"""Équipe Mobilisation > Général
Julien Tremblay  10:05
Salut la gang! L'offre pour remplacer Sarah est en ligne, partagez-la svp 🙏 (date limite de l'infolettre : 7 juillet)

Julien Tremblay  10:06
{indent(fr2)}

{indent(en2)}

👍 6   ❤️ 3
2 réponses
    Marie-Ève Gagnon  10:11
    Partagé sur notre page LinkedIn et dans le groupe des bénévoles de Québec.
    Kevin Lapointe  10:24
    Posted in the Concordia sustainability job board too.
Répondre
Nouvelle conversation
"""
    write(KEY + "-teams.txt", teams, KEY)

    expected(KEY, REF, ["fr", "en"], {"en": T_EN, "fr": T_FR}, {"en": O_EN, "fr": O_FR}, LOC,
             {"en": S_EN, "fr": S_FR}, "2039-07-28", salary(58700, 64900, "CAD", "year"),
             requirements={"fr": {"essential": ESS_FR, "desirable": DES_FR},
                           "en": {"essential": ESS_EN, "desirable": DES_EN}},
             competencies={"fr": pairs(*COMP_FR), "en": pairs(*COMP_EN)})


if __name__ == "__main__":
    build()
