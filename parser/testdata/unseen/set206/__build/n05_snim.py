from common import *
KEY = "snim-drh-ar-2034-118"
REF = "SNIM/DRH/AR-2034/118"
TITLE = "Chef de section Maintenance de la voie ferrée"
ORG = "Société Nationale Industrielle et Minière (SNIM)"
LOC = "Nouadhibou, avec déplacements réguliers le long de la ligne jusqu'à Zouérate"
SCHED = "Horaire normal de jour, avec astreintes ferroviaires un week-end sur trois"
GRADE = "Cadre technique, catégorie C1"
REM = "Selon la grille salariale de la SNIM, avantages statutaires (logement, transport, couverture médicale)"
ESS = [
 "être de nationalité mauritanienne ;",
 "être titulaire d'un diplôme d'ingénieur ou de technicien supérieur en génie civil, en travaux publics ou en génie ferroviaire ;",
 "justifier d'une expérience d'au moins cinq (5) ans dans l'entretien d'infrastructures ferroviaires ou routières lourdes, dont deux en encadrement d'équipes ;",
 "maîtriser les techniques de contrôle de la géométrie de la voie et de renouvellement du ballast ;",
 "accepter de travailler en zone désertique et sur des chantiers isolés.",
]
DES = [
 "une connaissance de l'arabe et du français écrits ;",
 "une formation en gestion de la maintenance assistée par ordinateur (GMAO) ;",
 "le permis de conduire de catégorie C.",
]
QUAL = ["Sens aigu de la sécurité", "Rigueur", "Leadership de terrain", "Disponibilité"]
MISS = [
 "organiser les tournées d'inspection de la voie et des ouvrages d'art de son secteur ;",
 "planifier les travaux de bourrage, de remplacement de traverses et de désensablement ;",
 "encadrer les équipes de poseurs et les prestataires sur les chantiers ;",
 "suivre les consommations de matériaux et le budget de maintenance de la section ;",
 "veiller au respect des règles de sécurité lors des interventions sous circulation des trains minéraliers.",
]
E = fr_only(reference=REF, title=TITLE, organisation=ORG, location=LOC, schedule=SCHED,
            deadline="2034-12-18", salary=None, grade=GRADE,
            essential=ESS, desirable=DES,
            competencies=[{"name": q, "description": ""} for q in QUAL])
expected(KEY, E)

def wrap(label, value, width=78, lw=26):
    import textwrap
    lines = textwrap.wrap(value, width - lw - 3)
    out = f"  {label.ljust(lw)}: {lines[0]}"
    for l in lines[1:]:
        out += "\n" + " " * (lw + 4) + l
    return out

facts = [("Intitulé du poste", TITLE), ("Employeur", ORG),
         ("Direction", "Direction du Chemin de Fer et du Port"),
         ("Lieu d'affectation", LOC), ("Classification", GRADE),
         ("Régime de travail", SCHED), ("Type de contrat", "Contrat à durée indéterminée"),
         ("Rémunération", REM), ("Date limite de dépôt", "lundi 18 décembre 2034 à 12 h 00")]
import textwrap
def para(s, ind="  "):
    return "\n".join(textwrap.wrap(s, 76, initial_indent=ind, subsequent_indent=ind))
def items(xs, mark="-"):
    return "\n".join(textwrap.fill(x, 76, initial_indent=f"   {mark} ", subsequent_indent="     ") for x in xs)

journal = f"""L'ÉCHO DU BANC D'ARGUIN (journal fictif) — N° 2417 — Jeudi 23 novembre 2034 — Page 11
                                                        ANNONCES ET AVIS
================================================================================

                     SOCIÉTÉ NATIONALE INDUSTRIELLE ET MINIÈRE
                                   — SNIM —
                   الشركة الوطنية للصناعة والمناجم
                      Direction des Ressources Humaines

                           AVIS DE RECRUTEMENT EXTERNE
                              N° {REF}

{para("Dans le cadre du renforcement de ses équipes d'exploitation ferroviaire, la Société Nationale Industrielle et Minière (SNIM) lance un avis de recrutement externe pour le poste suivant :")}

{chr(10).join(wrap(a, b) for a, b in facts)}

  I. MISSIONS
{items(MISS)}

  II. CONDITIONS DE CANDIDATURE
{items(ESS)}

  III. ATOUTS
{items(DES)}

  IV. QUALITÉS PERSONNELLES
{chr(10).join('   * ' + q for q in QUAL)}

  V. DOSSIER DE CANDIDATURE
{para("Le dossier comprend une lettre de motivation, un CV, les copies légalisées des diplômes, les certificats de travail et une copie de la carte d'identité nationale. Il est déposé au Bureau du recrutement, Cité SNIM, Nouadhibou, ou envoyé à l'adresse recrutement@snim.example au plus tard le lundi 18 décembre 2034 à 12 heures. Les candidats présélectionnés passeront un test technique à Nouadhibou le 8 janvier 2035.")}

                                              Nouadhibou, le 20 novembre 2034
                                          Le Directeur des Ressources Humaines

--------------------------------------------------------------------------------
                                AVIS DE PERTE
{para("Il a été perdu le titre foncier n° 0000/TZ (numéro fictif) établi au nom de M. Sidi Ould Exemple. Prière à toute personne l'ayant retrouvé de le déposer au commissariat le plus proche.")}
--------------------------------------------------------------------------------
                         AVIS D'APPEL D'OFFRES NATIONAL
{para("Fourniture de pièces de rechange pour locomotives. Date limite de remise des offres : 27/12/2034 à 10 h 00. Le dossier peut être retiré contre paiement de 5 000 MRU (montant fictif).")}
--------------------------------------------------------------------------------
"""
write(KEY + "-journal.txt", journal)

grid = "\n".join(f'    <div class="cell"><span class="lbl">{a}</span><span class="val">{b}</span></div>' for a, b in facts[:-1] + [("Date limite de dépôt", "18/12/2034 à 12h00")])
html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Offres d'emploi – SNIM</title>
<style>
body {{ font-family: "DejaVu Sans", sans-serif; margin: 0; }}
.band {{ background: #7a1f12; color: #fff; padding: 8px 20px; }}
.grid {{ display: grid; grid-template-columns: 1fr 1fr; gap: 10px; background: #f7f1ea; padding: 14px; }}
.lbl {{ display: block; font-size: 11px; text-transform: uppercase; color: #7a1f12; }}
.val {{ display: block; font-weight: bold; }}
main {{ padding: 10px 20px; max-width: 900px; }}
</style></head>
<body>
<div class="band">SNIM · Le Groupe · Mines · Chemin de fer · Port minéralier · Carrières · Médias · العربية</div>
<main>
<p><small>Accueil / Carrières / Offres en cours</small></p>
<h1>{TITLE} – Nouadhibou</h1>
<p><em>Avis n° {REF} · publié le 20/11/2034</em></p>
<p>Le chemin de fer de la SNIM relie les mines de la Kédia d'Idjill au port minéralier de Nouadhibou sur plus de 700 km. Pour assurer la disponibilité de cette ligne, la Direction du Chemin de Fer et du Port recrute un chef de section.</p>
<div class="grid">
{grid}
</div>
<h2>Missions</h2>
<ul>
{chr(10).join('<li>' + m + '</li>' for m in MISS)}
</ul>
<h2>Conditions de candidature</h2>
<ul>
{chr(10).join('<li>' + x + '</li>' for x in ESS)}
</ul>
<h2>Atouts</h2>
<ul>
{chr(10).join('<li>' + x + '</li>' for x in DES)}
</ul>
<h2>Qualités personnelles</h2>
<ul>
{chr(10).join('<li>' + q + '</li>' for q in QUAL)}
</ul>
<h2>Dossier</h2>
<p>Lettre de motivation, CV, diplômes légalisés, certificats de travail, copie de la CNI : à déposer au Bureau du recrutement (Cité SNIM, Nouadhibou) ou à envoyer par courriel avant la date limite. Test technique le 8 janvier 2035.</p>
<aside><h3>Actualités</h3><ul><li>Record d'expédition de minerai au mois d'octobre (02/11/2034)</li><li>Journée portes ouvertes de l'école des métiers du rail (14/12/2034)</li></ul></aside>
</main>
<footer><small>© SNIM 2034 · Nouadhibou · Mentions légales</small></footer>
</body></html>
"""
write(KEY + "-snim.html", html)
