from common import *
REF = "CDC-CG/DRH/REC/2044-017"
T = "Chargé(e) d'affaires Entreprises – Secteur forestier"
ORG = "Crédit du Congo"
LOC = "Pointe-Noire, avec déplacements réguliers à Ouesso et Dolisie"
SCH = "du lundi au vendredi, de 7 h 30 à 15 h 30, permanence un samedi sur quatre"
GR = "Cadre, échelon C3"
ESS = ["Diplôme de niveau Bac + 5 en finance, banque, économie ou gestion ;",
       "Au moins quatre ans d'expérience en analyse crédit ou en gestion d'un portefeuille d'entreprises ;",
       "Bonne connaissance de la réglementation COBAC sur la division des risques ;",
       "Maîtrise des outils de modélisation financière sous tableur ;",
       "Permis de conduire de catégorie B en cours de validité."]
DES = ["Une expérience dans le financement de la filière bois ou de l'exploitation forestière ;",
       "La pratique du lingala ou du kituba."]
COMP = [("Sens commercial", "savoir développer un portefeuille et fidéliser la clientèle"),
        ("Rigueur analytique", "fonder chaque proposition de crédit sur des chiffres vérifiés"),
        ("Éthique", "respecter strictement les règles de conformité et de confidentialité")]
MISSIONS = ["Développer un portefeuille d'entreprises des secteurs forestier, du sciage et de la transformation du bois",
            "Analyser les états financiers et monter les dossiers de crédit d'investissement et de fonctionnement",
            "Suivre les engagements, les garanties et les échéances de remboursement",
            "Accompagner les clients dans leurs opérations d'import-export et de crédit documentaire",
            "Contribuer à l'évaluation environnementale et sociale des projets financés"]

# --- rendering 1: careers page, <dl> fiche, cookie banner
dl = "\n".join(f'      <dt>{a}</dt><dd>{b}</dd>' for a, b in [
    ("Référence", REF), ("Intitulé du poste", T), ("Employeur", ORG),
    ("Direction", "Direction de la Clientèle Entreprises et Institutionnels"),
    ("Lieu d'affectation", LOC), ("Horaires", SCH), ("Classification", GR),
    ("Type de contrat", "CDI, période d'essai de six mois"),
    ("Rémunération", "1 450 000 FCFA bruts par mois, treizième mois et assurance maladie en sus"),
    ("Date limite de candidature", "vendredi 1er avril 2044 à 16 h 00")])
html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{T} | Carrières | Crédit du Congo</title>
<style>
body{{font-family:Arial,sans-serif;margin:0;color:#222}} .top{{background:#c8102e;color:#fff;padding:4px 20px;font-size:12px}}
nav{{padding:10px 20px;border-bottom:1px solid #ddd}} nav a{{margin-right:14px;color:#333}}
main{{max-width:900px;margin:auto;padding:20px}} dl.fiche{{display:grid;grid-template-columns:230px 1fr;gap:6px 12px;background:#f6f6f6;padding:14px}}
dt{{font-weight:bold}} dd{{margin:0}} .cookie{{position:fixed;bottom:0;background:#333;color:#fff;padding:8px;width:100%}}
</style></head>
<body>
<div class="top">Agences ouvertes du lundi au vendredi | Service client : 05 000 00 00 (appel local) | Espace client en ligne</div>
<nav><a href="#">Particuliers</a><a href="#">Professionnels</a><a href="#">Entreprises</a><a href="#">La banque</a><a href="#"><b>Carrières</b></a><a href="#">Contact</a></nav>
<main>
<p class="ariane"><a href="#">Accueil</a> › <a href="#">Carrières</a> › <a href="#">Nos offres</a> › {REF}</p>
<h1>Rejoignez nos équipes à Pointe-Noire</h1>
<p>Banque universelle implantée au Congo depuis plusieurs décennies, le Crédit du Congo accompagne les ménages, les
entrepreneurs et les grandes entreprises dans tous les départements du pays. Pour renforcer son pôle Entreprises, la banque
recrute :</p>
<section>
  <h2>La fiche du poste</h2>
    <dl class="fiche">
{dl}
    </dl>
</section>
<section>
  <h2>Vos missions</h2>
  <ul>
{chr(10).join('    <li>' + m + ' ;</li>' for m in MISSIONS[:-1])}
    <li>{MISSIONS[-1]}.</li>
  </ul>
  <h2>Profil recherché</h2>
  <ul>
{chr(10).join('    <li>' + x + '</li>' for x in ESS)}
  </ul>
  <p><em>Seraient un plus :</em></p>
  <ul>
{chr(10).join('    <li>' + x + '</li>' for x in DES)}
  </ul>
  <h2>Savoir-être</h2>
  <dl class="comp">
{chr(10).join(f'    <dt>{n}</dt><dd>{d}</dd>' for n, d in COMP)}
  </dl>
  <h2>Comment postuler ?</h2>
  <p>Les dossiers (lettre de motivation, CV détaillé, copies des diplômes et attestations de travail) sont à déposer sur
  l'espace Carrières du site ou à adresser à recrutement@creditducongo.example en rappelant la référence {REF}.
  Les candidatures reçues après le <strong>vendredi 1er avril 2044 à 16 h 00</strong> ne seront pas examinées.
  Les candidat(e)s présélectionné(e)s seront convoqué(e)s à un test écrit le 14 avril 2044, puis à un entretien.</p>
  <p>Le Crédit du Congo ne demande jamais de frais pour le traitement d'une candidature.</p>
</section>
<aside>
  <h3>Autres offres</h3>
  <ul><li>Conseiller(ère) clientèle Particuliers – Brazzaville – clôture le 25/03/2044</li>
  <li>Contrôleur(se) permanent(e) – Brazzaville – clôture le 08/04/2044</li></ul>
</aside>
</main>
<footer>© 2044 Crédit du Congo – Société anonyme avec conseil d'administration – Brazzaville, République du Congo (adresse fictive). Mentions légales · Plan du site</footer>
<div class="cookie">Ce site utilise des cookies pour mesurer l'audience. <button>Accepter</button> <button>Refuser</button></div>
</body></html>
"""
w("cdc-cg-drh-rec-2044-017-cdc.html", html, REF)

# --- rendering 2: job board copy, glued facets
board = f"""CongoEmploi.example   Offres   Entreprises   Conseils carrière   Publier une offre   Connexion
Accueil > Offres d'emploi > Banque / Finance > Pointe-Noire

CRÉDIT DU CONGO RECRUTE UN(E) CHARGÉ(E) D'AFFAIRES ENTREPRISES (H/F)

Crédit du CongoPointe-NoirePubliée le 09.03.2044Date limite 01.04.2044
Type de contratCDISecteurBanque / AssuranceExpérience4 ans minimumNiveau d'étudesBac + 5
412 vues · 3 offres de cette entreprise

Référence : {REF}
Poste : {T}
Entreprise : {ORG}
Direction : Clientèle Entreprises et Institutionnels
Lieu de travail : {LOC}
Horaires : {SCH}
Classification : {GR}
Salaire : 1 450 000 FCFA brut / mois
Date limite : 01/04/2044

DESCRIPTION DU POSTE
Le (la) titulaire aura pour mission de : {' ; '.join(m[0].lower() + m[1:] for m in MISSIONS)}.

PROFIL DU CANDIDAT
{chr(10).join(ESS)}

ATOUTS
{chr(10).join(DES)}

QUALITÉS PERSONNELLES
{chr(10).join(f'{n} : {d}' for n, d in COMP)}

DOSSIER DE CANDIDATURE
Lettre de motivation, CV, copies certifiées des diplômes et des attestations de travail, à envoyer au plus tard le
vendredi 1er avril 2044 à recrutement@creditducongo.example (objet : {REF}). Test écrit prévu le 14 avril 2044.

>> Postuler    >> Enregistrer l'offre    >> Signaler l'offre

OFFRES SIMILAIRES
Analyste risques – Banque régionale – Brazzaville – 900 000 FCFA – Date limite 28.03.2044
Chargé(e) de clientèle PME – Microfinance – Dolisie – Date limite 12.04.2044

CongoEmploi.example n'est pas l'employeur. Ne payez jamais pour obtenir un emploi.
© 2044 CongoEmploi.example – Tous droits réservés
"""
w("cdc-cg-drh-rec-2044-017-congoemploi.txt", board, REF)

expected(REF, ["fr"], {"fr": T}, {"fr": ORG}, {"fr": LOC}, {"fr": SCH}, "2044-04-01",
         sal(amount=1450000, cur="XAF"), GR, {"fr": (ESS, DES)}, {"fr": COMP})
save_rows("n01")
