from common import *
KEY = "CSO-AV-2040-09"
PN = "CSO ESD ACT 0040"
T = "Assistant(e) de gestion des activités scientifiques"
ORG = "Organisation OTAN pour la science et la technologie – Bureau d'appui à la collaboration (STO CSO)"
LOC = "Neuilly-sur-Seine (France)"
SCH = "Temps plein (37,5 heures par semaine)"
CTX = """L'Organisation OTAN pour la science et la technologie (STO) réunit chaque année plusieurs milliers de scientifiques et d'ingénieurs des pays membres et partenaires au sein de groupes de recherche, de symposiums et de conférences spécialisées. Le Bureau d'appui à la collaboration (CSO), situé à Neuilly-sur-Seine, assure le soutien administratif, financier et logistique de ce réseau.

Au sein de la Division de soutien exécutif, l'assistant(e) de gestion des activités scientifiques suit une trentaine d'activités des panels, de la demande initiale jusqu'à la publication du rapport final."""
TACHES = ["tenir à jour le dossier de chaque activité dans la base de données de la STO ;",
 "préparer les convocations, les ordres du jour et les listes de participants des réunions ;",
 "vérifier les demandes de remboursement des frais de voyage des conférenciers invités ;",
 "organiser la publication des rapports techniques en lien avec la section Information ;",
 "répondre aux questions des points de contact nationaux sur l'état d'avancement des activités."]
ESS = ["diplôme de l'enseignement supérieur de niveau bac + 2 en gestion, en administration ou dans un domaine scientifique ;",
 "au moins trois ans d'expérience de l'assistanat de projets ou d'événements dans un environnement international ;",
 "excellente maîtrise des outils bureautiques, notamment Excel et Outlook ;",
 "sens de l'organisation et capacité à gérer simultanément de nombreuses échéances ;",
 "connaissance de l'anglais et du français au niveau SLP 3333 dans l'une des deux langues et 2222 dans l'autre."]
DES = ["expérience au sein d'une organisation internationale ou d'un organisme de recherche ;",
 "connaissance des procédures financières de l'OTAN ;",
 "pratique d'un logiciel de gestion de base de données."]
COMP = [("Rigueur", "contrôle l'exactitude des données avant leur diffusion."),
 ("Sens du service", "répond avec courtoisie et rapidité aux demandes des scientifiques."),
 ("Esprit d'équipe", "partage l'information et soutient ses collègues pendant les périodes chargées."),
 ("Adaptabilité", "ajuste ses priorités en fonction du calendrier des panels.")]
COND = """Le/La candidat(e) retenu(e) se verra proposer un contrat de durée déterminée de trois ans, éventuellement renouvelable. Le traitement mensuel de base est de 5 204,37 EUR, net d'impôt national, auquel peuvent s'ajouter des indemnités selon la situation personnelle.
Les candidatures, rédigées en anglais ou en français, doivent parvenir au plus tard le vendredi 13 juillet 2040, 12 h 00 (heure de Paris), au moyen de la plateforme de recrutement de l'OTAN. Les entretiens auront lieu à Neuilly-sur-Seine la semaine du 10 septembre 2040."""

def build():
    expected(KEY, ["fr"], {"fr": T}, {"fr": ORG}, {"fr": LOC}, {"fr": SCH}, "2040-07-13",
             sal(5204.37), "G9", "NATO SECRET", {"fr": (ESS, DES)}, {"fr": COMP}, post_number=PN)
    facts = [("Référence de l'avis", KEY), ("Intitulé du poste", T), ("Numéro de poste", PN),
             ("Organisme", ORG), ("Lieu d'affectation", LOC), ("Grade OTAN", "G9"), ("Horaire", SCH),
             ("Habilitation de sécurité", "NATO SECRET"), ("Date limite de candidature", "13 juillet 2040, 12 h 00")]
    html = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{KEY}</title>
<style>
@page {{ size: A4; margin: 22mm 20mm 20mm 20mm;
  @top-center {{ content: "NATO UNCLASSIFIED / OTAN SANS CLASSIFICATION"; font-size: 8pt; }}
  @bottom-center {{ content: "STO/CSO/AV/2040/09 – page " counter(page) " sur " counter(pages); font-size: 8pt; }} }}
body {{ font-family: "Liberation Serif", serif; font-size: 10.5pt; hyphens: manual; line-height: 1.3; }}
.lh {{ text-align: right; font-size: 9pt; }}
h1 {{ font-size: 14pt; text-align: center; margin: 14px 0; }}
h2 {{ font-size: 11pt; margin: 14px 0 6px; text-transform: uppercase; }}
table {{ border-collapse: collapse; width: 100%; }}
th, td {{ border: 0.6pt solid #777; padding: 4px 6px; text-align: left; vertical-align: top; }}
th {{ background: #e6e6e6; width: 34%; }}
</style></head><body>
<div class="lh">ORGANISATION OTAN POUR LA SCIENCE ET LA TECHNOLOGIE<br>Bureau d'appui à la collaboration<br>Neuilly-sur-Seine, le 14 juin 2040<br>Réf. : STO/CSO/RH/2040/131</div>
<h1>AVIS DE VACANCE DE POSTE</h1>
<table>{"".join(f"<tr><th>{a}</th><td>{b}</td></tr>" for a, b in facts)}</table>
<h2>1. Contexte du poste</h2>
{"".join(f"<p>{p}</p>" for p in CTX.split(chr(10)+chr(10)))}
<h2>2. Principales tâches</h2>
<p>Le/La titulaire est chargé(e) de :</p>
{html_ul(TACHES)}
<h2>3. Qualifications essentielles</h2>
<p>Le/La candidat(e) doit posséder :</p>
{html_ul(ESS)}
<h2>4. Qualifications souhaitables</h2>
<p>Seraient considérés comme des atouts :</p>
{html_ul(DES)}
<h2>5. Compétences</h2>
{"".join(f"<p><strong>{n} :</strong> {d}</p>" for n, d in COMP)}
<h2>6. Conditions d'emploi et candidature</h2>
{"".join(f"<p>{p}</p>" for p in COND.split(chr(10)))}
</body></html>"""
    src = os.path.join(BUILD, f"{KEY}-sto.html")
    open(src, "w", encoding="utf-8").write(html)
    weasy(src, f"{KEY}-sto.weasyprint.pdf")
    dump(f"{KEY}-sto.weasyprint.pdf", KEY)
    mail = f"""De : Service Carrières et Relations entreprises <carrieres@ecole-ingenieurs.example>
Envoyé : lundi 18 juin 2040 09:32
À : Diplômés 2035-2040 <alumni-diffusion@ecole-ingenieurs.example>
Objet : TR: [Offre] OTAN – {T} – Neuilly-sur-Seine

Bonjour à toutes et à tous,

Nous relayons ci-dessous une offre d'un organisme de l'OTAN installé à Neuilly-sur-Seine, transmise par une ancienne élève. Les candidatures se font uniquement sur la plateforme de l'OTAN (pas par notre intermédiaire). Notre prochain atelier « CV et candidatures internationales » aura lieu le jeudi 28 juin 2040 à 18 h ; inscription avant le 25 juin.

Bien cordialement,
L'équipe Carrières

-------- Message transféré --------
Sujet : Avis de vacance {KEY} – {T}
Date : Fri, 15 Jun 2040 17:20:04 +0200
De : STO CSO Ressources humaines <rh@cso.sto.example>

AVIS DE VACANCE DE POSTE

Référence de l'avis : {KEY}
Intitulé du poste : {T}
Numéro de poste : {PN}
Organisme : {ORG}
Lieu d'affectation : {LOC}
Grade OTAN : G9
Horaire : {SCH}
Habilitation de sécurité : NATO SECRET
Date limite de candidature : 13 juillet 2040, 12 h 00

1. CONTEXTE DU POSTE
{CTX}

2. PRINCIPALES TÂCHES
Le/La titulaire est chargé(e) de :
{items(TACHES, '  - ')}

3. QUALIFICATIONS ESSENTIELLES
Le/La candidat(e) doit posséder :
{items(ESS, '  - ')}

4. QUALIFICATIONS SOUHAITABLES
Seraient considérés comme des atouts :
{items(DES, '  - ')}

5. COMPÉTENCES
{comps(COMP, ' : ', '  - ')}

6. CONDITIONS D'EMPLOI ET CANDIDATURE
{COND}

--
Vous recevez ce message parce que vous êtes inscrit(e) à la liste de diffusion des diplômés. Se désinscrire : https://ecole-ingenieurs.example/listes"""
    write(f"{KEY}-courriel.txt", mail, KEY)
