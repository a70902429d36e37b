from common import *
REF = "DJZ-TEC-2036-0731"; K = key_of(REF)
TITLE = "Ingénieur(e) performance du cœur de réseau mobile"
ORG = "Djezzy (Optimum Telecom Algérie SpA)"
LOC = "Alger, avec déplacements dans les wilayas du Centre"
SCHED = "Temps plein, du dimanche au jeudi, avec interventions de nuit lors des mises en service"
SALT = "230 000 à 280 000 DA (DZD) net par mois, selon profil"
ESS = ["Diplôme d'ingénieur d'État ou master en télécommunications ou en réseaux",
       "Au moins trois ans d'expérience en exploitation ou en performance d'un cœur de réseau mobile (EPC ou 5GC)",
       "Bonne connaissance des protocoles Diameter, GTP et SIP",
       "Maîtrise des outils de supervision et d'analyse de traces",
       "Être dégagé(e) des obligations du service national"]
DES = ["Certification constructeur sur les plateformes de cœur de réseau",
       "Notions de Python pour l'automatisation des rapports"]
COMP = [("Esprit d'analyse", "relie les indicateurs de performance aux réglages des équipements"),
        ("Réactivité", "intervient sans délai lors des dégradations de service"),
        ("Travail en équipe", "coordonne ses actions avec les équipes radio, transmission et informatique")]
MISS = ["Suivre quotidiennement les indicateurs de performance du cœur de réseau (taux d'attachement, établissement de sessions, latence)",
        "Analyser les incidents et proposer des actions correctives",
        "Préparer et valider les mises en service des nouvelles fonctions réseau",
        "Produire les rapports hebdomadaires destinés à la Direction technique"]

html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{TITLE} | Carrières Djezzy</title>
<style>body{{font-family:Liberation Sans,Arial,sans-serif;margin:0;font-size:14px;color:#222}}
.bar{{background:#e30613;color:#fff;padding:6px 20px}} .bar span{{float:right}}
main{{max-width:860px;margin:0 auto;padding:10px 20px}}
ul.facts{{list-style:none;padding:0;display:grid;grid-template-columns:1fr 1fr;gap:8px}}
ul.facts li{{background:#f5f5f5;padding:8px}} ul.facts span{{display:block;font-size:11px;color:#888;text-transform:uppercase}}
.apply{{background:#e30613;color:#fff;padding:8px 16px;display:inline-block}}</style></head><body>
<div class="bar"><b>djezzy</b> · Carrières <span>عربي | Français | English</span></div>
<main>
<p><a href="#">Carrières</a> / <a href="#">Nos offres</a> / {REF}</p>
<h1>{TITLE} (H/F)</h1>
<p><em>Publiée le 24/08/2036 · Direction technique · Réf. {REF}</em></p>
<ul class="facts">
<li><span>Référence</span>{REF}</li>
<li><span>Entreprise</span>{ORG}</li>
<li><span>Direction</span>Direction technique – Cœur de réseau</li>
<li><span>Lieu de travail</span>{LOC}</li>
<li><span>Contrat</span>CDI</li>
<li><span>Horaires</span>{SCHED}</li>
<li><span>Rémunération</span>{SALT}</li>
<li><span>Date limite de candidature</span>08/09/2036</li>
</ul>
<h2>Vos missions</h2>
<ol>{li(MISS)}</ol>
<h2>Profil recherché</h2>
<ul>{li(ESS)}</ul>
<h2>Un plus</h2>
<ul>{li(DES)}</ul>
<h2>Savoir-être</h2>
<ul>{li("<strong>%s :</strong> %s" % c for c in COMP)}</ul>
<p>Les candidatures (CV et lettre de motivation) sont reçues exclusivement en ligne jusqu'au 8 septembre 2036. Les candidats présélectionnés passeront un entretien technique à partir du 20 septembre 2036.</p>
<p class="apply">Postuler</p>
<h3>Offres similaires</h3>
<p>Ingénieur(e) transmission IP – Oran – clôture le 15/09/2036<br>Chargé(e) de clientèle entreprises – Constantine – clôture le 30/09/2036</p>
</main>
<footer style="padding:10px 20px;font-size:11px;color:#777">© 2036 Djezzy (page de démonstration). Nous utilisons des cookies. <u>J'accepte</u></footer>
</body></html>
"""
write(K + "-djezzy.html", html, K)

board = f"""emploitic   Offres d'emploi   Entreprises   Conseils carrière   Espace recruteur   Se connecter
Accueil › Offres d'emploi › Télécommunications › Alger

{TITLE.upper()} (H/F)
Djezzy
Alger, Algérie · Publiée il y a 3 jours · Date d'expiration : 08/09/2036
Postuler   Sauvegarder

Détails de l'offre
Secteur d'activitéTélécommunicationsFonctionIngénierie, Études, R&DNiveau de posteConfirmé / Expérimenté (3 à 5 ans)Niveau d'étudesUniversitaire (Bac +5)Type de contratCDILieu de travailAlger

Description de l'entreprise
Opérateur de téléphonie mobile, Djezzy accompagne plusieurs millions de clients à travers les 58 wilayas.

Description du poste
Référence : {REF}
Poste : {TITLE}
Entreprise : {ORG}
Lieu de travail : {LOC}
Horaires : {SCHED}
Rémunération : {SALT}

Vos missions :
{bullets(MISS, "• ")}

Profil recherché :
{bullets(ESS, "• ")}

Un plus :
{bullets(DES, "• ")}

Savoir-être :
{bullets(("%s : %s" % c for c in COMP), "• ")}

Candidature en ligne uniquement, avant le 08/09/2036.

Partager cette offre   Signaler cette offre

Offres similaires
Ingénieur systèmes VoIP – Alger – Entreprise confidentielle – il y a 5 jours
Technicien NOC (H/F) – Blida – il y a 1 semaine
Chef de projet déploiement 5G – Alger – il y a 2 semaines
"""
write(K + "-emploitic.txt", board, K)

expected(REF, ["fr"], {"fr": TITLE}, {"fr": ORG}, {"fr": LOC}, {"fr": SCHED}, "2036-09-08",
         sal(mn=230000, mx=280000, cur="DZD", per="month"), None, {"fr": (ESS, DES)}, {"fr": COMP})
