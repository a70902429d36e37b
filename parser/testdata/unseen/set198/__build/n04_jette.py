from common import *
import shutil, tempfile
KEY = "jet-pers-2034-009"; REF = "JET/PERS/2034/009"
T = "Conseiller·ère en prévention – niveau B (H/F/X)"
ORG = "Administration communale de Jette"; LOC = "1090 Jette"
SCH = "Temps plein (38 heures/semaine)"
ESS = ["Être titulaire d'un diplôme de bachelier ou d'un graduat, de préférence dans une orientation technique ou scientifique.",
 "Être titulaire du certificat de conseiller en prévention de niveau II ou s'engager à l'obtenir dans les deux ans suivant l'entrée en fonction.",
 "Avoir une connaissance pratique du Code du bien-être au travail.",
 "Maîtriser les outils bureautiques courants (traitement de texte, tableur, messagerie).",
 "Être en possession d'un permis de conduire B."]
DES = ["Une expérience dans un service interne de prévention d'une administration publique.",
 "Une bonne connaissance du néerlandais (brevet SELOR/BPS article 9 ou 12).",
 "Une formation en ergonomie ou en prévention des risques psychosociaux."]
CN = ["Rigueur", "Sens de la communication", "Autonomie", "Diplomatie"]
CD = ["vous menez vos analyses de risques avec méthode et vous documentez chaque constat.",
 "vous expliquez les règles de sécurité aussi bien aux ouvriers qu'aux chefs de service.",
 "vous organisez vos visites et vos dossiers sans attendre qu'on vous les rappelle.",
 "vous conseillez la hiérarchie sur des sujets sensibles avec tact et fermeté."]
MIS = ["réaliser les analyses de risques des postes de travail (voiries, propreté, crèches, écoles, bâtiments administratifs)",
 "rédiger et tenir à jour le plan global de prévention et le plan d'action annuel",
 "enquêter sur les accidents du travail et proposer des mesures correctrices",
 "préparer les réunions du comité de concertation de base et en assurer le suivi",
 "organiser les exercices d'évacuation et la formation des équipiers de première intervention"]
ul = lambda xs: "<ul>" + "".join(f"<li>{e(x)}</li>" for x in xs) + "</ul>"
rows = [("Référence", REF), ("Employeur", ORG), ("Service", "Service interne pour la prévention et la protection au travail (SIPPT)"),
 ("Lieu de travail", LOC), ("Type de contrat", "Contrat à durée indéterminée"), ("Régime de travail", SCH),
 ("Échelle barémique", "B1"), ("Rémunération", "Rémunération annuelle brute indexée entre 41 287,52 € et 58 903,14 € selon l'ancienneté valorisable"),
 ("Entrée en fonction", "Dès que possible"), ("Date limite", "14/04/2034")]
tbl = "<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\">" + "".join(f"<tr><th align=\"left\">{e(a)}</th><td>{e(b)}</td></tr>" for a, b in rows) + "</table>"
page = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Appel à candidatures – {e(T)}</title>
<style>body{{font-family:'Liberation Sans',Arial,sans-serif;font-size:10.5pt}} h1{{color:#7a1f2b;font-size:16pt}} h2{{font-size:12pt;color:#7a1f2b}} th{{background:#f1e6e8;width:12em}}</style></head><body>
<p>Commune de Jette – Gemeente Jette · Chaussée de Wemmel 100 · 1090 Jette</p>
<p>Accueil &gt; Vivre à Jette &gt; Emploi &gt; Offres d'emploi</p>
<p>APPEL À CANDIDATURES</p>
<h1>{e(T)}</h1>
<p>L'Administration communale de Jette recrute pour son Service interne pour la prévention et la protection au travail un·e conseiller·ère en prévention (m/f/x) – contrat à durée indéterminée – temps plein.</p>
{tbl}
<h2>Votre fonction</h2>
<p>Sous l'autorité du chef du SIPPT, vous veillez à la sécurité et au bien-être des quelque 650 agents communaux. Vous êtes chargé·e notamment de :</p>
{ul(MIS)}
<h2>Votre profil</h2>
<h3>Conditions d'accès</h3>{ul(ESS)}
<h3>Atouts</h3>{ul(DES)}
<h3>Compétences comportementales</h3>
<ul>{''.join(f'<li><strong>{e(n)}</strong> : {e(d)}</li>' for n, d in zip(CN, CD))}</ul>
<h2>Notre offre</h2>
<p>Chèques-repas de 8 €, intervention à 100 % dans les frais de transports en commun, prime de bilinguisme selon la réglementation, 26 jours de congé et une assurance hospitalisation.</p>
<h2>Procédure</h2>
<p>Envoyez votre CV, une lettre de motivation et une copie de votre diplôme pour le 14/04/2034 au plus tard, en mentionnant la référence {REF}, à l'adresse emploi@jette-commune.example. Les candidat·e·s retenu·e·s seront invité·e·s à une épreuve écrite le 25/04/2034 et à un entretien le 07/05/2034.</p>
<p>La Commune de Jette mène une politique de diversité et sélectionne ses collaborateurs et collaboratrices sur la base de leurs compétences.</p>
</body></html>
"""
out(KEY + "-jette.html", page)
tmp = tempfile.mkdtemp()
src = os.path.join(tmp, "jette.html"); shutil.copy(os.path.join(ROOT, KEY + "-jette.html"), src)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf:writer_web_pdf_Export", "--outdir", tmp, src], check=True, capture_output=True)
shutil.move(os.path.join(tmp, "jette.pdf"), os.path.join(ROOT, KEY + "-jette.libreoffice.pdf"))
dump(KEY + "-jette.libreoffice.pdf")
expected(KEY, dict(reference=REF, post_number=None, languages=["fr"], title=bi(None, T), organisation=bi(None, ORG),
  location=bi(None, LOC), schedule=bi(None, SCH), deadline="2034-04-14",
  salary=dict(amount=None, min=41287.52, max=58903.14, currency="EUR", period="year"), grade="B1", clearance=None,
  requirements={"en": None, "fr": {"essential": ESS, "desirable": DES}}, competencies={"en": None, "fr": comps(CN, CD)}))
