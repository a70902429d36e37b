from common import *
N = dict(
    ref="COS-RH-2037-112", langs=["fr"],
    title={"fr": "Responsable maintenance électrique sucrerie"},
    org={"fr": "Cosumar"},
    loc={"fr": "Sidi Bennour (province de Sidi Bennour)"},
    sched={"fr": "Temps plein, horaires de jour ; astreintes pendant la campagne sucrière"},
    deadline="2037-04-06",
    salary={"amount": None, "min": 15000, "max": 18500, "currency": "MAD", "period": "month"},
    grade=None,
    ess={"fr": [
        "Diplôme d'ingénieur d'État en génie électrique ou en électromécanique ;",
        "Au moins cinq ans d'expérience en maintenance électrique dans une industrie de process ;",
        "Bonne maîtrise des automates programmables et de la distribution moyenne tension ;",
        "Capacité à encadrer une équipe de techniciens en horaires décalés.",
    ]},
    des={"fr": ["Une expérience en sucrerie ou en agroalimentaire ;", "La connaissance d'une GMAO."]},
    comp={"fr": [("Sens des responsabilités", "assume les décisions d'arrêt ou de redémarrage des installations."),
                 ("Esprit d'équipe", "travaille en lien étroit avec la production et la mécanique."),
                 ("Curiosité technique", "se tient informé des évolutions de l'automatisme industriel.")]},
)
MIS = ["Garantir la disponibilité des équipements électriques et d'automatisme de la sucrerie",
       "Préparer les travaux d'intercampagne et en suivre l'exécution",
       "Animer une équipe de neuf électriciens et automaticiens",
       "Piloter les indicateurs de maintenance et la consommation d'énergie",
       "Veiller au respect des règles de sécurité électrique"]
key = expected(N)
T, O, L, S = N["title"]["fr"], N["org"]["fr"], N["loc"]["fr"], N["sched"]["fr"]
SAL = "15 000 à 18 500 MAD net par mois selon profil"
md = ["---", f"title: \"{T} – Carrières\"", "lang: fr", "---", "",
      "[Accueil](https://cosumar.example/) · [Le Groupe](https://cosumar.example/groupe) · [Nos marques](https://cosumar.example/marques) · **Carrières**", "",
      f"# {T} (H/F)", "", "*Offre publiée le 16/03/2037 — Sucrerie des Doukkala*", "",
      f"**Référence :** {N['ref']}  ", f"**Intitulé du poste :** {T}  ", f"**Société :** {O}  ",
      "**Site :** Sucrerie de Sidi Bennour  ", f"**Lieu de travail :** {L}  ", "**Contrat :** CDI  ",
      f"**Temps de travail :** {S}  ", f"**Salaire :** {SAL}  ", "**Date limite de candidature :** 06/04/2037", "",
      "## Vos missions", ""] + [f"{i}. {m}" for i, m in enumerate(MIS, 1)]
md += ["", "## Votre profil", ""] + [f"- {x}" for x in N["ess"]["fr"]]
md += ["", "## Les plus", ""] + [f"- {x}" for x in N["des"]["fr"]]
md += ["", "## Qualités personnelles", ""] + [f"- **{n} :** {d}" for n, d in N["comp"]["fr"]]
md += ["", "Postulez en ligne avant le 6 avril 2037 ; les entretiens se tiendront à Casablanca la semaine du 20 avril 2037.", "",
       "> Cosumar ne demande aucune contrepartie financière pour un recrutement.", "", "---",
       "© 2037 Cosumar · Mentions légales · Cookies", ""]
write(f"{key}-cosumar.md", "\n".join(md), N["ref"], "md")
r = ["ReKrute.comOffres d'emploiEntreprisesFormationsEspace candidatEspace recruteur", "",
     "Cosumar", f"{T} (H/F) - Sidi Bennour", "",
     "Publiée du 16/03/2037 au 06/04/2037Postes proposés : 1", "",
     "Secteur d'activité : Agroalimentaire Fonction : Maintenance, entretien Expérience requise : De 5 à 10 ans Niveau d'étude demandé : Bac +5 et plus Type de contrat proposé : CDI",
     "Région : Casablanca-Settat - Maroc", "",
     "Entreprise :", "Leader sucrier national, le groupe transforme la betterave et la canne des périmètres irrigués et raffine le sucre brut importé.", "",
     f"Référence : {N['ref']} Poste : {T} Lieu de travail : {L} Temps de travail : {S} Salaire : {SAL}", "",
     "Poste :", " - ".join(MIS), "", "Profil recherché :"] + N["ess"]["fr"]
r += ["Les plus : " + " ".join(N["des"]["fr"]), "", "Qualités personnelles :"] + [f"{n} : {d}" for n, d in N["comp"]["fr"]]
r += ["", "Traits de personnalité souhaités : Rigoureux, Organisé, Autonome", "", "Postuler à cette offre", "",
      "Offres similaires", "Technicien automaticien - Tanger - Publiée du 10/03/2037 au 31/03/2037 - 9 000 MAD / mois",
      "Ingénieur process - Settat - Publiée du 12/03/2037 au 12/04/2037", ""]
write(f"{key}-rekrute.txt", "\n".join(r), N["ref"], "txt")
