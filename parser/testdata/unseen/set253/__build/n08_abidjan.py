from common import *

REF = "SCA/AV/2038/02"
KEY = "sca-av-2038-02"
TITLE = "Assistant(e) de programme (données côtières et marines)"
ORG = "Secrétariat de la Convention d'Abidjan"
LOC = "Abidjan (Côte d'Ivoire)"
GRADE = "G-5"
ESS = [
    "Baccalauréat ou diplôme équivalent ; un diplôme de technicien supérieur en informatique, statistique ou gestion de l'environnement est un atout.",
    "Au moins cinq années d'expérience dans l'appui administratif ou technique à des programmes environnementaux ou de gestion de données.",
    "Maîtrise des tableurs, des bases de données et des outils de visualisation de données.",
    "Parfaite maîtrise du français ; bonne connaissance de l'anglais.",
]
DES = [
    "Expérience au sein d'une organisation internationale ou d'un secrétariat de convention.",
    "Connaissance du portugais.",
]
COMP = [
    ("Professionnalisme", "maîtrise les procédures administratives et applique les règles avec rigueur ; respecte les délais."),
    ("Esprit d'équipe", "collabore avec les collègues et les points focaux nationaux ; partage l'information."),
    ("Aptitude à planifier et à organiser", "organise son travail selon les priorités et anticipe les échéances des réunions statutaires."),
]
TACHES = [
    "Tenir à jour la base de données régionale sur les zones côtières et marines et vérifier la qualité des données transmises par les Parties ;",
    "Préparer des tableaux, graphiques et cartes simples pour les rapports du Secrétariat ;",
    "Assurer le suivi administratif des accords de financement à petite échelle ;",
    "Appuyer l'organisation logistique des réunions des points focaux et de la Conférence des Parties ;",
    "Exécuter toute autre tâche connexe demandée par le supérieur hiérarchique.",
]


def html():
    comp = "".join("<li><b>%s</b> : %s</li>\n" % c for c in COMP)
    return f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Avis de vacance {REF}</title></head>
<body>
<div id="bandeau">Convention d'Abidjan · Programme des Nations Unies pour l'environnement (PNUE) · <a href="/en">English</a></div>
<nav><a href="/">Accueil</a> | <a href="/convention">La Convention</a> | <a href="/parties">Parties</a> | <a href="/actualites">Actualités</a> | <a href="/emplois">Emplois et stages</a></nav>
<p class="ariane">Accueil › Emplois et stages › {REF}</p>
<h1>{TITLE}</h1>
<dl class="fiche">
<dt>Avis de vacance n°</dt><dd>{REF}</dd>
<dt>Organisation</dt><dd>{ORG} (administré par le PNUE)</dd>
<dt>Classe</dt><dd>{GRADE}</dd>
<dt>Lieu d'affectation</dt><dd>{LOC}</dd>
<dt>Type de contrat</dt><dd>Engagement de durée déterminée d'un an</dd>
<dt>Date de publication</dt><dd>18 octobre 2038</dd>
<dt>Date limite de candidature</dt><dd>17 novembre 2038</dd>
</dl>
<h2>Contexte</h2>
<p>La Convention relative à la coopération en matière de protection, de gestion et de mise en valeur de l'environnement marin et côtier de la façade atlantique de la région de l'Afrique de l'Ouest, du Centre et du Sud est administrée par le PNUE. Son Secrétariat est installé à Abidjan.</p>
<h2>Fonctions</h2>
<p>Sous la supervision de l'administrateur de programme, le ou la titulaire est chargé(e) des tâches suivantes :</p>
{ul(TACHES)}
<h2>Compétences</h2>
<ul>
{comp}</ul>
<h2>Qualifications requises</h2>
{ul(ESS, "ol")}
<h2>Atouts</h2>
{ul(DES, "ol")}
<h2>Rémunération</h2>
<p>Traitement annuel net : 15 208 400 FCFA (échelon I), auquel s'ajoutent les prestations prévues par le régime des Nations Unies pour les agents recrutés localement.</p>
<p>Les candidat(e)s présélectionné(e)s passeront un test écrit le 1er décembre 2038.</p>
<h2>Candidature</h2>
<p>Envoyer une lettre de motivation et le formulaire P.11 signé à recrutement@abidjanconvention.example avant la date limite, en indiquant la référence de l'avis.</p>
<footer>© 2038 Secrétariat de la Convention d'Abidjan · Mentions légales · Plan du site</footer>
</body></html>
"""


def email():
    taches = "\n".join("  - " + t for t in TACHES)
    comp = "\n".join("  * %s : %s" % c for c in COMP)
    return f"""De : Direction de l'Environnement marin <dem@environnement.example>
À : Liste des partenaires côtiers <partenaires-cotiers@liste.example>
Date : mercredi 20 octobre 2038 10:12
Objet : TR : Avis de vacance {REF} – {TITLE}

Mesdames, Messieurs,

Nous vous prions de bien vouloir trouver ci-dessous, pour large diffusion, un avis de
vacance du Secrétariat de la Convention d'Abidjan. La réunion des points focaux prévue
le 9 novembre 2038 est maintenue.

Cordialement,
La Direction de l'Environnement marin

----- Message transféré -----

AVIS DE VACANCE DE POSTE N° {REF}

Intitulé du poste : {TITLE}
Organisation : {ORG}
Classe : {GRADE}
Lieu d'affectation : {LOC}
Date limite de candidature : 17/11/2038

FONCTIONS
{taches}

COMPÉTENCES
{comp}

QUALIFICATIONS REQUISES
{chr(10).join("  %d) %s" % (i + 1, e) for i, e in enumerate(ESS))}

ATOUTS
{chr(10).join("  %d) %s" % (i + 1, e) for i, e in enumerate(DES))}

RÉMUNÉRATION
Traitement annuel net : 15 208 400 FCFA (échelon I).
Test écrit : 1er décembre 2038.
"""


def build():
    write(KEY + "-convention.fr.html", html(), KEY)
    write(KEY + "-courriel.fr.txt", email(), KEY)
    expected(KEY, REF, ["fr"], {"fr": TITLE}, {"fr": ORG}, {"fr": LOC}, "2038-11-17", grade=GRADE,
             salary=(15208400, None, None, "XOF", "year"), req={"fr": (ESS, DES)}, comp={"fr": COMP})
