"""UNOWAS, Dakar, FR: UN Careers French interface (HTML) and a LinkedIn copy in French."""
from common import *

KEY = "35-affaires-politiques-unowas-321488-r-dakar-x"
REF = "35-Affaires politiques-UNOWAS-321488-R-Dakar (X)"
TITLE = "SPÉCIALISTE DES QUESTIONS POLITIQUES (GOUVERNANCE ÉLECTORALE)"
ORG = "Bureau des Nations Unies pour l'Afrique de l'Ouest et le Sahel"
LOC = "DAKAR"
GRADE = "P-4"

EDU = ("Diplôme universitaire du niveau du master (ou équivalent) en sciences politiques, relations internationales, "
       "droit ou dans un domaine apparenté. À défaut, un diplôme universitaire de premier cycle assorti de deux "
       "années supplémentaires d'expérience pertinente peut être accepté.")
X1 = ("Au moins sept années d'expérience à des niveaux de responsabilité croissants dans les affaires politiques, "
      "l'assistance électorale ou la prévention des conflits sont exigées.")
X2 = "Une expérience de travail en Afrique de l'Ouest ou au Sahel est exigée."
X3 = "Une expérience dans une opération de paix ou une mission politique spéciale des Nations Unies est souhaitable."
L1 = "Pour le poste considéré, la maîtrise du français et de l'anglais est exigée."
L2 = "La connaissance de l'arabe ou du portugais est souhaitable."
ESS = [EDU, X1, X2, L1]
DES = [X3, L2]
COMP = [
    ("Professionnalisme", "Connaissance approfondie des processus électoraux et des mécanismes régionaux de "
     "prévention des conflits ; capacité d'analyser des situations politiques complexes et de proposer des options "
     "; persévérance face aux obstacles."),
    ("Aptitude à planifier et à organiser", "Fixe des objectifs clairs conformes aux stratégies convenues ; "
     "prévoit les risques et s'y prépare ; utilise son temps avec efficacité."),
    ("Communication", "S'exprime clairement et efficacement, oralement comme par écrit ; adapte le ton et le "
     "contenu à son auditoire ; tient ses interlocuteurs informés."),
]
CADRE = ("Le Bureau des Nations Unies pour l'Afrique de l'Ouest et le Sahel (UNOWAS) exerce les bons offices du "
         "Secrétaire général dans la sous-région et appuie les efforts nationaux et régionaux de prévention des "
         "conflits. Le poste est situé au sein de la Section des affaires politiques, à Dakar. Le ou la titulaire "
         "relève du Chef de la Section.")
TACHES = [
    "Suit l'évolution des processus électoraux dans les pays de la sous-région et rédige des analyses et des notes "
    "d'information ;",
    "Prépare les missions de bons offices du Représentant spécial et en assure le suivi ;",
    "Entretient des relations de travail avec la CEDEAO, l'Union africaine et les organes de gestion des élections ;",
    "Contribue aux rapports du Secrétaire général au Conseil de sécurité ;",
    "Encadre un administrateur auxiliaire et un assistant ;",
    "S'acquitte de toute autre tâche qui pourrait lui être confiée.",
]


def build():
    facts = [("Intitulé du poste", TITLE + ", P4"), ("Code de l'emploi", "SPÉCIALISTE DES QUESTIONS POLITIQUES"),
             ("Département/Bureau", ORG), ("Lieu d'affectation", LOC),
             ("Catégorie et classe", "Administrateurs et fonctionnaires de rang supérieur, " + GRADE),
             ("Période de candidature", "16 novembre 2035 - 15 décembre 2035"),
             ("Numéro de l'appel à candidatures", REF), ("Exercice de recrutement", "N/A")]
    dl = "\n".join("<dt>%s</dt><dd>%s</dd>" % (E(a), E(b)) for a, b in facts)
    comp = "\n".join("<p><b>%s :</b> %s</p>" % (E(n), E(d)) for n, d in COMP)
    page = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{E(TITLE)}, P4 | Carrières ONU</title>
<style>dl{{display:grid;grid-template-columns:260px 1fr}} dt{{font-weight:bold}}</style></head>
<body>
<div class="cookie">Ce site utilise des cookies. <button>J'accepte</button></div>
<header><nav><a href="#">Carrières ONU</a> <a href="#">Offres d'emploi</a> <a href="#">Programmes</a> <a href="#">Connexion</a> <a href="#">English</a></nav></header>
<main>
<p class="crumbs">Accueil › Offres d'emploi › Affaires politiques</p>
<h1>{E(TITLE)}, <span style="white-space:nowrap">P4</span></h1>
<p><a href="#">Postuler</a> · <a href="#">Enregistrer</a> · <a href="#">Partager</a> · <a href="#">Imprimer</a></p>
<dl>
{dl}
</dl>
<h2>Valeurs fondamentales de l'ONU : intégrité, professionnalisme, respect de la diversité</h2>
<h3>Cadre organisationnel et rapports hiérarchiques</h3>
<p>{E(CADRE)}</p>
<h3>Responsabilités</h3>
<p>Dans les limites des pouvoirs qui lui sont délégués, le ou la titulaire s'acquitte des fonctions suivantes :</p>
{ul(TACHES)}
<h3>Compétences</h3>
{comp}
<h3>Formation</h3>
<p>{E(EDU)}</p>
<h3>Qualifications propres au poste</h3>
<p>Non disponible.</p>
<h3>Expérience professionnelle</h3>
<p>{E(X1)} {E(X2)} {E(X3)}</p>
<h3>Connaissances linguistiques</h3>
<p>L'anglais et le français sont les langues de travail du Secrétariat de l'ONU. {E(L1)} {E(L2)}</p>
<h3>Méthode d'évaluation</h3>
<p>L'évaluation des candidats qualifiés pourra comprendre une épreuve écrite, prévue dans la deuxième quinzaine de janvier 2036, suivie d'un entretien axé sur les compétences.</p>
<h3>Avis spécial</h3>
<p>Le poste est financé par le budget des missions politiques spéciales. Les fonctionnaires sont soumis à l'autorité du Secrétaire général, qui peut leur assigner l'une quelconque des activités ou l'un quelconque des bureaux de l'Organisation.</p>
<h3>Aucuns frais</h3>
<p>L'ORGANISATION DES NATIONS UNIES NE PERÇOIT DE FRAIS À AUCUN STADE DU PROCESSUS DE RECRUTEMENT.</p>
<aside><h3>Offres similaires</h3><ul><li>SPÉCIALISTE DES QUESTIONS POLITIQUES, P4 – NIAMEY – date limite 29 novembre 2035</li><li>ASSISTANT(E) D'ÉQUIPE, G5 – DAKAR – date limite 8 janvier 2036</li></ul></aside>
</main>
<footer>Nations Unies © 2035 · Conditions d'utilisation · Confidentialité · Alerte à la fraude</footer>
</body></html>
"""
    write(KEY + "-uncareers.fr.html", page, KEY)

    li = f"""LinkedIn
Accueil   Réseau   Emplois   Messagerie   Notifications   Vous

Spécialiste des questions politiques (gouvernance électorale), P4
Nations Unies · Dakar, Sénégal · il y a 3 jours · 214 candidats
Sur site   Temps plein   Confirmé

Postuler   Enregistrer

À propos de l'offre d'emploi

Intitulé du poste : {TITLE}, P4
Département/Bureau : {ORG}
Lieu d'affectation : {LOC}
Catégorie et classe : Administrateurs et fonctionnaires de rang supérieur, {GRADE}
Période de candidature : 16 novembre 2035 - 15 décembre 2035
Numéro de l'appel à candidatures : {REF}

Cadre organisationnel et rapports hiérarchiques
{CADRE}

Responsabilités
Dans les limites des pouvoirs qui lui sont délégués, le ou la titulaire s'acquitte des fonctions suivantes :
{chr(10).join("• " + t for t in TACHES)}

Compétences
{chr(10).join(f"{n} : {d}" for n, d in COMP)}

Formation
{EDU}

Expérience professionnelle
{X1}
{X2}
{X3}

Connaissances linguistiques
L'anglais et le français sont les langues de travail du Secrétariat de l'ONU. {L1} {L2}

Méthode d'évaluation
Épreuve écrite prévue dans la deuxième quinzaine de janvier 2036, suivie d'un entretien axé sur les compétences.

… voir moins

Niveau hiérarchique
Confirmé
Type d'emploi
Temps plein
Fonction
Conseil et Recherche
Secteurs
Affaires internationales

Recommander un collaborateur   Voir qui Nations Unies a recruté pour ce rôle

Offres similaires
Chargé(e) de programme élections · Organisation internationale · Abidjan · il y a 1 semaine
Analyste politique senior · Think tank · Dakar · il y a 2 semaines

À propos   Accessibilité   Conditions générales   Confidentialité   LinkedIn Corporation © 2035
"""
    write(KEY + "-linkedin.fr.txt", li, KEY)
    expected(KEY, reference=REF, languages=["fr"], title={"fr": TITLE}, organisation={"fr": ORG},
             location={"fr": LOC}, deadline="2035-12-15", grade=GRADE, req={"fr": (ESS, DES)}, comp={"fr": COMP})
