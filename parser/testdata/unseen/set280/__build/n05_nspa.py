from common import *
REF = "486538"
TITLE = "Assistant(e) aux achats (contrats de carburant) - Bureau du programme CEPS"
ORG = "Agence OTAN de soutien et d'acquisition (NSPA)"
LOC = "France-Versailles"
SCH = "Temps plein"
GRADE = "G9"
CLR = "NS"
CONTEXTE = ("Le Bureau du programme du réseau d'oléoducs en Centre-Europe (CEPS PO) de la NSPA, installé à "
            "Versailles, gère pour le compte des pays participants l'exploitation, la maintenance et le "
            "financement du réseau. La Section Achats et contrats y passe et suit les contrats de fourniture de "
            "carburant, de transport et de services associés. Le/La titulaire soutient les acheteurs de la "
            "Section tout au long du cycle d'achat.")
TACHES = [
    "prépare les dossiers d'appel d'offres et les lettres d'invitation à soumissionner ;",
    "enregistre les offres reçues, tient le registre des ouvertures de plis et prépare les tableaux comparatifs ;",
    "rédige les bons de commande et les avenants simples dans le progiciel de gestion ;",
    "suit les échéances contractuelles et signale les retards de livraison ;",
    "archive les dossiers conformément aux règles de l'Agence.",
]
ESS = [
    "diplôme de fin d'études secondaires et diplôme de l'enseignement supérieur de niveau bac+2 en achats, gestion ou commerce",
    "au moins trois ans d'expérience dans un service achats ou marchés publics",
    "bonne maîtrise d'Excel et d'un progiciel de gestion intégré (SAP ou équivalent)",
    "capacité à travailler avec précision sous la contrainte des délais",
    "niveau de compétence linguistique OTAN (SLP) 3333 en français et 2222 en anglais",
]
DES = [
    "connaissance du secteur pétrolier ou de la logistique des carburants",
    "expérience au sein d'une organisation internationale",
    "certification professionnelle en achats",
]
COMP = [
    ("Rigueur", "vérifie chaque pièce du dossier avant transmission."),
    ("Sens du service", "répond avec diligence aux demandes des acheteurs et des fournisseurs."),
    ("Discrétion", "traite les informations commerciales avec la confidentialité requise."),
    ("Esprit d'équipe", "partage l'information et prête main-forte en période de pointe."),
]
CONDITIONS = ("Le/La candidat(e) retenu(e) se verra proposer un contrat de durée déterminée de trois ans. La durée "
              "hebdomadaire de travail est de 40 heures. Les candidatures doivent être déposées sur la plateforme de "
              "recrutement de l'OTAN au plus tard le 13 février 2041. Les épreuves écrites auront lieu à Versailles au "
              "mois de mars 2041.")

def notice(bul="", lead=True):
    L = ["AVIS DE VACANCE DE POSTE", "",
         "Intitulé : " + TITLE, "Organisme : " + ORG, "Lieu d'affectation : Versailles (France)",
         "Grade : " + GRADE, "Date de clôture : 13 février 2041", "",
         "1. CONTEXTE", "", CONTEXTE, "", "2. TÂCHES PRINCIPALES", "",
         "Sous l'autorité du chef de la Section Achats et contrats, le/la titulaire :"]
    L += [bul + x for x in TACHES]
    L += ["", "3. QUALIFICATIONS ET EXPÉRIENCE ESSENTIELLES", "", "Le/La candidat(e) doit posséder :"]
    L += [bul + x for x in ESS]
    L += ["", "4. QUALIFICATIONS ET EXPÉRIENCE SOUHAITABLES", "", "Seraient considérés comme des atouts :"]
    L += [bul + x for x in DES]
    L += ["", "5. COMPÉTENCES", ""]
    L += [bul + n + " : " + d for n, d in COMP]
    L += ["", "6. CONDITIONS D'EMPLOI", "", CONDITIONS]
    return L

def build():
    expected(REF, None, ("fr",), {"fr": TITLE}, {"fr": ORG}, {"fr": LOC}, {"fr": SCH}, "2041-02-13",
             sal(5283.96, "EUR"), GRADE, CLR, {"fr": (ESS, DES)}, {"fr": COMP})
    L = ["Passer au contenu principal", "Carrières OTAN", "Recherche d'offres", "Ma page carrière", "English", "Connexion", "",
         "Recherche d'offres > Description de l'emploi", "",
         "Description de l'emploi - " + TITLE + " (" + REF + ")", "", "Description de l'emploi", "",
         TITLE + "-" + REF, "",
         "Lieu principal", "", LOC, "Organisme OTAN", "", "NATO Support and Procurement Agency (NSPA)",
         "Horaire", "", SCH, "Date limite de candidature", "", "13-févr.-2041, 23:59:00",
         "Salaire (Base de paie)", "", ": 5 283,96Euro (EUR) Mensuelle", "Grade", "", "Grade OTAN " + GRADE,
         "Niveau d'habilitation", "", CLR, "Description", "", ":", ""]
    L += notice()
    L += ["", "Publication de l'offre", "", "10-janv.-2041, 09:31:44", "",
          "Postuler en ligne", "Ajouter à mes offres favorites", "Envoyer à un ami", "",
          "Offres similaires", "",
          "Assistant(e) comptable - Bureau du programme CEPS  France-Versailles  11-févr.-2041",
          "Technicien(ne) en maintenance de pipelines  France-Versailles  27-févr.-2041",
          "", "Conditions d'utilisation | Confidentialité", "Optimisé par Oracle Taleo"]
    write(REF + "-natocarrieres.txt", "\n".join(L), REF)
    B = ["Accueil > Offres d'emploi > Achats > Yvelines", "",
         "Offre d'emploi", "", TITLE + " H/F", "", "NSPA - Agence OTAN de soutien et d'acquisition",
         "Réf. Apec : 178302415W  |  Réf. Société : " + REF, "",
         "Versailles - 78", "CDD 36 mois", "Publiée le 11/01/2041", "Actualisée le 14/01/2041", "",
         "Salaire : 63 - 63 k€ brut annuel", "Prise de poste : Dès que possible", "Expérience : Minimum 3 ans",
         "Métier : Acheteur / Acheteuse", "Statut du poste : Agent de maîtrise", "Secteur d'activité du poste : Administration publique", "",
         "Descriptif du poste", ""]
    B += ["Lieu principal : " + LOC, "Horaire : " + SCH, "Salaire (Base de paie) : 5 283,96 Euro (EUR) Mensuelle",
          "Niveau d'habilitation : " + CLR, ""]
    B += notice(bul="- ")
    B += ["", "Profil recherché", "Voir le descriptif du poste.", "",
          "Entreprise", "L'Agence OTAN de soutien et d'acquisition fournit des solutions logistiques et d'acquisition aux pays de l'Alliance.", "",
          "Postuler sur le site du recruteur", "", "Offres similaires",
          "Acheteur public H/F - Versailles - 42 - 48 k€ brut annuel - il y a 3 jours",
          "Assistant achats H/F - Saint-Quentin-en-Yvelines - 32 - 36 k€ brut annuel",
          "Gestionnaire marchés H/F - Guyancourt - expire le 28/02/2041"]
    write(REF + "-apec.txt", "\n".join(B), REF)
