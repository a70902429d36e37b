from common import *
REF = "GPMG/DRH/2044-17"; KEY = "gpmg-drh-2044-17"
T = "Technicien(ne) de maintenance de grue mobile portuaire"
ORG = "Grand Port Maritime de la Guadeloupe"
LOC = "Terminal à conteneurs de Jarry, Baie-Mahault (Guadeloupe)"
SCH = "35 heures hebdomadaires en horaires postés 2 x 8, astreintes par roulement"
GR = "Agent de maîtrise, niveau 6"
ESS = ["BTS Maintenance des systèmes ou diplôme équivalent",
       "Trois ans d'expérience au moins en maintenance d'engins de levage",
       "Habilitation électrique de niveau B2V en cours de validité",
       "Lecture courante de schémas hydrauliques et électriques"]
DES = ["Connaissance des automates programmables industriels",
       "Pratique de l'anglais technique"]
COMP = [("Sens de la sécurité", "appliquer sans exception les consignes de consignation"),
        ("Réactivité", "intervenir rapidement lors d'une panne pendant une escale"),
        ("Travail en équipe", "coordonner les interventions avec les grutiers et les manutentionnaires")]
ACT = ["Réaliser la maintenance préventive et corrective des deux grues mobiles du terminal",
       "Diagnostiquer les pannes mécaniques, hydrauliques et électriques",
       "Tenir à jour la GMAO et les carnets de levage",
       "Préparer les visites réglementaires avec l'organisme de contrôle",
       "Proposer des améliorations pour réduire les temps d'arrêt"]

def row(l, v):
    return f'<tr><td width="32%" bgcolor="#e4eef7"><b>{l}</b></td><td>{v}</td></tr>'

src("gpmg-fiche.html", f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Fiche de poste {REF}</title></head>
<body style="font-family:Liberation Sans,Arial;font-size:10.5pt">
<table width="100%" border="0"><tr><td><b>GRAND PORT MARITIME<br>DE LA GUADELOUPE</b><br>Direction des Ressources humaines</td>
<td align="right">Pointe-à-Pitre, le 10 octobre 2044<br>N/Réf. : {REF}</td></tr></table>
<p align="center"><font size="5"><b>FICHE DE POSTE – OFFRE D'EMPLOI</b></font><br><i>Poste ouvert en interne et en externe</i></p>
<table width="100%" border="1" cellpadding="5" cellspacing="0">
{row("Intitulé du poste", T)}
{row("Établissement", ORG)}
{row("Direction / service", "Direction de l'Exploitation – service Maintenance des outillages")}
{row("Famille de métiers", "Maintenance portuaire")}
{row("Lieu d'affectation", LOC)}
{row("Temps de travail", SCH)}
{row("Classification", GR)}
{row("Contrat", "CDI de droit privé (convention collective nationale unifiée ports et manutention)")}
{row("Rémunération", "entre 2 650 € et 3 100 € bruts mensuels selon expérience, hors prime de vie chère et indemnités d'astreinte")}
{row("Date limite de candidature", "lundi 7 novembre 2044 à 12 h 00 (heure de Guadeloupe)")}
</table>
<h3>1. CONTEXTE</h3>
<p>Le Grand Port Maritime de la Guadeloupe gère les installations portuaires de l'archipel. Le terminal de Jarry traite l'essentiel des conteneurs de l'île ; la disponibilité des grues conditionne la durée des escales.</p>
<h3>2. ACTIVITÉS PRINCIPALES</h3>
{ul(ACT)}
<h3>3. PROFIL RECHERCHÉ</h3>
<p><u>Savoirs et expérience exigés :</u></p>
{ul(ESS)}
<p><u>Seraient un plus :</u></p>
{ul(DES)}
<h3>4. COMPÉTENCES COMPORTEMENTALES</h3>
{"".join(f"<p><b>{n}</b> : {d}</p>" for n, d in COMP)}
<h3>5. CANDIDATURE</h3>
<p>Lettre de motivation et CV à adresser à la Direction des Ressources humaines, par courriel (recrutement@gpmg.example), en indiquant la référence {REF}. Les entretiens se tiendront la semaine du 21 novembre 2044. Prise de poste souhaitée au 2 janvier 2045.</p>
</body></html>""")
soffice("gpmg-fiche.html", KEY + "-fiche.libreoffice.pdf", REF)

board = f"""
AntillesEmploi.example  |  Offres  |  Entreprises  |  Conseils  |  Se connecter
Accueil > Offres d'emploi > Guadeloupe > Maintenance

{T.upper()} H/F
Grand Port Maritime de la GuadeloupeBaie-Mahault (971)Publiée le 11/10/2044Réf. {REF}
Type de contratCDISecteurTransport / LogistiqueExpérience3 ans minimumSalaire2 650 € - 3 100 € brut/mois

Postuler      ☆ Sauvegarder      Partager

Description de l'entreprise
Établissement public de l'État, le port gère les terminaux de Jarry, de Pointe-à-Pitre et de Basse-Terre.

Informations sur le poste
Intitulé : {T}
Employeur : {ORG}
Lieu : {LOC}
Temps de travail : {SCH}
Classification : {GR}
Date limite : 07/11/2044

Missions
Maintenance préventive et corrective des grues mobiles du terminal ; diagnostic des pannes mécaniques, hydrauliques et électriques ; tenue de la GMAO et des carnets de levage ; préparation des visites réglementaires ; propositions d'amélioration.

Profil
{lines(ESS, "  > ")}

Les plus
{lines(DES, "  + ")}

Savoir-être
{lines([f"{n} : {d}" for n, d in COMP], "  ")}

Entretiens prévus la semaine du 21/11/2044.

Offres similaires
- Électromécanicien(ne) H/F – Le Lamentin (972) – 1 900 € brut/mois – il y a 3 jours
- Cariste CACES 5 H/F – Jarry – publiée le 02/10/2044

AntillesEmploi.example – site fictif – Mentions légales – CGU – Cookies
"""
w(KEY + "-antillesemploi.txt", board, REF)

exp(KEY, dict(reference=REF, languages=["fr"], title={"fr": T}, organisation={"fr": ORG}, location={"fr": LOC},
              schedule={"fr": SCH}, deadline="2044-11-07", salary=sal(None, 2650, 3100, "EUR"), grade=GR,
              requirements={"fr": {"essential": ESS, "desirable": DES}}, competencies={"fr": COMP}))
