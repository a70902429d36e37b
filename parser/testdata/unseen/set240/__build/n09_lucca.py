from common import *
KEY = "lucca-developpeur-euse-back-end-csharp-equipe-paie"
T = "Développeur·euse back-end C# – équipe Paie"; O = "Lucca"; LOC = "Nantes"
ESS = ["Au moins trois ans d'expérience en développement back-end avec C# et .NET",
       "Une bonne pratique des tests automatisés et de la revue de code",
       "Une aisance avec SQL Server ou PostgreSQL",
       "L'envie de comprendre un métier exigeant : la paie française"]
DES = ["Une première expérience sur un logiciel de paie ou de comptabilité",
       "Des notions de Angular ou de TypeScript"]
MISS = """Au sein de l'équipe Paie (six développeurs, une product manager, un designer et deux experts paie), tu participeras à la refonte du moteur de calcul des bulletins. Concrètement, tu vas :
- concevoir et développer les services de calcul des cotisations et des absences ;
- écrire les tests qui garantissent qu'un bulletin reste juste après chaque évolution légale ;
- participer aux ateliers avec nos experts paie et nos clients ;
- améliorer les performances des traitements de fin de mois."""

wttj = f"""
Welcome to the Jungle
Trouver un job    Trouver une entreprise    Média    Employeurs    FR | EN    Se connecter

Lucca
Logiciels, SaaS / Cloud Services, Ressources humaines
Voir l'entreprise

{T}
CDI
{LOC}
Télétravail fréquent
Salaire : 45K à 55K €
Début : 04 janvier 2038
Expérience : > 3 ans
Éducation : Bac +5 / Master

Postuler    Sauvegarder

Le poste

Descriptif du poste

Lucca édite des logiciels RH utilisés par plus de 8 000 entreprises. {MISS}

Profil recherché

{chr(10).join(ESS)}

Ce serait un plus :
{DES[0]}
{DES[1]}

Rémunération : 45 000 € à 55 000 € bruts annuels selon l'expérience, plus intéressement.

Déroulement des entretiens

Un échange de 30 minutes avec notre recruteuse, un entretien technique (revue de code sur un exercice réel), puis une rencontre avec l'équipe dans nos locaux de l'île de Nantes, semaine du 9 novembre 2037.

Candidatures ouvertes jusqu'au 29 octobre 2037.

Envie d'en savoir plus ?

Ces offres pourraient aussi vous intéresser
Product Designer · Lucca · Paris · CDI · Salaire : 48K à 58K €
Développeur·euse front-end · Lucca · Bordeaux · CDI

Welcome to the Jungle · Mentions légales · Cookies
"""
w(KEY + "-wttj.txt", wttj, KEY)

li = f"""
Aller au contenu principal
LinkedIn
Rechercher    Accueil    Réseau    Emplois    Messagerie    Notifications    Vous

{T}
Lucca · {LOC}, Pays de la Loire, France · il y a 5 jours · 64 candidatures

45 000 €/an - 55 000 €/an    Hybride    Temps plein    CDI

Candidature simplifiée    Enregistrer

À propos de l'offre d'emploi

💶 45 000 € à 55 000 € bruts annuels
📍 {LOC} (île de Nantes), 2 jours au bureau par semaine
📅 Candidatures ouvertes jusqu'au 29 octobre 2037

{MISS}

Ce que nous attendons
{chr(10).join("• " + x for x in ESS)}

Ce serait un plus
{chr(10).join("• " + x for x in DES)}

…voir moins

Rencontrez l'équipe de recrutement
Claire D. · Talent Acquisition chez Lucca

À propos de l'entreprise
Lucca · Développement de logiciels · 501-1 000 employés

Offres similaires
Développeur .NET (H/F) · Nantes · 42 000 €/an - 50 000 €/an
Ingénieur logiciel back-end · Rennes

À propos · Accessibilité · Conditions générales · LinkedIn Corporation © 2037
"""
w(KEY + "-linkedin.txt", li, KEY)

expected(KEY, reference="", languages=["fr"], title=T, organisation=O, location=LOC, schedule=None,
         deadline="2037-10-29", salary=sal("EUR", "year", mn=45000, mx=55000),
         requirements={"fr": {"essential": ESS, "desirable": DES}}, competencies={"fr": []})
