from common import *
import html as H
KEY = "CCASCOE-EMP-2035-04"
T_FR = "Analyste des politiques (Adaptation des infrastructures militaires)"
T_EN = "Policy Analyst (Military Infrastructure Adaptation)"
O_FR = "Centre d'excellence pour les changements climatiques et la sécurité (CCASCOE)"
O_EN = "Climate Change and Security Centre of Excellence (CCASCOE)"
L_FR, L_EN = "Montréal (Québec)", "Montréal, Quebec"
S_FR, S_EN = "Temps plein (37,5 heures par semaine)", "Full-time (37.5 hours per week)"
GRADE, CLR = "EC-05", "Secret"
ESS_FR = [
    "Diplôme de maîtrise d'une université reconnue en sciences de l'environnement, en génie, en géographie, en politiques publiques ou dans un domaine connexe.",
    "Expérience de la recherche et de l'analyse sur les effets des changements climatiques sur des infrastructures ou des installations.",
    "Expérience de la rédaction de notes d'information, de rapports ou d'articles destinés à des décideurs.",
    "Expérience de la collaboration avec des partenaires de plusieurs pays ou organisations.",
    "Maîtrise de l'anglais et du français (bilingue impératif, niveau CBC/CBC).",
]
DES_FR = [
    "Expérience de travail au sein d'un ministère de la Défense, des forces armées ou d'une organisation internationale.",
    "Connaissance des méthodes d'évaluation des risques climatiques et de la vulnérabilité des infrastructures.",
    "Expérience de l'utilisation d'outils de système d'information géographique (SIG).",
]
ESS_EN = [
    "Master's degree from a recognized university in environmental science, engineering, geography, public policy or a related field.",
    "Experience in researching and analysing the effects of climate change on infrastructure or installations.",
    "Experience in writing briefing notes, reports or articles for decision-makers.",
    "Experience in working with partners from several countries or organizations.",
    "Proficiency in English and French (bilingual imperative, CBC/CBC level).",
]
DES_EN = [
    "Experience working in a department of defence, the armed forces or an international organization.",
    "Knowledge of climate risk assessment methods and of infrastructure vulnerability.",
    "Experience using geographic information system (GIS) tools.",
]
C_FR = ["Jugement", "Esprit d'équipe", "Initiative", "Fiabilité"]
C_EN = ["Judgement", "Teamwork", "Initiative", "Dependability"]
exp = expected(KEY, languages=["fr", "en"], title={"en": T_EN, "fr": T_FR}, organisation={"en": O_EN, "fr": O_FR},
               location={"en": L_EN, "fr": L_FR}, schedule={"en": S_EN, "fr": S_FR}, deadline="2035-11-16",
               salary=sal(None, "CAD", "year", 91350, 103450), grade=GRADE, clearance=CLR,
               req={"en": {"essential": ESS_EN, "desirable": DES_EN}, "fr": {"essential": ESS_FR, "desirable": DES_FR}},
               comps={"en": [{"name": n, "description": ""} for n in C_EN], "fr": [{"name": n, "description": ""} for n in C_FR]})

FR_FACTS = [("Numéro de référence", KEY), ("Organisation", O_FR), ("Lieu de travail", L_FR), ("Classification", GRADE),
            ("Salaire", "De 91 350 $ à 103 450 $ par année"), ("Horaire", S_FR), ("Type d'emploi", "Nomination pour une durée déterminée de trois ans"),
            ("Habilitation de sécurité", CLR), ("Date limite", "16 novembre 2035, 23 h 59 (heure de l'Est)")]
EN_FACTS = [("Reference number", KEY), ("Organization", O_EN), ("Work location", L_EN), ("Classification", GRADE),
            ("Salary", "$91,350 to $103,450 per year"), ("Schedule", S_EN), ("Employment type", "Three-year term appointment"),
            ("Security clearance", CLR), ("Closing date", "November 16, 2035, 11:59 p.m. (Eastern Time)")]
INTRO_FR = ("Le Centre d'excellence pour les changements climatiques et la sécurité, établi à Montréal et accrédité par l'OTAN, "
            "aide l'Alliance et ses nations à comprendre les effets des changements climatiques sur la sécurité et à s'y adapter. "
            "L'analyste se joindra à l'équipe Adaptation et résilience, qui étudie la vulnérabilité des bases, des ports et des "
            "aérodromes militaires aux phénomènes climatiques extrêmes.")
DUT_FR = ["Analyser les données et les études sur l'exposition des infrastructures militaires aux inondations, à la chaleur et au dégel du pergélisol.",
          "Rédiger des notes d'information et des chapitres de rapports du Centre.",
          "Organiser des ateliers avec des experts des nations et des commandements de l'OTAN.",
          "Tenir à jour une base de données des mesures d'adaptation adoptées par les Alliés."]
INTRO_EN = ("The Climate Change and Security Centre of Excellence, established in Montréal and accredited by NATO, helps the "
            "Alliance and its nations understand and adapt to the security effects of climate change. The analyst will join "
            "the Adaptation and Resilience team, which studies the vulnerability of military bases, ports and airfields to "
            "extreme climate events.")
DUT_EN = ["Analyse data and studies on the exposure of military infrastructure to flooding, heat and permafrost thaw.",
          "Write briefing notes and chapters of the Centre's reports.",
          "Organize workshops with experts from the nations and NATO commands.",
          "Maintain a database of adaptation measures adopted by Allies."]
e = H.escape

def half_html(title, facts, intro, h_duties, duties, h_ess, ess, h_des, des, h_comp, comps, tail, lang):
    return f"""<section lang="{lang}">
<h2>{e(title)}</h2>
{''.join(f'<p><strong>{e(a)}{" :" if lang == "fr" else ":"}</strong> {e(b)}</p>' for a, b in facts)}
<p>{e(intro)}</p>
<h3>{h_duties}</h3>
<ul>{''.join(f'<li>{e(x)}</li>' for x in duties)}</ul>
<h3>{h_ess}</h3>
<ul>{''.join(f'<li>{e(x)}</li>' for x in ess)}</ul>
<h3>{h_des}</h3>
<ul>{''.join(f'<li>{e(x)}</li>' for x in des)}</ul>
<h3>{h_comp}</h3>
<ul>{''.join(f'<li>{e(x)}</li>' for x in comps)}</ul>
<p>{e(tail)}</p>
</section>"""

TAIL_FR = ("Veuillez soumettre votre curriculum vitæ et une lettre de présentation par le formulaire en ligne. Seules les personnes "
           "retenues pour une entrevue seront contactées. Les entrevues auront lieu en décembre 2035.")
TAIL_EN = ("Please submit your résumé and a cover letter through the online form. Only those selected for an interview will be "
           "contacted. Interviews will take place in December 2035.")
PAGE = f"""<!DOCTYPE html>
<!-- saved from url=(0071)https://www.ccascoe.example/fr/carrieres/ccascoe-emp-2035-04 -->
<html lang="fr"><head><meta charset="utf-8"><title>{e(T_FR)} | CCASCOE</title></head><body>
<header><nav><ul><li><a href="#">Accueil</a></li><li><a href="#">À propos</a></li><li><a href="#">Recherche</a></li><li><a href="#">Événements</a></li><li><a href="#">Carrières</a></li><li><a href="/en/">English</a></li></ul></nav></header>
<div class="cookies">Nous utilisons des témoins (cookies) pour améliorer votre expérience. <button>J'accepte</button> <button>Gérer</button></div>
<main>
<p class="crumbs">Accueil › Carrières › Offres d'emploi</p>
<p><em>Publié le 18 octobre 2035</em></p>
<p><em>(English follows)</em></p>
{half_html(T_FR, FR_FACTS, INTRO_FR, "Principales fonctions", DUT_FR, "Qualifications essentielles", ESS_FR, "Qualifications constituant un atout", DES_FR, "Qualités personnelles", C_FR, TAIL_FR, "fr")}
<hr>
{half_html(T_EN, EN_FACTS, INTRO_EN, "Main duties", DUT_EN, "Essential qualifications", ESS_EN, "Asset qualifications", DES_EN, "Personal suitability", C_EN, TAIL_EN, "en")}
<aside><h4>Autres offres / Other opportunities</h4><ul><li>Stage en communication (hiver 2036) – date limite 30 novembre 2035</li><li>Research Assistant (Arctic Security) – closed on 5 October 2035</li></ul></aside>
</main>
<footer>© 2035 CCASCOE · 3000, rue Exemple, Montréal (Québec) · Confidentialité · Accessibilité</footer>
</body></html>
"""
write(f"{KEY}-ccascoe.html", PAGE, KEY)

def half_txt(title, facts, sep, intro, hd, duties, he, ess, hde, des, hc, comps, tail):
    return f"""{title}
{''.join(f'{a}{sep}{b}' for a, b in facts)}
{intro}
{hd}
{lines(duties, '➤ ')}
{he}
{lines(ess, '➤ ')}
{hde}
{lines(des, '➤ ')}
{hc}
{lines(comps, '➤ ')}
{tail}"""

BOARD = f"""EmploisMontréalPlus.ca
Trouver un emploi | Employeurs | Salaires | Connexion | EN
Accueil > Emplois > Montréal > Environnement

{T_FR}
CCASCOE - OTANMontréal, QCTemps pleinContractuel (3 ans)91 350 $ - 103 450 $ par annéePublié il y a 5 jours
Postuler maintenant   ☆ Sauvegarder

{half_txt(T_FR, FR_FACTS, " : ", INTRO_FR, "Principales fonctions", DUT_FR, "Qualifications essentielles", ESS_FR, "Qualifications constituant un atout", DES_FR, "Qualités personnelles", C_FR, TAIL_FR).replace(chr(10) + "Numéro", "Numéro")}

English follows / Le texte anglais suit

{half_txt(T_EN, EN_FACTS, ": ", INTRO_EN, "Main duties", DUT_EN, "Essential qualifications", ESS_EN, "Asset qualifications", DES_EN, "Personal suitability", C_EN, TAIL_EN)}

No d'offre : EMP-5528190
Offres similaires
Conseiller(ère) en adaptation climatique · Longueuil · 78 000 $ - 88 000 $ par année · expire le 30-11-2035
Analyste principal(e), résilience des infrastructures · Montréal · Publié il y a 12 jours
© 2035 EmploisMontréalPlus.ca · Conditions · Vie privée
"""
write(f"{KEY}-jobboard.txt", BOARD, KEY)
