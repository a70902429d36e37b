from common import *

KEY = "10744pa861470011"
REF = "10744PA861470011"
T = "Conseillère ou conseiller en encadrement des ordres professionnels"
O = "Office des professions du Québec"
L = "Québec"
S = "35 heures par semaine, horaire variable"

DUT = ["analyser les projets de règlement soumis par les ordres professionnels et en vérifier la conformité au Code des professions ;",
       "préparer des avis et des recommandations à l'intention des membres de l'Office ;",
       "suivre les activités de surveillance de l'exercice et d'inspection professionnelle des ordres ;",
       "collaborer aux travaux des comités interministériels portant sur l'encadrement des professions."]
ESS = ["Être titulaire d'un diplôme universitaire de premier cycle en droit, en administration publique, en science politique ou dans une discipline pertinente ;",
       "Posséder au moins trois années d'expérience en analyse de politiques, de législation ou de réglementation ;",
       "Avoir une excellente maîtrise du français écrit."]
DES = ["Connaissance du système professionnel québécois et du Code des professions ;",
       "Expérience de la rédaction de textes réglementaires ;",
       "Diplôme de deuxième cycle dans une discipline pertinente."]
COMP = [("Rigueur", "vous vérifiez vos analyses et citez vos sources avec exactitude."),
        ("Sens politique", "vous mesurez les enjeux de vos recommandations pour l'Office et ses partenaires."),
        ("Capacité de synthèse", "vous résumez des dossiers complexes en quelques pages claires."),
        ("Esprit d'équipe", "vous partagez l'information avec les juristes et les analystes de la direction.")]

SAL = "De 56 912 $ à 100 354 $ par année"
PERIODE = "Du 28 juin 2039 au 12 juillet 2039 à 23 h 59"


def build():
    # 1. Browser copy of the government job board: label line then value line, no blank lines between.
    txt = f"""Aller au contenu principal
Québec.ca
Rechercher
English
Accueil > Emploi > Emplois dans la fonction publique > Offres d'emploi > Résultat de recherche
< Retour aux résultats de recherche
{T}
Postuler
Sauvegarder l'offre
Imprimer
Titre de l'offre
{T}
Numéro de l'offre d'emploi
{REF}
Ministère ou organisme
{O}
Direction
Direction des affaires juridiques et réglementaires
Lieu de travail
{L}
Adresse
800, place D'Youville, 10e étage, Québec (Québec)
Classe d'emploi
Agente ou agent de recherche et de planification socioéconomique (105)
Nombre d'emplois
1
Statut de l'emploi
Permanent
Horaire de travail
{S}
Traitement
{SAL}
Période d'inscription
{PERIODE}
Date de publication
2039-06-27
Description de l'offre
ATTRIBUTIONS
L'Office des professions veille à ce que chaque ordre professionnel assure la protection du public. Au sein de la
Direction des affaires juridiques et réglementaires, la personne titulaire de l'emploi agit comme conseillère ou
conseiller auprès des ordres et des membres de l'Office. Elle sera notamment appelée à :
{chr(10).join(DUT)}
EXIGENCES DE L'EMPLOI
{chr(10).join(ESS)}
ATOUTS
{chr(10).join(DES)}
PROFIL RECHERCHÉ
{chr(10).join(f"{n} : {d}" for n, d in COMP)}
CONDITIONS DE TRAVAIL
Télétravail possible jusqu'à trois jours par semaine selon la politique-cadre gouvernementale. Programme d'aide aux
employés, régime de retraite à prestations déterminées et 20 jours de vacances après un an de service.
PROCESSUS DE SÉLECTION
Les personnes dont la candidature sera retenue pourraient être convoquées à un examen écrit le 21 juillet 2039, puis à
une entrevue au cours de la semaine du 4 août 2039.
Programme d'accès à l'égalité en emploi : les femmes, les membres des minorités visibles et ethniques, les personnes
handicapées, les autochtones et les anglophones sont invités à poser leur candidature.
Postuler
Autres offres qui pourraient vous intéresser
Technicienne ou technicien en administration – 10744PA861470009 – Inscription jusqu'au 5 juillet 2039
Analyste en réglementation financière – Autorité des marchés (Montréal) – Inscription jusqu'au 19 juillet 2039
© Gouvernement du Québec, 2039
Accessibilité  Politique de confidentialité  Conditions d'utilisation
"""
    write(KEY + "-quebecca.txt", txt, KEY)

    # 2. The Office's own careers page clipped to Markdown: bold label, line break, value (definition-like pairs).
    pairs_md = [("Numéro de l'offre", REF), ("Organisme", O), ("Unité", "Direction des affaires juridiques et réglementaires"),
                ("Lieu de travail", L), ("Classe d'emploi", "Agente ou agent de recherche et de planification socioéconomique (105)"),
                ("Statut", "Emploi permanent"), ("Horaire de travail", S), ("Traitement", SAL + " selon l'expérience"),
                ("Période d'inscription", PERIODE)]
    md = f"""[Accueil](https://www.opq.example/) › [L'Office](https://www.opq.example/office) › [Carrières](https://www.opq.example/carrieres)

# {T}

*Publié le 27 juin 2039 · Mis à jour le 30 juin 2039*

""" + "\n\n".join(f"**{a}**  \n{b}" for a, b in pairs_md) + f"""

---

## Le mandat

L'Office des professions veille à ce que les 46 ordres professionnels du Québec remplissent leur mission de protection du
public. Vous rejoindrez une équipe de huit personnes (juristes et analystes) qui examine chaque année plus de 120 projets
de règlement.

## Vos responsabilités

1. Analyser les projets de règlement soumis par les ordres et en vérifier la conformité.
2. Préparer des avis et des recommandations pour les membres de l'Office.
3. Suivre les activités d'inspection professionnelle des ordres.
4. Participer aux comités interministériels sur l'encadrement des professions.

## Exigences

""" + "\n".join(f"- {e}" for e in ESS) + """

## Atouts

""" + "\n".join(f"- {e}" for e in DES) + """

## Profil recherché

""" + "\n".join(f"- **{n}** : {d}" for n, d in COMP) + """

> Un examen écrit est prévu le 21 juillet 2039. Seules les personnes retenues seront contactées.

## Pour postuler

Inscrivez-vous sur Québec.ca en indiquant le numéro de l'offre, au plus tard à la fin de la période d'inscription.

Questions : dotation@opq.example · 418 555-0147
"""
    write(KEY + "-opq.md", md, KEY)

    expected(KEY, REF, ["fr"], T, O, L, S, "2039-07-12", salary(56912, 100354, "CAD", "year"),
             requirements={"fr": {"essential": ESS, "desirable": DES}},
             competencies={"fr": pairs(*COMP)})


if __name__ == "__main__":
    build()
