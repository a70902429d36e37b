"""Luxembourg Business Registers (Luxembourg agency, GIE), FR then EN page + Chromium PDF."""
from common import *

KEY = "lbr-rec-2044-07"
REF = "LBR/REC/2044/07"
T_FR = "Juriste – registre de commerce et des sociétés (m/f/x)"
T_EN = "Legal Officer – Trade and Companies Register (m/f/x)"
O = "Luxembourg Business Registers"
LOC = "Luxembourg-Kirchberg"
S_FR = "40 heures par semaine"
S_EN = "40 hours per week"
ESS_FR = [
    "Master en droit, de préférence avec une spécialisation en droit des sociétés",
    "Au moins trois ans d'expérience professionnelle dans une étude d'avocats, une fiduciaire ou un service juridique",
    "Excellente maîtrise du français et bonne connaissance de l'anglais ou de l'allemand",
    "Aisance avec les outils bureautiques et les bases de données",
]
DES_FR = [
    "Connaissance de la législation relative au registre de commerce et des sociétés",
    "Connaissance du luxembourgeois",
]
ESS_EN = [
    "Master's degree in law, preferably with a specialisation in company law",
    "At least three years of professional experience in a law firm, a fiduciary or an in-house legal department",
    "Excellent command of French and good knowledge of English or German",
    "Ease with office software and databases",
]
DES_EN = [
    "Knowledge of the legislation on the Trade and Companies Register",
    "Knowledge of Luxembourgish",
]
C_FR = [("Rigueur juridique", "vous motivez chaque refus de dépôt par une base légale claire."),
        ("Orientation client", "vous expliquez les règles aux déposants dans un langage simple."),
        ("Esprit d'équipe", "vous partagez vos analyses avec les autres juristes du service.")]
C_EN = [("Legal rigour", "you support every rejected filing with a clear legal basis."),
        ("Client focus", "you explain the rules to filers in plain language."),
        ("Team spirit", "you share your analyses with the other lawyers of the unit.")]


def half(lang):
    fr = lang == "fr"
    T, S, ESS, DES, C = (T_FR, S_FR, ESS_FR, DES_FR, C_FR) if fr else (T_EN, S_EN, ESS_EN, DES_EN, C_EN)
    lab = (["Référence", "Employeur", "Lieu de travail", "Type de contrat", "Durée de travail", "Date d'entrée", "Délai de candidature"]
           if fr else ["Reference", "Employer", "Place of work", "Contract", "Working hours", "Start date", "Application deadline"])
    val = [REF, O, LOC, "CDI" if fr else "Permanent contract (CDI)", S,
           "1er janvier 2045" if fr else "1 January 2045", "09.10.2044"]
    dl = "".join(f"<dt>{a}</dt><dd>{b}</dd>" for a, b in zip(lab, val))
    if fr:
        intro = ("Luxembourg Business Registers (LBR) est un groupement d'intérêt économique qui gère le registre de "
                 "commerce et des sociétés, le registre des bénéficiaires effectifs et la plateforme électronique de "
                 "publication des actes. Pour renforcer son service juridique, LBR recrute un")
        mission = ["contrôler la conformité des dépôts et des modifications transmis par les sociétés et leurs mandataires",
                   "rédiger des avis juridiques et des réponses aux demandes des déposants",
                   "participer à l'actualisation des formulaires et des guides pratiques",
                   "assurer une veille sur la jurisprudence et les évolutions du droit des sociétés"]
        heads = ("Vos missions", "Votre profil", "Atouts", "Vos compétences", "Nous offrons", "Candidature")
        offer = ("Un contrat à durée indéterminée, un horaire mobile, des chèques-repas, une assurance complémentaire "
                 "et un plan de formation. Le salaire est fixé selon la grille interne de LBR.")
        apply = ("Merci d'envoyer votre lettre de motivation et votre CV en mentionnant la référence "
                 f"{REF} au plus tard le 9 octobre 2044 via notre formulaire en ligne. Les entretiens auront lieu "
                 "dans la semaine du 20 octobre 2044.")
    else:
        intro = ("Luxembourg Business Registers (LBR) is an economic interest grouping that manages the Trade and "
                 "Companies Register, the Register of Beneficial Owners and the electronic platform for the "
                 "publication of deeds. To strengthen its legal unit, LBR is recruiting a")
        mission = ["review the compliance of filings and amendments submitted by companies and their agents",
                   "draft legal opinions and replies to questions from filers",
                   "take part in updating forms and practical guides",
                   "follow case law and developments in company law"]
        heads = ("Your tasks", "Your profile", "Assets", "Your skills", "We offer", "How to apply")
        offer = ("A permanent contract, flexible working hours, meal vouchers, supplementary health insurance and a "
                 "training plan. The salary is set according to LBR's internal grid.")
        apply = ("Please send your cover letter and CV quoting reference "
                 f"{REF} by 9 October 2044 at the latest through our online form. Interviews will take place "
                 "during the week of 20 October 2044.")
    return f"""<section lang="{lang}" class="{'fr' if fr else 'en'}">
<p class="kicker">{'Offre d’emploi' if fr else 'Job offer'}</p>
<p>{intro}</p>
<h1>{T}</h1>
<dl class="facts">{dl}</dl>
<h2>{heads[0]}</h2><ul>{''.join(f'<li>{m}</li>' for m in mission)}</ul>
<h2>{heads[1]}</h2><ul>{''.join(f'<li>{e}</li>' for e in ESS)}</ul>
<h3>{heads[2]}</h3><ul>{''.join(f'<li>{e}</li>' for e in DES)}</ul>
<h2>{heads[3]}</h2>{''.join(f'<p><b>{n}</b> – {d}</p>' for n, d in C)}
<h2>{heads[4]}</h2><p>{offer}</p>
<h2>{heads[5]}</h2><p>{apply}</p>
</section>"""


def build():
    html = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{T_FR} | LBR</title>
<style>
body {{ font-family: 'Liberation Sans', sans-serif; font-size: 10.5pt; margin: 1.2cm 1.6cm; }}
header {{ border-bottom: 4px solid #00a3d9; padding-bottom: 4pt; }}
.kicker {{ text-transform: uppercase; color: #00a3d9; font-weight: bold; letter-spacing: .15em; }}
.facts {{ display: grid; grid-template-columns: 32% 68%; border-left: 4px solid #00a3d9; padding-left: 8pt; }}
.facts dt {{ font-weight: bold; }} .facts dd {{ margin: 0; }}
.en {{ break-before: page; }}
</style></head><body>
<header><b>LBR</b> Luxembourg Business Registers &nbsp; | &nbsp; RCS · RBE · eRCS &nbsp; | &nbsp; <a href="#">FR</a> <a href="#">EN</a> <a href="#">DE</a></header>
<p class="crumbs">Accueil › Carrières › Offres d'emploi</p>
{half("fr")}
<hr>
{half("en")}
<footer><p>© Luxembourg Business Registers, GIE · Mentions légales · Protection des données</p></footer>
</body></html>"""
    name = KEY + "-lbr.html"
    write(name, html, KEY)
    chromium(name, KEY)
    expected(KEY, reference=REF, languages=["fr", "en"], title=L(T_EN, T_FR), organisation=L(O, O),
             location=L(LOC, LOC), schedule=L(S_EN, S_FR), deadline="2044-10-09", salary=None,
             requirements=L(req(ESS_EN, DES_EN), req(ESS_FR, DES_FR)),
             competencies=L(comps(C_EN), comps(C_FR)))
