from common import *
REF = "UDs/R/DRH/2037/031"; KEY = "uds-r-drh-2037-031"
T = "Ingénieur(e) d'exploitation du réseau campus"
O = "Université de Dschang"
L = "Dschang (Région de l'Ouest, Cameroun)"
S = "Temps plein"
ESS = ["être de nationalité camerounaise ;",
 "être titulaire d'un diplôme d'ingénieur de conception en télécommunications ou en réseaux informatiques, ou d'un Master professionnel équivalent ;",
 "justifier d'une expérience d'au moins deux (2) ans dans l'administration de réseaux d'entreprise ou de campus ;",
 "maîtriser la configuration des équipements de commutation et de routage (VLAN, OSPF, BGP) ainsi que des pare-feu ;",
 "être âgé(e) de trente-cinq (35) ans au plus au 1er janvier 2037."]
DES = ["une certification CCNA, CCNP ou équivalente ;",
 "une expérience de la supervision de réseaux sans fil à grande échelle ;",
 "la pratique courante des deux langues officielles (français et anglais)."]
COMP = [("Disponibilité", ""), ("Discrétion", ""), ("Sens de l'initiative", ""), ("Capacité à travailler sous pression", "")]
MISS = ["assurer l'exploitation quotidienne du réseau filaire et sans fil des campus de Dschang, Foto et Ebolowa ;",
 "administrer les équipements actifs, les serveurs DNS et DHCP et la passerelle d'accès à Internet ;",
 "traiter les incidents de niveau 2 et tenir à jour la documentation technique ;",
 "participer aux projets d'extension de la fibre optique et de la téléphonie sur IP ;",
 "former les techniciens des facultés et des écoles."]

def build():
    md = ["**RÉPUBLIQUE DU CAMEROUN** — Paix – Travail – Patrie", "",
          "**UNIVERSITÉ DE DSCHANG** — Rectorat — Division des Ressources Humaines", "",
          "B.P. 96 Dschang — Dschang, le 14 mai 2037", "",
          "# AVIS DE RECRUTEMENT N° %s" % REF, "",
          "**Objet : recrutement d'un(e) %s**" % T, "",
          "Le Recteur de l'%s informe le public qu'un poste de personnel d'appui est ouvert au Centre des Technologies de l'Information et de la Communication (CTIC) de l'Université." % O, "",
          "## I. DESCRIPTION DU POSTE", "",
          "| | |", "|:--|:--|",
          "| Intitulé du poste | %s |" % T,
          "| Structure | Centre des Technologies de l'Information et de la Communication |",
          "| Lieu d'affectation | %s |" % L,
          "| Catégorie | A2 |",
          "| Nature du contrat | Contrat à durée indéterminée après une période d'essai de six mois |",
          "| Régime de travail | %s |" % S,
          "| Rémunération | Selon la grille salariale en vigueur à l'Université |", "",
          "## II. MISSIONS", "", "Le (la) titulaire du poste est chargé(e) de :", ""] + ["- " + x for x in MISS] + [""] + \
         ["## III. CONDITIONS DE CANDIDATURE", "", "Les candidat(e)s doivent remplir les conditions suivantes :", ""] + ["- " + x for x in ESS] + [""] + \
         ["## IV. ATOUTS", ""] + ["- " + x for x in DES] + [""] + \
         ["## V. QUALITÉS REQUISES", ""] + ["- " + a for a, b in COMP] + [""] + \
         ["## VI. COMPOSITION DU DOSSIER", "",
          "1. une demande manuscrite timbrée adressée au Recteur ;",
          "2. un curriculum vitae détaillé ;",
          "3. une copie certifiée conforme de l'acte de naissance datant de moins de trois mois ;",
          "4. les copies certifiées conformes des diplômes et certificats ;",
          "5. un extrait de casier judiciaire (bulletin n° 3) datant de moins de trois mois.", "",
          "## VII. DÉPÔT DES DOSSIERS", "",
          "Les dossiers complets sont reçus au Service courrier du Rectorat, de 8 h à 15 h 30, au plus tard le **lundi 15 juin 2037**. Les candidat(e)s retenu(e)s à l'issue de l'étude des dossiers seront convoqué(e)s à un test technique le 2 juillet 2037.", "",
          "Dschang, le 14 mai 2037", "", "**Le Recteur**", "", "*(signé et cacheté)*", ""]
    open(BUILD + "/uds.md", "w", encoding="utf-8").write("\n".join(md))
    libreoffice("uds.md", KEY + "-uds.libreoffice.pdf")
    row(KEY + "-uds.libreoffice.pdf", KEY)
    dump(KEY + "-uds.libreoffice.pdf", KEY)
    fb = ["Facebook", "Rechercher sur Facebook", "Accueil  Vidéos  Marketplace  Groupes", "",
          "Université de Dschang - Page officielle", "14 mai · 🌍", "",
          "📢 AVIS DE RECRUTEMENT N° %s" % REF, "",
          "L'%s recrute un(e) %s pour son CTIC." % (O, T), "",
          "📌 Lieu d'affectation : %s" % L,
          "📌 Catégorie : A2",
          "📌 Régime de travail : %s" % S,
          "📌 Rémunération : selon la grille salariale de l'Université", "",
          "✅ Conditions de candidature :"] + ["👉 " + x for x in ESS] + ["", "➕ Atouts :"] + ["👉 " + x for x in DES] + \
         ["", "⭐ Qualités requises : " + " ; ".join(a for a, b in COMP), "",
          "📂 Dépôt des dossiers au Service courrier du Rectorat au plus tard le lundi 15 juin 2037. Test technique le 2 juillet 2037.",
          "… Voir moins", "",
          "👍❤️ 412", "57 commentaires  183 partages", "",
          "J'aime  Commenter  Partager", "",
          "Boris T.", "Est-ce que le Master en sécurité informatique est accepté ?", "2 j  J'aime  Répondre", "",
          "Université de Dschang - Page officielle", "Boris T. Oui, s'il est professionnel et dans le domaine des réseaux.", "2 j  J'aime", "",
          "Nadège F.", "Le concours des assistants c'est pour quand ? On nous avait dit le 30 mai.", "1 j  J'aime  Répondre", ""]
    w(KEY + "-facebook.txt", "\n".join(fb), KEY)
    expected(KEY, REF, ["fr"], {"fr": T}, {"fr": O}, {"fr": L}, {"fr": S}, "2037-06-15", None, "A2", None,
             {"fr": (ESS, DES)}, {"fr": COMP})
