from common import *

KEY = "iford-ae-2036-03"
D = dict(
    reference="IFORD/AE/2036/03", post_number=None, languages=["fr"],
    title=both(None, "Enseignant(e)-chercheur(e) en analyse démographique et méthodes quantitatives"),
    organisation=both(None, "Institut de Formation et de Recherche Démographiques"),
    location=both(None, "Yaoundé (Cameroun)"),
    schedule=both(None, "Temps plein"),
    deadline="2036-04-10",
    salary=sal(mn=None, amount=1276500, cur="XAF", period="month"),
    grade="P3", clearance=None,
)
ESS = [
    "être ressortissant(e) de l'un des États membres de l'IFORD ;",
    "être titulaire d'un doctorat en démographie, en statistique ou en économétrie ;",
    "justifier d'au moins cinq (5) années d'expérience d'enseignement ou de recherche en analyse démographique ;",
    "avoir publié au moins trois articles dans des revues scientifiques à comité de lecture au cours des cinq dernières années ;",
    "maîtriser au moins deux logiciels d'analyse statistique (Stata, R, SPSS ou SAS) ;",
    "être âgé(e) de quarante-cinq (45) ans au plus à la date limite de dépôt des candidatures.",
]
DES = [
    "une expérience de l'exploitation de recensements généraux de la population ou d'enquêtes démographiques et de santé ;",
    "une bonne connaissance pratique de l'anglais ;",
    "une expérience de l'encadrement de mémoires de master professionnel.",
]
COMP = [
    ("Rigueur scientifique", "respecter les normes de qualité et d'éthique de la recherche"),
    ("Sens de la pédagogie", "rendre accessibles des notions techniques à des publics variés"),
    ("Esprit d'équipe", "travailler avec des collègues de plusieurs nationalités"),
    ("Intégrité", "faire preuve de probité et de discrétion dans l'exercice de ses fonctions"),
]
D["requirements"] = both(None, req(ESS, DES))
D["competencies"] = both(None, comps(COMP))

DUTIES = [
    "assurer des enseignements de démographie formelle, d'analyse des données et de méthodes quantitatives dans les cycles de master ;",
    "encadrer les travaux de terrain et les mémoires des étudiants ;",
    "concevoir et conduire des projets de recherche sur la fécondité, la mortalité et les migrations en Afrique francophone ;",
    "contribuer aux missions d'appui technique de l'Institut auprès des instituts nationaux de statistique ;",
    "participer à l'organisation du concours d'entrée et aux jurys de soutenance ;",
    "rédiger des rapports et publier les résultats de ses travaux.",
]
DOSSIER = [
    "une lettre de motivation adressée à l'Administrateur de l'IFORD ;",
    "un curriculum vitae détaillé, daté et signé ;",
    "les copies certifiées conformes des diplômes ;",
    "la liste des publications accompagnée de trois tirés à part ;",
    "un extrait d'acte de naissance et un certificat de nationalité.",
]


def html():
    def ol(items):
        return "<ul class='dash'>" + li(items) + "</ul>"
    comp = "".join("<li><b>%s</b> : %s ;</li>" % c for c in COMP)
    return f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Avis de recrutement {D['reference']}</title>
<style>
@page {{ size: A4; margin: 2cm 2cm 2.2cm 2cm; @bottom-center {{ content: "IFORD – Avis de recrutement – page " counter(page) " / " counter(pages); font-size: 8pt; }} }}
body {{ font-family: 'DejaVu Serif', serif; font-size: 10.5pt; line-height: 1.35; }}
.head {{ display: flex; justify-content: space-between; font-size: 8.5pt; text-transform: uppercase; text-align: center; }}
.head div {{ width: 46%; }}
h1 {{ text-align: center; font-size: 13pt; text-decoration: underline; margin-top: 1.2em; }}
h2 {{ font-size: 11pt; margin: 1em 0 .3em; }}
.nw {{ white-space: nowrap; }}
ul.dash {{ list-style: none; padding-left: 1.2em; }}
ul.dash li::before {{ content: "– "; margin-left: -1em; }}
.sig {{ margin-top: 2em; margin-left: 55%; text-align: center; }}
</style></head><body>
<div class="head"><div>Organisme intergouvernemental<br>Institut de Formation et de Recherche Démographiques<br>(IFORD)<br>Administration exécutive<br>B.P. 1556 Yaoundé</div>
<div>Yaoundé, le 9 mars 2036<br>N° 0214/IFORD/AE/SG<br>Tél. (+237) 222 00 00 00<br>recrutement@iford.example</div></div>
<h1>AVIS DE RECRUTEMENT N° <span class="nw">{D['reference']}</span></h1>
<p style="text-align:center"><b>Un(e) <span class="nw">{D['title']['fr']}</span></b></p>
<p>L'{D['organisation']['fr']} (IFORD), institut intergouvernemental rattaché au plan académique à l'Université de Yaoundé II, forme depuis plus de soixante ans des démographes pour les États d'Afrique francophone. Dans le cadre du renforcement de son corps enseignant, l'Administrateur de l'IFORD lance un appel à candidatures pour le recrutement d'un(e) {D['title']['fr']}.</p>
<h2>I. PRÉSENTATION DU POSTE</h2>
<p>Intitulé du poste : {D['title']['fr']}<br>
Département : Études et Formation<br>
Lieu d'affectation : {D['location']['fr']}<br>
Niveau : {D['grade']}<br>
Nature du contrat : contrat de trois (3) ans renouvelable, assorti d'une période d'essai de six mois<br>
Régime de travail : {D['schedule']['fr']}<br>
Date de prise de fonction souhaitée : 1er septembre 2036</p>
<h2>II. ATTRIBUTIONS</h2>
<p>Sous l'autorité du Directeur des Études et de la Formation, le (la) titulaire du poste est chargé(e) notamment de :</p>
{ol(DUTIES)}
<h2>III. PROFIL REQUIS</h2>
<p>Le (la) candidat(e) doit :</p>
{ol(ESS)}
<h2>IV. ATOUTS</h2>
<p>Seront considérés comme des atouts :</p>
{ol(DES)}
<h2>V. APTITUDES ET QUALITÉS</h2>
<ul class="dash">{comp}</ul>
<h2>VI. RÉMUNÉRATION ET AVANTAGES</h2>
<p>Le (la) candidat(e) retenu(e) percevra un traitement mensuel brut de {1276500:,} FCFA, auquel s'ajoutent une indemnité de logement et, pour les non-nationaux du pays hôte, une indemnité d'expatriation, conformément au statut du personnel de l'IFORD.</p>
<h2>VII. COMPOSITION DU DOSSIER</h2>
<ol>{li(DOSSIER)}</ol>
<h2>VIII. DÉPÔT DES CANDIDATURES</h2>
<p>Les dossiers, sous pli fermé portant la mention « Recrutement – avis n° <span class="nw">{D['reference']}</span> », doivent parvenir au Secrétariat général de l'IFORD, campus de Ngoa-Ekellé, ou par courriel à recrutement@iford.example, au plus tard le <b>vendredi 10 avril 2036 à 15 heures</b> (heure de Yaoundé). Les candidat(e)s présélectionné(e)s seront invité(e)s à une leçon publique et à un entretien prévus dans la semaine du 18 mai 2036. Les dossiers incomplets ou parvenus hors délai ne seront pas examinés.</p>
<p>Les candidatures féminines sont vivement encouragées.</p>
<div class="sig">L'Administrateur<br><br><i>(signé)</i><br>Dr Honoré K. Ebolo-Mvondo</div>
</body></html>
""".replace("1,276,500", "1 276 500")


def email():
    def wrapitems(items, marker="  * "):
        import textwrap
        out = []
        for it in items:
            out.append(textwrap.fill(it, 72, initial_indent=marker, subsequent_indent=" " * len(marker)))
        return "\n".join(out)
    import textwrap
    def para(s):
        return textwrap.fill(s, 72)
    comp = wrapitems(["%s : %s ;" % c for c in COMP], "  - ")
    return f"""Envoyer des messages à destination de la liste DEMO-AFR à
        demo-afr@listes.example
Pour vous (dés)abonner par le web, consultez
        https://listes.example/mailman/listinfo/demo-afr

Aujourd'hui, sujets de discussion :

   1. Offre de poste IFORD (Yaoundé) - date limite 10 avril
   2. Re: Séminaire virtuel sur les projections de population (23 mars)
   3. Rappel : cotisations 2036 de l'association

----------------------------------------------------------------------

Message : 1
Date : Mon, 16 Mar 2036 08:41:07 +0100
De : Aïssatou Ndiaye-Fall <a.ndiaye@reseau-demographes.example>
À : demo-afr@listes.example
Objet : [DEMO-AFR] Offre de poste IFORD (Yaoundé) - date limite 10
        avril
Message-ID: <20360316084107.5521@reseau-demographes.example>
Content-Type: text/plain; charset=UTF-8

Chères et chers collègues,

Je relaie ci-dessous, à la demande de l'IFORD, un avis de recrutement
qui intéressera les docteur(e)s de nos réseaux. Merci de le diffuser
largement. Le texte est reproduit tel quel (l'avis signé est disponible
en PDF sur demande).

Bien cordialement,
Aïssatou

=== AVIS DE RECRUTEMENT N° {D['reference']} ===

{D['organisation']['fr']} (IFORD)
Organisme intergouvernemental - B.P. 1556 Yaoundé
Yaoundé, le 9 mars 2036

Poste : {D['title']['fr']}

{para("L'IFORD, institut intergouvernemental rattaché au plan académique à l'Université de Yaoundé II, recrute pour son Département des Études et de la Formation.")}

I. PRESENTATION DU POSTE
  Lieu d'affectation ....... {D['location']['fr']}
  Niveau ................... {D['grade']}
  Nature du contrat ........ 3 ans renouvelable (essai : 6 mois)
  Régime de travail ........ {D['schedule']['fr']}
  Prise de fonction ........ 1er septembre 2036

II. ATTRIBUTIONS
{wrapitems(DUTIES)}

III. PROFIL REQUIS
Le (la) candidat(e) doit :
{wrapitems(ESS)}

IV. ATOUTS
{wrapitems(DES)}

V. APTITUDES ET QUALITES
{comp}

VI. REMUNERATION
{para("Traitement mensuel brut : 1 276 500 FCFA, plus indemnité de logement et, pour les non-nationaux du pays hôte, indemnité d'expatriation.")}

VII. DOSSIER
{wrapitems(DOSSIER, "  ")}

VIII. DEPOT
{para("Au plus tard le vendredi 10 avril 2036 à 15 heures (heure de Yaoundé), au Secrétariat général de l'IFORD (campus de Ngoa-Ekellé) ou à recrutement@iford.example. Leçon publique et entretien : semaine du 18 mai 2036.")}

=== FIN DE L'AVIS ===


------------------------------

Message : 2
Date : Mon, 16 Mar 2036 10:02:55 +0000
De : Serge Tchokouani <s.tchokouani@univ.example>
Objet : Re: [DEMO-AFR] Séminaire virtuel sur les projections de
        population (23 mars)

Le lien de connexion sera envoyé le 20 mars. Inscription avant le
18 mars.

------------------------------

Fin de Recueil DEMO-AFR, Vol 14, Numéro 11
******************************************
"""


def build():
    h = html()
    hp = write(KEY + "-iford.html", h, BUILD)
    pdf = os.path.join(ROOT, KEY + "-iford.weasyprint.pdf")
    weasyprint(hp, pdf)
    txt = dump(pdf)
    row(os.path.basename(pdf), KEY, "pdf")
    row(os.path.basename(txt), KEY, "txt")
    write(KEY + "-recueil-liste.txt", email())
    row(KEY + "-recueil-liste.txt", KEY, "txt")
    expected(KEY, D)
