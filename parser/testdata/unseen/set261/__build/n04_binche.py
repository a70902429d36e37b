from common import *

KEY = "rh-bin-2039-14"
REF = "RH-BIN-2039-14"
T = "Conseiller·ère en mobilité – gradué·e spécifique (m/f/x)"
O = "Ville de Binche"
L = "Binche"
S = "temps plein (38 heures/semaine)"
GRADE = "B1"
SAL = "de 30 418,62 € à 45 207,88 € bruts annuels indexés"

ESS = ["être titulaire d'un bachelier en urbanisme, en aménagement du territoire, en géographie, en construction ou équivalent ;",
       "disposer d'une expérience probante d'au moins deux ans dans le domaine de la mobilité ou de l'aménagement ;",
       "être titulaire du permis de conduire B ;",
       "réussir l'examen de recrutement."]
DES = ["une formation de conseiller·ère en mobilité (CeM) organisée par le SPW ;",
       "la maîtrise d'un logiciel SIG (QGIS ou ArcGIS) ;",
       "la connaissance du plan communal de mobilité de Binche."]
COMP = [("Sens de l'écoute", "vous recueillez les attentes des riverains, des commerçants et des écoles."),
        ("Organisation", "vous menez plusieurs dossiers de front et respectez les échéances du collège."),
        ("Communication", "vous présentez un projet avec clarté, à l'écrit comme en réunion publique."),
        ("Esprit d'initiative", "vous proposez des solutions concrètes et mesurables.")]
MISSIONS = ["mettre en œuvre et actualiser le plan communal de mobilité ;",
            "analyser les demandes de riverains (vitesse, stationnement, sécurité aux abords des écoles) ;",
            "préparer les règlements complémentaires de police et les dossiers de subsides régionaux ;",
            "animer la commission consultative communale de mobilité et les réunions d'information."]


def build():
    cards = [("Référence", REF), ("Employeur", O), ("Service", "Département Cadre de vie – service Mobilité"),
             ("Lieu de travail", L), ("Type de contrat", "contrat à durée indéterminée"), ("Régime de travail", S),
             ("Échelle barémique", GRADE), ("Rémunération", SAL + ", selon l'ancienneté valorisable"),
             ("Date limite de candidature", "14 juillet 2039")]
    html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{T} – {O}</title>
<style>
body {{ font-family: Verdana, sans-serif; margin: 0; font-size: 14px; }}
.top {{ background: #7a1f2b; color: #fff; padding: 8px 20px; }}
.top a {{ color: #fff; margin-right: 12px; }}
.cards {{ display: flex; flex-wrap: wrap; gap: 8px; }}
.card {{ border: 1px solid #ddd; border-radius: 6px; padding: 8px; width: 30%; }}
.card .lbl {{ display: block; font-size: 11px; text-transform: uppercase; color: #7a1f2b; }}
details {{ border-bottom: 1px solid #ddd; padding: 6px 0; }}
summary {{ font-weight: bold; cursor: pointer; }}
main {{ padding: 10px 20px; max-width: 900px; }}
aside {{ margin: 10px 20px; background: #f6f1e7; padding: 8px; }}
</style></head>
<body>
<div class="top"><a href="#">Accueil</a><a href="#">Vivre à Binche</a><a href="#">Ma commune</a><a href="#">Tourisme &amp; Carnaval</a><a href="#">Emploi</a><a href="#">e-Guichet</a></div>
<p style="padding:0 20px;font-size:12px">Vous êtes ici : Accueil › Ma commune › Emplois et stages › Offres d'emploi</p>
<main>
<p style="font-size:12px">Publié le 23 juin 2039 — Mis à jour le 25 juin 2039</p>
<p>La {O} constitue une réserve de recrutement et engage :</p>
<h1>{T}</h1>
<div class="cards">
""" + "\n".join(f'<div class="card"><span class="lbl">{a}</span><span>{b}</span></div>' for a, b in cards) + f"""
</div>
<details open><summary>Vos missions</summary>
<p>Au sein du service Mobilité, vous êtes la personne de référence pour tous les projets liés aux déplacements sur le
territoire communal (Binche et ses villages). Vous serez chargé·e de :</p>
{ul(MISSIONS)}
</details>
<details open><summary>Conditions d'accès</summary>
<p>Conditions générales : être belge ou citoyen·ne de l'Union européenne, jouir des droits civils et politiques, être
d'une conduite répondant aux exigences de la fonction et justifier de la possession des aptitudes physiques exigées.</p>
<p>Conditions particulières :</p>
{ul(ESS)}
</details>
<details open><summary>Atouts</summary>
{ul(DES)}
</details>
<details open><summary>Compétences comportementales</summary>
<ul>
""" + "\n".join(f"  <li><strong>{n}</strong> – {d}</li>" for n, d in COMP) + f"""
</ul>
</details>
<details open><summary>Nous offrons</summary>
<p>Un contrat à durée indéterminée, des chèques-repas de 8 €, l'intervention dans les frais de transport en commun à
100 %, un 2e pilier de pension et 26 jours de congé. L'épreuve écrite aura lieu le 25 août 2039 ; l'épreuve orale
en septembre 2039.</p>
</details>
<details open><summary>Comment postuler ?</summary>
<p>Envoyez votre lettre de motivation, votre CV, une copie du diplôme et un extrait de casier judiciaire (modèle 1) de
moins de trois mois au Collège communal, Service du personnel, Grand-Place, 7130 Binche, ou par courriel à
emploi@binche.example, pour le 14 juillet 2039 au plus tard, en mentionnant la référence {REF}.</p>
</details>
</main>
<aside>
<h3>Autres offres</h3>
<p>Puériculteur·rice (m/f/x) – crèche communale – candidatures jusqu'au 7 juillet 2039</p>
<p>Ouvrier·ère qualifié·e – voirie (D2) – candidatures jusqu'au 21 juillet 2039</p>
</aside>
<footer style="padding:10px 20px;font-size:11px;border-top:1px solid #ccc">Administration communale de Binche · Grand-Place · 7130 Binche · Mentions légales · Vie privée · Cookies</footer>
</body></html>
"""
    write(KEY + "-binche.html", html, KEY)

    # LibreOffice "appel public": letterhead, run-in labels in paragraphs, lettered sections
    src = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Appel public</title>
<style>
body {{ font-family: 'Liberation Serif', serif; font-size: 11pt; }}
p.lh {{ text-align: right; font-size: 9pt; }}
h1 {{ text-align: center; font-size: 14pt; }}
h2 {{ font-size: 11.5pt; }}
</style></head><body>
<p class="lh">PROVINCE DE HAINAUT — ARRONDISSEMENT DE THUIN<br>{O.upper()}<br>Service du personnel<br>Binche, le 23 juin 2039</p>
<p>N/Réf. : {REF}</p>
<h1>APPEL PUBLIC AUX CANDIDAT·E·S</h1>
<p style="text-align:center"><b>{T}</b></p>
<p>En séance du 17 juin 2039, le Collège communal de la {O} a décidé de procéder au recrutement d'un·e {T.split(' –')[0].lower()}
et à la constitution d'une réserve de recrutement valable deux ans.</p>
<p><b>Lieu de travail :</b> {L}<br>
<b>Contrat :</b> contrat à durée indéterminée<br>
<b>Régime de travail :</b> {S}<br>
<b>Échelle barémique :</b> {GRADE} (niveau bachelier)<br>
<b>Rémunération :</b> {SAL}<br>
<b>Date limite de candidature :</b> 14/07/2039 (cachet de la poste ou date du courriel)</p>
<h2>A. Missions</h2>
{ul(MISSIONS)}
<h2>B. Conditions particulières de recrutement</h2>
{ul(ESS)}
<h2>C. Atouts</h2>
{ul(DES)}
<h2>D. Compétences comportementales</h2>
""" + "\n".join(f"<p><i>{n}</i> – {d}</p>" for n, d in COMP) + f"""
<h2>E. Épreuves</h2>
<p>Une épreuve écrite (25 août 2039) et une épreuve orale. Seul·e·s les candidat·e·s ayant obtenu 50 % à l'épreuve écrite
sont admis·es à l'épreuve orale ; 60 % au total sont requis pour la réussite.</p>
<p>Par le Collège,</p>
<table width="100%"><tr><td>La Directrice générale,<br><br>M. Vandercammen</td><td align="right">Le Bourgmestre,<br><br>P. Delporte</td></tr></table>
</body></html>
"""
    save_src(KEY + "-appel.html", src)
    libreoffice(KEY + "-appel.html", KEY + "-appel.libreoffice.pdf", KEY)

    expected(KEY, REF, ["fr"], T, O, L, S, "2039-07-14", salary(30418.62, 45207.88, "EUR", "year"), grade=GRADE,
             requirements={"fr": {"essential": ESS, "desirable": DES}}, competencies={"fr": pairs(*COMP)})


if __name__ == "__main__":
    build()
