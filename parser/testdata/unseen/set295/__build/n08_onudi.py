from common import *

REF = "ONUDI/MAR/AV/2042/02"
KEY = "onudi-mar-av-2042-02"
TITLE = "Chargé(e) national(e) de programme (agro-industrie et chaînes de valeur)"
ORG = "Organisation des Nations Unies pour le développement industriel"
LOC = "Rabat (Maroc)"
GRADE = "NO-C"
SAL = "412 680 MAD"
CONTEXTE = ("L'Organisation des Nations Unies pour le développement industriel (ONUDI) a pour mandat de promouvoir un développement "
            "industriel inclusif et durable. Son bureau au Maroc met en œuvre un portefeuille de projets sur la valorisation des "
            "produits agricoles, l'accès des coopératives aux marchés et l'efficacité énergétique des petites unités de transformation.")
TACHES = [
    "assurer le suivi technique des projets agro-industriels dans les régions de l'Oriental et de Souss-Massa ;",
    "préparer les plans de travail, les rapports d'avancement et les notes d'orientation destinés au ministère de tutelle et aux bailleurs ;",
    "animer les échanges avec les coopératives, les associations professionnelles et les partenaires techniques ;",
    "contribuer à la mobilisation de ressources et à la formulation de nouvelles propositions de projets ;",
    "exécuter toute autre tâche confiée par le Représentant de l'ONUDI.",
]
COMPS = [
    ("Professionnalisme", "Maîtrise des méthodes d'analyse des chaînes de valeur et de la gestion de projets ; capacité à respecter les délais et à produire des résultats de qualité."),
    ("Communication", "S'exprime clairement à l'oral comme à l'écrit ; adapte son message à ses interlocuteurs publics et privés."),
    ("Esprit d'équipe", "Travaille en collaboration avec ses collègues et les partenaires nationaux pour atteindre les objectifs communs."),
]
ESS = [
    "Diplôme universitaire supérieur (master ou équivalent) en économie, agronomie, génie industriel ou domaine apparenté.",
    "Au moins cinq années d'expérience professionnelle dans la gestion de projets de développement agricole ou agro-industriel.",
    "Parfaite maîtrise du français et de l'arabe ; bonne connaissance de l'anglais.",
]
DES = [
    "Expérience au sein d'une organisation internationale ou d'un projet financé par un bailleur multilatéral.",
    "Connaissance de l'amazigh.",
]

def build():
    rows = [("Avis de vacance n°", REF), ("Intitulé du poste", TITLE), ("Organisation", ORG), ("Lieu d'affectation", LOC),
            ("Classe", GRADE), ("Type d'engagement", "Engagement de durée déterminée d'un an, renouvelable"),
            ("Ouvert aux", "Candidat(e)s de nationalité marocaine"), ("Date de publication", "16 avril 2042"),
            ("Date limite de candidature", "27 mai 2042")]
    t = "\n".join("<tr><th>%s</th><td>%s</td></tr>" % r for r in rows)
    html = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Avis de vacance {REF}</title>
<style>body{{font-family:'Liberation Serif',serif;font-size:11pt;margin:18mm}} .lh{{text-align:center;border-bottom:2px solid #005b96;padding-bottom:6px}}
table{{border-collapse:collapse;width:100%}} th,td{{border:1px solid #777;padding:3px 6px;text-align:left}} th{{width:35%;background:#e8f0f8}}
h2{{font-size:11pt;color:#005b96;border-bottom:1px solid #005b96}}</style></head><body>
<div class="lh"><b>ORGANISATION DES NATIONS UNIES POUR LE DÉVELOPPEMENT INDUSTRIEL</b><br>Bureau de l'ONUDI au Maroc</div>
<h1 style="font-size:13pt;text-align:center">AVIS DE VACANCE DE POSTE (RECRUTEMENT NATIONAL)</h1>
<table>{t}</table>
<h2>CONTEXTE ORGANISATIONNEL</h2><p>{CONTEXTE}</p>
<h2>ATTRIBUTIONS</h2><p>Sous l'autorité du Représentant de l'ONUDI, le/la titulaire est chargé(e) de :</p>{ul(TACHES, "ol")}
<h2>COMPÉTENCES</h2>
""" + "\n".join("<p><b>%s</b> : %s</p>" % c for c in COMPS) + f"""
<h2>QUALIFICATIONS</h2>
<p><i>Qualifications exigées</i></p>{ul(ESS)}
<p><i>Qualifications souhaitées</i></p>{ul(DES)}
<h2>CONDITIONS D'EMPLOI</h2>
<p>Traitement annuel net : {SAL}, auquel s'ajoutent l'assurance médicale et l'affiliation à la Caisse commune des pensions du personnel des Nations Unies.</p>
<p>Les candidat(e)s présélectionné(e)s pourraient être convié(e)s à une épreuve écrite le 9 juin 2042, puis à un entretien.</p>
<p style="font-size:9pt">L'ONUDI NE DEMANDE AUCUNS FRAIS À AUCUN STADE DU PROCESSUS DE RECRUTEMENT.</p>
</body></html>"""
    w(KEY + "-avis.fr.html", html, KEY)
    chromium(KEY + "-avis.fr.html", KEY)
    txt = f"""ReKrute.example | Offres d'emploi | Entreprises | Formations | Espace candidat | العربية
Accueil > Offres d'emploi > Organisations internationales > Rabat

{TITLE}
ONUDI – Organisation internationale · Rabat · Publiée le 17/04/2042 · Expire le 27/05/2042 · 1 poste

Postuler   |   Sauvegarder   |   Partager

Référence : {REF}
Organisation : {ORG}
Lieu d'affectation : {LOC}
Classe : {GRADE}
Contrat : CDD d'un an renouvelable
Date limite de candidature : 27/05/2042

Présentation
{CONTEXTE}

Missions
""" + "\n".join("• " + x for x in TACHES) + """

Compétences
""" + "\n".join("%s : %s" % c for c in COMPS) + """

Profil recherché
Qualifications exigées :
""" + "\n".join("- " + x for x in ESS) + """
Qualifications souhaitées :
""" + "\n".join("- " + x for x in DES) + f"""

Rémunération : {SAL} (traitement annuel net)
Épreuve écrite prévue le 9 juin 2042 pour les candidats présélectionnés.

Offres similaires
Assistant(e) administratif(ve) – PNUD – Rabat – expire le 02/06/2042
Expert(e) énergie – GIZ – Casablanca – expire le 30/05/2042

ReKrute.example n'est pas l'employeur. Signalez toute demande de paiement.
"""
    w(KEY + "-rekrute.fr.txt", txt, KEY)
    expected(KEY, reference=REF, languages=["fr"], title={"fr": TITLE}, organisation={"fr": ORG}, location={"fr": LOC},
             deadline="2042-05-27", grade=GRADE, salary=sal(412680, "MAD", "year"),
             requirements={"fr": {"essential": ESS, "desirable": DES}}, competencies={"fr": COMPS})
