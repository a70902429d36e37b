# Office franco-québécois pour la jeunesse (OFQJ), section française, Paris — French only
# renderings: careers page clipped to Markdown; Outlook e-mail forward from a university careers service
from common import *

KEY = "ofqj-par-2040-05"
REF = "OFQJ-PAR-2040-05"
T = "Chargé(e) de programmes mobilité professionnelle"
O = "Office franco-québécois pour la jeunesse"
L = "Paris 11e"
S = "Temps plein (35 heures hebdomadaires)"
ESS = [
    "Formation de niveau bac+5 en relations internationales, sciences politiques, gestion de projets ou équivalent",
    "Trois ans d'expérience minimum dans la gestion de programmes de mobilité, d'échanges ou d'insertion des jeunes",
    "Excellentes capacités rédactionnelles et aisance à l'oral devant des publics variés",
    "Maîtrise des outils de gestion de bases de données et de la suite bureautique",
]
DES = ["Une expérience de travail ou d'études au Québec ou au Canada",
       "Une connaissance des dispositifs publics d'emploi des jeunes (missions locales, France Travail)"]
EXP = exp(REF, ["fr"], {"fr": T}, {"fr": O}, {"fr": L}, {"fr": S}, "2040-12-17",
          sal(amount=3265, cur="EUR", period="month"),
          req={"fr": {"essential": ESS, "desirable": DES}}, comp={"fr": []})
FACTS = [("Référence", REF), ("Organisme", O + " (OFQJ) – section française"), ("Lieu de travail", L),
         ("Contrat", "CDD de 24 mois, évolutif"), ("Temps de travail", S),
         ("Rémunération", "3 265 € bruts mensuels sur 12 mois, plus tickets-restaurant"),
         ("Prise de poste", "4 février 2041"), ("Date limite de candidature", "lundi 17 décembre 2040")]
MISS = ["Piloter les programmes de stages et d'emplois temporaires au Québec pour les 18-35 ans",
        "Assurer la relation avec les entreprises et les structures d'accueil des deux côtés de l'Atlantique",
        "Sélectionner les participants avec les comités mixtes et suivre leur parcours",
        "Produire les bilans qualitatifs et financiers des programmes",
        "Représenter l'OFQJ lors des salons et des réunions d'information"]


def md():
    o = ["[Aller au contenu](#contenu) · [Plan du site](/plan)", "",
         "**OFQJ** — Office franco-québécois pour la jeunesse · [Section québécoise (LOJIQ)](https://lojiq.example)", "",
         "[Partir au Québec](/partir) · [Programmes](/programmes) · [Actualités](/actus) · [L'OFQJ recrute](/recrutement)", "",
         "> 🍪 Ce site utilise des traceurs. [Tout accepter](#) · [Personnaliser](#)", "",
         "Accueil / L'OFQJ / Recrutement", "", f"# {T}", "", "*Offre publiée le 20 novembre 2040*", ""]
    o += [f"- **{k} :** {v}" for k, v in FACTS]
    o += ["", "## L'OFQJ en bref", "", "Créé en 1968 par les gouvernements français et québécois, l'Office accompagne chaque "
          "année plusieurs milliers de jeunes dans un projet de mobilité professionnelle entre la France et le Québec. "
          "La section française est installée à Paris et travaille en tandem avec son homologue de Montréal.", "",
          "## Vos missions", ""]
    o += [f"{i}. {x}" for i, x in enumerate(MISS, 1)]
    o += ["", "## Votre profil", ""] + ["* " + x for x in ESS]
    o += ["", "### Un plus", ""] + ["* " + x for x in DES]
    o += ["", "## Candidater", "", "CV et lettre de motivation à adresser à recrutement@ofqj.example avant le lundi "
          "17 décembre 2040, en indiquant la référence en objet. Les entretiens auront lieu le 8 et le 9 janvier 2041.", "",
          "---", "", "Autres offres : *Assistant(e) comptable* – candidatures jusqu'au 30 novembre 2040", "",
          "© 2040 OFQJ · Mentions légales · Accessibilité : partiellement conforme", ""]
    return "\n".join(o)


def mail():
    o = ["De : Service Orientation-Insertion <insertion@univ-ville.example>", "Envoyé : mercredi 21 novembre 2040 10:02",
         "À : Liste M2 Coopération internationale", "Objet : TR: Offre OFQJ – " + T, "",
         "Bonjour à toutes et à tous,", "",
         "Une offre qui peut intéresser nos diplômé(e)s de l'an dernier. Pensez aussi à l'atelier CV du jeudi 29 novembre.", "",
         "Bien cordialement,", "Le Service Orientation-Insertion", "",
         "-----Message d'origine-----", "De : OFQJ Recrutement", "Envoyé : mardi 20 novembre 2040 17:45",
         "Objet : Offre d'emploi " + REF, "", T.upper(), ""]
    o += [f"{k} ...... {v}" for k, v in FACTS]
    o += ["", "Vos missions :"] + ["  > " + x for x in MISS]
    o += ["", "Votre profil :"] + ["  > " + x for x in ESS]
    o += ["Un plus :"] + ["  > " + x for x in DES]
    o += ["", "Candidatures à recrutement@ofqj.example avant le 17/12/2040.", "",
          "Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires.", ""]
    return "\n".join(o)


def build():
    expected(KEY, EXP)
    out(f"{KEY}-ofqj.md", md(), KEY)
    out(f"{KEY}-courriel.txt", mail(), KEY)
