# Interregional Coordination Centre (ICC), Yaoundé — EN then FR
# renderings: WeasyPrint PDF (+ dump) and a Gmail forward to a navy alumni list
import textwrap
from common import *

KEY = "icc-vn-2040-07"
REF = "ICC/VN/2040/07"
PN = "ICC-OPS-012"
T = {"en": "Maritime Information Sharing Officer", "fr": "Chargé(e) du partage de l'information maritime"}
O = {"en": "Interregional Coordination Centre", "fr": "Centre interrégional de coordination"}
L = {"en": "Yaoundé, Cameroon", "fr": "Yaoundé (Cameroun)"}
S = {"en": "Full-time", "fr": "Temps plein"}
ESS = {"en": [
    "Advanced university degree (Master's or equivalent) in maritime studies, international relations, information management or a related field.",
    "A first-level university degree combined with two additional years of relevant experience may be accepted in lieu of the advanced degree.",
    "At least five (5) years of experience in maritime domain awareness, in a maritime operations centre or in a naval information cell.",
    "Working knowledge of vessel tracking systems (AIS, LRIT) and of incident reporting procedures at sea.",
    "Fluency in English or French, with a working knowledge of the other language.",
    "Be a national of a Member State of ECCAS or ECOWAS.",
], "fr": [
    "Diplôme universitaire de niveau supérieur (Master ou équivalent) en études maritimes, relations internationales, gestion de l'information ou dans un domaine connexe.",
    "Un diplôme universitaire de premier cycle assorti de deux années supplémentaires d'expérience pertinente peut être accepté à la place du diplôme de niveau supérieur.",
    "Au moins cinq (5) années d'expérience dans la connaissance du domaine maritime, dans un centre d'opérations maritimes ou dans une cellule de renseignement naval.",
    "Bonne connaissance pratique des systèmes de suivi des navires (AIS, LRIT) et des procédures de signalement des incidents en mer.",
    "Maîtrise de l'anglais ou du français et connaissance pratique de l'autre langue.",
    "Être ressortissant(e) d'un État membre de la CEEAC ou de la CEDEAO.",
]}
DES = {"en": [
    "Knowledge of Portuguese.",
    "Experience with regional information-sharing platforms in the Gulf of Guinea.",
], "fr": [
    "Connaissance du portugais.",
    "Expérience des plateformes régionales de partage de l'information dans le golfe de Guinée.",
]}
COMP = {"en": [
    c("Analytical thinking", "turns scattered reports into a clear and timely operational picture."),
    c("Communication", "writes short, accurate alerts for navies and coastguards of both regions."),
    c("Discretion", "handles classified and commercially sensitive information with care."),
    c("Teamwork", "works across language and service boundaries in a multinational watch team."),
], "fr": [
    c("Esprit d'analyse", "transforme des signalements épars en une image opérationnelle claire et à jour."),
    c("Communication", "rédige des alertes brèves et exactes à l'intention des marines et des garde-côtes des deux régions."),
    c("Discrétion", "traite avec soin les informations classifiées et commercialement sensibles."),
    c("Travail en équipe", "collabore par-delà les frontières linguistiques et les services au sein d'une équipe de veille multinationale."),
]}
DUT = {"en": [
    "Collects, validates and collates reports of piracy, armed robbery, illegal fishing and pollution received from the regional and zonal centres.",
    "Maintains the Centre's recognised maritime picture and issues daily and weekly situation summaries.",
    "Administers user accounts and access rights on the regional information-sharing platform.",
    "Prepares statistics and analytical notes for the Executive Director and the annual meeting of senior officials.",
    "Supports exercises, training courses and liaison visits organised with the Member States and partners.",
], "fr": [
    "Recueille, valide et recoupe les signalements de piraterie, de vol à main armée, de pêche illicite et de pollution transmis par les centres régionaux et zonaux.",
    "Tient à jour l'image maritime reconnue du Centre et diffuse des synthèses de situation quotidiennes et hebdomadaires.",
    "Administre les comptes d'utilisateurs et les droits d'accès sur la plateforme régionale de partage de l'information.",
    "Prépare des statistiques et des notes d'analyse pour le Directeur exécutif et la réunion annuelle des hauts responsables.",
    "Appuie les exercices, les formations et les visites de liaison organisés avec les États membres et les partenaires.",
]}
EXP = exp(REF, ["en", "fr"], T, O, L, S, "2040-12-03", sal(amount=2318400, cur="XAF", period="month"),
          grade="P3", clearance="SECRET", post_number=PN,
          req={l: {"essential": ESS[l], "desirable": DES[l]} for l in ("en", "fr")}, comp=COMP)

LAB = {"en": dict(kicker="VACANCY NOTICE", no="No.", issued="Yaoundé, 5 November 2040",
                  rows=[("Post title", T["en"]), ("Post Number", PN), ("Grade", "P3"),
                        ("Organization", O["en"] + " (ICC)"), ("Division", "Operations and Information Sharing"),
                        ("Duty station", L["en"]), ("Type of appointment", "Fixed-term, two (2) years, renewable"),
                        ("Working time", S["en"]), ("Security clearance", "SECRET"),
                        ("Closing date", "3 December 2040, 17:00 (Yaoundé time)")],
                  h=["1. Background", "2. Duties and responsibilities", "3. Qualifications and experience",
                     "4. Competencies", "5. Conditions of service", "6. How to apply"],
                  ess="Essential", des="Desirable",
                  bg="The Interregional Coordination Centre was set up by the Heads of State and Government of ECCAS, ECOWAS and the Gulf of Guinea Commission to coordinate the implementation of the regional strategy for maritime safety and security in Central and West Africa. It links two regional centres and five zonal centres covering the coastline from Senegal to Angola.",
                  lead="Under the supervision of the Head of Operations, the incumbent:",
                  cond="The post carries a monthly gross salary of FCFA 2,318,400, plus a housing allowance and, where applicable, a family allowance and an education grant. The selected candidate must hold, or be able to obtain from his or her State, a national security clearance at the level SECRET before taking up duty.",
                  apply="Applications (cover letter, detailed CV, copies of diplomas and the names of three referees) must reach the Human Resources Unit by e-mail at recruitment@icc-gog.example no later than 3 December 2040 at 17:00, Yaoundé time. Only short-listed candidates will be contacted; interviews are planned for the week of 14 January 2041. Women are strongly encouraged to apply."),
       "fr": dict(kicker="AVIS DE VACANCE DE POSTE", no="N°", issued="Yaoundé, le 5 novembre 2040",
                  rows=[("Intitulé du poste", T["fr"]), ("Numéro du poste", PN), ("Grade", "P3"),
                        ("Organisation", O["fr"] + " (CIC)"), ("Division", "Opérations et partage de l'information"),
                        ("Lieu d'affectation", L["fr"]), ("Type de nomination", "Durée déterminée, deux (2) ans, renouvelable"),
                        ("Temps de travail", S["fr"]), ("Habilitation de sécurité", "SECRET"),
                        ("Date limite", "3 décembre 2040, 17 h 00 (heure de Yaoundé)")],
                  h=["1. Contexte", "2. Fonctions et responsabilités", "3. Qualifications et expérience",
                     "4. Compétences", "5. Conditions d'emploi", "6. Candidature"],
                  ess="Exigences", des="Atouts",
                  bg="Le Centre interrégional de coordination a été créé par les Chefs d'État et de Gouvernement de la CEEAC, de la CEDEAO et de la Commission du golfe de Guinée pour coordonner la mise en œuvre de la stratégie régionale de sûreté et de sécurité maritimes en Afrique centrale et de l'Ouest. Il relie deux centres régionaux et cinq centres zonaux couvrant le littoral du Sénégal à l'Angola.",
                  lead="Sous la supervision du Chef des opérations, le/la titulaire :",
                  cond="Le poste est assorti d'un salaire brut mensuel de 2 318 400 FCFA, auquel s'ajoutent une indemnité de logement et, le cas échéant, des allocations familiales et une allocation pour frais d'études. La personne retenue doit détenir, ou pouvoir obtenir de son État, une habilitation de sécurité nationale de niveau SECRET avant sa prise de fonctions.",
                  apply="Les candidatures (lettre de motivation, CV détaillé, copies des diplômes et noms de trois référents) doivent parvenir à l'Unité des ressources humaines par courriel à recruitment@icc-gog.example au plus tard le 3 décembre 2040 à 17 h 00, heure de Yaoundé. Seul(e)s les candidat(e)s présélectionné(e)s seront contacté(e)s ; les entretiens sont prévus la semaine du 14 janvier 2041. Les candidatures féminines sont vivement encouragées.")}


def weasy_html():
    parts = ["""<!DOCTYPE html><html><head><meta charset="utf-8"><style>
@page { size: A4; margin: 18mm 18mm 20mm 18mm;
  @bottom-center { content: "ICC / CIC – " counter(page) " / " counter(pages); font-size: 8pt; color: #555; } }
body { font-family: 'DejaVu Serif', serif; font-size: 10pt; line-height: 1.35; }
.lh { display: flex; justify-content: space-between; border-bottom: 2px solid #0b3d6b; padding-bottom: 4px; font-size: 8.5pt; }
.lh div { width: 32%; } .lh .mid { text-align: center; font-weight: bold; color: #0b3d6b; }
h1 { text-align: center; font-size: 14pt; letter-spacing: 1px; margin: 14px 0 2px; }
.no { text-align: center; font-weight: bold; } .iss { text-align: right; font-style: italic; font-size: 9pt; }
table { border-collapse: collapse; width: 100%; margin: 8px 0; } td { border: 1px solid #999; padding: 3px 6px; vertical-align: top; }
td.l { width: 34%; background: #e8eef5; font-weight: bold; }
h2 { font-size: 11pt; color: #0b3d6b; margin: 10px 0 4px; } h3 { font-size: 10pt; margin: 6px 0 2px; }
.nw { white-space: nowrap; } section.fr { page-break-before: always; }
</style></head><body>"""]
    for l in ("en", "fr"):
        d = LAB[l]
        parts.append(f'<section class="{l}"><div class="lh"><div>ECCAS · ECOWAS · GGC<br>CEEAC · CEDEAO · CGG</div>'
                     f'<div class="mid">INTERREGIONAL COORDINATION CENTRE<br>CENTRE INTERRÉGIONAL DE COORDINATION</div>'
                     f'<div style="text-align:right">B.P. 1180 Yaoundé<br>Cameroon / Cameroun</div></div>')
        parts.append(f'<p class="iss">{esc(d["issued"])}</p><h1>{d["kicker"]}</h1>'
                     f'<p class="no">{d["no"]} <span class="nw">{REF}</span></p><table>')
        for k, v in d["rows"]:
            parts.append(f'<tr><td class="l">{esc(k)}</td><td><span class="nw">{esc(nb(v))}</span></td></tr>'
                         if k in ("Post Number", "Numéro du poste") else
                         f'<tr><td class="l">{esc(k)}</td><td>{esc(nb(v))}</td></tr>')
        parts.append("</table>")
        h = d["h"]
        parts.append(f'<h2>{h[0]}</h2><p>{esc(d["bg"])}</p><h2>{h[1]}</h2><p>{esc(d["lead"])}</p><ul>')
        parts += [f"<li>{esc(x)}</li>" for x in DUT[l]]
        parts.append(f'</ul><h2>{h[2]}</h2><h3>{d["ess"]}</h3><ul>')
        parts += [f"<li>{esc(nb(x))}</li>" for x in ESS[l]]
        parts.append(f'</ul><h3>{d["des"]}</h3><ul>')
        parts += [f"<li>{esc(nb(x))}</li>" for x in DES[l]]
        parts.append(f'</ul><h2>{h[3]}</h2><ul>')
        parts += [f"<li><b>{esc(x['name'])}</b> – {esc(nb(x['description']))}</li>" for x in COMP[l]]
        parts.append(f'</ul><h2>{h[4]}</h2><p>{esc(d["cond"])}</p><h2>{h[5]}</h2><p>{esc(d["apply"])}</p></section>')
    parts.append("</body></html>")
    return "".join(parts)


def wrap(s, ind=""):
    return textwrap.fill(s, 74, initial_indent=ind, subsequent_indent=" " * len(ind),
                         break_on_hyphens=False, break_long_words=False)


def gmail():
    o = ["---------- Forwarded message ---------",
         "From: Cdr (rtd) Aimé Ngono <a.ngono@navalalumni-gog.example>",
         "Date: Wed, 7 Nov 2040 at 09:14",
         "Subject: Fwd: ICC Yaoundé – vacancy notice ICC/VN/2040/07 / avis de vacance",
         "To: <alumni-list@navalalumni-gog.example>", "",
         "Dear all / Chers tous,", "",
         wrap("Please find below the text of the ICC notice for those who cannot open the PDF on their phones. "
              "Our quarterly video call remains on Thursday 22 November at 18:00."), "",
         wrap("Veuillez trouver ci-dessous le texte de l'avis du CIC. La réunion trimestrielle en visio est "
              "maintenue le jeudi 22 novembre à 18 h."), "",
         "Aimé", "", "-" * 72, ""]
    for l in ("en", "fr"):
        d = LAB[l]
        o += [d["kicker"] + "  " + d["no"] + " " + REF, ""]
        for k, v in d["rows"]:
            o.append(wrap(f"{k}: {v}"))
        o.append("")
        o += [d["h"][1].split(". ", 1)[1].upper()]
        o += [wrap(x, "- ") for x in DUT[l]]
        o += ["", d["h"][2].split(". ", 1)[1].upper(), d["ess"] + ":"]
        o += [wrap(x, "- ") for x in ESS[l]]
        o += [d["des"] + ":"] + [wrap(x, "- ") for x in DES[l]]
        o += ["", d["h"][3].split(". ", 1)[1].upper()]
        o += [wrap(f"{x['name']} – {x['description']}", "- ") for x in COMP[l]]
        o += ["", wrap(d["cond"]), "", wrap(d["apply"]), "", "-" * 72, ""]
    o += ["--", "Gulf of Guinea Naval Alumni Network – to unsubscribe, reply STOP.", ""]
    return "\n".join(o)


def build():
    expected(KEY, EXP)
    src = os.path.join(BUILD, "icc.html")
    open(src, "w", encoding="utf-8").write(weasy_html())
    weasy(src, f"{KEY}-icc.weasyprint.pdf", KEY)
    out(f"{KEY}-gmail-forward.txt", gmail(), KEY)
