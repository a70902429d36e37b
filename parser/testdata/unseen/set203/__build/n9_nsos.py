from common import *

REF = "NSOS-LCH-34-03"
T_FR = "Assistant(e) administratif/administrative (administration des stagiaires et dossiers de cours)"
T_EN = "Administrative Assistant (Student Administration and Course Records)"
ORG_FR, ORG_EN = "École des opérations spéciales de l'OTAN (NSOS)", "NATO Special Operations School (NSOS)"
ESS_FR = [
    "diplôme de l'enseignement secondaire supérieur et au moins trois ans d'expérience dans un secrétariat d'école, de centre de formation ou d'administration",
    "très bonne maîtrise des outils bureautiques (traitement de texte, tableur, messagerie)",
    "connaissance de l'anglais au niveau SLP 3232 au minimum",
    "nationalité belge ou d'un autre pays de l'OTAN avec résidence en Belgique, et aptitude à obtenir une habilitation NATO SECRET",
]
DES_FR = [
    "expérience d'un système de gestion de l'apprentissage (LMS)",
    "connaissance du néerlandais",
]
ESS_EN = [
    "upper secondary education and at least three years of experience in the office of a school, training centre or administration",
    "very good command of office software (word processing, spreadsheets, e-mail)",
    "English at SLP 3232 or higher",
    "Belgian nationality, or nationality of another NATO country with residence in Belgium, and eligibility for a NATO SECRET clearance",
]
DES_EN = [
    "experience with a learning management system (LMS)",
    "knowledge of Dutch",
]
E = expected(REF, ["fr", "en"], {"fr": T_FR, "en": T_EN}, {"fr": ORG_FR, "en": ORG_EN},
             {"fr": "Chièvres, Belgique", "en": "Chièvres, Belgium"}, {"fr": "Temps plein", "en": "Full-time"},
             "2034-09-29", sal(2986.15), "C-4", "NATO SECRET",
             {"fr": {"essential": ESS_FR, "desirable": DES_FR}, "en": {"essential": ESS_EN, "desirable": DES_EN}},
             {"fr": [], "en": []})


def chat():
    fr = [f"*AVIS DE VACANCE – {REF}*",
          f"Intitulé du poste : {T_FR}",
          f"Organisme : {ORG_FR}",
          "Lieu : Chièvres, Belgique",
          "Grade : C-4 (personnel civil local)",
          "Régime : Temps plein",
          "Habilitation : NATO SECRET",
          "Rémunération : 2 986,15 € bruts par mois",
          "Date limite : 29 septembre 2034, 12 h 00",
          "",
          "L'École forme chaque année plus de mille stagiaires des forces spéciales alliées et partenaires. La section Administration des cours accueille les stagiaires, tient les dossiers de cours et délivre les certificats.",
          "Tâches : inscription des stagiaires, vérification des habilitations reçues des pays, préparation des dossiers d'accueil, archivage des évaluations, édition des certificats.",
          "Exigences :"] + ["- " + x for x in ESS_FR] + ["Atouts :"] + ["- " + x for x in DES_FR] + [
          "Contrat à durée indéterminée de droit belge après une période d'essai. Candidature (CV + lettre) par e-mail avant la date limite."]
    en = [f"*VACANCY NOTICE – {REF}*",
          f"Post title: {T_EN}",
          f"Organization: {ORG_EN}",
          "Location: Chièvres, Belgium",
          "Grade: C-4 (local civilian)",
          "Schedule: Full-time",
          "Clearance: NATO SECRET",
          "Salary: EUR 2,986.15 gross per month",
          "Closing date: 29 September 2034, 12:00",
          "",
          "The School trains more than a thousand students from Allied and partner special operations forces each year. The Course Administration section registers students, keeps course records and issues certificates.",
          "Tasks: student registration, checking clearances received from nations, preparing welcome packs, filing evaluations, printing certificates.",
          "Requirements:"] + ["- " + x for x in ESS_EN] + ["Assets:"] + ["- " + x for x in DES_EN] + [
          "Open-ended contract under Belgian law after a probation period. Send CV and letter by e-mail before the closing date."]
    msg = "\n".join(fr) + "\n\n———\n\n" + "\n".join(en)
    L = ["Groupe « Emplois Mons-Chièvres-Ath » · 214 membres", "",
         "[11/09/2034 08:52] Véronique D.: Bonjour à tous ! Une offre qui vient de sortir à la base, je la colle ici 👇",
         "[11/09/2034 08:53] Véronique D.: " + msg,
         "[11/09/2034 09:05] Karim B.: Merci ! C'est le même poste que l'an dernier ? La date limite était le 15 septembre je crois",
         "[11/09/2034 09:07] Véronique D.: Non, l'autre c'était à la bibliothèque de SHAPE, c'est fini depuis longtemps",
         "[11/09/2034 09:12] Ann V.: 👍👍",
         "[11/09/2034 09:30] Karim B.: <Médias omis>",
         "[11/09/2034 09:31] Karim B.: Quelqu'un sait si l'examen d'anglais se fait sur place ?",
         "[11/09/2034 10:02] Véronique D.: Oui, à Chièvres, la semaine du 9 octobre d'après l'annonce interne",
         "[11/09/2034 10:03] Ann V.: ❤️"]
    return "\n".join(L) + "\n"


def render():
    return {f"{REF}-chat.txt": chat()}
