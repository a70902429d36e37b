from common import *
REF = "OPCQ-2037-026"; KEY = "opcq-2037-026"
T = "Agent(e) de protection du consommateur"
O = "Office de la protection du consommateur"
L = "Québec (Capitale-Nationale)"
S = "Temps plein, 35 heures par semaine"
PAY = "De 52 108 $ à 84 627 $ par année"
ESS = ["Être titulaire d'un diplôme universitaire de premier cycle (baccalauréat) en droit, en administration, en sciences de la consommation ou dans une discipline pertinente.",
 "Posséder au moins une année d'expérience dans le traitement de plaintes, l'application de lois ou le service à la clientèle.",
 "Avoir une excellente maîtrise du français écrit et parlé.",
 "Détenir la citoyenneté canadienne, le statut de résident permanent ou un permis de travail valide."]
DES = ["Connaissance de la Loi sur la protection du consommateur et de ses règlements.", "Expérience en médiation ou en règlement des différends."]
COMP = [("Sens du service à la clientèle", "répond aux citoyens avec courtoisie et rigueur, même dans les situations tendues"),
        ("Capacité d'analyse", "dégage rapidement les faits pertinents d'un dossier et les règles qui s'y appliquent"),
        ("Habileté à rédiger", "produit des avis et des lettres clairs et exacts")]
MISS = ["Informer les consommateurs et les commerçants de leurs droits et obligations par téléphone et par écrit.",
 "Analyser les plaintes reçues, recueillir les pièces justificatives et orienter les dossiers vers la surveillance ou les poursuites.",
 "Rédiger des avis de non-conformité et des lettres aux commerçants.",
 "Contribuer à la mise à jour des contenus d'information publiés sur le site de l'Office."]

def build():
    facts = [("Numéro de l'offre", REF), ("Organisme", O), ("Corps d'emploi", "Agent(e) de recherche et de planification socio-économique (105)"),
             ("Lieu de travail", L), ("Statut de l'emploi", "Permanent"), ("Horaire", S),
             ("Traitement", PAY), ("Période d'inscription", "Du 8 juin 2037 au 22 juin 2037, 23 h 59")]
    h = ["<!DOCTYPE html>", '<html lang="fr"><head><meta charset="utf-8"><title>Offre d\'emploi %s</title></head><body>' % REF,
         '<div class="pivq">Québec ✦ | <a href="#">English</a> | <a href="#">Accessibilité</a> | <a href="#">Nous joindre</a></div>',
         '<nav><a href="#">Accueil</a> › <a href="#">Trouver un emploi</a> › <a href="#">Résultats de recherche</a> › Offre</nav>',
         "<main>", "<h1>%s</h1>" % e(T), '<p class="org">%s</p>' % O,
         '<table class="details">'] + ["<tr><td class=label>%s</td><td>%s</td></tr>" % (e(a), e(b)) for a, b in facts] + ["</table>",
         "<h2>Notre organisation</h2><p>L'%s informe les consommateurs québécois, surveille l'application des lois dont elle est responsable et reçoit chaque année des dizaines de milliers de demandes de renseignements et de plaintes.</p>" % O,
         "<h2>Attributions</h2><p>Au sein de la Direction des services aux consommateurs, la personne titulaire devra :</p><ul>"] + ["<li>%s</li>" % e(x) for x in MISS] + ["</ul>",
         "<h2>Conditions d'admission</h2><ul>"] + ["<li>%s</li>" % e(x) for x in ESS] + ["</ul>",
         "<h2>Constituent des atouts</h2><ul>"] + ["<li>%s</li>" % e(x) for x in DES] + ["</ul>",
         "<h2>Profil recherché</h2><ul>"] + ["<li><strong>%s :</strong> %s</li>" % (e(a), e(b)) for a, b in COMP] + ["</ul>",
         "<h2>Modalités d'inscription</h2><p>Vous devez vous inscrire en ligne au plus tard le 22 juin 2037 à 23 h 59 en joignant votre curriculum vitae. Un examen écrit pourrait avoir lieu dans la semaine du 6 juillet 2037. Les personnes retenues seront convoquées à une entrevue. Télétravail possible jusqu'à trois jours par semaine selon la politique en vigueur.</p>",
         "<p><a class=btn>Postuler</a> <a>Imprimer</a> <a>Envoyer à un ami</a></p>",
         "</main>", '<footer><p>Offres similaires : Agent(e) d\'information – Montréal, inscription jusqu\'au 19 juin 2037 · Conseiller(ère) en conformité – Québec, jusqu\'au 29 juin 2037</p><p>© Gouvernement du Québec, 2037</p></footer>',
         "</body></html>"]
    w(KEY + "-carrieres.html", "\n".join(h), KEY)
    b = ["Aller au contenu", "Québec", "English", "Accessibilité", "Nous joindre", "Accueil", "Trouver un emploi", "Résultats de recherche", "Offre", "",
         T, O, ""]
    for a, v in facts:
        b += [a, v]
    b += ["", "Notre organisation", "L'%s informe les consommateurs québécois, surveille l'application des lois dont elle est responsable et reçoit chaque année des dizaines de milliers de demandes de renseignements et de plaintes." % O,
          "Attributions", "Au sein de la Direction des services aux consommateurs, la personne titulaire devra :"] + MISS + \
         ["Conditions d'admission"] + ESS + ["Constituent des atouts"] + DES + ["Profil recherché"] + ["%s : %s" % (a, v) for a, v in COMP] + \
         ["Modalités d'inscription", "Vous devez vous inscrire en ligne au plus tard le 22 juin 2037 à 23 h 59 en joignant votre curriculum vitae. Un examen écrit pourrait avoir lieu dans la semaine du 6 juillet 2037. Les personnes retenues seront convoquées à une entrevue.",
          "Postuler", "Imprimer", "Envoyer à un ami", "",
          "Offres similaires : Agent(e) d'information – Montréal, inscription jusqu'au 19 juin 2037 · Conseiller(ère) en conformité – Québec, jusqu'au 29 juin 2037",
          "© Gouvernement du Québec, 2037", ""]
    w(KEY + "-navigateur.txt", "\n".join(b), KEY)
    expected(KEY, REF, ["fr"], {"fr": T}, {"fr": O}, {"fr": L}, {"fr": S}, "2037-06-22",
             sal(mn=52108, mx=84627, cur="CAD", period="year"), None, None, {"fr": (ESS, DES)}, {"fr": COMP})
