from common import *
REF = "WLZ/RH/2037/09"; KEY = "wlz-rh-2037-09"
T = "Employé communal (m/f) – gestionnaire du patrimoine bâti"
O = "Administration communale de Wiltz"
L = "Wiltz"
S = "Tâche complète (40 heures par semaine)"
ESS = ["être ressortissant d'un État membre de l'Union européenne ;",
 "être titulaire d'un diplôme de bachelor en génie civil, en construction ou en gestion technique du bâtiment ;",
 "avoir une connaissance adéquate des trois langues administratives du pays (luxembourgeois, français et allemand) ;",
 "avoir réussi l'examen-concours d'admissibilité pour la carrière B1 du secteur communal ou s'engager à le présenter lors de la prochaine session ;",
 "être détenteur du permis de conduire de la catégorie B."]
DES = ["une expérience dans la gestion de bâtiments publics ou scolaires ;", "des connaissances des logiciels de gestion technique centralisée et de DAO."]
MISS = ["planifier et suivre l'entretien des bâtiments communaux (écoles, maisons relais, hall sportif, centre culturel) ;",
 "préparer les dossiers de soumission et contrôler l'exécution des travaux ;",
 "tenir l'inventaire technique et suivre les consommations énergétiques ;",
 "assurer le contact avec les bureaux d'études et les entreprises."]

def build():
    css = """@page{size:A4;margin:2cm 2cm 2.4cm;@bottom-center{content:"Commune de Wiltz – avis de vacance – page " counter(page) " / " counter(pages);font-size:8pt;color:#666}}
body{font-family:'DejaVu Sans',sans-serif;font-size:10pt}.head{display:flex;justify-content:space-between;border-bottom:2px solid #1d5a8c;padding-bottom:6px}
h1{font-size:15pt;text-align:center;color:#1d5a8c}.nw{white-space:nowrap}table{border-collapse:collapse;width:100%}td{border:1px solid #999;padding:4px;vertical-align:top}td.l{width:35%;font-weight:bold}"""
    rows = [("Référence", '<span class="nw">%s</span>' % REF), ("Employeur", O), ("Service", "Service technique – bâtiments"),
            ("Lieu de travail", L), ("Statut", "Employé communal, contrat à durée indéterminée"),
            ("Groupe d'indemnité", "B1"), ("Tâche", S), ("Entrée en service", "le 1er octobre 2037 au plus tôt")]
    h = ["<!DOCTYPE html><html lang=fr><head><meta charset=utf-8><style>%s</style></head><body>" % css,
         '<div class=head><div><b>COMMUNE DE WILTZ</b><br>Collège des bourgmestre et échevins<br>Grand-Rue · L-95xx Wiltz</div><div style="text-align:right">Wiltz, le 20 mai 2037</div></div>'.replace("L-95xx", "L-9530"),
         "<h1>AVIS DE VACANCE DE POSTE</h1>",
         "<p>Le collège des bourgmestre et échevins de la commune de Wiltz se propose d'engager, pour les besoins de son service technique, un</p>",
         "<p style='text-align:center;font-size:12pt'><b>%s</b></p>" % e(T),
         "<table>"] + ["<tr><td class=l>%s</td><td>%s</td></tr>" % (a, b) for a, b in rows] + ["</table>",
         "<h2>Missions</h2><ul>"] + ["<li>%s</li>" % e(x) for x in MISS] + ["</ul>",
         "<h2>Conditions d'admission</h2><p>Pour être admis au poste, le candidat doit :</p><ul>"] + ["<li>%s</li>" % e(x) for x in ESS] + ["</ul>",
         "<h2>Atouts</h2><ul>"] + ["<li>%s</li>" % e(x) for x in DES] + ["</ul>",
         "<h2>Rémunération</h2><p>La rémunération est fixée conformément au régime des employés communaux (groupe d'indemnité B1), majorée des allocations prévues par la législation en vigueur.</p>",
         "<h2>Candidatures</h2><p>Les demandes, accompagnées d'une lettre de motivation, d'un curriculum vitae, d'une copie des diplômes, d'un extrait récent du casier judiciaire et d'une copie de la carte d'identité, sont à adresser au collège des bourgmestre et échevins de la commune de Wiltz pour le <b>24 juin 2037</b> au plus tard, par courrier ou par courriel à rh@wiltz.example. Les candidats retenus seront invités à un entretien au courant du mois de juillet 2037. Les demandes incomplètes ou tardives ne seront pas prises en considération.</p>",
         "<p style='text-align:right'>Le collège des bourgmestre et échevins</p></body></html>"]
    src = BUILD + "/wiltz.html"
    open(src, "w", encoding="utf-8").write("\n".join(h))
    weasy(src, KEY + "-wiltz.weasyprint.pdf")
    row(KEY + "-wiltz.weasyprint.pdf", KEY)
    dump(KEY + "-wiltz.weasyprint.pdf", KEY)
    b = ["emplois-communes.lu — Les offres des communes et syndicats intercommunaux", "Accueil > Offres > Secteur communal > Carrière B1", "",
         "FR | DE | EN", "",
         "%s (%s)" % (T, "Wiltz"), "Publié le 21.05.2037 | Commune de Wiltz | Réf. : %s" % REF, "",
         "Employeur.................: %s" % O,
         "Lieu de travail...........: %s" % L,
         "Statut....................: CDI (employé communal)",
         "Groupe d'indemnité........: B1",
         "Tâche.....................: %s" % S,
         "Date limite...............: 24.06.2037", "",
         "Le collège des bourgmestre et échevins se propose d'engager un %s pour son service technique." % T, "",
         "MISSIONS"] + ["  o " + x for x in MISS] + ["", "CONDITIONS D'ADMISSION", "Pour être admis au poste, le candidat doit :"] + ["  o " + x for x in ESS] + \
        ["", "ATOUTS"] + ["  o " + x for x in DES] + \
        ["", "CANDIDATURES", "Lettre de motivation, CV, copie des diplômes, extrait du casier judiciaire et copie de la carte d'identité au collège des bourgmestre et échevins pour le 24 juin 2037 au plus tard (rh@wiltz.example). Entretiens en juillet 2037.", "",
         "Offres récentes du secteur communal :",
         "  - Éducateur (m/f) – maison relais – Commune de Clervaux – délai : 15.06.2037",
         "  - Salarié à tâche manuelle (m/f) – Syndicat intercommunal – délai : 30.06.2037", "",
         "Ajouter à mes favoris | Alerte e-mail | Imprimer", ""]
    w(KEY + "-emplois-communes.txt", "\n".join(b), KEY)
    expected(KEY, REF, ["fr"], {"fr": T}, {"fr": O}, {"fr": L}, {"fr": S}, "2037-06-24", None, "B1", None,
             {"fr": (ESS, DES)}, {"fr": []})
