from common import *

KEY = "38-development-coordination-rcs-354220-r-niamey-r"
REF = "38-Development Coordination-RCS-354220-R-Niamey (R)"
TITLE = "Chargé(e) de la coordination du développement (gestion des données et suivi des résultats)"
ORG = "Bureau du Coordonnateur résident des Nations Unies au Niger"
LOC = "NIAMEY"
CAT = "Administrateurs recrutés sur le plan national, NO-C"
EDU = ("Un diplôme universitaire du niveau du master (ou équivalent) en statistique, économie, sciences sociales ou "
       "dans un domaine apparenté est exigé. Un diplôme universitaire de premier cycle assorti de deux années "
       "supplémentaires d'expérience pertinente peut être accepté à la place du diplôme de master.")
EXP_REQ = ("Au moins cinq années d'expérience à des niveaux de responsabilité croissants dans la gestion de données, "
           "le suivi-évaluation ou la statistique du développement sont exigées.")
EXP_DES1 = ("Une expérience de l'utilisation de plateformes de suivi des résultats au sein du système des Nations Unies "
            "est souhaitable.")
EXP_DES2 = "Une expérience de travail avec l'institut national de la statistique ou un ministère du Plan est souhaitable."
LANG_CTX = "L'anglais et le français sont les langues de travail du Secrétariat de l'Organisation des Nations Unies."
LANG_REQ = "Pour ce poste, la maîtrise du français est exigée."
LANG_DES = "La connaissance de l'anglais ou du haoussa est souhaitable."
COMP = [
    ("Professionnalisme", "maîtrise les méthodes de collecte et de contrôle de la qualité des données ; vérifie ses "
     "chiffres avant de les diffuser ; garde son calme lorsque les échéances se rapprochent."),
    ("Aptitude à la planification et à l'organisation", "établit un calendrier de suivi réaliste avec les agences et "
     "le met à jour lorsque les priorités changent."),
    ("Communication", "présente des résultats chiffrés de manière claire à des publics non spécialistes ; écoute les "
     "partenaires et tient compte de leurs remarques."),
]
DUTIES = [
    "Coordonne le suivi du plan-cadre de coopération et la saisie des résultats communs dans la plateforme en ligne.",
    "Appuie les groupes de résultats dans la définition d'indicateurs et de valeurs de référence.",
    "Prépare le rapport annuel de résultats de l'équipe de pays et les notes d'information du Coordonnateur résident.",
    "Entretient les relations de travail avec l'institut national de la statistique et les ministères sectoriels.",
    "Organise des formations sur la gestion des données à l'intention du personnel des agences.",
]
SETTING = ("Le poste est à pourvoir au Bureau du Coordonnateur résident des Nations Unies au Niger, à Niamey. Le ou la "
           "titulaire relève du Chef du Bureau du Coordonnateur résident.")
SAL = "31 846 500 FCFA"


def build():
    EXP_REQ_PDF = esc(EXP_REQ).replace('suivi-évaluation', 'suivi\u2011évaluation')
    comp_html = "\n".join(f"<p><b>{esc(n)} :</b> {esc(d)}</p>" for n, d in COMP)
    html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Avis de vacance de poste {REF}</title>
<style>body{{font-family:'Liberation Serif',serif;font-size:11pt}} .top{{font-size:9pt;text-align:right;color:#555}}
h1{{font-size:13pt;text-align:center;border:2px solid #000;padding:4px}} h2{{font-size:12pt}}
table{{border-collapse:collapse;width:100%}} th,td{{border:1px solid #444;padding:3px 6px;text-align:left;vertical-align:top}}
th{{width:34%;background:#eee}} h3{{font-size:11pt;text-transform:uppercase;border-bottom:1px solid #000}}</style></head><body>
<p class="top">Nations Unies · Niamey · Version imprimable</p>
<h1>AVIS DE VACANCE DE POSTE</h1>
<h2>{esc(TITLE)}, NOC</h2>
<table>
<tr><th>Intitulé du poste</th><td>CHARGÉ(E) DE LA COORDINATION DU DÉVELOPPEMENT, NOC</td></tr>
<tr><th>Code de l'emploi</th><td>CHARGÉ(E) DE LA COORDINATION DU DÉVELOPPEMENT</td></tr>
<tr><th>Département/Bureau</th><td>{ORG}</td></tr>
<tr><th>Lieu d'affectation</th><td>{LOC}</td></tr>
<tr><th>Catégorie et classe</th><td>{CAT}</td></tr>
<tr><th>Période de candidature</th><td>21 mars 2038 - 20 avril 2038</td></tr>
<tr><th>Numéro de l'appel à candidatures</th><td>{esc(REF)}</td></tr>
</table>
<p><i>Valeurs fondamentales de l'Organisation des Nations Unies : intégrité, professionnalisme, respect de la diversité</i></p>
<h3>Cadre organisationnel et rattachement hiérarchique</h3>
<p>{esc(SETTING)}</p>
<h3>Responsabilités</h3>
<p>Dans les limites des pouvoirs qui lui sont délégués, le ou la titulaire s'acquitte des fonctions suivantes :</p>
{ul(DUTIES)}
<h3>Compétences</h3>
{comp_html}
<h3>Formation</h3>
<p>{esc(EDU)}</p>
<h3>Expérience professionnelle</h3>
<p>{EXP_REQ_PDF}</p>
<p>{esc(EXP_DES1)}</p>
<p>{esc(EXP_DES2)}</p>
<h3>Connaissances linguistiques</h3>
<p>{esc(LANG_CTX)} {esc(LANG_REQ)} {esc(LANG_DES)}</p>
<h3>Méthode d'évaluation</h3>
<p>L'évaluation des candidat(e)s qualifié(e)s pourra comprendre une épreuve écrite prévue le 11 mai 2038, suivie d'un entretien axé sur les compétences.</p>
<h3>Rémunération</h3>
<p>Traitement annuel net de base : {SAL} (classe NO-C, échelon I), auquel s'ajoutent les prestations du régime commun des Nations Unies.</p>
<h3>Avis spécial</h3>
<p>Ce poste est ouvert aux seuls ressortissants nigériens. Les candidat(e)s doivent résider à Niamey ou dans un rayon permettant les trajets quotidiens.</p>
<h3>Aucuns frais</h3>
<p>L'ORGANISATION DES NATIONS UNIES NE PERÇOIT AUCUN FRAIS À QUELQUE STADE QUE CE SOIT DU PROCESSUS DE RECRUTEMENT.</p>
</body></html>
"""
    src(KEY + "-avis.fr.html", html)
    libreoffice(KEY + "-avis.fr.html", KEY + "-avis.fr.libreoffice.pdf", KEY)

    duties_txt = "\n".join(f"👉 {d}" for d in DUTIES)
    comp_txt = "\n".join(f"✔️ {n} : {d}" for n, d in COMP)
    fb = f"""Emplois et stages au Niger 🇳🇪
Groupe public · 48,2 k membres

Moussa Abdou Garba ▸ Emplois et stages au Niger
Administrateur · 22 mars, 08:41 · 🌐

📢 LES NATIONS UNIES RECRUTENT À NIAMEY 📢

{TITLE}, NOC

🏢 Département/Bureau : {ORG}
📍 Lieu d'affectation : {LOC}
📊 Catégorie et classe : {CAT}
🗓️ Période de candidature : 21 mars 2038 - 20 avril 2038
🔢 N° de l'appel : {REF}

CADRE ORGANISATIONNEL
{SETTING}

RESPONSABILITÉS
{duties_txt}

COMPÉTENCES
{comp_txt}

FORMATION
{EDU}

EXPÉRIENCE PROFESSIONNELLE
{EXP_REQ} {EXP_DES1} {EXP_DES2}

LANGUES
{LANG_CTX} {LANG_REQ} {LANG_DES}

💰 Traitement annuel net de base : {SAL}
📝 Épreuve écrite prévue le 11 mai 2038

⚠️ Candidature uniquement sur le portail des carrières de l'ONU. Le groupe ne recrute pas et ne demande jamais d'argent.

#emploi #Niamey #ONU #Niger

👍❤️ 412   ·   87 commentaires   ·   203 partages

Aïchatou Hamani
Est-ce que les candidats de Zinder peuvent postuler ?
J'aime · Répondre · 2 j

Moussa Abdou Garba
@Aïchatou Hamani il faut résider à Niamey ou à proximité, lisez l'avis spécial.
J'aime · Répondre · 2 j

Issoufou Maman
La date limite de l'ancien poste NOB était le 31 mars, c'est un autre poste ?
J'aime · Répondre · 1 j
"""
    write(KEY + "-facebook.fr.txt", fb, KEY)

    expected(KEY, REF, ["fr"], TITLE, ORG, LOC, "2038-04-20", grade="NO-C",
             salary=(31846500, None, None, "XOF", "year"),
             requirements={"fr": {"essential": [EDU, EXP_REQ, LANG_REQ], "desirable": [EXP_DES1, EXP_DES2, LANG_DES]}},
             competencies={"fr": COMP})
