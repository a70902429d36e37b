from common import *
REF = "SD-2037-07"; KEY = "sd-2037-07"
T = "Responsable de programme santé – prévention du diabète"
O = "Santé Diabète"
L = "Bamako (Mali)"
S = "Temps plein"
PAY = "de 865 000 à 1 062 500 FCFA nets par mois, selon expérience"
ESS = ["Diplôme de médecin, de pharmacien(ne) ou Master en santé publique.",
 "Au moins cinq ans d'expérience dans la gestion de projets de santé financés par des bailleurs institutionnels, dont deux en Afrique de l'Ouest.",
 "Connaissance des maladies non transmissibles et de l'organisation du système de santé malien.",
 "Capacité à encadrer une équipe pluridisciplinaire et à travailler avec les autorités sanitaires.",
 "Excellente maîtrise du français écrit et oral ; la pratique du bambara est requise."]
DES = ["Expérience de l'éducation thérapeutique du patient.", "Connaissance des procédures de l'Union européenne ou de l'AFD.", "Notions d'anglais professionnel."]
COMP = [("Leadership", "fédère l'équipe autour des objectifs du programme et sait déléguer"),
        ("Rigueur", "respecte les procédures financières et logistiques de l'association"),
        ("Sens du dialogue", "entretient des relations de confiance avec les partenaires de terrain et les associations de patients")]
MISS = ["Piloter la mise en œuvre du programme de prévention et de prise en charge du diabète dans les districts sanitaires de Bamako et de Koulikoro.",
 "Encadrer une équipe de huit personnes (médecins, éducateurs, chargé de suivi-évaluation).",
 "Assurer le suivi budgétaire et le reporting auprès des bailleurs.",
 "Représenter l'association auprès du ministère de la Santé et des partenaires techniques."]

def build():
    facts = [("Référence", REF), ("Organisation", O), ("Lieu de travail", L), ("Type de contrat", "CDD de 24 mois, renouvelable"),
             ("Temps de travail", S), ("Rémunération", PAY), ("Prise de poste", "1er août 2037"),
             ("Date limite de candidature", "17 juin 2037")]
    h = ["<!DOCTYPE html>", '<html lang="fr"><head><meta charset="utf-8"><title>%s – Santé Diabète</title></head><body>' % e(T),
         '<div class="cookies">Ce site utilise des cookies. <button>Tout accepter</button> <button>Paramétrer</button></div>',
         '<header><a href="/">Santé Diabète</a><nav><ul><li><a href="#">L\'association</a></li><li><a href="#">Nos actions</a></li><li><a href="#">Nous rejoindre</a></li><li><a href="#">Faire un don</a></li></ul></nav></header>',
         '<p class="fil">Accueil &gt; Nous rejoindre &gt; Offres d\'emploi</p>',
         "<main><article>", "<p class=tag>OFFRE D'EMPLOI · MALI</p>", "<h1>%s</h1>" % e(T),
         "<dl class=fiche>"] + ["<dt>%s</dt><dd>%s</dd>" % (e(a), e(b)) for a, b in facts] + ["</dl>",
         "<h2>L'association</h2><p>Santé Diabète est une ONG française qui agit depuis plus de vingt ans pour améliorer la prévention et la prise en charge du diabète en Afrique. Au Mali, elle appuie les structures de santé publiques, forme les soignants et accompagne les associations de patients.</p>",
         "<h2>Vos missions</h2><ul>"] + ["<li>%s</li>" % e(x) for x in MISS] + ["</ul>",
         "<h2>Votre profil</h2><ul>"] + ["<li>%s</li>" % e(x) for x in ESS] + ["</ul>",
         "<h3>Seraient appréciés</h3><ul>"] + ["<li>%s</li>" % e(x) for x in DES] + ["</ul>",
         "<h2>Compétences attendues</h2><ul>"] + ["<li><em>%s</em> – %s</li>" % (e(a), e(b)) for a, b in COMP] + ["</ul>",
         "<h2>Conditions</h2><p>Contrat de droit malien. Rémunération %s, assurance santé pour le (la) salarié(e) et sa famille, 30 jours de congés annuels.</p>" % e(PAY),
         "<h2>Pour postuler</h2><p>Envoyez CV et lettre de motivation en indiquant la référence <b>%s</b> à recrutement@santediabete.example avant le <b>17 juin 2037</b>. Les entretiens se dérouleront à Bamako à partir du 29 juin 2037 ; les candidatures sont étudiées au fil de l'eau.</p>" % REF,
         "</article>", '<aside><h3>Autres offres</h3><ul><li>Éducateur(trice) en santé – Ouagadougou (clôture le 5 juin 2037)</li><li>Stage communication – Grenoble (clôture le 30 juin 2037)</li></ul></aside>',
         "</main><footer>Santé Diabète · Association loi 1901 · Mentions légales · Newsletter</footer></body></html>"]
    w(KEY + "-santediabete.html", "\n".join(h), KEY)
    b = ["SOLIDARITÉ-EMPLOIS", "Le site des métiers de la solidarité internationale", "",
         "Offres  |  Candidats  |  Recruteurs  |  Connexion", "",
         "Offre n° 48213", "", T, "", O, "", "Mali · Bamako", "", "Mise en ligne le 18 mai 2037", "",
         "Référence de l'offre", "", REF, "",
         "Lieu de travail", "", L, "",
         "Type de contrat", "", "CDD", "",
         "Durée", "", "24 mois", "",
         "Temps de travail", "", S, "",
         "Salaire", "", PAY, "",
         "Date limite de candidature", "", "17/06/2037", "",
         "DESCRIPTION DE L'ORGANISATION", "",
         "Santé Diabète est une ONG française qui agit depuis plus de vingt ans pour la prévention et la prise en charge du diabète en Afrique.", "",
         "DESCRIPTION DU POSTE", ""] + MISS + ["", "PROFIL RECHERCHÉ", ""] + ESS + ["", "Seraient appréciés :", ""] + DES + \
        ["", "Compétences attendues :", ""] + ["%s – %s" % (a, b2) for a, b2 in COMP] + \
        ["", "CANDIDATURE", "", "CV et lettre à recrutement@santediabete.example, réf. %s. Entretiens à partir du 29 juin 2037." % REF, "",
         "Offres similaires", "Chargé(e) de suivi-évaluation santé – Niamey – 12/06/2037", "Coordinateur(trice) logistique – Mopti – 26/06/2037", "",
         "Signaler cette offre · Imprimer · Partager", ""]
    w(KEY + "-solidarite-emplois.txt", "\n".join(b), KEY)
    expected(KEY, REF, ["fr"], {"fr": T}, {"fr": O}, {"fr": L}, {"fr": S}, "2037-06-17",
             sal(mn=865000, mx=1062500, cur="XOF", period="month"), None, None, {"fr": (ESS, DES)}, {"fr": COMP})
