from common import *
import textwrap
KEY = "soss-td-rh-2034-21"
REF = "SOSS/TD/RH/2034-21"
TITLE = "Coordinateur(trice) de projet Résilience agropastorale"
ORG = "SOS SAHEL"
LOC = "Mongo (province du Guéra), avec déplacements fréquents sur les sites du projet"
SCHED = "Temps plein, cinq jours sur sept"
SALTXT = "1 100 000 à 1 300 000 FCFA (XAF) brut mensuel, selon profil, plus assurance santé"
ESS = [
 "Master en agronomie, en zootechnie, en développement rural ou équivalent",
 "Au moins cinq ans d'expérience en gestion de projets de développement rural, dont trois au Sahel",
 "Expérience confirmée de la gestion budgétaire et du reporting auprès de bailleurs institutionnels",
 "Capacité à encadrer une équipe pluridisciplinaire d'une dizaine de personnes",
 "Maîtrise du français écrit et oral",
]
DES = [
 "Connaissance de l'arabe tchadien",
 "Expérience des approches de gestion concertée des couloirs de transhumance",
]
COMP = [
 ("Leadership", "fédère l'équipe et les partenaires autour des objectifs du projet"),
 ("Diplomatie", "facilite le dialogue entre agriculteurs, éleveurs et autorités locales"),
 ("Adaptabilité", "ajuste le plan de travail aux contraintes sécuritaires et saisonnières"),
]
MISS = [
 "Piloter la mise en œuvre technique et financière du projet dans trois départements du Guéra",
 "Encadrer l'équipe projet et les animateurs des organisations paysannes partenaires",
 "Assurer les relations avec les services techniques de l'État et les autorités traditionnelles",
 "Produire les rapports narratifs et financiers trimestriels",
 "Veiller à l'application des règles de sécurité et de protection des personnes",
]
E = fr_only(reference=REF, title=TITLE, organisation=ORG, location=LOC, schedule=SCHED,
            deadline="2034-12-06", salary=sal(mn=1100000, mx=1300000, cur="XAF"), grade=None,
            essential=ESS, desirable=DES,
            competencies=[{"name": n, "description": d} for n, d in COMP])
expected(KEY, E)

html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{TITLE} – Tchad | SOS SAHEL</title>
<style>
body {{ font-family: "Liberation Sans", sans-serif; margin: 0; background: #fffaf2; }}
.don {{ background: #e2a300; padding: 6px 18px; font-size: 13px; }}
.facts {{ border-left: 4px solid #e2a300; background: #fff; padding: 10px 16px; }}
.facts p {{ margin: 3px 0; }}
main {{ max-width: 860px; margin: auto; padding: 12px; }}
</style></head>
<body>
<div class="don">Faire un don · Newsletter · Espace presse</div>
<nav>L'association | Nos actions | Pays d'intervention | Agir avec nous | Offres d'emploi</nav>
<main>
<p><small>Accueil › Agir avec nous › Offres d'emploi › Tchad</small></p>
<h1>{TITLE} (H/F) – Tchad</h1>
<p><em>Publiée le 16 novembre 2034 · Tchad · CDD</em></p>
<p>Le projet vise à renforcer la résilience de 6 000 ménages agropasteurs du Guéra face aux chocs climatiques, par l'amélioration des pratiques agricoles, la sécurisation des points d'eau pastoraux et la prévention des conflits liés à l'accès aux ressources.</p>
<div class="facts">
<p><b>Référence :</b> {REF}</p>
<p><b>Intitulé du poste :</b> {TITLE}</p>
<p><b>Organisation :</b> {ORG}</p>
<p><b>Rattachement :</b> Représentation pays Tchad (N'Djamena)</p>
<p><b>Lieu :</b> {LOC}</p>
<p><b>Contrat :</b> CDD de 12 mois, renouvelable</p>
<p><b>Temps de travail :</b> {SCHED}</p>
<p><b>Salaire :</b> {SALTXT}</p>
<p><b>Prise de poste :</b> janvier 2035</p>
<p><b>Date limite de candidature :</b> 06/12/2034</p>
</div>
<h2>Responsabilités</h2>
<ul>
{chr(10).join('<li>' + m + '</li>' for m in MISS)}
</ul>
<h2>Profil</h2>
<h3>Exigé</h3>
<ul>
{chr(10).join('<li>' + x + '</li>' for x in ESS)}
</ul>
<h3>Apprécié</h3>
<ul>
{chr(10).join('<li>' + x + '</li>' for x in DES)}
</ul>
<h3>Qualités attendues</h3>
<ul>
{chr(10).join(f'<li><b>{n} :</b> {d}</li>' for n, d in COMP)}
</ul>
<h2>Pour postuler</h2>
<p>CV et lettre de motivation, en un seul fichier PDF intitulé avec la référence {REF}, à envoyer à recrutement.tchad@sossahel.example avant le mercredi 6 décembre 2034 à 23 h 59 (heure de N'Djamena). Les entretiens auront lieu du 13 au 15 décembre 2034. Candidatures féminines vivement encouragées.</p>
<div><h3>Soutenez nos actions</h3><p>Avec 25 €, vous financez un kit de semences pour une famille.</p></div>
<h3>Autres offres</h3>
<ul><li>Responsable administratif et financier – Niamey – jusqu'au 10/12/2034</li><li>Animateur(trice) pastoral(e) – Mongo – jusqu'au 30/11/2034</li></ul>
</main>
<footer>SOS SAHEL – association reconnue d'utilité publique · Mentions légales</footer>
</body></html>
"""
write(KEY + "-sossahel.html", html)

def fill(s, ind=""):
    return textwrap.fill(s, 72, initial_indent=ind, subsequent_indent=ind.replace("-", " ").replace("o", " "))
mail = f"""De : Secrétariat Plateforme des ONG du Guéra <plateforme.guera@mail.example>
Envoyé : vendredi 17 novembre 2034 10:42
À : membres-plateforme@lists.example
Objet : TR: Offre d'emploi SOS SAHEL - Coordinateur(trice) de projet (Mongo) - réf. {REF}
Pièces jointes : Offre_{REF.replace('/', '_')}.pdf

Bonjour à toutes et à tous,

Pour diffusion dans vos réseaux, ci-dessous l'offre transmise par SOS SAHEL. Merci
de noter que les candidatures ne passent pas par la plateforme : elles sont à
envoyer directement à l'adresse indiquée. Notre prochaine réunion mensuelle reste
fixée au mardi 12 décembre 2034 à Mongo.

Cordialement,
Le secrétariat de la plateforme

________________________________
De : RH Tchad SOS SAHEL
Envoyé : jeudi 16 novembre 2034 16:05
Objet : Offre d'emploi {REF}

OFFRE D'EMPLOI
{TITLE.upper()} (H/F)

Référence          : {REF}
Intitulé du poste  : {TITLE}
Organisation       : {ORG}
Rattachement       : Représentation pays Tchad (N'Djamena)
Lieu               : {LOC}
Contrat            : CDD de 12 mois, renouvelable
Temps de travail   : {SCHED}
Salaire            : {SALTXT}
Prise de poste     : janvier 2035
Date limite        : mercredi 6 décembre 2034, 23 h 59

CONTEXTE
{textwrap.fill("Le projet vise à renforcer la résilience de 6 000 ménages agropasteurs du Guéra face aux chocs climatiques, par l'amélioration des pratiques agricoles, la sécurisation des points d'eau pastoraux et la prévention des conflits liés à l'accès aux ressources.", 78)}

RESPONSABILITÉS
{chr(10).join(textwrap.fill(m, 78, initial_indent='o  ', subsequent_indent='   ') for m in MISS)}

PROFIL EXIGÉ
{chr(10).join(textwrap.fill(x, 78, initial_indent='o  ', subsequent_indent='   ') for x in ESS)}

PROFIL APPRÉCIÉ
{chr(10).join(textwrap.fill(x, 78, initial_indent='o  ', subsequent_indent='   ') for x in DES)}

QUALITÉS ATTENDUES
{chr(10).join(textwrap.fill(f'{n} : {d}', 78, initial_indent='o  ', subsequent_indent='   ') for n, d in COMP)}

CANDIDATURE
{textwrap.fill(f"CV et lettre de motivation en un seul PDF, objet : {REF}, à recrutement.tchad@sossahel.example. Entretiens du 13 au 15 décembre 2034. Seules les personnes présélectionnées seront contactées.", 78)}

--
Ce message et ses pièces jointes sont confidentiels. Si vous l'avez reçu par
erreur, merci de le supprimer et d'en avertir l'expéditeur.
"""
write(KEY + "-email.txt", mail)
