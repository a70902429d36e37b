from common import *
REF = "CHCH-RH-2038-072"; KEY = REF.lower()
T = "Psychomotricien (H/F)"; O = "Centre hospitalier de Chaumont"; LOC = "Chaumont"
G = "Psychomotricien de classe normale"
SCH = "100 % – journées de 7 h 30 du lundi au vendredi, réparties entre le CMP et l'hôpital de jour"
SAL = "de 2 184 € à 3 402 € bruts mensuels selon l'échelon"
ESS = ["Diplôme d'État de psychomotricien",
  "Connaissance du développement psychomoteur de l'enfant et de l'adolescent",
  "Capacité à rédiger des bilans psychomoteurs et à les présenter en réunion clinique"]
DES = ["Expérience en pédopsychiatrie", "Formation à la relaxation thérapeutique ou au bilan sensori-moteur"]
COMP = ["Rigueur", "Sens du travail en équipe", "Bienveillance envers les patients", "Adaptabilité"]
MISS = ["Réaliser les bilans psychomoteurs des enfants adressés au CMP", "Conduire des prises en charge individuelles et des groupes thérapeutiques",
  "Participer aux réunions de synthèse et aux échanges avec les familles et les écoles", "Accueillir et encadrer les étudiants en psychomotricité"]
def build():
    txt = f"""FHF Emploi - la plateforme emploi des établissements publics de santé
Accueil > Offres d'emploi > Haute-Marne > Psychiatrie infanto-juvénile
Se connecter    Créer mon compte    Déposer mon CV

{T}
Offre n° FHF-52-0937714 · Publiée le 26/11/2038 · 41 vues

Établissement{O}Ville{LOC} (52000)Type de contratTitulaire / CDD / MutationFilièreRééducationMétierPsychomotricien
Date de prise de poste : dès que possible
Date limite de candidature : 16/12/2038

Description de l'établissement
Le {O} (460 lits et places) est l'établissement support du GHT Cœur Grand Est. Son pôle de psychiatrie infanto-juvénile comprend un centre médico-psychologique et un hôpital de jour de douze places.

Descriptif du poste
Référence établissement : {REF}
Grade : {G}
Temps de travail : {SCH}
Rémunération : {SAL}, prime de service et complément de traitement indiciaire en sus

Missions
{chr(10).join(MISS)}

Profil recherché
{chr(10).join(ESS)}

Serait un plus : {" ; ".join(DES)}

Qualités attendues : {", ".join(COMP)}

Les entretiens se tiendront le 22/12/2038. Candidature (CV et lettre de motivation) à adresser à la Direction des ressources humaines, recrutement@ch-chaumont.example.

Postuler    Partager    Signaler

Offres similaires
Orthophoniste (H/F) - CH de Langres - limite 09/12/2038
Ergothérapeute (H/F) - Saint-Dizier - limite 30/12/2038

© FHF 2038 · Mentions légales · Gestion des cookies
"""
    w(f"{KEY}-fhf.txt", txt, KEY)
    html = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Fiche de poste {REF}</title>
<style>@page{{size:A4;margin:2cm 2cm 2.2cm;@bottom-left{{content:"{O} – DRH";font-size:8pt}}@bottom-right{{content:"page " counter(page) " / " counter(pages);font-size:8pt}}}}
body{{font-family:"DejaVu Sans",sans-serif;font-size:9.5pt}} .lh{{font-variant:small-caps;color:#1d4f91}}
h1{{text-align:center;font-size:14pt}} h2{{background:#dfe8f3;font-size:10.5pt;padding:2px 6px}}
table{{border-collapse:collapse;width:100%}} td{{border:1px solid #999;padding:3px 6px}} td.l{{width:32%;font-weight:bold}}</style></head><body>
<p class="lh">{O}<br>Direction des ressources humaines</p>
<h1>FICHE DE POSTE</h1>
<table>
<tr><td class="l">Intitulé du poste</td><td>{T}</td></tr>
<tr><td class="l">Référence</td><td>{REF}</td></tr>
<tr><td class="l">Pôle / service</td><td>Pôle de psychiatrie – CMP enfants et hôpital de jour</td></tr>
<tr><td class="l">Lieu d'exercice</td><td>{LOC}</td></tr>
<tr><td class="l">Grade</td><td>{G} (catégorie A)</td></tr>
<tr><td class="l">Temps de travail</td><td>{SCH}</td></tr>
<tr><td class="l">Rémunération</td><td>{SAL}</td></tr>
<tr><td class="l">Date limite de candidature</td><td>16 décembre 2038</td></tr>
</table>
<h2>1. Missions</h2>
{ul(MISS)}
<h2>2. Compétences et qualifications requises</h2>
{ul(ESS)}
<p><i>Serait un plus :</i></p>
{ul(DES)}
<h2>3. Savoir-être</h2>
<p>{" – ".join(COMP)}</p>
<h2>4. Relations</h2>
<p>Pédopsychiatres, psychologues, cadre de santé du pôle, Éducation nationale, familles.</p>
<p>Fiche mise à jour le 20/11/2038. Entretiens prévus le 22/12/2038.</p>
</body></html>
"""
    p = src(f"{KEY}-fiche.html", html)
    subprocess.run(["weasyprint", p, os.path.join(ROOT, f"{KEY}-fiche.weasyprint.pdf")], check=True, capture_output=True)
    dump(f"{KEY}-fiche.weasyprint.pdf", KEY)
    exp(KEY, ["fr"], {"fr": T}, {"fr": O}, {"fr": LOC}, {"fr": SCH}, "2038-12-16",
        sal(2184, 3402, "EUR", "month"), G, None, {"fr": {"essential": ESS, "desirable": DES}}, {"fr": names(*COMP)}, REF)
