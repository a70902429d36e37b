from common import *
REF = "UNA/PRES/SG/2044-008"; KEY = "una-pres-sg-2044-008"
T = "Maître de conférences en sédimentologie côtière"
ORG = "Université d'Antsiranana"
LOC = "Faculté des Sciences, Antsiranana (Diego-Suarez)"
SCH = "192 heures équivalent TD par an, plus l'encadrement des mémoires de master"
GR = "Maître de conférences, 1er échelon"
ESS = ["Être de nationalité malagasy ;",
       "Être titulaire d'un doctorat en géosciences marines, en géologie ou en océanographie ;",
       "Avoir publié au moins deux articles dans des revues à comité de lecture ;",
       "Être âgé(e) de 50 ans au plus au 1er janvier 2044."]
DES = ["Une expérience de terrain en milieu récifal ou en mangrove",
       "La pratique d'un logiciel de SIG"]
TACHES = ["assurer les enseignements de sédimentologie et de géomorphologie littorale en licence et en master ;",
          "encadrer les étudiants lors des campagnes de terrain dans la baie d'Antsiranana ;",
          "développer un axe de recherche sur l'érosion du trait de côte ;",
          "participer aux jurys et aux tâches administratives du département."]

src("una-appel.html", f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 2cm 2cm 2.2cm; @bottom-center {{ content: "Université d'Antsiranana – {REF} – page " counter(page) "/" counter(pages); font-size: 8pt; color:#555 }} }}
body {{ font-family: 'DejaVu Serif', serif; font-size: 10.5pt; hyphens: manual }}
.hd {{ display:flex; justify-content:space-between; font-size:9pt }} h1 {{ text-align:center; font-size:14pt; margin:18px 0 4px }}
.sub {{ text-align:center; font-style:italic }} .grid {{ display:grid; grid-template-columns: 38% 62%; border:1px solid #777; margin:12px 0 }}
.grid div {{ padding:4px 6px; border-bottom:1px solid #ccc }} .grid .l {{ font-weight:bold; background:#f1f1f1 }}
h2 {{ font-size:11pt; text-transform:uppercase; border-bottom:1px solid #000 }}
</style></head><body>
<div class="hd"><div>MINISTÈRE DE L'ENSEIGNEMENT SUPÉRIEUR<br>ET DE LA RECHERCHE SCIENTIFIQUE<br><b>UNIVERSITÉ D'ANTSIRANANA</b><br>Présidence – Secrétariat général</div>
<div style="text-align:right">REPOBLIKAN'I MADAGASIKARA<br>Fitiavana – Tanindrazana – Fandrosoana<br>Antsiranana, le 6 octobre 2044<br>N° {REF}</div></div>
<h1>APPEL À CANDIDATURES</h1>
<p class="sub">pour le recrutement d'un enseignant-chercheur permanent</p>
<p>Le Président de l'Université d'Antsiranana porte à la connaissance du public qu'un poste d'enseignant-chercheur est ouvert au recrutement au titre de l'année universitaire 2044-2045, dans les conditions ci-après.</p>
<div class="grid">
<div class="l">Poste à pourvoir</div><div>{T}</div>
<div class="l">Établissement</div><div>{ORG}</div>
<div class="l">Mention</div><div>Sciences de la Terre et de la Mer</div>
<div class="l">Lieu d'affectation</div><div>{LOC}</div>
<div class="l">Charge horaire</div><div>{SCH}</div>
<div class="l">Grade</div><div>{GR}</div>
<div class="l">Traitement</div><div>3 180 000 Ariary (MGA) bruts par mois, indemnités statutaires en sus</div>
<div class="l">Nombre de poste</div><div>1 (un)</div>
</div>
<h2>1. Attributions</h2>
<p>Sous l'autorité du Doyen de la Faculté des Sciences, le titulaire devra :</p>
{ul(TACHES)}
<h2>2. Conditions de candidature</h2>
<p>Peuvent faire acte de candidature les personnes qui remplissent les conditions suivantes :</p>
{ul(ESS, "ol")}
<p><b>Atouts :</b></p>
{ul(DES)}
<h2>3. Composition du dossier</h2>
<p>Une demande manuscrite adressée au Président de l'Université ; un curriculum vitae ; la copie certifiée du diplôme de doctorat ; les tirés à part des publications ; un extrait d'acte de naissance de moins de trois mois ; un casier judiciaire (bulletin n° 3).</p>
<h2>4. Dépôt des dossiers</h2>
<p>Les dossiers sont à déposer au Secrétariat général de l'Université, ou à envoyer par voie électronique, au plus tard le <b>mercredi 9 novembre 2044 à 16 heures</b>. Les candidats retenus présenteront une leçon publique le 30 novembre 2044 devant le comité de sélection.</p>
<p style="text-align:right;margin-top:30px">Le Président de l'Université<br><i>(signé)</i></p>
</body></html>""")
weasy("una-appel.html", KEY + "-appel.weasyprint.pdf", REF)

md = f"""
<!-- page actualités, gabarit université -->
[Accueil](https://univ-antsiranana.example/) · [L'Université](#) · [Formations](#) · **Actualités** · [Recrutements](#) · [Contact](#)

# Recrutement d'un enseignant-chercheur

*Publié le 7 octobre 2044 par le Service de la communication · Catégorie : Avis et communiqués*

La Présidence de l'Université d'Antsiranana lance un appel à candidatures (n° **{REF}**) pour un poste permanent à la Faculté des Sciences.

| Rubrique | Détail |
|---|---|
| Poste à pourvoir | {T} |
| Établissement | {ORG} |
| Lieu d'affectation | {LOC} |
| Charge horaire | {SCH} |
| Grade | {GR} |
| Traitement | 3 180 000 Ariary (MGA) bruts par mois |
| Date limite de dépôt | 09/11/2044 à 16 h |

## Ce que l'on attend du titulaire

{lines(TACHES, "* ")}

## Conditions à remplir

{chr(10).join(f"{i}. {e}" for i, e in enumerate(ESS, 1))}

### Atouts

{lines(DES, "- ")}

## Dossier et calendrier

Le dossier (demande, CV, diplôme, publications, acte de naissance, casier judiciaire) est déposé au Secrétariat général. Les leçons publiques des candidats retenus auront lieu le 30/11/2044.

> Télécharger l'avis officiel au format PDF (312 Ko)

---

*Université d'Antsiranana – BP 0 (adresse fictive) – Tous droits réservés 2044*
"""
w(KEY + "-una.md", md, REF)

exp(KEY, dict(reference=REF, languages=["fr"], title={"fr": T}, organisation={"fr": ORG}, location={"fr": LOC},
              schedule={"fr": SCH}, deadline="2044-11-09", salary=sal(3180000, cur="MGA"), grade=GR,
              requirements={"fr": {"essential": ESS, "desirable": DES}}, competencies={"fr": []}))
