from common import *

KEY = "ilm-drh-2045-07"
D = dict(
    reference="ILM/DRH/2045-07", post_number=None, languages=["fr"],
    title=both(None, "Technicien(ne) de laboratoire en entomologie médicale"),
    organisation=both(None, "Institut Louis Malardé"),
    location=both(None, "Paea (Tahiti), Polynésie française"),
    schedule=both(None, "Temps complet (39 heures hebdomadaires)"),
    deadline="2045-01-13",
    salary=sal(amount=312400, cur="XPF", period="month"),
    grade="B", clearance=None,
    requirements=both(None, req([
        "BTS ou DUT en biologie, analyses biologiques ou bioanalyses, ou diplôme équivalent",
        "Deux ans d'expérience au moins en laboratoire, idéalement en entomologie",
        "Maîtrise des techniques d'élevage d'insectes et de biologie moléculaire de base (extraction, PCR)",
        "Permis B en cours de validité",
    ], [
        "Connaissance des programmes de lutte contre les moustiques vecteurs (technique de l'insecte stérile, Wolbachia)",
        "Pratique du reo tahiti",
    ])),
    competencies=both(None, comp([("Rigueur", ""), ("Autonomie", ""), ("Sens du travail en équipe", ""),
                                  ("Disponibilité pour des sorties de terrain", "")])),
)
R = D["requirements"]["fr"]
C = D["competencies"]["fr"]


def html():
    li = lambda xs: "\n".join(f"<li>{nb(x)}</li>" for x in xs)
    grid = [("Référence", D['reference']), ("Établissement", D['organisation']['fr']),
            ("Pôle", "Recherche et expertise en maladies infectieuses émergentes"),
            ("Lieu de travail", D['location']['fr']), ("Catégorie", "B"),
            ("Nature du contrat", "CDD de 24 mois, renouvelable"),
            ("Temps de travail", D['schedule']['fr']),
            ("Rémunération", "312 400 XPF brut mensuel, hors indemnités de sujétion"),
            ("Date limite de candidature", "13 janvier 2045")]
    g = "\n".join(f'<div class="l">{nb(a)}</div><div class="v">{nb(b)}</div>' for a, b in grid)
    return f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Fiche de poste {D['reference']}</title>
<style>
@page {{ size: A4; margin: 18mm 18mm 22mm; @bottom-center {{ content: "Institut Louis Malardé – BP 00, Papeete (adresse fictive) – page " counter(page) " / " counter(pages); font-size: 8pt; color: #555 }} }}
body {{ font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; line-height: 1.35 }}
.head {{ display: flex; justify-content: space-between; border-bottom: 2px solid #0a6e6e; padding-bottom: 6px }}
.kick {{ letter-spacing: 3px; color: #0a6e6e; font-size: 9pt; margin-top: 14px }}
h1 {{ font-size: 15pt; margin: 4px 0 12px }}
.grid {{ display: grid; grid-template-columns: 52mm 1fr; gap: 3px 8px; background: #eef6f6; padding: 8px }}
.l {{ font-weight: bold }}
h2 {{ font-size: 11pt; color: #0a6e6e; margin: 14px 0 4px }}
</style></head><body>
<div class="head"><div><b>INSTITUT LOUIS MALARDÉ</b><br>Établissement public de la Polynésie française</div><div>Papeete, le 9 décembre 2044</div></div>
<div class="kick">FICHE DE POSTE</div>
<h1>{nb(D['title']['fr'])}</h1>
<div class="grid">
{g}
</div>
<h2>Présentation</h2>
<p>L'Institut conduit des recherches et des missions d'expertise en santé publique pour la Polynésie française. Son
laboratoire d'entomologie médicale, installé à Paea, étudie les moustiques vecteurs de la dengue, du chikungunya et du
Zika et développe des méthodes de lutte fondées sur le lâcher de moustiques mâles.</p>
<h2>Missions</h2>
<ul>
<li>Assurer l'élevage des colonies de moustiques et le contrôle qualité des lots produits.</li>
<li>Préparer et analyser des échantillons (identification, extraction d'ADN, PCR).</li>
<li>Participer aux campagnes de piégeage dans les îles de la Société et des Tuamotu.</li>
<li>Saisir et vérifier les données dans la base du laboratoire.</li>
<li>Veiller à l'entretien des équipements et au respect des règles de biosécurité.</li>
</ul>
<h2>Profil recherché</h2>
<ul>
{li(R['essential'])}
</ul>
<h2>Serait apprécié</h2>
<ul>
{li(R['desirable'])}
</ul>
<h2>Qualités attendues</h2>
<ul>
{li([c['name'] for c in C])}
</ul>
<h2>Candidature</h2>
<p>Lettre de motivation et CV à adresser à la Direction des ressources humaines (recrutement@ilm.example) en rappelant la
référence {nb(D['reference'])}. Les entretiens se tiendront à Paea le 27 janvier 2045 ; prise de poste souhaitée le
1er mars 2045.</p>
</body></html>
"""


def mail():
    L = []
    L.append("De : Réseau des biologistes du Pacifique <liste@biopacifique.example>")
    L.append("À : membres@biopacifique.example")
    L.append("Date : 10 déc. 2044 à 08:15")
    L.append(f"Objet : [BIOPAC] Offre d'emploi – {D['title']['fr']} – ILM")
    L.append("")
    L.append("Ia ora na à toutes et à tous,")
    L.append("")
    L.append("Nous relayons ci-dessous une offre transmise par l'Institut Louis Malardé. Pour mémoire, les inscriptions à")
    L.append("notre journée scientifique du 3 février 2045 sont ouvertes jusqu'au 15 janvier 2045.")
    L.append("")
    L.append("---------------------------------------------------------------")
    L.append("FICHE DE POSTE")
    L.append(D['title']['fr'])
    L.append("")
    for a, b in [("Référence", D['reference']), ("Établissement", D['organisation']['fr']),
                 ("Lieu de travail", D['location']['fr']), ("Catégorie", "B"),
                 ("Contrat", "CDD de 24 mois, renouvelable"), ("Temps de travail", D['schedule']['fr']),
                 ("Rémunération", "312 400 XPF brut mensuel"),
                 ("Date limite", "13/01/2045")]:
        L.append(f"{a:.<30} {b}")
    L.append("")
    L.append("MISSIONS : élevage des colonies de moustiques, analyses (identification, PCR), piégeage de terrain,")
    L.append("gestion des données, entretien des équipements.")
    L.append("")
    L.append("PROFIL RECHERCHÉ")
    for x in R['essential']:
        L.append("  - " + x)
    L.append("SERAIT APPRÉCIÉ")
    for x in R['desirable']:
        L.append("  - " + x)
    L.append("QUALITÉS : " + ", ".join(c['name'] for c in C))
    L.append("")
    L.append("Candidatures : recrutement@ilm.example (entretiens le 27 janvier 2045).")
    L.append("---------------------------------------------------------------")
    L.append("")
    L.append("Vous recevez ce message parce que vous êtes inscrit·e à la liste BIOPAC. Se désinscrire : répondre STOP.")
    return "\n".join(L) + "\n"


def build():
    expected(KEY, D)
    src = wb("ilm.html", html())
    subprocess.run(["weasyprint", src, os.path.join(OUT, f"{KEY}-ilm.weasyprint.pdf")], check=True,
                   capture_output=True)
    dump(f"{KEY}-ilm.weasyprint.pdf", KEY)
    w(f"{KEY}-liste-biopac.txt", mail(), KEY)
