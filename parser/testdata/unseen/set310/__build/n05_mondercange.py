from common import *

KEY = "mon-2043-015"
REF = "MON-2043-015"
T = "Chargé de projets en urbanisme et mobilité (m/f)"
O = "Administration communale de Mondercange"
L = "Mondercange"
S = "tâche complète (40 heures par semaine)"
ESS = ["être détenteur d'un diplôme de bachelor en urbanisme, en aménagement du territoire, en architecture, en géographie ou en génie civil",
       "avoir réussi l'examen d'admissibilité du groupe d'indemnité A2 de la fonction publique communale",
       "maîtriser les trois langues administratives du pays (luxembourgeois, français et allemand)",
       "être titulaire du permis de conduire de la catégorie B"]
DES = ["une expérience dans l'élaboration ou la mise en œuvre d'un plan d'aménagement général (PAG) ou de plans d'aménagement particuliers (PAP)",
       "la maîtrise d'un logiciel SIG (QGIS ou ArcGIS)",
       "la connaissance de la législation luxembourgeoise en matière d'aménagement communal"]
COMP = [("Esprit d'analyse", ""), ("Aisance rédactionnelle", ""), ("Sens de la négociation", ""), ("Autonomie", "")]
EXP = fr_only(reference=REF, title=T, organisation=O, location=L, schedule=S, deadline="2043-08-21",
              grade="A2", requirements=(ESS, DES), competencies=COMP)

MISSIONS = ["instruire les demandes d'autorisation de bâtir et les projets de PAP ;",
            "suivre la mise à jour du plan d'aménagement général et du plan de mobilité communal ;",
            "coordonner les projets de pistes cyclables et de zones 30 avec les services techniques ;",
            "préparer les dossiers pour la commission des bâtisses et le conseil communal ;",
            "informer et conseiller les citoyens et les promoteurs."]


def build():
    md = f"""[Accueil](#) › [Commune](#) › [Emplois](#) › Avis de vacance

*LB* | *DE* | **FR** | *EN*

*Publié le 25 juillet 2043 par le service des ressources humaines*

Le collège des bourgmestre et échevins de la commune de Mondercange se propose de recruter sous le statut de l'employé communal un

## {T}

> **Les candidatures doivent parvenir au collège des bourgmestre et échevins pour le 21 août 2043 au plus tard.**

- **Référence :** {REF}
- **Employeur :** {O}
- **Service :** service urbanisme et développement durable
- **Lieu de travail :** {L} (maison communale)
- **Statut :** employé communal (m/f), contrat à durée indéterminée
- **Groupe d'indemnité :** A2, sous-groupe scientifique et technique
- **Tâche :** {S}
- **Entrée en service :** 1er novembre 2043 ou à convenir

### Missions

{chr(10).join(f'{i}. {m}' for i, m in enumerate(MISSIONS, 1))}

### Conditions d'admission

Être ressortissant d'un État membre de l'Union européenne, jouir des droits civils et politiques et offrir les garanties de moralité requises. Le candidat retenu devra se soumettre à un examen médical d'embauche.

### Profil requis

{chr(10).join('- ' + e + ' ;' for e in ESS)}

**Constituent un atout :** {' ; '.join(DES)}.

**Qualités personnelles :** {' · '.join(n for n, _ in COMP)}

### Candidature

Le dossier comprend une lettre de motivation, un curriculum vitae avec photo récente, une copie des diplômes, une copie du certificat de réussite de l'examen d'admissibilité et un extrait récent du casier judiciaire. Les entretiens auront lieu dans la semaine du 8 septembre 2043.

Renseignements : service des ressources humaines (standard de la maison communale), rh@mondercange-commune.example

---

**Voir aussi** : [Agent municipal (m/f)](#) — délai : 04.09.2043 · [Éducateur diplômé (m/f), maison relais](#) — délai : 28.08.2043

© Commune de Mondercange · Mentions légales · Accessibilité
"""
    write(f"{KEY}-mondercange.md", md, KEY)
    h = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Avis de vacance {REF}</title>
<style>body{{font-family:'Liberation Serif';font-size:11pt}} td{{border:1px solid #000;padding:4px;vertical-align:top}} th{{background:#dddddd;border:1px solid #000;padding:4px;text-align:left}}</style></head><body>
<p align="right">Mondercange, le 25 juillet 2043</p>
<p><b>COMMUNE DE MONDERCANGE</b><br>Gemeng Monnerech<br>Service des ressources humaines</p>
<h1 align="center">AVIS DE VACANCE DE POSTE</h1>
<p align="center"><b>{T}</b></p>
<table width="100%" cellspacing="0">
<tr><th width="35%">Référence</th><td>{REF}</td></tr>
<tr><th>Employeur</th><td>{O}</td></tr>
<tr><th>Lieu de travail</th><td>{L}</td></tr>
<tr><th>Statut</th><td>Employé communal (m/f)</td></tr>
<tr><th>Groupe d'indemnité</th><td>A2</td></tr>
<tr><th>Tâche</th><td>{S}</td></tr>
<tr><th>Délai de candidature</th><td>21.08.2043</td></tr>
</table>
<h2>1. Missions</h2>
<ol type="a">{''.join('<li>' + m + '</li>' for m in MISSIONS)}</ol>
<h2>2. Profil requis</h2>
<ul>{''.join('<li>' + e + ' ;</li>' for e in ESS)}</ul>
<h2>3. Atouts</h2>
<ul>{''.join('<li><i>' + e + '</i></li>' for e in DES)}</ul>
<h2>4. Qualités personnelles</h2>
<p>{', '.join(n for n, _ in COMP)}.</p>
<h2>5. Candidatures</h2>
<p>Les candidatures sont à adresser au collège des bourgmestre et échevins pour le 21.08.2043 au plus tard. Les conditions d'admission (nationalité, droits civils et politiques, examen médical) s'appliquent. Entretiens prévus dans la semaine du 8 septembre 2043.</p>
<p align="right">Le collège des bourgmestre et échevins</p>
</body></html>"""
    libreoffice(f"{KEY}-avis.html", h, f"{KEY}-avis.libreoffice.pdf", KEY)
    expected(KEY, EXP)
