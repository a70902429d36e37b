from common import *
import os

KEY = "arcep-2043-046"
REF = "ARCEP-2043-046"
T = "Chargé(e) de mission régulation des réseaux fixes (H/F)"
O = "Autorité de régulation des communications électroniques, des postes et de la distribution de la presse"
L = "Paris 14e"
S = "Temps complet"
ESS = ["Diplôme d'ingénieur (télécommunications, réseaux) ou master en économie industrielle ;",
       "Expérience d'au moins cinq ans chez un opérateur, un équipementier, une collectivité ou un régulateur ;",
       "Bonne compréhension des architectures des réseaux en fibre optique ;",
       "Capacité à rédiger des analyses claires à destination d'un collège."]
DES = ["Connaissance du cadre européen des communications électroniques ;",
       "Pratique de l'anglais professionnel."]
COMP = [("Esprit de synthèse", "savoir restituer en quelques pages des dossiers techniques complexes"),
        ("Aisance relationnelle", "dialoguer avec les opérateurs et les élus locaux"),
        ("Sens du service public", "agir avec impartialité et discrétion")]
MIS = ["instruire les dossiers relatifs aux conditions d'accès aux réseaux en fibre optique ;",
       "suivre les déploiements dans les zones moins denses et préparer les décisions de l'Autorité ;",
       "contribuer aux consultations publiques et aux travaux de normalisation ;",
       "représenter l'unité dans les groupes de travail avec les opérateurs."]


def nb(s):
    return s.replace("-", "\u2011")


def build():
    expected(KEY, reference=REF, languages=["fr"], title={"fr": T}, organisation={"fr": O}, location={"fr": L},
             schedule={"fr": S}, deadline="2043-04-22", salary=sal(mn=3975, mx=4725, cur="EUR", period="month"),
             grade="A+", requirements={"fr": {"essential": ESS, "desirable": DES}}, competencies={"fr": COMP})

    def ul(items):
        return "\n".join("<li>%s</li>" % nb(i) for i in items)
    comp = "\n".join("<li><b>%s</b> : %s</li>" % (nb(n), nb(d)) for n, d in COMP)
    html = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{REF}</title>
<style>
@page {{ size: A4; margin: 2cm 2cm 2.4cm; @bottom-center {{ content: "Arcep – Offre {REF} – page " counter(page) " / " counter(pages); font-size: 8pt; }} }}
body {{ font-family: "DejaVu Sans", sans-serif; font-size: 9.5pt; }}
.head {{ display:flex; justify-content:space-between; border-bottom:2px solid #1d4e89; }}
.grid {{ display:grid; grid-template-columns: 5.5cm 1fr; gap:2px 10px; background:#eef3f9; padding:6px; }}
.grid .k {{ font-weight:bold; }}
h1 {{ font-size:14pt; color:#1d4e89; }} h2 {{ font-size:11pt; color:#1d4e89; }}
</style></head><body>
<div class="head"><div><b>Arcep</b><br>14, rue Gerty Archimède (fictif)<br>75014 Paris</div><div>Paris, le 20 mars 2043<br>Direction des ressources humaines</div></div>
<p style="letter-spacing:3px">FICHE DE POSTE</p>
<h1>{nb(T)}</h1>
<div class="grid">
<div class="k">Référence</div><div>{nb(REF)}</div>
<div class="k">Employeur</div><div>{O}</div>
<div class="k">Direction</div><div>Direction «&nbsp;fibre, infrastructures et territoires&nbsp;»</div>
<div class="k">Localisation</div><div>{L}</div>
<div class="k">Catégorie</div><div>A+</div>
<div class="k">Nature de l'emploi</div><div>Emploi ouvert aux fonctionnaires et aux contractuels (CDD de trois ans)</div>
<div class="k">Temps de travail</div><div>{S}</div>
<div class="k">Rémunération</div><div>Entre 3 975 € et 4 725 € brut mensuel selon l'expérience</div>
<div class="k">Date limite de candidature</div><div>22/04/2043</div>
</div>
<p>Autorité administrative indépendante, l'Arcep veille au bon fonctionnement des marchés des télécoms, des postes et de la distribution de la presse. L'unité «&nbsp;accès fixe&nbsp;» compte neuf agents.</p>
<h2>Vos missions</h2>
<ul>
{ul(MIS)}
</ul>
<h2>Profil recherché</h2>
<ul>
{ul(ESS)}
</ul>
<h2>Seraient appréciés</h2>
<ul>
{ul(DES)}
</ul>
<h2>Compétences comportementales</h2>
<ul>
{comp}
</ul>
<h2>Modalités</h2>
<p>Envoyez CV et lettre de motivation à recrutement@arcep.example en rappelant la référence. Les premiers entretiens se tiendront à partir du 4 mai 2043. Prise de poste souhaitée le 1er juillet 2043.</p>
</body></html>
"""
    src = os.path.join(BUILD, "arcep.html")
    open(src, "w", encoding="utf-8").write(html)
    pdf = weasy(src, KEY + "-arcep.weasyprint.pdf")
    dump(pdf, KEY)

    txt = f"""Aller au contenu principal
Emplois publics.fr – le portail des trois fonctions publiques (site imité)
Rechercher une offre
Mon espace
Alertes
Accueil
Offres
{T}

Retour aux résultats (214)

Publiée le 20/03/2043
{T}
Autorité de régulation des communications électroniques, des postes et de la distribution de la presse
Paris
Date limite de candidature : 22/04/2043
Postuler
Sauvegarder

Informations générales
Référence
{REF}
Employeur
{O}
Versant
Fonction publique de l'État
Catégorie
A+
Nature de l'emploi
Emploi ouvert aux fonctionnaires et aux contractuels (CDD de trois ans)
Localisation
{L}
Temps de travail
{S}
Rémunération
Entre 3 975 € et 4 725 € brut mensuel selon l'expérience

Descriptif de l'employeur
Autorité administrative indépendante, l'Arcep veille au bon fonctionnement des marchés des télécoms, des postes et de la distribution de la presse.

Descriptif du poste
Vos missions
{chr(10).join(MIS)}

Profil recherché
{chr(10).join(ESS)}
Seraient appréciés
{chr(10).join(DES)}

Compétences comportementales
{chr(10).join('%s : %s' % c for c in COMP)}

Modalités
Envoyez CV et lettre de motivation à recrutement@arcep.example. Entretiens à partir du 4 mai 2043.

Offres similaires
Chargé de mission juridique (H/F) – Paris – publiée le 18/03/2043
Analyste économique des marchés postaux (H/F) – Paris – date limite 15/04/2043
Plan du site  Accessibilité : partiellement conforme  Mentions légales  Gestion des cookies
"""
    write(KEY + "-emploispublics.txt", txt, KEY)
