"""FIDA, bureau de pays à Madagascar (Antananarivo), NOC, French: avis (HTML + Chromium PDF) and a Malagasy job-board copy."""
from common import *

KEY = "fida-va-42-2291"
REF = "FIDA/VA/42/2291"
TITLE = "Analyste de programme de pays"
ORG = "Fonds international de développement agricole"
LOC = "Antananarivo (Madagascar)"
SAL = "118 460 000 MGA"
CONTEXTE = ("Le Fonds international de développement agricole (FIDA) est une institution spécialisée des Nations "
            "Unies et une institution financière internationale qui investit dans les populations rurales. Son bureau "
            "de pays à Antananarivo suit un portefeuille de cinq projets consacrés aux filières agricoles, à "
            "l'irrigation à petite échelle et à la résilience des ménages du Grand Sud.")
ATTR = ["appuyer le chargé de programme de pays dans la préparation et la supervision des projets ;",
        "suivre l'exécution financière et physique des projets et signaler les retards ;",
        "participer aux missions de supervision et rédiger les aide-mémoire ;",
        "entretenir le dialogue avec les ministères, les organisations paysannes et les partenaires techniques et financiers ;",
        "contribuer à la gestion des savoirs et à la communication sur les résultats du programme."]
COMP = [("Orientation vers les résultats", "Fixe des objectifs clairs, suit les progrès et corrige le cap lorsque les résultats ne sont pas au rendez-vous."),
        ("Travail en équipe", "Partage l'information, soutient ses collègues et respecte les décisions collectives."),
        ("Communication", "S'exprime avec clarté à l'écrit comme à l'oral et adapte son message aux partenaires gouvernementaux et aux organisations paysannes.")]
EXIG = ["Diplôme universitaire supérieur (master ou équivalent) en économie agricole, agronomie, développement rural ou domaine apparenté.",
        "Au moins cinq années d'expérience professionnelle dans la gestion ou le suivi de programmes de développement rural financés par des bailleurs internationaux.",
        "Bonne connaissance des procédures de passation des marchés et de gestion financière des projets.",
        "Excellente maîtrise du français et du malgache, et bonne connaissance de l'anglais."]
SOUH = ["Expérience des chaînes de valeur agricoles dans le sud de Madagascar.",
        "Connaissance des outils de ciblage des ménages vulnérables."]


def render():
    expected(KEY, REF, ["fr"], {"fr": TITLE}, {"fr": ORG}, {"fr": LOC}, "2042-12-19", grade="NOC",
             salary=sal(118460000, cur="MGA", period="year"), req={"fr": (EXIG, SOUH)}, comp={"fr": COMP})
    rows = [("Avis de vacance n°", REF), ("Intitulé du poste", TITLE), ("Organisation", ORG),
            ("Division", "Département de la gestion des programmes – Division Afrique orientale et australe"),
            ("Lieu d'affectation", LOC), ("Classe", "NOC"), ("Type de contrat", "Engagement de durée déterminée, deux ans"),
            ("Ouvert aux", "Ressortissants malgaches uniquement"), ("Date de publication", "20 novembre 2042"),
            ("Date limite de candidature", "19 décembre 2042 (minuit, heure de Rome)")]
    tr = "".join(f"<tr><th>{esc(a)}</th><td>{esc(b)}</td></tr>" for a, b in rows)
    page = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Avis de vacance {esc(REF)}</title>
<style>body{{font-family:"Liberation Serif",serif;font-size:11pt;margin:24px 40px}}
.entete{{text-align:center;font-weight:bold;letter-spacing:.06em}} table{{border-collapse:collapse;width:100%;margin:10px 0}}
th,td{{border:1px solid #555;padding:4px 6px;text-align:left;vertical-align:top}} th{{width:32%;background:#eef3ea}}
h2{{font-size:11.5pt;text-transform:uppercase;text-decoration:underline}}</style></head>
<body>
<div class="entete">FONDS INTERNATIONAL DE DÉVELOPPEMENT AGRICOLE<br>Bureau de pays à Madagascar</div>
<h1 style="text-align:center;font-size:14pt">AVIS DE VACANCE DE POSTE<br>(recrutement national)</h1>
<table>{tr}</table>
<h2>Contexte</h2><p>{esc(CONTEXTE)}</p>
<h2>Attributions</h2>
<p>Sous l'autorité du chargé de programme de pays, le ou la titulaire sera chargé(e) de :</p>
<ol>{''.join('<li>' + esc(a) + '</li>' for a in ATTR)}</ol>
<h2>Compétences</h2>
{''.join(f'<p><b>{esc(n)}</b> : {esc(d)}</p>' for n, d in COMP)}
<h2>Qualifications</h2>
<p><i>Qualifications exigées</i></p><ul>{''.join('<li>' + esc(e) + '</li>' for e in EXIG)}</ul>
<p><i>Qualifications souhaitées</i></p><ul>{''.join('<li>' + esc(e) + '</li>' for e in SOUH)}</ul>
<h2>Conditions d'emploi</h2>
<p>Traitement annuel net : {SAL}, auquel s'ajoutent les prestations prévues pour le personnel recruté sur le plan national (assurance médicale, congé annuel de 30 jours, caisse des pensions).</p>
<h2>Procédure</h2>
<p>Les candidatures doivent être déposées en ligne. Un test écrit est prévu le 14 janvier 2043 pour les candidat(e)s présélectionné(e)s. Seul(e)s les candidat(e)s retenu(e)s seront contacté(e)s.</p>
<p style="text-align:center;font-weight:bold">LE FIDA NE PERÇOIT AUCUNS FRAIS À AUCUN STADE DU RECRUTEMENT.</p>
</body></html>
"""
    name = KEY + "-avis.fr.html"
    write(name, page, KEY)
    chromium(name, KEY)

    board = f"""Accueil | Offres d'emploi | Appels d'offres | Formations | Déposer une annonce | Connexion
Accueil > Offres d'emploi > ONG et organisations internationales

{TITLE.upper()}

FIDA · Antananarivo · CDD · Publiée le 21/11/2042 · Expire le 19/12/2042 · 412 vues

Recruteur : {ORG} (FIDA)
Référence : {REF}
Poste : {TITLE}
Lieu : {LOC}
Classe : NOC
Contrat : durée déterminée de deux ans
Salaire : {SAL} net par an

Présentation
{CONTEXTE}

Missions
{chr(10).join('* ' + a for a in ATTR)}

Compétences
{chr(10).join(f'{n} : {d}' for n, d in COMP)}

Profil recherché
Qualifications exigées :
{chr(10).join('- ' + e for e in EXIG)}
Qualifications souhaitées :
{chr(10).join('- ' + e for e in SOUH)}

Date limite : 19 décembre 2042

Offres similaires
Assistant(e) administratif(ve) – PAM – Toliara – expire le 05/12/2042
Spécialiste en suivi-évaluation – Projet irrigation – Fianarantsoa – expire le 28/12/2042

Signaler cette annonce · Conditions d'utilisation · © 2042
"""
    write(KEY + "-emploimada.fr.txt", board, KEY)
