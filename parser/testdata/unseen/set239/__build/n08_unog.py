from common import *

REF = "37-Document Management-UNOG-344408-R-Geneva (G)"
KEY = "37-document-management-unog-344408-r-geneva-g"
TITLE = "Assistant(e) principal(e) à la gestion des documents"
ORG = "Office des Nations Unies à Genève"
LOC = "GENÈVE"
LEVEL = "Agents des services généraux et catégories apparentées, G-6"
GRADE = "G-6"
CADRE = ("Le poste est à pourvoir à la Section de la gestion des documents de la Division de la gestion des conférences de "
         "l'Office des Nations Unies à Genève (ONUG). Le ou la titulaire relève du Chef de l'Unité de la planification et de "
         "la coordination de la documentation.")
TACHES = ["Planifie le traitement des documents d'avant session et de session des organes intergouvernementaux et suit le respect des délais de soumission ;",
          "Enregistre les documents dans le système de gestion et contrôle les métadonnées, les cotes et les versions linguistiques ;",
          "Assure la liaison avec les services de traduction, d'édition et de reproduction et signale les retards ;",
          "Établit des statistiques mensuelles sur le volume de documents et la conformité aux limites de mots ;",
          "Forme et encadre les assistants de la section et exécute d'autres tâches selon les besoins."]
COMPS = [("Professionnalisme", "connaît parfaitement les règles de la documentation parlementaire ; fait preuve de rigueur et d'exactitude ; respecte les délais."),
         ("Aptitude à la planification et à l'organisation", "fixe des objectifs clairs ; classe les travaux par ordre de priorité ; prévoit les imprévus."),
         ("Souci du client", "considère les secrétariats des organes comme des clients ; les tient informés de l'état d'avancement des documents.")]
FORM = ("Diplôme de fin d'études secondaires ou équivalent. Avoir réussi le test d'aptitude administrative des Nations "
        "Unies (GGAT) ou un test équivalent est exigé.")
EXP_R = "Une expérience d'au moins sept ans dans la gestion de documents, le secrétariat de réunions ou un domaine apparenté est exigée."
EXP_D = "Une expérience de la documentation d'organes intergouvernementaux est souhaitable."
EXP_D2 = "Une expérience de l'utilisation d'un progiciel de gestion intégré est souhaitable."
L_CTX = "Le français et l'anglais sont les langues de travail du Secrétariat de l'Organisation des Nations Unies."
L_R = "Pour le poste faisant l'objet du présent avis, la maîtrise du français et de l'anglais est exigée."
L_D = "La connaissance d'une autre langue officielle de l'Organisation est souhaitable."
SAL = "98 415 CHF"


def build():
    taches = "".join("<li>%s</li>" % esc(t) for t in TACHES)
    page = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{esc(TITLE)}</title>
<style>body{{font-family:'Liberation Sans',Arial,sans-serif;font-size:10.5pt}} th{{text-align:left;width:35%;background:#eef}}
th,td{{border:1px solid #99a;padding:3px 6px}} table{{border-collapse:collapse;width:100%}} h2{{font-size:12pt;color:#1a3e6f}}</style></head><body>
<p style="text-align:center;font-size:9pt">NATIONS UNIES · OFFICE DES NATIONS UNIES À GENÈVE · Palais des Nations, CH-1211 Genève 10</p>
<h1 style="font-size:15pt;text-align:center">AVIS DE VACANCE DE POSTE</h1>
<h2 style="text-align:center">{esc(TITLE)}, G6</h2>
<table>
<tr><th>Intitulé du poste</th><td>ASSISTANT(E) PRINCIPAL(E) À LA GESTION DES DOCUMENTS, G6</td></tr>
<tr><th>Code de l'emploi</th><td>ASSISTANT(E) À LA GESTION DES DOCUMENTS</td></tr>
<tr><th>Département/Bureau</th><td>{ORG}</td></tr>
<tr><th>Lieu d'affectation</th><td>{LOC}</td></tr>
<tr><th>Catégorie et classe</th><td>{LEVEL}</td></tr>
<tr><th>Période de candidature</th><td>20 août 2037 - 18 septembre 2037</td></tr>
<tr><th>Numéro de l'appel à candidatures</th><td>{esc(REF)}</td></tr>
</table>
<p><i>Valeurs fondamentales de l'ONU : intégrité, professionnalisme, respect de la diversité</i></p>
<h2>Cadre organisationnel</h2><p>{esc(CADRE)}</p>
<h2>Responsabilités</h2><p>Dans les limites de la délégation de pouvoir, le ou la titulaire s'acquitte des fonctions suivantes :</p><ul>{taches}</ul>
<h2>Compétences</h2>{comps_html(COMPS, " : ")}
<h2>Formation</h2><p>{esc(FORM)}</p>
<h2>Expérience professionnelle</h2><p>{esc(EXP_R)} {esc(EXP_D)} {esc(EXP_D2)}</p>
<h2>Connaissances linguistiques</h2><p>{esc(L_CTX)} {esc(L_R)} {esc(L_D)}</p>
<h2>Rémunération</h2><p>Traitement annuel net : {SAL} (échelon I), auquel s'ajoutent, le cas échéant, les indemnités pour charges de famille et la prime de connaissances linguistiques.</p>
<h2>Méthode d'évaluation</h2><p>L'évaluation des candidats qualifiés pourra comprendre un test écrit le 6 octobre 2037, suivi d'un entretien axé sur les compétences.</p>
<h2>Avis spécial</h2><p>Les candidats doivent résider dans la zone d'affectation de Genève ; le recrutement se fait sur le plan local.</p>
<h2>Aucuns frais</h2><p>L'ORGANISATION DES NATIONS UNIES NE PERÇOIT AUCUN FRAIS À QUELQUE STADE QUE CE SOIT DU PROCESSUS DE RECRUTEMENT.</p>
</body></html>
"""
    src("unog-avis.fr.html", page)
    libreoffice("unog-avis.fr.html", KEY + "-avis.fr.libreoffice.pdf", KEY)
    t = f"""GENÈVE INTERNATIONALE — Lettre d'information emplois n° 37/2037
Vendredi 21 août 2037 · Pour vous désabonner, répondez STOP.

À LA UNE
  Journée portes ouvertes du Palais des Nations : samedi 10 octobre 2037.

OFFRES D'EMPLOI DE LA SEMAINE
----------------------------------------------------------------
1) {TITLE} (G-6)
   Département/Bureau : {ORG}
   Lieu d'affectation : {LOC}
   Catégorie et classe : {LEVEL}
   Numéro : {REF}
   Clôture : 18 septembre 2037

   Cadre organisationnel
   {CADRE}

   Responsabilités
""" + "\n".join("   - " + x for x in TACHES) + "\n\n   Compétences\n" + \
        "\n".join("   %s : %s" % c for c in COMPS) + f"""

   Formation
   {FORM}

   Expérience professionnelle
   {EXP_R} {EXP_D} {EXP_D2}

   Connaissances linguistiques
   {L_CTX} {L_R} {L_D}

   Traitement annuel net : {SAL} (échelon I).
----------------------------------------------------------------
2) Chargé(e) de communication (stage) — une ONG du quartier des Nations — clôture le 4 septembre 2037
----------------------------------------------------------------
Les offres sont publiées sous la responsabilité des organisations qui les diffusent.
"""
    write(KEY + "-lettre-emplois.fr.txt", t, KEY)
    expected(KEY, REF, ["fr"], TITLE, ORG, LOC, None, "2037-09-18", (98415, None, None, "CHF", "year"), GRADE,
             {"essential": [FORM, EXP_R, L_R], "desirable": [EXP_D, EXP_D2, L_D]}, comps_list(COMPS))
