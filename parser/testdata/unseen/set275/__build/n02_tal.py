from common import *

REF = "TAL-40-TEC-017"
KEY = REF.lower()
T = "Technicienne ou technicien en soutien aux audiences"
O = "Tribunal administratif du logement"
L = "Montréal"
S = "35 heures par semaine, du lundi au vendredi"
ESS = ["Détenir un diplôme d'études collégiales en techniques juridiques, en techniques de bureautique ou dans une discipline jugée équivalente ;",
       "Posséder au moins une année d'expérience dans un greffe, un cabinet juridique ou un service de soutien administratif à un tribunal ;",
       "Maîtriser le français écrit et parlé ;",
       "Être en mesure de travailler avec les outils de visioconférence et de gestion documentaire."]
DES = ["Connaissance de la Loi sur le Tribunal administratif du logement et de ses règlements ;",
       "Expérience de l'accueil d'une clientèle vulnérable ou en situation de conflit."]
COMP = [("Sens de l'organisation", "vous gérez plusieurs rôles d'audience en parallèle sans perdre de vue les délais."),
        ("Tact et diplomatie", "vous accueillez avec calme des parties parfois tendues."),
        ("Rigueur", "vous vérifiez l'exactitude des dossiers avant leur transmission aux juges administratifs."),
        ("Esprit d'équipe", "vous collaborez étroitement avec les greffières, les greffiers et les juges.")]
DUT = ["préparer les rôles d'audience et convoquer les parties ;",
       "ouvrir les salles virtuelles et assister les parties lors des connexions ;",
       "tenir le procès-verbal sommaire de chaque audience ;",
       "assurer le suivi des pièces déposées et leur numérisation ;",
       "répondre aux demandes de renseignements sur le déroulement des audiences."]


def build():
    md = f"""[Accueil](#) › [Le Tribunal](#) › [Carrières](#) › Offres d'emploi

# {T}

*Publié le 2040-08-23 · Mis à jour le 2040-08-25*

[Postuler](#) · [Imprimer](#) · [Partager](#)

---

#### Numéro de l'appel de candidatures

{REF}

#### Organisme

{O}

#### Direction

Direction des services judiciaires – Greffe central

#### Lieu de travail

{L}

#### Classe d'emploi

Technicienne ou technicien en administration (229)

#### Statut

Emploi régulier, à temps complet

#### Horaire de travail

{S}

#### Traitement

De 46 218 $ à 64 733 $ par année, selon l'expérience

#### Période d'inscription

Du 24 août 2040 au 7 septembre 2040 à 23 h 59

---

## Le Tribunal

Le {O} rend des décisions sur les différends entre locataires et propriétaires de partout au Québec. Près de 70 000 demandes y sont déposées chaque année, et la plupart des audiences se tiennent désormais en mode virtuel ou hybride.

## Attributions

Au sein du greffe central, la personne titulaire de l'emploi soutient les juges administratifs et le personnel du greffe dans la tenue des audiences. Plus particulièrement, elle doit :

{chr(10).join('- ' + d for d in DUT)}

## Exigences de l'emploi

{chr(10).join('- ' + e for e in ESS)}

## Atouts

{chr(10).join('- ' + e for e in DES)}

## Profil recherché

{chr(10).join(f'- **{n}** : {d}' for n, d in COMP)}

## Conditions d'admission

Être inscrite ou inscrit à la liste de déclaration d'aptitudes de la classe d'emploi ou satisfaire aux conditions d'admission de la classe d'emploi prévues par le Secrétariat du Conseil du trésor.

> Les personnes retenues seront convoquées à un examen écrit prévu le 24 septembre 2040, puis à une entrevue.

## Pour postuler

Transmettez votre curriculum vitæ et une lettre de présentation au plus tard le 7 septembre 2040, à 23 h 59, en indiquant le numéro {REF}. Le Tribunal applique un programme d'accès à l'égalité en emploi (PAÉE) et invite les membres des groupes visés à le mentionner.

---

**Autres offres**

- Greffière ou greffier d'audience – Québec (inscription jusqu'au 14 septembre 2040)
- Conseillère ou conseiller en communication – Montréal (inscription jusqu'au 31 août 2040)

© Gouvernement du Québec, 2040 · [Accessibilité](#) · [Confidentialité](#)
"""
    w(KEY + "-carrieres.md", md, KEY)

    rows = [("Numéro de l'appel de candidatures", REF), ("Organisme", O),
            ("Direction", "Direction des services judiciaires – Greffe central"),
            ("Titre de l'emploi", T), ("Classe d'emploi", "Technicienne ou technicien en administration (229)"),
            ("Lieu de travail", L), ("Statut", "Emploi régulier, à temps complet"),
            ("Horaire de travail", S), ("Traitement", "De 46 218 $ à 64 733 $ par année"),
            ("Période d'inscription", "Du 24 août 2040 au 7 septembre 2040 à 23 h 59")]
    table = "\n".join(f'<tr><td width="38%" bgcolor="#e8eef5"><b>{a}</b></td><td>{b}</td></tr>' for a, b in rows)
    html = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Appel de candidatures {REF}</title>
<style>body{{font-family:"Liberation Serif",serif;font-size:11pt}} h2{{font-size:12pt;background:#dde;padding:2pt}}</style></head><body>
<p align="right"><b>{O}</b><br>Direction des ressources humaines<br>Montréal, le 23 août 2040</p>
<h1 align="center">APPEL DE CANDIDATURES</h1>
<table border="1" cellpadding="4" cellspacing="0" width="100%">
{table}
</table>
<h2>1. Contexte</h2>
<p>Le Tribunal tient chaque année des dizaines de milliers d'audiences, en salle comme en mode virtuel. Le greffe central recrute une personne pour soutenir le bon déroulement de ces audiences.</p>
<h2>2. Attributions</h2>
<ol type="a">
{ul(DUT)}
</ol>
<h2>3. Exigences de l'emploi</h2>
<ul>
{ul(ESS)}
</ul>
<h2>4. Atouts</h2>
<ul>
{ul(DES)}
</ul>
<h2>5. Profil recherché</h2>
{''.join(f'<p><i>{n}</i> – {d}</p>' for n, d in COMP)}
<h2>6. Modalités</h2>
<p>Un examen écrit aura lieu le 24 septembre 2040. Les candidatures doivent parvenir au plus tard le 7 septembre 2040 à 23 h 59. Seules les personnes retenues seront contactées.</p>
<p>La Direction des ressources humaines</p>
</body></html>
"""
    p = src(KEY + "-appel.html", html)
    soffice(p, KEY + "-appel.libreoffice.pdf", KEY)
    expected(KEY, REF, ["fr"], {"fr": T}, {"fr": O}, {"fr": L}, {"fr": S}, "2040-09-07",
             sal(46218, 64733, "CAD", "year"), None, None,
             {"fr": {"essential": ESS, "desirable": DES}}, {"fr": COMP})
