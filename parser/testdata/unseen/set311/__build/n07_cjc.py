from common import *

KEY = "cjc-gc-av-2043-04"
REF = "CJC/GC/AV/2043/04"
PN = "CJC-DRJ-P3-02"
T = {"fr": "Référendaire (juriste-chercheur)", "en": "Judicial Research Officer"}
ORG = {"fr": "Cour de Justice de la Communauté Économique et Monétaire de l'Afrique Centrale (CJ-CEMAC)",
       "en": "Court of Justice of the Central African Economic and Monetary Community (CJ-CEMAC)"}
LOC = {"fr": "Siège de la Cour, N'Djamena, Tchad", "en": "Seat of the Court, N'Djamena, Chad"}
SCH = {"fr": "Temps plein, 40 heures par semaine", "en": "Full time, 40 hours per week"}
GRADE = "P3"
SAL = {"fr": "Traitement annuel de base : 21 600 000 FCFA (XAF), hors indemnités de logement et de famille",
       "en": "XAF 21,600,000 per year (base salary), excluding housing and family allowances"}
CLOSE = {"fr": "mardi 29 septembre 2043 à 15 h 30 (heure de N'Djamena)", "en": "Tuesday, 29 September 2043 at 15:30 (N'Djamena time)"}
ESS = {"fr": ["Être ressortissant(e) de l'un des six États membres de la CEMAC ;",
              "Être titulaire d'un master 2 ou d'un doctorat en droit communautaire, en droit des affaires ou en droit international ;",
              "Justifier d'au moins cinq ans d'expérience en juridiction, au barreau ou dans la recherche juridique ;",
              "Parler et écrire couramment le français et l'anglais."],
       "en": ["Be a national of one of the six CEMAC member States;",
              "Hold a second-year master's degree or a doctorate in Community law, business law or international law;",
              "Have at least five years' experience in a court, at the bar or in legal research;",
              "Speak and write French and English fluently."]}
DES = {"fr": ["Une connaissance de la jurisprudence OHADA ;", "Une expérience de la rédaction de notes de doctrine."],
       "en": ["Knowledge of OHADA case law;", "Experience in drafting legal commentaries."]}
COMP = {"fr": [("Rigueur juridique", "fonder chaque analyse sur les textes et la jurisprudence"),
               ("Impartialité", "respecter strictement le secret du délibéré"),
               ("Capacité rédactionnelle", "produire des notes claires dans les deux langues de travail")],
        "en": [("Legal rigour", "grounds each analysis in the texts and the case law"),
               ("Impartiality", "strictly respects the secrecy of deliberations"),
               ("Drafting skills", "writes clear notes in both working languages")]}
DUT = {"fr": ["préparer les notes de recherche sur les affaires inscrites au rôle ;",
              "rédiger des projets d'ordonnances et de motifs sous la direction du juge rapporteur ;",
              "tenir à jour la base de jurisprudence de la Cour et ses index ;",
              "participer à l'organisation des audiences et des séminaires de la Cour."],
       "en": ["prepare research notes on the cases entered on the docket;",
              "draft orders and reasons under the direction of the judge rapporteur;",
              "keep the Court's case law database and its indexes up to date;",
              "help organise the hearings and seminars of the Court."]}

expected(KEY, reference=REF, post_number=PN, languages=["fr", "en"], title=T, organisation=ORG, location=LOC,
         schedule=SCH, deadline="2043-09-29", salary=sal(amount=21600000, cur="XAF", per="year"), grade=GRADE,
         clearance=None, requirements={l: (ESS[l], DES[l]) for l in ("en", "fr")}, competencies=COMP)

LAB = {"fr": ["Avis de vacance n°", "Numéro du poste", "Intitulé du poste", "Institution", "Service", "Lieu d'affectation",
              "Temps de travail", "Grade", "Rémunération", "Date limite de candidature"],
       "en": ["Vacancy notice No.", "Post number", "Position title", "Institution", "Service", "Duty station",
              "Working time", "Grade", "Remuneration", "Closing date"]}
SERV = {"fr": "Direction de la Recherche et de la Documentation juridiques", "en": "Legal Research and Documentation Directorate"}
def vals(l):
    return [REF, PN, T[l], ORG[l], SERV[l], LOC[l], SCH[l], GRADE, SAL[l], CLOSE[l]]
TXT = {"fr": dict(h="AVIS DE VACANCE DE POSTE", intro="La Cour de Justice de la CEMAC, juridiction communautaire chargée d'assurer le respect du droit dans l'interprétation et l'application des traités, lance un avis de vacance pour le poste suivant.",
                  d="1. Fonctions", r="2. Qualifications requises", lead="Les candidat(e)s doivent :", a="Constituent des atouts :",
                  c="3. Compétences", p="4. Candidature", pt="Les dossiers (lettre, CV, copies des diplômes, formulaire de la Cour) sont adressés au Greffier en chef par courriel à recrutement@cj-cemac.example. Un test écrit aura lieu le 20 octobre 2043. Les candidatures féminines sont encouragées."),
       "en": dict(h="VACANCY ANNOUNCEMENT", intro="The Court of Justice of CEMAC, the Community court that ensures the law is observed in the interpretation and application of the treaties, announces the following vacancy.",
                  d="1. Duties", r="2. Required qualifications", lead="Candidates must:", a="The following are assets:",
                  c="3. Competencies", p="4. Applications", pt="Applications (letter, CV, copies of diplomas, Court form) are sent to the Chief Registrar by e-mail to recrutement@cj-cemac.example. A written test will take place on 20 October 2043. Women are encouraged to apply.")}

def lo_half(l):
    x = TXT[l]; sep = " : " if l == "fr" else ": "
    rows = "".join(f"<tr><td width=35%><b>{a}</b></td><td>{b}</td></tr>" for a, b in zip(LAB[l], vals(l)))
    return f"""<h2 align=center>{x['h']}</h2><p>{x['intro']}</p>
<table border=1 cellpadding=4 cellspacing=0 width=100%>{rows}</table>
<h3>{x['d']}</h3><ul>{''.join('<li>' + d + '</li>' for d in DUT[l])}</ul>
<h3>{x['r']}</h3><p>{x['lead']}</p><ol>{''.join('<li>' + d + '</li>' for d in ESS[l])}</ol>
<p>{x['a']}</p><ul>{''.join('<li>' + d + '</li>' for d in DES[l])}</ul>
<h3>{x['c']}</h3>{''.join('<p><b>%s</b>%s%s</p>' % (n, sep, ds) for n, ds in COMP[l])}
<h3>{x['p']}</h3><p>{x['pt']}</p>"""

src = f"""<html><head><meta charset="utf-8"><style>body{{font-family:'Liberation Serif';font-size:11pt}}</style></head><body>
<table width=100% border=0><tr><td width=50%><b>COMMUNAUTÉ ÉCONOMIQUE ET MONÉTAIRE DE L'AFRIQUE CENTRALE</b><br>COUR DE JUSTICE<br>Greffe central</td>
<td align=right><b>CENTRAL AFRICAN ECONOMIC AND MONETARY COMMUNITY</b><br>COURT OF JUSTICE<br>N'Djamena, le 25 août 2043</td></tr></table>
<hr>
{lo_half('fr')}
<p style="page-break-before: always"></p>
{lo_half('en')}
<hr><p align=center><font size=2>CJ-CEMAC · B.P. 0000 N'Djamena (adresse fictive) · www.cj-cemac.example</font></p>
</body></html>"""
p = wb("cjc-avis.html", src)
pdf_libreoffice(p, KEY + "-avis.libreoffice.pdf", KEY)

def web_half(l):
    x = TXT[l]; sep = " : " if l == "fr" else ": "
    items = "".join(f'<li><span class="k">{a}</span> {b}</li>' for a, b in zip(LAB[l], vals(l)))
    return f"""<section lang="{l}" id="{l}"><h2>{T[l]}</h2><p class="lead">{x['intro']}</p>
<ul class="facts">{items}</ul>
<h3>{x['d'][3:]}</h3><ul>{''.join('<li>' + d + '</li>' for d in DUT[l])}</ul>
<h3>{x['r'][3:]}</h3><p>{x['lead']}</p><ul class="req">{''.join('<li>' + d + '</li>' for d in ESS[l])}</ul>
<p>{x['a']}</p><ul class="req">{''.join('<li>' + d + '</li>' for d in DES[l])}</ul>
<h3>{x['c'][3:]}</h3><ul class="plain">{''.join('<li><i>%s</i>%s%s</li>' % (n, sep, ds) for n, ds in COMP[l])}</ul>
<h3>{x['p'][3:]}</h3><p>{x['pt']}</p></section>"""

web = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Recrutement – CJ-CEMAC</title>
<style>body{{font-family:Georgia,serif;margin:0}} .top{{background:#14365d;color:#fff;padding:10px 20px}}
.top a{{color:#fff;margin-left:12px}} main{{display:flex}} .side{{width:220px;background:#eef2f7;padding:14px;font-size:13px}}
.content{{flex:1;padding:14px 24px}} ul.facts{{list-style:none;padding:0}} ul.facts li{{padding:3px 0;border-bottom:1px dotted #aab}}
span.k{{display:inline-block;width:230px;font-weight:bold}} ul.plain{{list-style:none;padding-left:0}}
ul.req{{list-style-type:'» '}} footer{{background:#14365d;color:#ccd;font-size:12px;padding:10px 20px}}</style></head><body>
<div class="top"><b>CJ-CEMAC</b> – Cour de Justice · Court of Justice <a href="#fr">Français</a> | <a href="#en">English</a></div>
<main><div class="side"><p><b>Menu</b></p><p>La Cour</p><p>Jurisprudence</p><p>Audiences</p><p><b>Recrutement</b></p><p>Marchés publics</p>
<p><b>Actualités</b></p><p>03/09/2043 – Audience solennelle de rentrée judiciaire</p><p>10/09/2043 – Séminaire sur le contentieux de la concurrence</p></div>
<div class="content"><p style="font-size:12px">Accueil › Recrutement › Avis de vacance › {REF}</p>
{web_half('fr')}
<hr>
{web_half('en')}
</div></main>
<footer>© 2043 Cour de Justice de la CEMAC · N'Djamena · Publié le 25/08/2043 · Posted on 25/08/2043</footer></body></html>"""
w(KEY + "-cjcemac.html", web, KEY)
save_rows("n07")
