from common import *
import subprocess, shutil, os
K = "abv-de-daf-avp-2033-04"
REF = "ABV/DE/DAF/AVP/2033-04"
FR = dict(
 rows=[("Intitulé du poste", "Expert en Hydrologie et Systèmes d'Information"),
       ("Organisation", "Autorité du Bassin de la Volta (ABV)"),
       ("Direction", "Observatoire du Bassin de la Volta"),
       ("Lieu d'affectation", "Ouagadougou, Burkina Faso"),
       ("Catégorie", "P3"),
       ("Type de contrat", "Contrat à durée déterminée de trois (3) ans, renouvelable"),
       ("Temps de travail", "Temps plein"),
       ("Rémunération", "Salaire annuel de base : 28 800 000 FCFA (XOF), hors indemnités de logement et de transport"),
       ("Date limite de dépôt", "14 octobre 2033 à 17 h 00 TU")],
 ess=["Être ressortissant(e) de l'un des six États membres de l'ABV ;",
      "être titulaire d'un diplôme de niveau master (Bac+5) en hydrologie, en hydraulique ou en sciences de l'eau ;",
      "justifier d'au moins sept (7) années d'expérience professionnelle dans le suivi hydrologique ou la gestion de bases de données sur l'eau ;",
      "maîtriser les systèmes d'information géographique et au moins un logiciel de modélisation hydrologique ;",
      "avoir une excellente maîtrise de l'une des langues de travail (français ou anglais) et une bonne connaissance de l'autre."],
 des=["Une expérience dans un organisme de bassin transfrontalier ;",
      "la connaissance des outils de télédétection appliqués aux ressources en eau."],
 comp=[("Travail en équipe", "collabore avec les points focaux nationaux et les partenaires techniques."),
       ("Rigueur scientifique", "valide les données avant leur diffusion."),
       ("Sens de la pédagogie", "forme les agents des services hydrologiques nationaux.")],
)
EN = dict(
 rows=[("Position title", "Hydrology and Information Systems Expert"),
       ("Organisation", "Volta Basin Authority (VBA)"),
       ("Department", "Volta Basin Observatory"),
       ("Duty station", "Ouagadougou, Burkina Faso"),
       ("Grade", "P3"),
       ("Contract", "Three-year fixed-term contract, renewable"),
       ("Working time", "Full-time"),
       ("Remuneration", "Annual base salary: XOF 28,800,000, excluding housing and transport allowances"),
       ("Closing date", "14 October 2033 at 5:00 p.m. GMT")],
 ess=["Be a national of one of the six Member States of the VBA;",
      "hold a master's degree in hydrology, hydraulics or water sciences;",
      "have at least seven (7) years of professional experience in hydrological monitoring or water database management;",
      "be proficient in geographic information systems and in at least one hydrological modelling software;",
      "have an excellent command of one of the working languages (French or English) and a good knowledge of the other."],
 des=["Experience in a transboundary basin organisation;",
      "knowledge of remote sensing tools applied to water resources."],
 comp=[("Teamwork", "works with national focal points and technical partners."),
       ("Scientific rigour", "validates data before they are released."),
       ("Teaching skills", "trains staff of the national hydrological services.")],
)
exp = {"_key": K, "reference": REF, "post_number": None, "languages": ["fr", "en"],
 "title": {"en": EN["rows"][0][1], "fr": FR["rows"][0][1]},
 "organisation": {"en": "Volta Basin Authority (VBA)", "fr": "Autorité du Bassin de la Volta (ABV)"},
 "location": {"en": "Ouagadougou, Burkina Faso", "fr": "Ouagadougou, Burkina Faso"},
 "schedule": {"en": "Full-time", "fr": "Temps plein"},
 "deadline": "2033-10-14", "salary": salary(amount=28800000, cur="XOF", period="year"), "grade": "P3", "clearance": None,
 "requirements": {"en": {"essential": EN["ess"], "desirable": EN["des"]}, "fr": {"essential": FR["ess"], "desirable": FR["des"]}},
 "competencies": {"en": comp(EN["comp"]), "fr": comp(FR["comp"])}}
expected(exp)

FR_TXT = dict(
 head="AVIS DE VACANCE DE POSTE", no="N° " + REF,
 intro="L'Autorité du Bassin de la Volta (ABV), organisation intergouvernementale créée par le Bénin, le Burkina Faso, la Côte d'Ivoire, le Ghana, le Mali et le Togo, lance un appel à candidatures pour pourvoir le poste suivant au sein de sa Direction Exécutive à Ouagadougou.",
 s_ctx="1. Contexte",
 ctx="L'Observatoire du Bassin de la Volta collecte, valide et diffuse les données hydrologiques, climatiques et socio-économiques du bassin. Il appuie les États membres dans la prévision des crues, la gestion des barrages et le suivi de la qualité de l'eau. Le renforcement de son système d'information régional est une priorité du plan stratégique 2032-2036.",
 s_att="2. Attributions",
 att=["Administrer la base de données hydrologique régionale et en assurer la qualité ;",
      "coordonner la collecte des données auprès des services nationaux ;",
      "produire les bulletins hydrologiques mensuels et les rapports de situation en période de crue ;",
      "développer des tableaux de bord et des cartes à l'intention des décideurs ;",
      "contribuer à la formation des agents des États membres."],
 s_req="3. Qualifications et expérience requises", lead="Le (la) candidat(e) doit :",
 s_des="4. Qualifications souhaitées", s_comp="5. Compétences",
 s_dos="6. Dossier de candidature",
 dos="Le dossier comprend une lettre de motivation adressée au Directeur Exécutif, un curriculum vitae détaillé, les copies des diplômes et attestations de travail, et un certificat de nationalité. Il doit parvenir par voie électronique au plus tard le vendredi 14 octobre 2033 à 17 h 00 TU. Seul(e)s les candidat(e)s présélectionné(e)s seront contacté(e)s pour un entretien prévu en novembre 2033. Les candidatures féminines sont vivement encouragées.",
 sign="Fait à Ouagadougou, le 16 septembre 2033\nLe Directeur Exécutif")
EN_TXT = dict(
 head="VACANCY ANNOUNCEMENT", no="No. " + REF,
 intro="The Volta Basin Authority (VBA), an intergovernmental organisation established by Benin, Burkina Faso, Côte d'Ivoire, Ghana, Mali and Togo, invites applications for the following position within its Executive Directorate in Ouagadougou.",
 s_ctx="1. Background",
 ctx="The Volta Basin Observatory collects, validates and disseminates hydrological, climate and socio-economic data on the basin. It supports Member States in flood forecasting, dam management and water quality monitoring. Strengthening its regional information system is a priority of the 2032-2036 strategic plan.",
 s_att="2. Duties",
 att=["Administer the regional hydrological database and ensure its quality;",
      "coordinate data collection with national services;",
      "produce monthly hydrological bulletins and situation reports during floods;",
      "develop dashboards and maps for decision-makers;",
      "contribute to the training of Member States' staff."],
 s_req="3. Required qualifications and experience", lead="The candidate must:",
 s_des="4. Desirable qualifications", s_comp="5. Competencies",
 s_dos="6. Application",
 dos="Applications shall include a cover letter addressed to the Executive Director, a detailed curriculum vitae, copies of degrees and work certificates, and a certificate of nationality. They must be sent by e-mail no later than Friday 14 October 2033 at 5:00 p.m. GMT. Only shortlisted candidates will be contacted for an interview scheduled for November 2033. Women are strongly encouraged to apply.",
 sign="Done at Ouagadougou, 16 September 2033\nThe Executive Director")

def html_half(L, T, lang, brk):
    rows = "\n".join(f'<tr><td width="32%"><b>{a}</b></td><td>{b}</td></tr>' for a, b in L["rows"])
    ul = lambda xs: "<ol type=\"a\">" + "".join(f"<li>{x}</li>" for x in xs) + "</ol>"
    bl = lambda xs: "<ul>" + "".join(f"<li>{x}</li>" for x in xs) + "</ul>"
    comps = "<ul>" + "".join(f"<li><b>{n}{' :' if lang=='fr' else ':'}</b> {d}</li>" for n, d in L["comp"]) + "</ul>"
    sign = T["sign"].replace("\n", "<br>")
    return f"""<div lang="{lang}">
<p align="center"{' style="page-break-before: always"' if brk else ''}><b>AUTORITÉ DU BASSIN DE LA VOLTA</b><br><b>VOLTA BASIN AUTHORITY</b><br>Bénin – Burkina Faso – Côte d'Ivoire – Ghana – Mali – Togo</p>
<p align="center"><b><u>{T['head']}</u></b><br>{T['no']}</p>
<p>{T['intro']}</p>
<table border="1" cellpadding="4" cellspacing="0" width="100%">
{rows}
</table>
<p><b>{T['s_ctx']}</b></p><p>{T['ctx']}</p>
<p><b>{T['s_att']}</b></p>{bl(T['att'])}
<p><b>{T['s_req']}</b></p><p>{T['lead']}</p>{ul(L['ess'])}
<p><b>{T['s_des']}</b></p>{bl(L['des'])}
<p><b>{T['s_comp']}</b></p>{comps}
<p><b>{T['s_dos']}</b></p><p>{T['dos']}</p>
<p align="right">{sign}</p>
</div>"""

src = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{REF}</title>
<style>body {{ font-family: 'Liberation Serif', serif; font-size: 11pt; }}</style></head><body>
{html_half(FR, FR_TXT, 'fr', False)}
{html_half(EN, EN_TXT, 'en', True)}
</body></html>"""
here = os.path.dirname(os.path.abspath(__file__))
p = os.path.join(here, K + "-abv.html")
open(p, "w", encoding="utf-8").write(src)
out = os.path.join(here, "lo")
os.makedirs(out, exist_ok=True)
subprocess.run(["soffice", "--headless", "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export", "--outdir", out, p], check=True, capture_output=True)
pdf = os.path.join(ROOT, K + "-abv.libreoffice.pdf")
shutil.copy(os.path.join(out, K + "-abv.pdf"), pdf)
txt = subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"], capture_output=True, check=True).stdout.decode()
write(K + "-abv.libreoffice.pdftotext.txt", txt)

def text_half(L, T, lang):
    out = ["AUTORITÉ DU BASSIN DE LA VOLTA", "VOLTA BASIN AUTHORITY", "Bénin – Burkina Faso – Côte d'Ivoire – Ghana – Mali – Togo", "",
           T["head"], T["no"], "", T["intro"], ""]
    out += [f"{a}\t{b}" for a, b in L["rows"]]
    out += ["", T["s_ctx"], T["ctx"], "", T["s_att"]] + [f"\u2022\t{x}" for x in T["att"]]
    out += ["", T["s_req"], T["lead"]] + [f"{c})\t{x}" for c, x in zip("abcdefg", L["ess"])]
    out += ["", T["s_des"]] + [f"\u2022\t{x}" for x in L["des"]]
    out += ["", T["s_comp"]] + [f"\u2022\t{n}{' :' if lang=='fr' else ':'} {d}" for n, d in L["comp"]]
    out += ["", T["s_dos"], T["dos"], "", T["sign"]]
    return "\n".join(out)

mail = f"""From: Kofi Asante-Mensah (fictitious) <vba.focalpoint@wrc-gh.example>
Sent: Wednesday, September 21, 2033 9:14 AM
To: hydro-network-westafrica@lists.example
Cc: vba-secretariat@abv-vba.example
Subject: FW: VBA vacancy / Avis de vacance ABV - Hydrology and Information Systems Expert (P3)

Dear colleagues,

Please find below, for wide circulation in your networks, the vacancy announcement received from the VBA Executive Directorate. Note that the closing date is 14 October and that applications go directly to the Authority, not to the national focal point.

Best regards,
Kofi
National Focal Point (VBA) - Ghana
Tel: +233 30 000 0000 (fictitious)

-----Original Message-----
From: Recrutement ABV <recrutement@abv-vba.example>
Sent: Monday, September 19, 2033 4:52 PM
To: Points focaux nationaux ABV <pfn@abv-vba.example>
Subject: Avis de vacance de poste N° {REF} / Vacancy announcement No. {REF}

Mesdames et Messieurs les Points focaux,
Veuillez trouver ci-dessous l'avis de vacance de poste (version française suivie de la version anglaise) pour diffusion.

{text_half(FR, FR_TXT, 'fr')}

________________________________________

{text_half(EN, EN_TXT, 'en')}

________________________________________
Ce message et ses pièces jointes sont confidentiels. / This message and its attachments are confidential.
Pièce jointe / Attachment: AVP_{REF.replace('/', '_')}.pdf (412 Ko)
"""
write(K + "-email.txt", mail)
