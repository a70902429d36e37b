from common import *

KEY = "chfd-2035-023"
REF = "CHFD-2035-023"
TITLE = "Infirmier(ère) en soins critiques – Urgences et SMUR"
ORG = "Centre hospitalier François Dunan"
LOC = "Saint-Pierre (Saint-Pierre-et-Miquelon)"
SCHED = "Temps plein – 100 %"
GRADE = "Infirmier en soins généraux – 2e grade (catégorie A)"
ESS = [
    "Diplôme d'État d'infirmier(ère) et inscription à l'Ordre national des infirmiers",
    "Expérience d'au moins trois ans dans un service d'urgences, de réanimation ou de soins intensifs",
    "Attestation de formation aux gestes et soins d'urgence (AFGSU niveau 2) à jour",
    "Aptitude à intervenir en SMUR terrestre et lors d'évacuations sanitaires aériennes",
    "Capacité à travailler en horaires de 12 heures, de jour comme de nuit, week-ends et jours fériés compris",
]
DES = [
    "Diplôme universitaire en soins d'urgence ou en médecine de catastrophe",
    "Expérience en milieu insulaire ou isolé",
    "Maîtrise de l'anglais pour les échanges avec les établissements canadiens de référence",
]
COMP = [
    ("Sang-froid", "garder son calme et prioriser dans les situations d'urgence vitale"),
    ("Polyvalence", "passer de l'accueil des urgences au transport médicalisé dans la même garde"),
    ("Esprit d'équipe", "travailler en binôme avec le médecin urgentiste et les ambulanciers"),
    ("Adaptabilité", "s'intégrer dans un petit établissement où chacun connaît chacun"),
]
E = dict(reference=REF, post_number=None, languages=["fr"], title={"en": None, "fr": TITLE},
         organisation={"en": None, "fr": ORG}, location={"en": None, "fr": LOC},
         schedule={"en": None, "fr": SCHED}, deadline="2035-09-26", salary=None, grade=GRADE,
         clearance=None, requirements={"en": None, "fr": {"essential": ESS, "desirable": DES}},
         competencies={"en": None, "fr": [{"name": n, "description": d} for n, d in COMP]})

MISS = [
    "Accueillir, évaluer et orienter les patients se présentant aux urgences (tri infirmier)",
    "Réaliser les soins techniques d'urgence en collaboration avec le médecin de garde",
    "Participer aux sorties SMUR sur Saint-Pierre et, en renfort, sur Miquelon-Langlade",
    "Préparer et accompagner les évacuations sanitaires vers Saint-Jean de Terre-Neuve, Halifax ou Montréal",
    "Assurer la traçabilité des soins dans le dossier patient informatisé",
    "Contribuer à la formation des équipes aux gestes d'urgence et aux exercices de plan blanc",
]


def html():
    facts = [("Référence", REF), ("Établissement", ORG), ("Pôle", "Urgences – SMUR – Soins continus"),
             ("Lieu d'exercice", LOC), ("Grade", GRADE), ("Type de contrat", "Titulaire ou contractuel (CDD de 12 mois renouvelable)"),
             ("Temps de travail", SCHED), ("Poste à pourvoir le", "01/11/2035"),
             ("Publiée le", "29/08/2035"), ("Date limite de candidature", "26/09/2035")]
    dl = "\n".join(f"<tr><th>{a}</th><td>{b}</td></tr>" for a, b in facts)
    comp = "\n".join(f"<li><strong>{n}</strong> : {d}</li>" for n, d in COMP)
    return f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{TITLE} – {ORG}</title>
<style>
body {{ font-family: "Liberation Sans", Arial, sans-serif; font-size: 10.5pt; margin: 0; }}
.top {{ background: #0b4f6c; color: #fff; padding: 6px 14px; font-size: 9pt; }}
.brand {{ padding: 10px 14px; font-size: 16pt; font-weight: bold; color: #0b4f6c; }}
nav {{ padding: 4px 14px; border-bottom: 2px solid #0b4f6c; font-size: 9pt; }}
main {{ padding: 0 14px; }}
table.facts th {{ text-align: left; padding: 3px 10px 3px 0; vertical-align: top; width: 32%; }}
table.facts {{ border-collapse: collapse; width: 100%; margin: 8px 0; }}
table.facts tr {{ border-bottom: 1px solid #ddd; }}
h1 {{ font-size: 15pt; color: #0b4f6c; }} h2 {{ font-size: 12pt; color: #0b4f6c; margin-bottom: 3px; }}
.nw {{ white-space: nowrap; }}
aside {{ border: 1px solid #ccc; padding: 6px 10px; margin-top: 14px; font-size: 9pt; }}
footer {{ font-size: 8pt; color: #555; padding: 8px 14px; border-top: 1px solid #ccc; margin-top: 12px; }}
</style></head><body>
<div class="top">Urgences : composez le 15 · Standard : 05 08 41 27 50 · <a style="color:#fff" href="#">Espace professionnels</a></div>
<div class="brand">{ORG}</div>
<nav>Accueil | L'hôpital | Offre de soins | Patients et visiteurs | Recrutement | Contact</nav>
<main>
<p style="font-size:9pt">Accueil › Recrutement › Offres d'emploi › Réf. {REF}</p>
<h1><span class="nw">{TITLE}</span></h1>
<table class="facts">
{dl}
</table>
<h2>L'établissement</h2>
<p>Unique établissement de santé de l'archipel, le {ORG} assure les soins de court séjour (médecine, chirurgie, maternité), les urgences, le SMUR, la psychiatrie, l'EHPAD et les évacuations sanitaires pour quelque 6 000 habitants. Situé à 25 km des côtes de Terre-Neuve, il travaille en réseau avec les hôpitaux canadiens et métropolitains.</p>
<h2>Vos missions</h2>
<ul>{ul(MISS)}</ul>
<h2>Profil recherché</h2>
<ul>{ul(ESS)}</ul>
<h2>Seraient appréciés</h2>
<ul>{ul(DES)}</ul>
<h2>Savoir-être</h2>
<ul>{comp}</ul>
<h2>Conditions</h2>
<p>Rémunération selon la grille indiciaire de la fonction publique hospitalière, majorée de l'indexation applicable à Saint-Pierre-et-Miquelon. Prise en charge du billet d'avion et du fret à l'installation, logement temporaire meublé pendant les trois premiers mois, accès à la crèche hospitalière.</p>
<h2>Candidature</h2>
<p>Lettre de motivation et CV à adresser avant le 26/09/2035 à la Direction des ressources humaines, par courriel à drh@ch-fdunan.example ou par courrier (BP 4270, 97500 Saint-Pierre). Les entretiens, en visioconférence, se dérouleront du 6 au 10 octobre 2035.</p>
<aside><strong>Autres offres</strong><br>
Préparateur(trice) en pharmacie hospitalière – date limite 19/09/2035<br>
Aide-soignant(e) EHPAD Eider – date limite 03/10/2035<br>
Technicien(ne) biomédical(e) – date limite 10/10/2035</aside>
</main>
<footer>© {ORG} – Mentions légales – Accessibilité : partiellement conforme – Plan du site</footer>
</body></html>
"""


def build():
    expected(KEY, E)
    write(KEY + "-chfd.html", html(), KEY)
    chromium(KEY + "-chfd.html", KEY + "-chfd.chromium.pdf", KEY)
