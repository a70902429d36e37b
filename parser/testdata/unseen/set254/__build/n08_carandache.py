from common import *
REF = "CDA-2038-021"; KEY = REF.lower()
T = {"fr": "Ingénieur·e méthodes usinage", "en": "Manufacturing Methods Engineer – Machining"}
O = "Caran d'Ache SA"; LOC = "Thônex"; SCH = "100%"
ESS_FR = ["Diplôme d'ingénieur HES en microtechnique, en génie mécanique ou titre jugé équivalent",
  "Au moins trois ans d'expérience en industrialisation de pièces usinées",
  "Maîtrise de la programmation CN et d'un logiciel de CAO/FAO",
  "Bonnes connaissances de l'anglais technique"]
DES_FR = ["Expérience dans l'horlogerie ou les instruments d'écriture", "Certification Lean Six Sigma (Green Belt)"]
ESS_EN = ["Engineering degree (HES/FH) in microengineering, mechanical engineering or equivalent",
  "At least three years of experience industrialising machined parts",
  "Command of CNC programming and a CAD/CAM package",
  "Good command of French; technical English"]
DES_EN = ["Experience in watchmaking or writing instruments", "Lean Six Sigma certification (Green Belt)"]
M_FR = ["Définir et optimiser les gammes d'usinage des capuchons et corps de stylos", "Qualifier les nouveaux moyens de production avec les fournisseurs", "Former les opérateurs aux nouveaux procédés"]
M_EN = ["Define and optimise machining routings for pen caps and barrels", "Qualify new production equipment with suppliers", "Train operators on new processes"]
def build():
    txt = f"""jobup.ch    Emplois    Entreprises    Salaires    Connexion
< Retour aux résultats        Emploi 2 sur 17

{T['fr']}
{O}
Date de publication :30 novembre 2038Taux d'activité :{SCH}Type de contrat :Durée indéterminéeLieu de travail :{LOC}
Salaire estimé par jobup.ch : CHF 98 000 - 118 000 / an

Postuler    Sauvegarder

{O} · Fabrication · 250-500 employés · Thônex, Genève

Depuis plus d'un siècle, nous fabriquons à Genève des crayons, des stylos et des couleurs de haute qualité. Notre atelier d'usinage cherche un·e ingénieur·e pour accompagner le lancement de nouvelles collections.
(English version below)

Vos missions
{chr(10).join(M_FR)}

Votre profil
{chr(10).join(ESS_FR)}

Un plus
{chr(10).join(DES_FR)}

Merci de postuler d'ici au 20 décembre 2038 via notre plateforme. Les premiers entretiens auront lieu la semaine du 4 janvier 2039.
Référence : {REF}

------------------------------
{T['en']}

We have been making pencils, pens and colours of the highest quality in Geneva for more than a century. Our machining workshop is looking for an engineer to support the launch of new collections.
Your role
{chr(10).join(M_EN)}

Your profile
{chr(10).join(ESS_EN)}

Nice to have
{chr(10).join(DES_EN)}

Please apply by 20 December 2038 through our platform. First interviews will take place in the week of 4 January 2039.
Reference: {REF}

Lieu de travail
Chemin du Foron 19, 1226 {LOC}

Emplois similaires
Technicien·ne méthodes - Genève - Salaire estimé CHF 82 000 - 96 000
Responsable d'atelier décolletage - Le Locle
ID de l'annonce : 9f1c27e4-5b3a-4d2e-a8c0-71d6e0b4a913
"""
    w(f"{KEY}-jobup.txt", txt, KEY)
    html = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{T['fr']} | Caran d'Ache Careers</title></head><body>
<div class="consent">Nous utilisons des cookies. <button>Accepter</button> <button>Refuser</button></div>
<header><b>CARAN d'ACHE</b> · Genève · Swiss Made since 1915 <span>FR | EN</span></header>
<p><a href="#">← Toutes nos offres / All vacancies</a></p>
<section lang="fr">
<h1>{T['fr']}</h1>
<ul class="facts">
<li><span>Référence</span> <b>{REF}</b></li>
<li><span>Société</span> <b>{O}</b></li>
<li><span>Lieu</span> <b>{LOC}</b></li>
<li><span>Taux d'activité</span> <b>{SCH}</b></li>
<li><span>Contrat</span> <b>CDI</b></li>
<li><span>Publiée le</span> <b>30.11.2038</b></li>
</ul>
<h2>Vos missions</h2>
{ul(M_FR)}
<h2>Votre profil</h2>
{ul(ESS_FR)}
<h2>Un plus</h2>
{ul(DES_FR)}
<p>Nous offrons un environnement créatif, une participation de CHF 1'500 à la formation continue et des horaires flexibles. Merci de postuler d'ici au 20 décembre 2038.</p>
</section>
<hr>
<section lang="en">
<h1>{T['en']}</h1>
<ul class="facts">
<li><span>Reference</span> <b>{REF}</b></li>
<li><span>Company</span> <b>{O}</b></li>
<li><span>Location</span> <b>{LOC}</b></li>
<li><span>Workload</span> <b>{SCH}</b></li>
<li><span>Contract</span> <b>Permanent</b></li>
</ul>
<h2>Your role</h2>
{ul(M_EN)}
<h2>Your profile</h2>
{ul(ESS_EN)}
<h2>Nice to have</h2>
{ul(DES_EN)}
<p>We offer a creative environment, a CHF 1'500 contribution to further training and flexible hours. Please apply by 20 December 2038.</p>
</section>
<aside><h3>Autres postes / Other positions</h3><p>Assistant·e marketing produit (80-100%) – Thônex<br>Polymechanic apprentice 2039 – Thônex</p></aside>
<footer>© Caran d'Ache SA · Chemin du Foron 19 · 1226 Thônex</footer>
</body></html>
"""
    w(f"{KEY}-careers.html", html, KEY)
    exp(KEY, ["fr", "en"], T, {"fr": O, "en": O}, {"fr": LOC, "en": LOC}, {"fr": SCH, "en": SCH}, "2038-12-20",
        None, None, None, {"fr": {"essential": ESS_FR, "desirable": DES_FR}, "en": {"essential": ESS_EN, "desirable": DES_EN}},
        {"fr": [], "en": []}, REF)
