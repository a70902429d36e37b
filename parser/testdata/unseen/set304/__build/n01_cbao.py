from common import *
REF = "CBAO/DRH/REC/2043-004"; KEY = "cbao-drh-rec-2043-004"
T = "Analyste embargos et gel des avoirs"
ORG = "Compagnie Bancaire de l'Afrique Occidentale (CBAO)"
LOC = "Dakar, siège social (Plateau)"
SCH = "Du lundi au vendredi, de 8 h 00 à 17 h 00, avec astreinte un samedi par mois"
GRADE = "Cadre, classe H2"
ESS = ["Diplôme de niveau Bac+5 en droit des affaires, en finance ou en audit ;",
       "Au moins trois ans d'expérience en conformité bancaire ou en audit d'un établissement de crédit ;",
       "Bonne connaissance des listes de sanctions des Nations Unies et des règlements de l'UEMOA relatifs au gel des avoirs ;",
       "Pratique d'un outil de filtrage des messages SWIFT et des virements domestiques ;",
       "Maîtrise du français et de l'anglais écrit."]
DES = ["Certification CAMS ou équivalente ;",
       "Expérience d'une mission d'inspection de la Commission Bancaire de l'UMOA."]
COMP = [("Rigueur", "vérifier chaque alerte jusqu'à sa clôture documentée."),
        ("Discrétion", "protéger la confidentialité des dossiers de la clientèle."),
        ("Esprit d'analyse", "distinguer rapidement une homonymie d'une correspondance réelle.")]
MISS = ["Traiter les alertes générées par le filtrage des opérations internationales et nationales",
        "Instruire les dossiers de correspondance potentielle et proposer le blocage ou la libération des fonds",
        "Tenir à jour les listes internes de personnes et entités désignées",
        "Préparer les déclarations de gel à l'attention de la Direction du Trésor et de la CENTIF",
        "Former les agents des agences aux réflexes de vigilance sur les embargos"]

expected(KEY, reference=REF, languages=["fr"], title=T, organisation=ORG, location=LOC, schedule=SCH,
         deadline="2043-02-03", salary=sal(1240000, cur="XOF"), grade=GRADE,
         requirements={"fr": {"essential": ESS, "desirable": DES}},
         competencies={"fr": [{"name": n, "description": d} for n, d in COMP]})

li = lambda xs: "\n".join(f"      <li>{x}</li>" for x in xs)
html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Carrières – CBAO</title>
<style>
body{{font-family:Arial,sans-serif;margin:0;color:#222}}
.top{{background:#7a1f2b;color:#fff;font-size:12px;padding:4px 20px}}
nav{{background:#f3e9e0;padding:8px 20px}} nav a{{margin-right:14px;color:#7a1f2b}}
main{{display:flex;gap:30px;padding:20px}}
aside{{width:260px;background:#faf6f2;padding:14px}}
aside dt{{font-size:11px;text-transform:uppercase;color:#7a1f2b;margin-top:10px}}
aside dd{{margin:0;font-weight:bold}}
article{{flex:1}}
.cookie{{position:fixed;bottom:0;left:0;right:0;background:#333;color:#eee;padding:8px;font-size:12px}}
</style></head>
<body>
<div class="top">Agence en ligne | Trouver une agence | Espace entreprises | Service client : 33 800 00 00 (numéro fictif)</div>
<nav><a href="#">Particuliers</a><a href="#">Professionnels</a><a href="#">Entreprises</a><a href="#">Le Groupe</a><a href="#"><b>Carrières</b></a></nav>
<p style="padding:0 20px;font-size:12px">Accueil › Carrières › Nos offres › Offre n° {REF}</p>
<main>
<aside>
  <h3>L'offre en bref</h3>
  <dl>
    <dt>Référence</dt>
    <dd>{REF}</dd>
    <dt>Intitulé du poste</dt>
    <dd>{T}</dd>
    <dt>Employeur</dt>
    <dd>{ORG}</dd>
    <dt>Direction</dt>
    <dd>Direction Conformité Groupe – pôle Sécurité financière</dd>
    <dt>Lieu de travail</dt>
    <dd>{LOC}</dd>
    <dt>Horaires</dt>
    <dd>{SCH}</dd>
    <dt>Classification</dt>
    <dd>{GRADE}</dd>
    <dt>Contrat</dt>
    <dd>CDI, période d'essai de six mois</dd>
    <dt>Rémunération</dt>
    <dd>1 240 000 FCFA bruts par mois, treizième mois et mutuelle santé en sus</dd>
    <dt>Date limite de candidature</dt>
    <dd>03/02/2043 à 18 h 00</dd>
  </dl>
</aside>
<article>
  <h1>Rejoignez notre Direction Conformité</h1>
  <p>Publiée le 12/01/2043</p>
  <p>Dans un contexte de renforcement du dispositif de lutte contre le blanchiment de capitaux et le financement
  du terrorisme, la banque recrute pour son pôle Sécurité financière un(e) collaborateur(trice) chargé(e) du
  contrôle des embargos et des mesures de gel des avoirs. Le poste est rattaché au responsable du pôle et
  travaille en lien étroit avec les directions des opérations internationales, de la monétique et du réseau
  d'agences.</p>
  <h2>Vos missions</h2>
  <ul>
{li(MISS)}
  </ul>
  <h2>Votre profil</h2>
  <ul>
{li(ESS)}
  </ul>
  <p>Seraient appréciés :</p>
  <ul>
{li(DES)}
  </ul>
  <h2>Vos qualités</h2>
{chr(10).join(f'  <p><strong>{n} :</strong> {d}</p>' for n, d in COMP)}
  <h2>Comment postuler ?</h2>
  <p>Déposez votre CV et une lettre de motivation en ligne en rappelant la référence de l'offre. Les candidat(e)s
  présélectionné(e)s passeront un test écrit le 10 février 2043 puis un entretien avec un jury. La banque ne
  demande jamais de frais de dossier : toute sollicitation de paiement doit être signalée.</p>
  <h3>Autres offres</h3>
  <ul>
    <li>Conseiller(ère) clientèle privée – Dakar – clôture 27/01/2043</li>
    <li>Chargé(e) de recouvrement – Kaolack – clôture 17/02/2043</li>
  </ul>
</article>
</main>
<footer style="padding:20px;font-size:11px">© 2043 CBAO – établissement de crédit agréé (page fictive) · Mentions légales · Plan du site</footer>
<div class="cookie">Ce site utilise des cookies pour mesurer l'audience. <a href="#">Accepter</a> <a href="#">Paramétrer</a></div>
</body></html>
"""
w(KEY + "-cbao.html", html, KEY)

bul = lambda xs, m: "\n".join(f"{m} {x}" for x in xs)
mail = f"""
Sujet : Tr: Offre CBAO - {T} (réf. {REF})
Date : Wed, 14 Jan 2043 21:07:44 +0000
De : Ndèye Fatou Sarr (fictive) <nf.sarr@mail.example>
Pour : promo-master-audit-2039@listes.example

Salut la promo,

Je fais suivre une offre reçue du réseau des anciens. Pour ceux qui sont en conformité ou en audit, ça vaut le
coup. Attention, c'est jusqu'au 3 février seulement. Et on se voit toujours le samedi 24 janvier pour le
déjeuner des anciens (cotisation 10 000 FCFA, à régler sur place).

Bises,
Fatou

-------- Message transféré --------
Sujet : Avis de recrutement {REF}
Date : Tue, 13 Jan 2043 10:02:11 +0000
De : Recrutement CBAO <recrutement@cbao-carrieres.example>

AVIS DE RECRUTEMENT
Référence ..........: {REF}
Poste ..............: {T}
Employeur ..........: {ORG}
Lieu de travail ....: {LOC}
Horaires ...........: {SCH}
Classification .....: {GRADE}
Contrat ............: CDI
Rémunération .......: 1 240 000 FCFA bruts par mois (hors treizième mois)
Date limite ........: mardi 3 février 2043, 18 h 00 (heure de Dakar)

CONTEXTE
La banque renforce son pôle Sécurité financière, rattaché à la Direction Conformité Groupe.

MISSIONS
{bul(MISS, '  o')}

PROFIL REQUIS
{bul(ESS, '  -')}

Atouts :
{bul(DES, '  -')}

QUALITÉS ATTENDUES
{chr(10).join(f'  {n} : {d}' for n, d in COMP)}

CANDIDATURE
CV et lettre de motivation sur le portail carrières, en rappelant la référence. Test écrit prévu le
10/02/2043. Aucun frais n'est demandé aux candidats.

--
Direction des Ressources Humaines
"""
w(KEY + "-transfert.txt", mail, KEY)
save_rows("01")
