"""UNREC (Lomé), French only: the Centre's web page (HTML <dl>) and a Togolese job board copy (label line, value line)."""
from common import w, expected, esc

REF = "UNREC/RH/2036/04"
KEY = "unrec-rh-2036-04"
TITLE = "Assistant(e) de programme (Armes légères et de petit calibre)"
ORG = "Centre régional des Nations Unies pour la paix et le désarmement en Afrique"
LOC = "Lomé, Togo"
GRADE = "G-6"
SCHED = "Temps plein"
SAL = "9 846 000 FCFA"
EDU = "Un diplôme de fin d'études secondaires ou un titre équivalent est exigé."
EXP1 = ("Au moins sept années d'expérience progressive dans l'appui administratif ou l'appui aux programmes sont "
        "exigées.")
EXP2 = "Une expérience des projets de contrôle des armes légères en Afrique de l'Ouest est souhaitable."
LAN1 = "La maîtrise du français est exigée."
LAN2 = "Une bonne connaissance de l'anglais est souhaitable."
COMPS = [
    ("Professionnalisme", "connaît les procédures administratives et financières des Nations Unies ; travaille avec "
     "rigueur et respecte les délais, y compris sous pression."),
    ("Esprit d'équipe", "collabore avec les collègues et les partenaires nationaux pour atteindre les objectifs "
     "communs ; partage l'information et accepte les critiques constructives."),
    ("Aptitude à planifier et à organiser", "établit des priorités claires, prévoit le temps et les ressources "
     "nécessaires et suit de près l'avancement des activités."),
]
CADRE = ("Le poste est à pourvoir au Centre régional des Nations Unies pour la paix et le désarmement en Afrique "
         "(UNREC), à Lomé. Le ou la titulaire travaille sous la supervision du Spécialiste des questions politiques "
         "chargé du programme sur les armes légères et de petit calibre.")
TACHES = [
    "Assure le suivi administratif et financier des projets du programme, y compris les engagements de dépenses ;",
    "Organise les ateliers régionaux, les missions et les réunions des commissions nationales ;",
    "Tient à jour les bases de données du programme et prépare des tableaux de suivi ;",
    "Rédige la correspondance courante et les comptes rendus de réunions ;",
    "Exécute toute autre tâche connexe confiée par le superviseur.",
]


def html():
    t = "\n".join(f"<li>{esc(x)}</li>" for x in TACHES)
    c = "\n".join(f"<p><strong>{esc(n)} :</strong> {esc(d)}</p>" for n, d in COMPS)
    return f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Avis de vacance {REF} – UNREC</title></head>
<body>
<header><p>UNREC &ndash; Centre régional des Nations Unies pour la paix et le désarmement en Afrique</p>
<nav><a>Accueil</a> | <a>Le Centre</a> | <a>Programmes</a> | <a>Actualités</a> | <a>Opportunités</a> | <a>EN</a></nav></header>
<main>
<p><a>Accueil</a> &rsaquo; <a>Opportunités</a> &rsaquo; Avis de vacance</p>
<h1>{esc(TITLE)}</h1>
<dl class="fiche">
<dt>Avis de vacance n°</dt><dd>{REF}</dd>
<dt>Organisation</dt><dd>{esc(ORG)}</dd>
<dt>Classe</dt><dd>{GRADE}</dd>
<dt>Lieu d'affectation</dt><dd>{LOC}</dd>
<dt>Régime de travail</dt><dd>{SCHED}</dd>
<dt>Type d'engagement</dt><dd>Engagement de durée déterminée, un an</dd>
<dt>Date de publication</dt><dd>19 juin 2036</dd>
<dt>Date limite de candidature</dt><dd>20 juillet 2036</dd>
</dl>
<h2>Cadre organisationnel</h2>
<p>{esc(CADRE)}</p>
<h2>Attributions</h2>
<p>Dans la limite des pouvoirs qui lui sont délégués, le ou la titulaire :</p>
<ul>
{t}
</ul>
<h2>Compétences</h2>
{c}
<h2>Formation</h2>
<p>{esc(EDU)}</p>
<h2>Expérience professionnelle</h2>
<p>{esc(EXP1)} {esc(EXP2)}</p>
<h2>Connaissances linguistiques</h2>
<p>L'anglais et le français sont les langues de travail du Secrétariat de l'Organisation des Nations Unies. {esc(LAN1)}
{esc(LAN2)}</p>
<h2>Rémunération</h2>
<p>Traitement annuel net : {SAL}, auquel s'ajoutent les prestations prévues pour le personnel recruté localement.</p>
<h2>Méthode d'évaluation</h2>
<p>Les candidat(e)s présélectionné(e)s seront convoqué(e)s à un test écrit le 4 août 2036, suivi d'un entretien.</p>
<p><em>L'Organisation des Nations Unies ne perçoit aucun frais à quelque stade que ce soit du processus de
recrutement.</em></p>
</main>
<footer>&copy; 2036 UNREC &ndash; Lomé &middot; Mentions légales &middot; Contact</footer>
</body></html>
"""


def board():
    L = ["TogoJobs.example - Le portail de l'emploi au Togo", "Accueil  Offres  Entreprises  Conseils  Connexion", "",
         "Offres d'emploi > Organisations internationales > " + TITLE, "",
         TITLE, "", "UNREC - Nations Unies", "Publié le 20/06/2036 · 1 387 vues", "",
         "Entreprise", "UNREC - Nations Unies", "",
         "Lieu", "Lomé", "",
         "Type de contrat", "CDD", "",
         "Date limite", "20/07/2036", "",
         "Niveau d'études", "Bac", "",
         "Description du poste", "",
         "Avis de vacance n°", REF, "",
         "Organisation", ORG, "",
         "Classe", GRADE, "",
         "Lieu d'affectation", LOC, "",
         "Régime de travail", SCHED, "",
         "Date limite de candidature", "20 juillet 2036", "",
         "CADRE ORGANISATIONNEL", CADRE, "",
         "ATTRIBUTIONS"]
    L += ["- " + x for x in TACHES]
    L += ["", "COMPÉTENCES"] + [f"{n} : {d}" for n, d in COMPS]
    L += ["", "FORMATION", EDU, "", "EXPÉRIENCE PROFESSIONNELLE", EXP1 + " " + EXP2, "",
          "CONNAISSANCES LINGUISTIQUES",
          "L'anglais et le français sont les langues de travail du Secrétariat de l'Organisation des Nations Unies. "
          + LAN1 + " " + LAN2, "",
          "RÉMUNÉRATION", "Traitement annuel net : " + SAL + ".", "",
          "Postuler sur le site de l'UNREC avant la date limite.", "",
          "Offres similaires",
          "Chauffeur - PNUD Togo - Lomé - Date limite : 06/07/2036",
          "Assistant(e) financier(e) - UNICEF - Lomé - Date limite : 10/07/2036", "",
          "TogoJobs.example n'est pas l'employeur. Ne payez jamais pour postuler.", ""]
    return "\n".join(L)


def build():
    w(KEY + "-unrec.html", html(), KEY)
    w(KEY + "-togojobs.txt", board(), KEY)
    expected(KEY, reference=REF, languages=["fr"], title={"fr": TITLE}, organisation={"fr": ORG},
             location={"fr": LOC}, schedule={"fr": SCHED}, deadline="2036-07-20", grade=GRADE,
             salary=(9846000, None, None, "XOF", "year"),
             requirements={"fr": ([EDU, EXP1, LAN1], [EXP2, LAN2])}, competencies={"fr": COMPS})
