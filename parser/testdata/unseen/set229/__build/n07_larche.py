from common import *

KEY = "lac-2036-14"
REF = "LAC-2036-14"
T = {"en": "National Safeguarding Coordinator", "fr": "Coordonnateur(trice) national(e) à la protection"}
O = {"en": "L'Arche Canada", "fr": "L'Arche Canada"}
L = {"en": "Montréal, Quebec", "fr": "Montréal (Québec)"}
S = {"en": "Full-time (37.5 hours/week)", "fr": "Temps plein (37,5 heures/semaine)"}
SALV = {"en": "$68,750 to $77,420 per year, plus group benefits and pension plan",
        "fr": "de 68 750 $ à 77 420 $ par année, avec assurances collectives et régime de retraite"}
CL = {"en": "November 24, 2036, 5:00 p.m. (Eastern)", "fr": "24 novembre 2036, 17 h (heure de l'Est)"}
ESS = {"en": ["University degree in social work, psychology, law or a related field, or an equivalent combination of education and experience.",
              "At least five years of experience in safeguarding, protection of vulnerable adults or incident investigation.",
              "Sound knowledge of provincial legislation on the protection of adults with disabilities.",
              "Ability to work in both English and French.",
              "Willingness to travel across Canada about six times a year."],
       "fr": ["Diplôme universitaire en travail social, en psychologie, en droit ou dans un domaine connexe, ou une combinaison équivalente de formation et d'expérience.",
              "Au moins cinq années d'expérience en protection, en prévention des abus envers les adultes vulnérables ou en enquête sur les incidents.",
              "Bonne connaissance des lois provinciales sur la protection des adultes ayant une déficience.",
              "Capacité à travailler en anglais et en français.",
              "Disponibilité pour voyager au Canada environ six fois par année."]}
DES = {"en": ["Training in trauma-informed approaches.",
              "Experience in a faith-based or community-living organization."],
       "fr": ["Formation aux approches tenant compte des traumatismes.",
              "Expérience dans un organisme d'inspiration spirituelle ou de vie communautaire."]}
COMP = {"en": [("Discernment", "you weigh sensitive situations calmly and act proportionately"),
               ("Collaboration", "you build trust with community leaders, families and core members"),
               ("Confidentiality", "you handle personal information with care and tact")],
        "fr": [("Discernement", "vous évaluez les situations délicates avec calme et agissez de façon proportionnée"),
               ("Collaboration", "vous bâtissez la confiance avec les responsables de communauté, les familles et les personnes accueillies"),
               ("Confidentialité", "vous traitez les renseignements personnels avec soin et tact")]}

expected(KEY, {
    "reference": REF, "post_number": None, "languages": ["en", "fr"],
    "title": T, "organisation": O, "location": L, "schedule": S,
    "deadline": "2036-11-24", "salary": sal(None, 68750, 77420, "CAD", "year"),
    "grade": None, "clearance": None,
    "requirements": {l: {"essential": ESS[l], "desirable": DES[l]} for l in ("en", "fr")},
    "competencies": {l: [{"name": n, "description": d} for n, d in COMP[l]] for l in ("en", "fr")},
})
RESP = {"en": ["Support the 30 Canadian communities in applying the federation's safeguarding policy and procedures.",
               "Receive reports of concerns, coordinate independent reviews and follow up on recommendations.",
               "Design and deliver training for community leaders, assistants and board members.",
               "Maintain the national incident register and prepare an annual report for the National Board.",
               "Represent L'Arche Canada in the safeguarding network of the international federation."],
        "fr": ["Soutenir les 30 communautés canadiennes dans l'application de la politique et des procédures de protection de la fédération.",
               "Recevoir les signalements, coordonner les examens indépendants et assurer le suivi des recommandations.",
               "Concevoir et offrir des formations aux responsables de communauté, aux assistant(e)s et aux membres des conseils.",
               "Tenir le registre national des incidents et préparer un rapport annuel pour le Conseil national.",
               "Représenter L'Arche Canada au sein du réseau de protection de la fédération internationale."]}
LAB = {"en": dict(h="Careers", posted="Posted October 22, 2036 · Competition " + REF, loc="Location", st="Status",
                  stv="Permanent", hrs="Hours", sal="Salary", close="Closing date", about="About L'Arche Canada",
                  aboutv="L'Arche Canada is the national federation of communities where people with and without intellectual disabilities share life, work and friendship. The national office coordinates training, advocacy and the common policies of the communities.",
                  role="The role", resp="What you will do", q="What you bring", a="Assets", c="Qualities we value",
                  apply="How to apply",
                  applyv="Send a cover letter and résumé, in English or French, to careers@larche-canada.example with the competition number in the subject line. Interviews will be held in early December 2036. The successful candidate will be asked to provide a police check with vulnerable sector screening.",
                  rolev="Reporting to the National Leader, the coordinator leads the safeguarding program of the federation. The position is based at the national office, with two days a week of remote work possible."),
       "fr": dict(h="Carrières", posted="Publié le 22 octobre 2036 · Concours " + REF, loc="Lieu", st="Statut",
                  stv="Permanent", hrs="Heures", sal="Salaire", close="Date de clôture", about="À propos de L'Arche Canada",
                  aboutv="L'Arche Canada est la fédération nationale des communautés où des personnes avec et sans déficience intellectuelle partagent leur vie, leur travail et leur amitié. Le bureau national coordonne la formation, la défense des droits et les politiques communes des communautés.",
                  role="Le poste", resp="Vos responsabilités", q="Ce que vous apportez", a="Atouts", c="Qualités recherchées",
                  apply="Pour postuler",
                  applyv="Faites parvenir une lettre de présentation et un curriculum vitæ, en français ou en anglais, à carrieres@larche-canada.example en indiquant le numéro de concours dans l'objet. Les entrevues auront lieu au début de décembre 2036. La personne retenue devra fournir une vérification policière de secteur vulnérable.",
                  rolev="Relevant du responsable national, le ou la titulaire dirige le programme de protection de la fédération. Le poste est basé au bureau national; deux jours de télétravail par semaine sont possibles.")}


def half(l):
    w = LAB[l]
    return f"""## {T[l]}

*{w['posted']}*

**{w['loc']}:** {L[l]}\\
**{w['st']}:** {w['stv']}\\
**{w['hrs']}:** {S[l]}\\
**{w['sal']}:** {SALV[l]}\\
**{w['close']}:** {CL[l]}

### {w['about']}

{w['aboutv']}

### {w['role']}

{w['rolev']}

### {w['resp']}

{bullets(RESP[l])}

### {w['q']}

{bullets(ESS[l])}

### {w['a']}

{bullets(DES[l])}

### {w['c']}

{chr(10).join('- **%s:** %s' % (n, d) for n, d in COMP[l])}

### {w['apply']}

{w['applyv']}
""".replace(":**", " :**" if l == "fr" else ":**")


md = f"""[Skip to content](#main) · [Français](#fr)

[Home](#) | [Our communities](#) | [Get involved](#) | [Careers](#) | [Donate](#)

Home › Careers › {T['en']}

<a id="main"></a>

{half('en')}

---

<a id="fr"></a>

{half('fr')}

---

*L'Arche Canada welcomes applications from people of all backgrounds. / L'Arche Canada accueille les candidatures de personnes de tous horizons.*
"""
write(KEY + "-larche.md", md, KEY)


def plain(l):
    w = LAB[l]
    sep = " : " if l == "fr" else ": "
    out = [T[l], "~" * len(T[l]), w["posted"], "", w["loc"] + sep + L[l], w["st"] + sep + w["stv"], w["hrs"] + sep + S[l],
           w["sal"] + sep + SALV[l], w["close"] + sep + CL[l], "", w["aboutv"], "", w["rolev"], "",
           w["resp"].upper()] + ["> " + x for x in RESP[l]] + ["", w["q"].upper()] + ["> " + x for x in ESS[l]]
    out += ["", w["a"].upper()] + ["> " + x for x in DES[l]] + ["", w["c"].upper()]
    out += ["> %s%s%s" % (n, sep, d) for n, d in COMP[l]] + ["", w["applyv"]]
    return "\n".join(out)


nl = f"""De : L'Arche Canada – Nouvelles <nouvelles@larche-canada.example>
À : abonnes-infolettre
Date : 23 octobre 2036 à 11:30
Objet : Infolettre d'octobre / October newsletter – Une offre d'emploi / A job opening

Afficher dans le navigateur | View in browser

L'ARCHE CANADA – INFOLETTRE / NEWSLETTER – OCTOBRE / OCTOBER 2036

Dans ce numéro / In this issue
  1. Le mot du responsable national / A word from the National Leader
  2. Offre d'emploi / Job opening
  3. Calendrier / Calendar : Retraite nationale, 14 au 16 novembre 2036 /
     National retreat, November 14 to 16, 2036

2. JOB OPENING / OFFRE D'EMPLOI
===============================

{plain('en')}

-------------------------------

{plain('fr')}

===============================

Vous recevez ce courriel parce que vous êtes abonné(e) à l'infolettre de L'Arche Canada.
You are receiving this e-mail because you subscribed to the L'Arche Canada newsletter.
Se désabonner / Unsubscribe | Mettre à jour vos préférences / Update your preferences
"""
write(KEY + "-infolettre.txt", nl, KEY)
