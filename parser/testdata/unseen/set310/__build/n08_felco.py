from common import *

KEY = "fel-43-112"
REF = "FEL-43-112"
T = "Ingénieur·e industrialisation et méthodes"
O = "Felco SA"
L = "Les Geneveys-sur-Coffrane"
S = "80-100 %"
ESS = ["Diplôme d'ingénieur HES ou EPF en microtechnique, en mécanique ou en génie industriel",
       "Au moins cinq ans d'expérience en industrialisation de produits mécaniques de série",
       "Très bonne maîtrise de la CAO 3D (Creo ou SolidWorks) et des outils AMDEC",
       "Français courant, allemand ou anglais de niveau B2"]
DES = ["Expérience dans l'usinage, la frappe ou le traitement thermique des aciers",
       "Formation Lean Six Sigma (Green Belt au minimum)"]
COMP = [("Pragmatisme", ""), ("Esprit d'équipe", ""), ("Ténacité", ""), ("Sens de la qualité", "")]
EXP = fr_only(reference=REF, title=T, organisation=O, location=L, schedule=S, deadline="2043-08-16",
              requirements=(ESS, DES), competencies=COMP)

MISSIONS = ["Industrialiser les nouveaux sécateurs et outils de coupe, du prototype à la présérie",
            "Définir les gammes de fabrication, les moyens de contrôle et les temps standards",
            "Piloter les fournisseurs d'outillages et valider les équipements de production",
            "Mener des chantiers d'amélioration continue avec les ateliers de montage"]


def build():
    jobup = f"""jobup.ch
Emplois   Entreprises   Salaires   Conseils carrière        DE | FR | EN   Connexion
← Retour à la liste des résultats        Annonce 5 sur 31

{O}
4.3 ★ (27 évaluations)

{T}

Publiée:
28 juillet 2043
Taux d'activité:
{S}
Type de contrat:
Durée indéterminée
Langue:
Français (Courant)
Lieu de travail:
2206 Les Geneveys-sur-Coffrane

Estimation salariale de jobup.ch
CHF 96 000 - 118 000 / an

Postuler   Sauvegarder

Depuis 1945, {O} conçoit et fabrique dans le canton de Neuchâtel des outils de coupe professionnels utilisés par les vignerons, arboriculteurs et paysagistes du monde entier. Pour renforcer notre bureau des méthodes, nous recherchons un·e
{T}

Vos responsabilités
{chr(10).join(MISSIONS)}

Votre profil
{chr(10).join(ESS)}

Un atout
{chr(10).join(DES)}

Vos qualités : {', '.join(n for n, _ in COMP)}.

Nous offrons un poste varié dans une entreprise familiale, un restaurant d'entreprise, un horaire libre et CHF 800 par an pour votre formation continue. Entrée en fonction : 1er novembre 2043 ou à convenir.

Référence : {REF}
Délai de postulation : 16 août 2043. Les premiers entretiens auront lieu le 25 août 2043.

Contact : Service du personnel, recrutement@felco-sa.example

ID de l'annonce: 7c41e0b2-5d93-4af8-a6b1-0e2f4c9d8a17

Offres similaires
Technicien·ne méthodes 100 % · Mécanique Vaumarcus SA · Boudry · CHF 78 000 - 92 000 / an
Ingénieur qualité fournisseurs · Précitech Jura · Delémont · publié le 20 juillet 2043
"""
    write(f"{KEY}-jobup.txt", jobup, KEY)
    html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{T} – Carrières {O}</title></head>
<body>
<header><a href="#">{O}</a> <nav>Produits · Conseils · Points de vente · Carrières · <a href="#">DE</a> <a href="#">EN</a></nav></header>
<main>
<p class="crumb"><a href="#">Carrières</a> › <a href="#">Postes ouverts</a></p>
<h1>{T}</h1>
<ul class="chips"><li>{L}</li><li>{S}</li><li>Durée indéterminée</li><li>Réf. {REF}</li></ul>
<p class="posted">Publié le 28.07.2043</p>
<section><h2>Votre mission</h2>
<ul>{''.join('<li>' + m + '</li>' for m in MISSIONS)}</ul></section>
<section><h2>Votre profil</h2>
<ul>{''.join('<li>' + e + '</li>' for e in ESS)}</ul>
<p><b>Atouts :</b> {' ; '.join(DES)}</p>
<p><b>Savoir-être :</b> {' – '.join(n for n, _ in COMP)}</p></section>
<section><h2>Ce que nous offrons</h2>
<p>Horaire libre, restaurant d'entreprise, places de parc, cinq semaines de vacances, caisse de pension avantageuse.</p></section>
<section><h2>Intéressé·e ?</h2>
<p>Envoyez votre dossier complet via notre portail jusqu'au <strong>16.08.2043</strong>. Lieu de travail : {L} (NE).</p>
<p><a class="btn" href="#">Postuler</a></p></section>
</main>
<footer>{O} · Swiss made since 1945 · Protection des données</footer>
</body></html>
"""
    write(f"{KEY}-careers.html", html, KEY)
    expected(KEY, EXP)
