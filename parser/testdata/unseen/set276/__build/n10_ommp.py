from common import *

KEY = "ommp-drh-2040-36"
REF = "OMMP/DRH/2040/36"
TITLE = "Ingénieur(e) principal(e) en sûreté portuaire"
ORG = "Office de la Marine Marchande et des Ports (OMMP)"
LOC = "Port de Radès (gouvernorat de Ben Arous), avec missions dans les ports de Bizerte, Sousse et Sfax"
SCHED = "Régime administratif (8 h – 17 h du lundi au vendredi), avec permanences selon le planning de la capitainerie"
GRADE = "Catégorie A1, grade d'ingénieur principal"
SAL = "Rémunération mensuelle brute de 2 950 TND, plus indemnité de sujétion"
ESS = [
    "Être de nationalité tunisienne et jouir de ses droits civiques",
    "Diplôme national d'ingénieur en génie maritime, génie industriel, télécommunications ou équivalent",
    "Au moins six ans d'expérience dans la sûreté d'installations portuaires ou aéroportuaires",
    "Connaissance approfondie du Code ISPS et des plans de sûreté des installations portuaires",
    "Maîtrise de l'arabe et du français ; bon niveau d'anglais",
]
DES = [
    "Certification d'agent de sûreté de l'installation portuaire (PFSO)",
    "Expérience des systèmes de vidéosurveillance et de contrôle d'accès",
]
COMP = [
    ("Sens des responsabilités", "vous prenez les décisions qui s'imposent en situation de crise"),
    ("Coordination", "vous faites travailler ensemble capitainerie, douane, police et opérateurs"),
    ("Pédagogie", "vous formez les agents de sûreté et sensibilisez les usagers du port"),
]
MISSIONS = [
    "mettre à jour et tester les plans de sûreté des installations portuaires",
    "organiser les exercices et les audits de sûreté",
    "superviser les dispositifs de contrôle d'accès et de vidéosurveillance",
    "assurer la liaison avec les autorités désignées et les agents de sûreté des navires",
]

expected(KEY, reference=REF, languages=["fr"], title=TITLE, organisation=ORG, location=LOC,
         schedule=SCHED, deadline="2040-10-31", salary=salary(amount=2950, currency="TND"),
         grade=GRADE, requirements={"fr": {"essential": ESS, "desirable": DES}},
         competencies={"fr": COMP})

board = f"""
OffresTN.example | Offres d'emploi | Entreprises | Concours publics | Mon compte | Déposer mon CV
Accueil > Concours publics > Transport / Logistique > Ben Arous

Ingénieur(e) principal(e) en sûreté portuaire - OMMP - Radès
OMMPRadès, Ben ArousPubliée le 24/09/2040Date d'expiration 31/10/2040Candidatures 87
Type d'emploiConcours sur dossierNiveau d'étudesBac + 5Expérience6 ans et plusLangueArabe, Français, Anglais

Référence : {REF}
Poste : {TITLE}
Employeur : {ORG}
Lieu d'affectation : {LOC}
Horaires : {SCHED}
Catégorie : {GRADE}
Salaire : {SAL}
Nombre de postes : 1
Date de clôture : 31/10/2040

Missions principales
- {MISSIONS[0]}
- {MISSIONS[1]}
- {MISSIONS[2]}
- {MISSIONS[3]}

Conditions de participation
- {ESS[0]}
- {ESS[1]}
- {ESS[2]}
- {ESS[3]}
- {ESS[4]}

Atouts
- {DES[0]}
- {DES[1]}

Compétences comportementales
- {COMP[0][0]} : {COMP[0][1]}
- {COMP[1][0]} : {COMP[1][1]}
- {COMP[2][0]} : {COMP[2][1]}

Dossier : demande au nom du Président-Directeur Général, CV, copie de la CIN, copies certifiées des diplômes, attestations de travail. Envoi par voie postale (le cachet de la poste faisant foi) ou dépôt au bureau d'ordre central. Entretien oral prévu le 20/11/2040.

Postuler   Ajouter aux favoris   Signaler

Offres similaires
Officier de port adjoint - Sfax - 31/10/2040
Technicien supérieur en maintenance des grues - Radès - 1 600 TND - 15/10/2040
Agent de sûreté - La Goulette - 09/10/2040
"""
write(KEY + "-offrestn.txt", board)

side = [("Référence", REF), ("Employeur", ORG), ("Lieu d'affectation", LOC), ("Horaires", SCHED),
        ("Catégorie", GRADE), ("Salaire", SAL), ("Date de clôture", "mercredi 31 octobre 2040 à minuit")]
html = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Avis de recrutement – OMMP</title>
<style>body{{font-family:Tahoma,Arial,sans-serif;margin:0;font-size:14px}} .lang{{text-align:right;padding:3px 16px;background:#eee}}
header{{background:#0d2f5a;color:#fff;padding:12px 16px}} nav a{{color:#cfe;margin-right:12px}}
.wrap{{display:flex;flex-direction:row-reverse;gap:20px;padding:16px}} .main{{flex:3}} .side{{flex:1;border:1px solid #ccd;padding:8px}}
.side div{{margin-bottom:8px}} .side span{{display:block;font-size:12px;color:#557}}</style></head><body>
<div class="lang">العربية | Français | English</div>
<header><strong>OMMP</strong> – Office de la Marine Marchande et des Ports
<nav><a href="#">L'Office</a><a href="#">Ports de commerce</a><a href="#">Gens de mer</a><a href="#">Appels d'offres</a><a href="#">Recrutement</a></nav></header>
<div class="wrap">
<div class="main">
<h1>Avis de recrutement externe sur dossier</h1>
<p>L'Office de la Marine Marchande et des Ports organise un recrutement externe sur dossier pour pourvoir un (1) poste de :</p>
<h2>{TITLE}</h2>
<h3>Missions</h3>
<ul>{li(MISSIONS)}</ul>
<h3>Conditions de participation</h3>
<ul>{li(ESS)}</ul>
<h3>Atouts</h3>
<ul>{li(DES)}</ul>
<h3>Compétences comportementales</h3>
<ul>{li(f"<em>{n}</em> : {d}" for n, d in COMP)}</ul>
<h3>Composition du dossier</h3>
<p>Demande au nom du Président-Directeur Général, curriculum vitae, copie de la carte d'identité nationale, copies certifiées conformes des diplômes et attestations de travail. Les dossiers sont adressés par voie postale, le cachet de la poste faisant foi, ou déposés au bureau d'ordre central de l'Office. Les candidat(e)s retenu(e)s sur dossier passeront un entretien oral le 20 novembre 2040.</p>
<p><a href="#">Télécharger l'avis (PDF, arabe)</a></p>
</div>
<div class="side"><h3>En bref</h3>
{"".join(f"<div><span>{a}</span>{b}</div>" for a, b in side)}
</div></div>
<footer><p>Actualités : escale record de porte-conteneurs à Radès (12/09/2040) · © 2040 OMMP · Plan du site</p></footer>
</body></html>"""
write(KEY + "-ommp.html", html)
