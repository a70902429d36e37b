# CAMWATER (Cameroon) - bilingual communique FR then EN (html) + Emploi.cm board copy (txt)
from common import *
REF = "CAMWATER/DG/DRH/2035/0193"
K = key_of(REF)
T = {"fr": "Chef de service Qualité de l'eau", "en": "Head of Water Quality Service"}
ORG = {"fr": "Cameroon Water Utilities Corporation (CAMWATER)", "en": "Cameroon Water Utilities Corporation (CAMWATER)"}
LOC = {"fr": "Douala, usine de traitement d'eau de Japoma", "en": "Douala, Japoma water treatment plant"}
SCH = {"fr": "Temps plein, avec astreintes de week-end par roulement", "en": "Full-time, with weekend on-call duty on a rotational basis"}
GRADE = "11B"
SALT = {"fr": "Salaire de base mensuel de 780 000 FCFA (XAF), plus indemnités statutaires",
        "en": "Monthly basic salary of XAF 780,000, plus statutory allowances"}
REQ = {
 "fr": {"essential": [
   "Être de nationalité camerounaise ;",
   "Être titulaire d'un diplôme d'ingénieur en chimie, en génie sanitaire ou en sciences de l'eau, ou d'un master équivalent ;",
   "Justifier d'au moins six (6) ans d'expérience en contrôle de la qualité de l'eau potable ;",
   "Maîtriser les méthodes d'analyse physico-chimique et bactériologique de l'eau ;",
   "Être âgé(e) de 45 ans au plus au 31 décembre 2035."],
  "desirable": [
   "Une expérience d'un laboratoire accrédité selon la norme ISO/IEC 17025 ;",
   "La connaissance des plans de gestion de la sécurité sanitaire de l'eau."]},
 "en": {"essential": [
   "Be a Cameroonian national;",
   "Hold an engineering degree in chemistry, sanitary engineering or water science, or an equivalent master's degree;",
   "Have at least six (6) years' experience in drinking water quality control;",
   "Master physico-chemical and bacteriological water analysis methods;",
   "Be 45 years old or younger on 31 December 2035."],
  "desirable": [
   "Experience in a laboratory accredited to ISO/IEC 17025;",
   "Knowledge of water safety plans."]},
}
COMP = {
 "fr": [("Rigueur scientifique", "valide chaque résultat avant sa diffusion."),
        ("Management", "organise le travail des techniciens de laboratoire sur trois sites."),
        ("Réactivité", "déclenche sans délai l'alerte en cas de non-conformité.")],
 "en": [("Scientific rigour", "validates every result before it is released."),
        ("Management", "organises the work of laboratory technicians on three sites."),
        ("Responsiveness", "raises the alarm without delay in case of non-compliance.")],
}
DUT = {"fr": ["Piloter le plan de surveillance de la qualité de l'eau produite et distribuée à Douala ;",
              "Superviser le laboratoire central de l'usine et ses douze techniciens ;",
              "Rédiger les bulletins mensuels de qualité destinés au ministère de tutelle."],
       "en": ["Manage the quality monitoring plan for water produced and distributed in Douala;",
              "Supervise the plant's central laboratory and its twelve technicians;",
              "Draft the monthly quality bulletins for the supervising ministry."]}
X = {"fr": dict(h="COMMUNIQUÉ – AVIS DE RECRUTEMENT", jt="Intitulé du poste", co="Employeur", dir="Direction",
                dirv="Direction de la Production", loc="Lieu d'affectation", gr="Catégorie professionnelle", sc="Temps de travail",
                pay="Rémunération", dl="Date limite de dépôt", dlv="16 juillet 2035 à 15 h 30",
                du="Missions", rq="Conditions requises", ds="Atouts", cp="Aptitudes",
                end="Les dossiers sont reçus au service courrier de la Direction Générale, Douala-Bonanjo (adresse fictive), ou à recrutement@camwater.example. Les candidats présélectionnés seront convoqués à un test écrit le 4 août 2035. Le recrutement est gratuit."),
     "en": dict(h="PRESS RELEASE – RECRUITMENT NOTICE", jt="Position", co="Employer", dir="Department",
                dirv="Production Department", loc="Duty station", gr="Professional category", sc="Working time",
                pay="Remuneration", dl="Closing date", dlv="16 July 2035 at 3.30 p.m.",
                du="Duties", rq="Requirements", ds="Assets", cp="Aptitudes",
                end="Applications are received at the mail office of the General Management, Douala-Bonanjo (fictitious address), or at recrutement@camwater.example. Shortlisted candidates will sit a written test on 4 August 2035. Recruitment is free of charge.")}
def half(l):
    x = X[l]; ul = lambda xs: "<ul>" + "".join(f"<li>{i}</li>" for i in xs) + "</ul>"
    return f"""<div class="half" lang="{l}">
<h2>{x['h']}<br>N° {REF}</h2>
<table>
<tr><td>{x['jt']}</td><td>{T[l]}</td></tr>
<tr><td>{x['co']}</td><td>{ORG[l]}</td></tr>
<tr><td>{x['dir']}</td><td>{x['dirv']}</td></tr>
<tr><td>{x['loc']}</td><td>{LOC[l]}</td></tr>
<tr><td>{x['gr']}</td><td>{GRADE}</td></tr>
<tr><td>{x['sc']}</td><td>{SCH[l]}</td></tr>
<tr><td>{x['pay']}</td><td>{SALT[l]}</td></tr>
<tr><td>{x['dl']}</td><td>{x['dlv']}</td></tr>
</table>
<h3>{x['du']}</h3>{ul(DUT[l])}
<h3>{x['rq']}</h3>{ul(REQ[l]['essential'])}
<h3>{x['ds']}</h3>{ul(REQ[l]['desirable'])}
<h3>{x['cp']}</h3><ul>{''.join(f'<li>{n}{" :" if l == "fr" else ":"} {d}</li>' for n, d in COMP[l])}</ul>
<p>{x['end']}</p></div>"""
html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Avis de recrutement {REF} | CAMWATER</title>
<style>body{{font-family:Verdana,sans-serif;font-size:9.5pt}} .cols{{display:flex;gap:18px}} .half{{flex:1}}
table{{border-collapse:collapse}} td{{border:1px solid #9bc;padding:3px 5px;vertical-align:top}} td:first-child{{font-weight:bold;width:38%}}</style></head><body>
<p>REPUBLIQUE DU CAMEROUN – Paix-Travail-Patrie · REPUBLIC OF CAMEROON – Peace-Work-Fatherland</p>
<p><b>CAMWATER</b> — Accueil | L'entreprise | Clients | Appels d'offres | Recrutement | Contact &nbsp; FR | EN</p>
<p><small>Accueil › Recrutement › {REF} · Publié le 29/06/2035</small></p>
<div class="cols">
{half('fr')}
{half('en')}
</div>
<p><small>Autres avis : Techniciens de réseau (Garoua) – 20/07/2035 · Appel d'offres n° 0412/AONO/CAMWATER/2035 (fictif) – ouverture des plis le 12/07/2035</small></p>
<p><small>© 2035 CAMWATER – noms, adresses et numéros fictifs.</small></p>
</body></html>
"""
write(f"{K}-camwater.html", html)
def block(l):
    x = X[l]
    return "\n\n".join([
        f"{x['jt']}\n\n{T[l]}", f"{x['co']}\n\n{ORG[l]}", f"{x['loc']}\n\n{LOC[l]}", f"{x['gr']}\n\n{GRADE}",
        f"{x['sc']}\n\n{SCH[l]}", f"{x['pay']}\n\n{SALT[l]}", f"{x['dl']}\n\n{x['dlv']}",
        f"{x['du']}\n" + "\n".join("- " + i for i in DUT[l]),
        f"{x['rq']}\n" + "\n".join("- " + i for i in REQ[l]['essential']),
        f"{x['ds']}\n" + "\n".join("- " + i for i in REQ[l]['desirable']),
        f"{x['cp']}\n" + "\n".join(f"- {n}{' :' if l == 'fr' else ':'} {d}" for n, d in COMP[l]),
        x['end']])
emp = f"""Emploi.cm	Offres d'emploi	Entreprises	Conseils carrière	Publier une offre	Se connecter
Accueil > Offres d'emploi > Production / Industrie
CHEF DE SERVICE QUALITÉ DE L'EAU / HEAD OF WATER QUALITY SERVICE
Cameroon Water Utilities Corporation (CAMWATER)
Publiée le : 30.06.2035
Expire le : 16.07.2035
Vues : 2 418
Niveau d'expérience : Expérience > 5 ans
Niveau d'études : Bac + 5
Région : Littoral
Ville : Douala
Type de contrat : CDI
Description de l'entreprise
Société publique chargée de la production et de la distribution de l'eau potable en milieu urbain et périurbain.
Description du poste
Référence : {REF}

{block('fr')}

--- ENGLISH VERSION ---

{block('en')}

PROFIL RECHERCHÉ POUR LE POSTE : CHEF DE SERVICE QUALITÉ DE L'EAU / HEAD OF WATER QUALITY SERVICE
Attention : aucune entreprise sérieuse ne vous demandera de payer pour un recrutement.
Offres similaires
Ingénieur traitement des eaux – Yaoundé – Expire le : 22.07.2035
Technicien laboratoire – Douala – Expire le : 05.07.2035
"""
write(f"{K}-emploicm.txt", emp)
expected(REF, ["fr", "en"], T, ORG, LOC, SCH, "2035-07-16",
         sal(amount=780000, cur="XAF", period="month"), GRADE, REQ,
         {l: comps(COMP[l]) for l in ("en", "fr")})
