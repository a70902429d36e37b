from common import *

KEY = "tat-2044-017"
REF = "TAT-2044-017"
T = "Conseillère ou conseiller en vulgarisation juridique"
O = "Tribunal administratif du travail"
LOC = "Montréal"
SCH = "35 heures par semaine"
ESS = ["Expérience de la rédaction de contenus destinés au grand public sur des sujets juridiques ou administratifs",
       "Excellente maîtrise du français écrit",
       "Connaissance des principes de la communication claire et du langage simple",
       "Aptitude à travailler avec des juristes et des équipes de production web"]
DES = ["Connaissance du droit du travail québécois", "Expérience de la production de capsules vidéo ou de balados"]
COMP = [("Sens de la pédagogie", "vous savez expliquer simplement une règle complexe"),
        ("Rigueur", "vous vérifiez chaque information avant sa diffusion"),
        ("Autonomie", "vous menez vos projets du plan de rédaction à la mise en ligne")]
ATTR = ["concevoir et rédiger des fiches, des guides et des pages web qui expliquent les recours devant le Tribunal",
        "réviser les modèles de lettres et d'avis transmis aux parties afin de les rendre plus lisibles",
        "collaborer avec les juges administratifs et le personnel des greffes pour valider les contenus",
        "mesurer la compréhension des textes auprès de citoyens et proposer des améliorations"]


def isarta():
    L = ["Isarta Emplois", "Offres d'emploi   Formations   Isarta Infos   Recruteurs", "Connexion | English", "",
         "Accueil > Offres d'emploi > Communication > Rédaction", "", T, O, "Montréal, QC", "",
         "Publiée le 22 février 2044", "Catégorie : Communication / Rédaction", "Type de poste : Permanent - Temps plein",
         "Niveau : Intermédiaire", "", "[ Postuler ]   [ Sauvegarder ]   [ Partager ]", "",
         "Description du poste", "",
         f"Le {O} (TAT) entend les recours en matière de relations du travail, de santé et de sécurité du travail et de normes du travail. "
         "Sa Direction des communications cherche une personne capable de rendre le droit accessible à des travailleurs et à des employeurs qui ne sont pas représentés.", "",
         f"Numéro de l'appel de candidatures : {REF}", "Classe d'emploi : Agente ou agent d'information (111)",
         f"Lieu de travail : {LOC} (mode hybride, deux jours au bureau)", f"Horaire : {SCH}",
         "Traitement : de 55 918 $ à 99 611 $ par année, selon l'expérience",
         "Période d'inscription : du 23 février 2044 au 8 mars 2044 à 23 h 59", "",
         "Attributions", "La personne titulaire de l'emploi devra notamment :"]
    L += ["- " + a + " ;" for a in ATTR]
    L += ["", "Exigences du poste"] + ["- " + e + " ;" for e in ESS]
    L += ["", "Atouts"] + ["- " + e + " ;" for e in DES]
    L += ["", "Profil recherché"] + [f"- {n} : {d} ;" for n, d in COMP]
    L += ["", "Conditions d'admission",
          "Être titulaire d'un diplôme universitaire de premier cycle dont l'obtention nécessite un minimum de 16 années de scolarité. "
          "Un examen écrit aura lieu le 21 mars 2044 pour les personnes admissibles.", "",
          "Pour postuler", "Inscrivez-vous sur le site Carrières du gouvernement du Québec en indiquant le numéro de l'appel de candidatures. "
          "Les entrevues se tiendront dans la semaine du 4 avril 2044.", "",
          "Le TAT applique un programme d'accès à l'égalité en emploi.", "",
          "Offres similaires",
          "Rédacteur·trice web – Société de transport de Laval – Laval, QC – Publiée le 19 février 2044",
          "Conseiller en communication interne – Desjardins – Lévis, QC – Publiée le 17 février 2044",
          "Chargée de contenus – Musée des Abénakis – Odanak, QC – Publiée le 12 février 2044", "",
          "© 2044 Isarta inc. Tous droits réservés. | Conditions d'utilisation | Confidentialité"]
    return "\n".join(L) + "\n"


def page():
    li = lambda xs: "<ul>" + "".join(f"<li>{x}</li>" for x in xs) + "</ul>"
    return f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{T} | {O}</title></head>
<body>
<header><a href="#contenu">Passer au contenu</a> · <a href="/en">English</a>
<nav><a href="/">Accueil</a> | <a href="/recours">Recours</a> | <a href="/decisions">Décisions</a> | <a href="/carrieres">Carrières</a> | <a href="/nous-joindre">Nous joindre</a></nav>
<p class="fil">Accueil &gt; Carrières &gt; Offres d'emploi</p></header>
<main id="contenu">
<p class="surtitre">Appel de candidatures – recrutement</p>
<h1>{T}</h1>
<p><em>Mis en ligne le 23 février 2044</em></p>
<div class="resume">
<p><strong>Numéro</strong><br>{REF}</p>
<p><strong>Organisme</strong><br>{O}</p>
<p><strong>Lieu</strong><br>{LOC}</p>
<p><strong>Horaire</strong><br>{SCH}</p>
<p><strong>Traitement annuel</strong><br>De 55 918 $ à 99 611 $</p>
<p><strong>Inscription</strong><br>Du 23 février au 8 mars 2044, 23 h 59</p>
</div>
<h2>Le contexte</h2>
<p>Chaque année, des milliers de personnes se présentent seules devant le Tribunal. Pour qu'elles comprennent leurs droits et la marche à suivre, la Direction des communications produit des contenus clairs, vérifiés et accessibles.</p>
<h2>Vos attributions</h2>
<ol>{"".join(f"<li>{a[0].upper() + a[1:]}.</li>" for a in ATTR)}</ol>
<h2>Exigences</h2>
{li(ESS)}
<h2>Atouts</h2>
{li(DES)}
<h2>Profil recherché</h2>
<ul>{"".join(f"<li><strong>{n}</strong> : {d}</li>" for n, d in COMP)}</ul>
<h2>Conditions d'admission</h2>
<p>Diplôme universitaire de premier cycle (16 années de scolarité). Les personnes admissibles seront convoquées à un examen écrit le 21 mars 2044.</p>
<h2>Comment postuler</h2>
<p>Inscrivez-vous au plus tard le <strong>8 mars 2044 à 23 h 59</strong> sur le site Carrières en précisant le numéro {REF}. Une prime de télétravail de 300 $ par année est versée pour l'équipement.</p>
</main>
<aside><h2>Autres offres</h2><ul><li>Greffière ou greffier audiencier – Québec – inscription jusqu'au 15 mars 2044</li><li>Technicienne ou technicien en documentation – Montréal – jusqu'au 1er mars 2044</li></ul></aside>
<footer><p>© Gouvernement du Québec, 2044 · Accessibilité · Politique de confidentialité</p></footer>
</body></html>
"""


def build():
    write(KEY + "-isarta.txt", isarta(), KEY)
    write(KEY + "-tat.html", page(), KEY)
    expected(KEY, reference=REF, languages=["fr"], title={"fr": T}, organisation={"fr": O}, location={"fr": LOC},
             schedule={"fr": SCH}, deadline="2044-03-08", salary=sal(55918, 99611, "CAD", "year"),
             req={"fr": (ESS, DES)}, comp={"fr": COMP})
