from common import *

KEY = "31604te34110250001"
REF = "31604TE34110250001"
TITLE = "Conseillère ou conseiller en francisation des entreprises"
ORG = "Office québécois de la langue française"
LOC = "Montréal (Montréal)"
SCHED = "35 heures par semaine"
ESS = [
    "Être titulaire d'un diplôme universitaire de premier cycle dans une discipline appropriée, ou d'une attestation d'études dont l'équivalence est reconnue par l'autorité compétente.",
    "Avoir la citoyenneté canadienne ou le statut de résident permanent.",
    "Avoir de la langue française une connaissance appropriée aux fonctions.",
]
DES = [
    "Expérience en accompagnement d'entreprises, en gestion du changement ou en relations de travail.",
    "Connaissance de la Charte de la langue française et de ses règlements.",
    "Connaissance du milieu manufacturier ou du commerce de détail.",
]
PROFIL = ["Sens de l'organisation", "Aisance dans les relations interpersonnelles", "Capacité d'analyse", "Diplomatie", "Rigueur"]
DUTIES = [
    "accompagner une quarantaine d'entreprises de 50 personnes ou plus dans l'élaboration et la mise en œuvre de leur programme de francisation;",
    "analyser les situations linguistiques décrites dans les analyses et proposer des mesures correctrices réalistes;",
    "animer des rencontres avec les comités de francisation et les directions d'entreprise;",
    "rédiger des avis, des rapports de suivi et des recommandations de certification;",
    "participer à des activités de sensibilisation auprès des associations sectorielles.",
]

expected(KEY, {
    "reference": REF, "post_number": None, "languages": ["fr"],
    "title": lang2(None, TITLE), "organisation": lang2(None, ORG), "location": lang2(None, LOC),
    "schedule": lang2(None, SCHED), "deadline": "2034-11-20",
    "salary": {"amount": None, "min": 57486, "max": 107494, "currency": "CAD", "period": "year"},
    "grade": None, "clearance": None,
    "requirements": {"en": None, "fr": {"essential": ESS, "desirable": DES}},
    "competencies": {"en": None, "fr": comp([(n, None) for n in PROFIL])},
})

FACTS = [
    ("Numéro de l'appel de candidatures", REF),
    ("Organisme", ORG),
    ("Direction", "Direction de la francisation des entreprises – Montréal"),
    ("Corps d'emploi", "Agente ou agent de recherche et de planification socio-économique (105)"),
    ("Nombre d'emplois", "2"),
    ("Statut", "Emploi régulier"),
    ("Lieu de travail", LOC),
    ("Horaire de travail", SCHED),
    ("Traitement annuel", "de 57 486 $ à 107 494 $"),
    ("Période d'inscription", "du 6 novembre 2034 au 20 novembre 2034 à 23 h 59"),
]
INTRO = ("L'Office veille à ce que le français soit la langue normale et habituelle du travail, du commerce et des affaires. "
         "Au sein de la Direction de la francisation des entreprises, vous soutiendrez les organisations de la région de Montréal "
         "dans l'obtention et le maintien de leur certificat de francisation.")

html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{TITLE} | Carrières | Québec.ca</title>
<style>
body{{font-family:Arial,sans-serif;max-width:860px;margin:auto;color:#223654}}
.pied, .entete{{background:#095797;color:#fff;padding:8px}}
.entete a{{color:#fff}}
table.infos{{border-collapse:collapse;width:100%}} table.infos th{{text-align:left;width:36%;vertical-align:top;padding:4px;background:#f1f1f2}}
table.infos td{{padding:4px;border-bottom:1px solid #ddd}}
.pub{{color:#6b778a;font-size:90%}}
</style></head><body>
<div class="entete"><a href="#">Aller au contenu</a> · Québec <span>·</span> <a href="#">English</a> · <a href="#">Nous joindre</a></div>
<nav><a href="#">Accueil</a> › <a href="#">Emploi</a> › <a href="#">Travailler dans la fonction publique</a> › <a href="#">Offres d'emploi</a></nav>
<main>
<h1>{TITLE}</h1>
<p class="pub">Publication : 30 octobre 2034</p>
<p>{INTRO}</p>
<h2>Renseignements sur l'emploi</h2>
<table class="infos">
{''.join(f'<tr><th>{l}</th><td>{v}</td></tr>' for l, v in FACTS)}
</table>
<h2>Attributions</h2>
<p>La personne titulaire de l'emploi devra notamment :</p>
<ul>{''.join(f'<li>{d}</li>' for d in DUTIES)}</ul>
<p>Des déplacements occasionnels sur l'île de Montréal et en Montérégie sont à prévoir. Le télétravail est possible jusqu'à trois jours par semaine, selon la politique en vigueur.</p>
<h2>Conditions d'admission</h2>
<h3>Scolarité</h3>
<p>{ESS[0]}</p>
<h3>Citoyenneté</h3>
<p>{ESS[1]}</p>
<h3>Langue</h3>
<p>{ESS[2]}</p>
<p>Aucune expérience n'est exigée pour cet appel de candidatures.</p>
<h2>Profil recherché</h2>
<ul>{''.join(f'<li>{p}</li>' for p in PROFIL)}</ul>
<h2>Constituent des atouts :</h2>
<ul>{''.join(f'<li>{d}</li>' for d in DES)}</ul>
<h2>Modalités d'inscription</h2>
<p>Inscrivez-vous en ligne pendant la période d'inscription. Les personnes retenues seront convoquées à un examen écrit qui devrait avoir lieu dans la semaine du 4 décembre 2034; une entrevue suivra en janvier 2035.</p>
<p>Pour toute question : <a href="#">dotation@oqlf.example</a>, 514 555-0148.</p>
<aside><h2>Offres semblables</h2>
<ul><li>Agente ou agent de recherche en sociolinguistique – date limite : 27 novembre 2034</li>
<li>Conseillère ou conseiller en communication – date limite : 16 novembre 2034</li></ul></aside>
</main>
<div class="pied">© Gouvernement du Québec, 2034 · Accessibilité · Politique de confidentialité</div>
</body></html>
"""
out(KEY + "-carrieres.html", html)

# chat paste (Teams-like): a colleague pastes the offer in a group chat
paste = "\n".join(f"{l} : {v}" for l, v in FACTS)
chat = f"""Équipe Francisation – Montréal  |  Conversation
------------------------------------------------------------

Lucie Brassard  10:41
Salut la gang! L'affichage est en ligne, je vous colle le texte ici pour ceux qui voudraient le partager dans leurs réseaux 👇

Lucie Brassard  10:42
{TITLE}

{paste}

{INTRO}

Attributions
- {chr(10).join('- ' + d for d in DUTIES)[2:]}

Conditions d'admission
Scolarité : {ESS[0]}
Citoyenneté : {ESS[1]}
Langue : {ESS[2]}
Aucune expérience n'est exigée pour cet appel de candidatures.

Profil recherché : {', '.join(PROFIL)}.

Constituent des atouts :
• {DES[0]}
• {DES[1]}
• {DES[2]}

Examen écrit prévu dans la semaine du 4 décembre 2034.
(modifié)

Karim Ouellet  10:47
Merci Lucie! Je l'envoie à mon ancienne cohorte de l'UdeM 👍

Nathalie Gendron  10:52
Est-ce que ça remplace le poste de Geneviève ou c'est un ajout?

Lucie Brassard  10:53
Un remplacement + un ajout, d'où les 2 emplois. Rappel : on se voit à 14 h pour la rencontre d'équipe (salle 4.12)

Karim Ouellet  10:54
❤️ 1

Tapez un message
"""
out(KEY + "-clavardage.txt", chat)
