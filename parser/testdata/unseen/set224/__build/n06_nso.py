from common import *
REF = "345681"
POST = "NSO JSB RAT 0040"
T = "Assistant(e) (suivi des ratifications STANAG)"
ORG = "Bureau OTAN de normalisation (NSO)"
LOC = "Bruxelles (Belgique)"
SCH = "Temps plein (40 heures par semaine)"
ESS = [
 "être titulaire d'un diplôme de l'enseignement secondaire supérieur complété par une formation en administration, en gestion documentaire ou dans un domaine apparenté ;",
 "avoir au moins trois ans d'expérience dans la gestion de documents officiels, de préférence dans une administration de la défense ou une organisation internationale ;",
 "maîtriser les logiciels de bureautique, notamment le tableur et le traitement de texte ;",
 "savoir tenir une base de données à jour et en extraire des statistiques fiables ;",
 "posséder une connaissance de l'anglais correspondant au profil SLP 3333 et du français correspondant au profil SLP 2222."
]
DES = [
 "connaissance du processus de normalisation de l'OTAN et des publications alliées (AP) ;",
 "expérience d'un outil de gestion électronique des documents ;",
 "connaissance d'une troisième langue d'un pays de l'OTAN."
]
COMP = [("Précision", "vérifie chaque saisie et signale sans délai les incohérences constatées dans les réponses des pays ;"),
        ("Sens de l'organisation", "planifie les relances en fonction des échéances fixées par les comités ;"),
        ("Discrétion", "traite les informations nationales avec la réserve qu'exige leur classification ;"),
        ("Esprit d'équipe", "partage l'information avec les responsables de projets de normalisation.")]
DUT = [
 "enregistre les réponses de ratification et de mise en œuvre transmises par les pays pour chaque accord de normalisation (STANAG) ;",
 "tient à jour la base de données des ratifications et produit les tableaux de situation destinés aux comités ;",
 "prépare les relances adressées aux délégations dont les réponses sont attendues ;",
 "contrôle la cohérence des réserves nationales avec le texte des accords ;",
 "assure la liaison avec le Service de traduction pour la version française des promulgations."
]

def build():
    expected(REF, POST, ["fr"], {"fr": T}, {"fr": ORG}, {"fr": LOC}, {"fr": SCH}, "2036-06-18",
             sal(5114.83), "G10", "NATO SECRET", {"fr": {"essential": ESS, "desirable": DES}}, {"fr": comps(COMP)})
    ol = lambda xs: "<ol type='a'>" + "".join(f"<li>{esc(x)}</li>" for x in xs) + "</ol>"
    rows = [("Numéro de vacance", REF), ("Intitulé du poste", T), ("Organisme", ORG),
            ("Numéro de poste", POST), ("Grade OTAN", "G10"), ("Lieu d'affectation", LOC),
            ("Horaire", SCH), ("Habilitation de sécurité", "NATO SECRET"),
            ("Traitement mensuel de base", "5 114,83 EUR (exonéré d'impôt national)"),
            ("Date de clôture", "jeudi 18 juin 2036, 12 h 00 (heure de Bruxelles)")]
    table = "".join(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in rows)
    src = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Avis de vacance {REF}</title>
<style>
@page {{ size: A4; margin: 22mm 20mm 22mm 20mm;
  @top-center {{ content: "NATO SANS CLASSIFICATION"; font: bold 9pt 'Liberation Sans'; }}
  @bottom-center {{ content: "NATO SANS CLASSIFICATION – page " counter(page) " sur " counter(pages); font: 9pt 'Liberation Sans'; }} }}
body {{ font-family: 'Liberation Sans'; font-size: 10.5pt; hyphens: manual; }}
.lh {{ text-align: right; font-size: 9.5pt; }}
table {{ border-collapse: collapse; width: 100%; margin: 10pt 0; }}
th {{ background: #dde4ee; text-align: left; width: 38%; }}
th, td {{ border: 0.6pt solid #667; padding: 3pt 5pt; vertical-align: top; }}
h1 {{ font-size: 13pt; text-align: center; }}
h2 {{ font-size: 11pt; margin: 12pt 0 4pt; }}
</style></head><body>
<div class="lh">ORGANISATION DU TRAITÉ DE L'ATLANTIQUE NORD<br>Bureau OTAN de normalisation<br>B-1110 Bruxelles<br><br>NSO/HR(2036)0163<br>Bruxelles, le 12 mai 2036</div>
<h1>AVIS DE VACANCE D'EMPLOI N° {REF}</h1>
<p style="text-align:center">OUVERT AUX RESSORTISSANTS DES PAYS MEMBRES DE L'OTAN</p>
<table>{table}</table>
<h2>1. Contexte</h2>
<p>Le Bureau OTAN de normalisation (NSO) appuie les comités et groupes de travail qui élaborent les accords de normalisation de l'Alliance. Sa Section Soutien à la normalisation interarmées gère le cycle de vie des accords, de la diffusion des projets à la promulgation, et suit la ratification et la mise en œuvre de chaque accord par les pays.</p>
<h2>2. Attributions principales</h2>
<p>Sous l'autorité du/de la chef(fe) de section, le/la titulaire :</p>
{ol(DUT)}
<h2>3. Qualifications essentielles</h2>
<p>Le/La candidat(e) doit :</p>
{ol(ESS)}
<h2>4. Qualifications souhaitables</h2>
{ol(DES)}
<h2>5. Compétences</h2>
{"".join(f"<p><b>{esc(n)} :</b> {esc(d)}</p>" for n, d in COMP)}
<h2>6. Conditions d'emploi</h2>
<p>Le/La candidat(e) retenu(e) se verra proposer un contrat d'une durée déterminée de trois ans, renouvelable. Le traitement s'accompagne des indemnités prévues par le Règlement du personnel civil de l'OTAN. Les candidatures doivent être soumises au plus tard le 18 juin 2036 ; une épreuve écrite est prévue le 7 juillet 2036.</p>
</body></html>"""
    sp = path(f"__build/{REF}-nso.html")
    open(sp, "w", encoding="utf-8").write(src)
    pdf = f"{REF}-nso.weasyprint.pdf"
    weasy(sp, pdf); add_row(pdf, REF, "pdf")
    pdftotext(pdf, f"{REF}-nso.weasyprint.pdftotext.txt"); add_row(f"{REF}-nso.weasyprint.pdftotext.txt", REF, "txt")
