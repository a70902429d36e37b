from common import *

KEY = "matera-juriste-copropriete"
T = "Juriste copropriété (H/F)"
O = "Matera"
L = "Paris"
ESS = [
    "Master 2 en droit immobilier, droit privé ou droit notarial",
    "Au moins 3 ans d'expérience en cabinet de syndic, en étude notariale ou en cabinet d'avocats, sur des sujets de copropriété",
    "Excellente maîtrise de la loi du 10 juillet 1965 et de son décret d'application",
    "Aisance rédactionnelle et capacité à vulgariser des notions juridiques",
]
DES = [
    "Une première expérience dans une startup ou une entreprise tech",
    "Une connaissance des assemblées générales dématérialisées",
]
COMP = [("Pédagogie", "tu rends le droit compréhensible pour des copropriétaires non juristes."),
        ("Sens du client", "tu réponds vite et juste, même aux questions pressantes."),
        ("Esprit d'équipe", "tu partages ta veille avec les gestionnaires et le produit.")]
TASKS = [
    "Répondre aux questions juridiques des conseils syndicaux et des gestionnaires",
    "Sécuriser les convocations, résolutions et procès-verbaux d'assemblée générale",
    "Rédiger des fiches pratiques et des modèles de documents",
    "Participer à la conception des fonctionnalités juridiques de la plateforme avec l'équipe produit",
]


def build():
    nl = "\n"
    txt = f"""Welcome to the Jungle   Trouver un job   Trouver une entreprise   Média   Se connecter   Employeurs

{O}
Immobilier particulier, Logiciels · 250 collaborateurs

{T}

CDI
Paris
Télétravail fréquent
Salaire : 47K à 53K €
Début : 01 septembre 2042
Expérience : > 3 ans
Éducation : Bac +5 / Master

Postuler   Sauvegarder

Le poste

Descriptif du poste

{O} est la plateforme de gestion de copropriété qui permet aux copropriétaires de reprendre la main sur leur immeuble, accompagnés par des experts. Au sein de l'équipe Juridique (6 personnes), tu seras le point d'appui des gestionnaires et des conseils syndicaux.

Tes missions :
{nl.join(TASKS)}

Profil recherché

Ce qu'il te faut :
{nl.join(ESS)}

Ce qui ferait la différence :
{nl.join(DES)}

Ta façon de travailler :
{COMP[0][0]} : {COMP[0][1]}
{COMP[1][0]} : {COMP[1][1]}
{COMP[2][0]} : {COMP[2][1]}

Rémunération : 47 000 € à 53 000 € bruts annuels selon expérience, plus BSPCE. Candidatures ouvertes jusqu'au 20 juin 2042.

Déroulement des entretiens

Un premier échange de 30 minutes avec notre Talent Acquisition
Un entretien avec la Head of Legal
Un cas pratique à préparer (restitution prévue autour du 2 juillet 2042)
Une rencontre avec l'équipe

Envie d'en savoir plus ?

Rencontrez {O}
Voir toutes les offres (14)

Ces offres pourraient aussi vous intéresser
Gestionnaire de copropriété senior (H/F) · Paris · CDI
Product Manager Assemblées générales · Paris · CDI

© Welcome to the Jungle · Mentions légales · CGU
"""
    write(KEY + "-wttj.txt", txt, KEY)

    lis = lambda xs: "".join(f"<li>{x}</li>" for x in xs)
    html = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{T} – {O}</title></head>
<body>
<header><a href="#">{O} – Jobs</a> · <a href="#">Toutes les offres</a></header>
<main>
<div class="posting-headline">
<h2>{T}</h2>
<div class="posting-categories">
<div class="location">{L}</div> /
<div class="department">Juridique – Opérations</div> /
<div class="commitment">CDI</div> /
<div class="workplace">Hybride</div>
</div>
</div>
<div class="section"><p>Chez {O}, nous simplifions la vie de plus de 10 000 copropriétés. Nous recherchons une ou un juriste pour renforcer l'équipe Juridique, qui travaille main dans la main avec les gestionnaires et l'équipe produit.</p></div>
<div class="section"><h3>Tes missions</h3><ul>{lis(TASKS)}</ul></div>
<div class="section"><h3>Ton profil</h3><ul>{lis(ESS)}</ul></div>
<div class="section"><h3>Les plus</h3><ul>{lis(DES)}</ul></div>
<div class="section"><h3>Ta façon de travailler</h3><ul>{"".join(f"<li><b>{n}</b> : {d}</li>" for n, d in COMP)}</ul></div>
<div class="section"><h3>Rémunération et avantages</h3>
<p>47 000 € – 53 000 € bruts annuels selon expérience, BSPCE, carte Swile, mutuelle Alan prise en charge à 100 %, 2 à 3 jours de télétravail par semaine.</p>
<p>Date limite de candidature : 20/06/2042</p></div>
<div class="section"><a class="postings-btn" href="#">Postuler à cette offre</a></div>
</main>
<footer><p>{O} · Page d'accueil · Jobs powered by Lever</p></footer>
</body></html>"""
    write(KEY + "-lever.html", html, KEY)
    expected(KEY, reference="", languages=["fr"], title=T, organisation=O, location=L, schedule=None,
             deadline="2042-06-20", salary=sal(47000, 53000, "EUR", "year"),
             requirements={"en": None, "fr": {"essential": ESS, "desirable": DES}},
             competencies={"en": None, "fr": names(COMP)})
