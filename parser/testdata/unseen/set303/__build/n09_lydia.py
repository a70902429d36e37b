from common import *
KEY = "lydia-responsable-conformite-lcb-ft"
T = "Responsable conformité LCB-FT (H/F)"
O = "Lydia"
LOC = "Paris"
ESS = ["Tu as un master en droit bancaire, en conformité ou en finance",
       "Tu justifies d'au moins 5 ans d'expérience en LCB-FT dans un établissement de paiement, une banque ou une fintech",
       "Tu connais sur le bout des doigts le Code monétaire et financier et les attentes de l'ACPR",
       "Tu as déjà piloté des déclarations de soupçon auprès de Tracfin"]
DES = ["Tu as travaillé avec des outils de filtrage et de scoring automatisés",
       "Tu as une certification en conformité (AMF, CAMS ou équivalent)"]
COMP = [("Exigeant·e", "tu ne laisses rien passer, même sous pression"),
        ("Pédagogue", "tu sais expliquer la réglementation aux équipes produit"),
        ("Pragmatique", "tu proposes des solutions qui protègent sans bloquer")]
MISS = ["Piloter le dispositif de lutte contre le blanchiment et le financement du terrorisme",
        "Encadrer une équipe de quatre analystes conformité",
        "Mettre à jour la classification des risques et les procédures KYC",
        "Être l'interlocuteur·rice de l'ACPR et de Tracfin",
        "Former les équipes produit et support aux enjeux de conformité"]

TXT = f"""Welcome to the Jungle
Trouver un job   Trouver une entreprise   Média        Se connecter   Employeur ?

{O}
Fintech · Paiement · 250 salariés
Suivre

{T}
CDI
{LOC}
Salaire : 58K à 66K €
Début : 02 mars 2043
Télétravail fréquent
Expérience : > 5 ans
Éducation : Bac +5 / Master

Postuler    Sauvegarder

Le poste

Descriptif du poste
Chez {O}, plus de 8 millions d'utilisateurs nous confient leur argent au quotidien. Notre équipe conformité veille à ce que cette confiance soit méritée. Tu rejoins la direction des risques et tu rapportes au directeur conformité.

Tes missions :
""" + "\n".join("- " + m for m in MISS) + """

Profil recherché
Ce qu'il te faut :
""" + "\n".join(ESS) + """
Les petits plus :
""" + "\n".join(DES) + """

Ta façon de travailler :
""" + "\n".join(f"{n} : {d}" for n, d in COMP) + """

Rémunération : de 58 000 € à 66 000 € bruts annuels fixes, selon expérience, + BSPCE.
Candidatures ouvertes jusqu'au 27 janvier 2043.

Déroulement des entretiens
1. Échange avec notre talent acquisition (30 min)
2. Entretien avec le directeur conformité
3. Étude de cas à présenter le 10 février 2043
4. Rencontre avec la direction générale

Envie d'en savoir plus ?
Ces entreprises recrutent aussi
Swan · Libeo · Indy
"""

def li(items):
    return "\n".join(f"<li>{i}</li>" for i in items)

HTML = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{T} – {O}</title></head>
<body>
<header class="ashby-job-board-header"><img alt="{O}" src="logo.svg"> <a href="#">Toutes les offres</a></header>
<main>
<h1 class="ashby-job-posting-heading">{T}</h1>
<div class="ashby-job-posting-left-pane">
<div><h2>Lieu</h2><p>{LOC}</p></div>
<div><h2>Type de contrat</h2><p>CDI</p></div>
<div><h2>Département</h2><p>Risques &amp; Conformité</p></div>
<div><h2>Rémunération</h2><p>58 000 € – 66 000 € • BSPCE</p></div>
</div>
<div class="ashby-job-posting-right-pane">
<p>Chez {O}, l'équipe conformité protège nos utilisateurs et notre licence. On recherche son ou sa responsable LCB-FT.</p>
<h3>Tes missions</h3>
<ul>{li(MISS)}</ul>
<h3>Ton profil</h3>
<ul>{li(ESS)}</ul>
<h3>Les plus</h3>
<ul>{li(DES)}</ul>
<h3>Ta façon de travailler</h3>
<ul>{li(f"<strong>{n}</strong> : {d}" for n, d in COMP)}</ul>
<h3>Infos pratiques</h3>
<p>Rémunération : de 58 000 € à 66 000 € bruts annuels fixes. Date limite de candidature : 27/01/2043.</p>
<p><a href="#">Postuler à cette offre</a></p>
</div>
</main>
<footer>Propulsé par Ashby · Politique de confidentialité</footer>
</body></html>
"""

def build():
    write(KEY + "-wttj.txt", TXT, KEY)
    write(KEY + "-ashby.html", HTML, KEY)
    expected(KEY, "", ["fr"], T, O, LOC, None, "2043-01-27", (None, 58000, 66000, "EUR", "year"),
             requirements={"fr": (ESS, DES)}, competencies={"fr": COMP})
