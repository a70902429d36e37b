from common import *

KEY = "pfwb-rec-2043-02"
REF = "PFWB/REC/2043/02"
T = "Attaché·e juriste au service des commissions"
O = "Parlement de la Fédération Wallonie-Bruxelles"
L = "Bruxelles (rue Royale)"
S = "Temps plein (38 heures par semaine)"
ESS = ["être titulaire d'un master en droit ;",
       "jouir des droits civils et politiques ;",
       "justifier d'une expérience d'au moins deux ans en légistique, en droit public ou au sein d'une assemblée ;",
       "posséder une excellente capacité rédactionnelle en français."]
DES = ["une connaissance du fonctionnement des institutions communautaires belges ;",
       "une connaissance passive du néerlandais ou de l'allemand."]
COMP = [("Neutralité", "Vous servez l'ensemble des groupes politiques avec la même loyauté."),
        ("Précision", "Vous relisez les textes jusqu'à la dernière virgule."),
        ("Organisation", "Vous menez plusieurs dossiers de front pendant les périodes budgétaires.")]
MIS = ["assister les présidents de commission dans la préparation et le déroulement des réunions ;",
       "vérifier la qualité légistique des propositions de décret et des amendements ;",
       "rédiger les rapports des commissions ;",
       "répondre aux demandes d'avis juridiques des députés."]


def build():
    expected(KEY, reference=REF, languages=["fr"], title={"fr": T}, organisation={"fr": O}, location={"fr": L},
             schedule={"fr": S}, deadline="2043-04-28",
             salary=sal(mn=58214.36, mx=89905.12, cur="EUR", period="year"), grade="A6/1",
             requirements={"fr": {"essential": ESS, "desirable": DES}}, competencies={"fr": COMP})
    comp = "\n".join("<p><em>%s.</em> %s</p>" % c for c in COMP)
    html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Offres d'emploi – {O}</title>
<style>body{{font-family:Georgia,serif;max-width:900px;margin:auto}} .side{{float:right;width:220px;border-left:1px solid #ccc;padding-left:10px;font-size:90%}}</style></head>
<body>
<header><b>{O.upper()}</b><br>
<nav>Le Parlement · Les députés · Travaux parlementaires · Visiter · Offres d'emploi · Presse</nav>
<form><input placeholder="Rechercher un document parlementaire"></form></header>
<div class="side"><h4>Agenda</h4><p>Séance plénière : mercredi 15 avril 2043</p><p>Commission du budget : 21 avril 2043</p><h4>Contact RH</h4><p>emploi@pfwb.example</p></div>
<p>Accueil &gt; Le Parlement &gt; Offres d'emploi</p>
<p><small>Appel publié le 23 mars 2043</small></p>
<h1>Appel à candidatures</h1>
<h2>{T}</h2>
<p><strong>Référence :</strong> {REF}</p>
<p><strong>Institution :</strong> {O}</p>
<p><strong>Service :</strong> Greffe – Service des commissions</p>
<p><strong>Lieu de travail :</strong> {L}</p>
<p><strong>Échelle barémique :</strong> A6/1</p>
<p><strong>Régime de travail :</strong> {S}</p>
<p><strong>Traitement :</strong> de 58 214,36 € à 89 905,12 € brut annuel indexé, selon l'ancienneté valorisable</p>
<p><strong>Clôture des candidatures :</strong> mardi 28 avril 2043 à minuit</p>
<h3>1. Description de la fonction</h3>
<p>Au sein du Greffe, l'attaché·e juriste :</p>
<ul>
{li(MIS)}
</ul>
<h3>2. Conditions d'accès</h3>
<p>Les candidat·e·s doivent, à la date de clôture :</p>
<ul>
{li(ESS)}
</ul>
<h3>3. Atouts</h3>
<ul>
{li(DES)}
</ul>
<h3>4. Compétences comportementales</h3>
{comp}
<h3>5. Procédure</h3>
<p>La sélection comprend une épreuve écrite (le 12 mai 2043) et un entretien devant un jury. Une réserve de recrutement valable deux ans sera constituée. Les candidatures (CV et lettre) sont envoyées par courriel à emploi@pfwb.example, avec la référence en objet.</p>
<footer><hr>Parlement de la Fédération Wallonie-Bruxelles · rue Royale 72 (fictif), 1000 Bruxelles · Accessibilité · Vie privée</footer>
</body></html>
"""
    write(KEY + "-pfwb.html", html, KEY)

    txt = f"""EmploisPublics.be – offres des pouvoirs publics belges (site imité)
Offres  Employeurs  Mes alertes  NL  DE
Retour à la liste

{T}

Employeur
{O}

Référence
{REF}

Lieu de travail
{L}

Niveau
A6/1

Régime
{S}

Rémunération
de 58 214,36 € à 89 905,12 € brut annuel indexé, selon l'ancienneté valorisable

Date de clôture
28/04/2043

Publié le
24/03/2043

Consultée 1 187 fois

Votre fonction
{chr(10).join(MIS)}

Conditions d'accès
Les candidat·e·s doivent, à la date de clôture :
{chr(10).join(ESS)}

Atouts
{chr(10).join(DES)}

Compétences comportementales
{chr(10).join('%s. %s' % c for c in COMP)}

Procédure
Épreuve écrite le 12 mai 2043, puis entretien. Réserve de recrutement de deux ans.
Postuler : emploi@pfwb.example

Offres semblables
Attaché (m/f/x) – Service public fédéral Justice – Bruxelles – clôture 30/04/2043
Juriste (m/f/x) – Commune de Saint-Gilles – clôture 20/04/2043
"""
    write(KEY + "-emploispublics-be.txt", txt, KEY)
