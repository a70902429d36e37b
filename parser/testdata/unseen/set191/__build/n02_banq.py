from common import *
KEY = "banq-33-047"; REF = "BAnQ-33-047"
T = "Archiviste – Archives privées et judiciaires"
ORG = "Bibliothèque et Archives nationales du Québec"
LOC = "Québec (Pavillon Louis-Jacques-Casault)"
SCHED = "35 heures par semaine, du lundi au vendredi"
SALS = "De 51 384 $ à 91 926 $ par année, selon l'expérience"
PER = "Du 25 août 2033 au 9 septembre 2033 inclusivement"
DUTIES = ["Évaluer, acquérir et traiter les fonds d'archives privées et judiciaires confiés à BAnQ dans la région de la Capitale-Nationale",
          "Rédiger des instruments de recherche conformes aux Règles pour la description des documents d'archives (RDDA)",
          "Conseiller les tribunaux et les donateurs sur la préparation des versements",
          "Répondre aux demandes de recherche complexes des usagères et usagers de la salle de consultation",
          "Participer à des projets de numérisation et de mise en valeur des collections"]
ESS = ["Baccalauréat en archivistique, en histoire ou dans une discipline connexe, ou certificat en archivistique jumelé à un baccalauréat dans une autre discipline;",
       "Minimum de trois années d'expérience pertinente en traitement d'archives définitives;",
       "Excellente maîtrise du français écrit (un test sera administré);",
       "Bonne connaissance des outils de description archivistique et des normes de métadonnées."]
DES = ["Maîtrise en sciences de l'information ou diplôme de deuxième cycle en archivistique;",
       "Connaissance du fonctionnement des tribunaux québécois;",
       "Lecture de l'écriture ancienne (paléographie)."]
COMP = [("Rigueur", "Vous appliquez les normes avec constance et documentez chacune de vos décisions."),
        ("Sens du service", "Vous accueillez les demandes des usagers avec patience et cherchez la meilleure réponse."),
        ("Autonomie", "Vous organisez votre travail et gérez vos priorités sans supervision étroite."),
        ("Collaboration", "Vous partagez l'information avec les équipes de conservation et de diffusion.")]
expected(KEY, reference=REF, languages=["fr"], title={"fr": T}, organisation={"fr": ORG}, location={"fr": LOC},
         schedule={"fr": SCHED}, deadline="2033-09-09", salary=sal(None, 51384, 91926, "CAD", "year"),
         requirements={"fr": {"essential": ESS, "desirable": DES}},
         competencies={"fr": [{"name": n, "description": d} for n, d in COMP]})

FACTS = [("Numéro de concours", REF), ("Titre d'emploi", "Archiviste"), ("Direction", "Direction générale des archives – Service des archives privées"),
         ("Employeur", ORG), ("Lieu de travail", LOC), ("Statut", "Emploi régulier à temps complet"), ("Catégorie d'emploi", "Personnel professionnel (unité syndicale SPGQ)"),
         ("Horaire", SCHED), ("Échelle salariale", SALS), ("Période d'affichage", PER)]

md = ["[Aller au contenu](#contenu)", "", "[BAnQ](/) · [Catalogue](/catalogue) · [Archives](/archives) · [Activités](/activites) · **[Carrières](/carrieres)** · [Mon dossier](/dossier)", "",
      "> Nos édifices seront fermés le lundi 5 septembre 2033 (fête du Travail).", "",
      "Accueil › À propos › Carrières › Offres d'emploi", "",
      f"# {T}", "", "*Publié le 25 août 2033 – Concours ouvert au public*", "",
      "Bibliothèque et Archives nationales du Québec rassemble, conserve et diffuse le patrimoine documentaire québécois. Sa Direction générale des archives recherche une personne passionnée par les documents anciens pour rejoindre l'équipe des archives privées et judiciaires à Québec.", "",
      "## Renseignements sur l'emploi", ""]
for k, v in FACTS:
    md += [k, f":   {v}", ""]
md += ["## Votre rôle", "", "Sous l'autorité de la cheffe du Service des archives privées, vous aurez à :", ""]
md += [f"1. {d}" for d in DUTIES]
md += ["", "## Exigences", ""] + [f"- {x}" for x in ESS]
md += ["", "## Atouts", ""] + [f"- {x}" for x in DES]
md += ["", "## Compétences recherchées", ""] + [f"- **{n}** : {d}" for n, d in COMP]
md += ["", "## Nous offrons", "", "- Quatre semaines de vacances après un an de service", "- Régime de retraite à prestations déterminées (RREGOP)", "- Horaire variable et télétravail jusqu'à deux jours par semaine", "",
       "## Pour postuler", "",
       f"Faites parvenir votre curriculum vitæ et une lettre de motivation en mentionnant le numéro de concours {REF} au plus tard le 9 septembre 2033, à 23 h 59, par l'entremise de notre portail de carrières. Les entrevues et le test de français se tiendront le 27 septembre 2033.", "",
       "BAnQ souscrit à un programme d'accès à l'égalité en emploi et invite les femmes, les membres des minorités visibles et ethniques, les Autochtones et les personnes handicapées à présenter leur candidature.", "",
       "---", "", "**Autres offres** — Technicienne ou technicien en documentation (Montréal) · date limite : 16 septembre 2033 · Commis aux prêts, 21 h/sem. (Montréal) · date limite : 2 septembre 2033", "",
       "© Bibliothèque et Archives nationales du Québec, 2033 · [Accessibilité](/accessibilite) · [Confidentialité](/confidentialite)", ""]
write(KEY + "-banq.md", "\n".join(md))

txt = ["Aller au contenu", "BAnQ", "Catalogue\tArchives\tActivités\tCarrières\tMon dossier\tEN", "",
       "Nos édifices seront fermés le lundi 5 septembre 2033 (fête du Travail). Fermer", "",
       "Accueil\t›\tÀ propos\t›\tCarrières\t›\tOffres d'emploi", "", T, "Publié le 25 août 2033 – Concours ouvert au public", "",
       "Bibliothèque et Archives nationales du Québec rassemble, conserve et diffuse le patrimoine documentaire québécois. Sa Direction générale des archives recherche une personne passionnée par les documents anciens pour rejoindre l'équipe des archives privées et judiciaires à Québec.", "",
       "Renseignements sur l'emploi"]
txt += [f"{k}\t{v}" for k, v in FACTS]
txt += ["", "Votre rôle", "Sous l'autorité de la cheffe du Service des archives privées, vous aurez à :"] + DUTIES
txt += ["", "Exigences"] + ESS + ["", "Atouts"] + DES + ["", "Compétences recherchées"] + [f"{n} : {d}" for n, d in COMP]
txt += ["", "Nous offrons", "Quatre semaines de vacances après un an de service", "Régime de retraite à prestations déterminées (RREGOP)", "Horaire variable et télétravail jusqu'à deux jours par semaine", "",
        "Pour postuler", f"Faites parvenir votre curriculum vitæ et une lettre de motivation en mentionnant le numéro de concours {REF} au plus tard le 9 septembre 2033, à 23 h 59, par l'entremise de notre portail de carrières. Les entrevues et le test de français se tiendront le 27 septembre 2033.",
        "Postuler", "", "Partager\tFacebook\tLinkedIn\tCourriel", "",
        "Autres offres", "Technicienne ou technicien en documentation", "Montréal · date limite : 16 septembre 2033", "Commis aux prêts, 21 h/sem.", "Montréal · date limite : 2 septembre 2033", "",
        "Nous joindre\tAccessibilité\tConfidentialité", "© Bibliothèque et Archives nationales du Québec, 2033", ""]
write(KEY + "-banq-navigateur.txt", "\n".join(txt))
