from common import *

KEY = "ciup-drh-2043-058"; REF = "CIUP-DRH-2043-058"
TITLE = "Responsable de la maintenance du patrimoine bâti (H/F)"
ORG = "Cité internationale universitaire de Paris"
LOC = "Paris 14e (17, boulevard Jourdan)"
SCHED = "Temps plein, 37 h 30 hebdomadaires avec RTT, astreintes techniques par roulement"
ESS = ["Diplôme d'ingénieur ou de niveau bac+5 en génie civil, génie climatique ou maintenance des bâtiments",
       "Au moins sept ans d'expérience en maintenance de bâtiments recevant du public, dont trois en encadrement d'équipe",
       "Connaissance de la réglementation des établissements recevant du public (ERP) et de la sécurité incendie",
       "Pratique des marchés publics de travaux et du suivi de contrats d'exploitation multitechnique"]
DES = ["Expérience d'interventions sur des édifices protégés au titre des monuments historiques",
       "Maîtrise d'un outil de GMAO"]
COMP = ["Sens de l'organisation", "Capacité d'écoute", "Diplomatie", "Disponibilité"]
MISSIONS = ["Piloter le plan pluriannuel de maintenance des maisons gérées par la Fondation nationale",
            "Encadrer une équipe de douze techniciens et agents de maintenance",
            "Suivre les contrats d'exploitation (chauffage, ascenseurs, sécurité incendie) et contrôler les prestataires",
            "Préparer les commissions de sécurité et lever les observations",
            "Conseiller les directions de maison sur leurs projets de travaux"]

def build():
    expected(KEY, REF, ["fr"], {"fr": TITLE}, {"fr": ORG}, {"fr": LOC}, {"fr": SCHED}, "2043-11-12",
             salary=sal(None, 44700, 51300, "EUR", "year"),
             req={"fr": {"essential": ESS, "desirable": DES}}, comp={"fr": comps([(c, "") for c in COMP])})
    li = lambda xs: "\n".join(f"      <li>{nb(x)}</li>" for x in xs)
    fact = lambda k, v: f'    <li><span class="k">{k}</span><span class="v">{nb(v)}</span></li>'
    html = f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>{TITLE} – Carrières – Cité internationale</title>
<style>
@page {{ size: A4; margin: 16mm 15mm; }}
body {{ font-family: "Liberation Sans", Arial, sans-serif; font-size: 11pt; color: #1d1d1b; margin: 0; }}
.alert {{ background: #ffe9a8; padding: 6px 12px; font-size: 9.5pt; }}
.menu {{ border-bottom: 2px solid #c8102e; padding: 8px 12px; }}
.menu span {{ margin-right: 12px; }}
.crumbs {{ font-size: 9pt; color: #666; }}
ul.facts {{ list-style: none; padding: 0; display: grid; grid-template-columns: 1fr 1fr; gap: 6px 20px; }}
ul.facts .k {{ display: block; font-size: 8.5pt; text-transform: uppercase; color: #c8102e; }}
ul.facts .v {{ display: block; font-weight: bold; }}
h2 {{ color: #c8102e; font-size: 13pt; margin-top: 16px; }}
footer {{ font-size: 8.5pt; color: #666; border-top: 1px solid #ccc; margin-top: 18px; padding-top: 6px; }}
</style>
</head>
<body>
<div class="alert">{nb("Plan Vigipirate : certaines entrées du boulevard Jourdan sont provisoirement fermées. Merci de passer par l'entrée principale.")}</div>
<div class="menu"><b>Cité internationale universitaire de Paris</b> <span>Se loger</span><span>Culture</span><span>Sport</span><span>Nous rejoindre</span><span>Presse</span><span>EN</span></div>
<p class="crumbs">Accueil › Nous rejoindre › Offres d'emploi › {nb(TITLE)}</p>
<p>Offre publiée le 15 octobre 2043 · Direction du patrimoine et de la maintenance</p>
<h1>{nb(TITLE)}</h1>
<ul class="facts">
{fact("Référence", REF)}
{fact("Employeur", ORG)}
{fact("Direction", "Direction du patrimoine et de la maintenance")}
{fact("Lieu de travail", LOC)}
{fact("Contrat", "CDI, statut cadre")}
{fact("Temps de travail", SCHED)}
{fact("Rémunération", "Entre 44 700 et 51 300 € bruts annuels, selon expérience")}
{fact("Candidater avant le", "jeudi 12 novembre 2043")}
</ul>
<h2>Qui sommes-nous ?</h2>
<p>{nb("Fondation privée reconnue d'utilité publique, la Cité internationale accueille chaque année des milliers d'étudiants, de chercheurs et d'artistes du monde entier dans un parc de 34 hectares. Ses maisons, construites pour la plupart entre 1925 et 1970, forment un ensemble architectural exceptionnel qu'il faut entretenir et adapter aux normes actuelles.")}</p>
<h2>Vos missions</h2>
<ul>
{li(MISSIONS)}
</ul>
<h2>Votre profil</h2>
<ul>
{li(ESS)}
</ul>
<h2>Les plus</h2>
<ul>
{li(DES)}
</ul>
<h2>Savoir-être</h2>
<ul>
{li(COMP)}
</ul>
<h2>Ce que nous offrons</h2>
<p>{nb("Restaurant d'entreprise, accès aux équipements sportifs du parc, prise en charge à 75 % du titre de transport, parcours d'intégration avec un tuteur. Entretiens prévus la semaine du 23 novembre 2043 ; prise de poste souhaitée le 4 janvier 2044.")}</p>
<p>{nb("Merci d'adresser votre CV et votre lettre de motivation via le formulaire en ligne en rappelant la référence ci-dessus.")}</p>
<footer>{nb("Cité internationale universitaire de Paris – 17, boulevard Jourdan – 75014 Paris · Mentions légales · Données personnelles · Prochaine fête de la Cité : 6 juin 2044")}</footer>
</body>
</html>
"""
    name = KEY + "-ciup.html"
    w(name, html, KEY)
    pdfrow(chromium(name), KEY)

    apec = f"""
Apec – Offres d'emploi cadres
Accueil > Offres d'emploi > Paris > {TITLE}

{TITLE}
{ORG}

Réf. Apec : 179204318W
Réf. Société : {REF}

CDI
Paris 14e - 75
Publiée le 16/10/2043
Actualisée le 19/10/2043

Salaire
44,7 - 51,3 k€ brut annuel
Prise de poste
Dès que possible
Expérience
Minimum 7 ans
Métier
Maintenance, entretien
Statut du poste
Cadre du secteur privé
Zone de déplacement
Pas de déplacement
Secteur d'activité du poste
Enseignement, formation
Télétravail
Non

Descriptif du poste
La {ORG} recrute son ou sa responsable de la maintenance du patrimoine bâti, au sein de la Direction du patrimoine et de la maintenance.

Lieu de travail : {LOC}
Temps de travail : {SCHED}

Missions :
{chr(10).join("- " + m for m in MISSIONS)}

Profil recherché
{chr(10).join("- " + x for x in ESS)}
Les plus :
{chr(10).join("- " + x for x in DES)}
Savoir-être :
{chr(10).join("- " + x for x in COMP)}

Entreprise
Fondation reconnue d'utilité publique accueillant étudiants, chercheurs et artistes internationaux dans un parc du sud de Paris.

Processus de recrutement
Candidature avant le 12/11/2043. Entretiens semaine du 23/11/2043.

Postuler
Ajouter à mes favoris  Partager l'offre

Offres similaires
Responsable technique de site (H/F) – Paris 13e – 48 - 54 k€ brut annuel – publiée le 14/10/2043
Chargé d'opérations immobilières (H/F) – Montrouge – 45 - 50 k€ brut annuel – publiée le 12/10/2043
"""
    w(KEY + "-apec.txt", apec, KEY)
