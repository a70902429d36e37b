from common import *

KEY = "drh-aux-2039-33"
REF = "DRH-AUX-2039-33"
T = "Chargé de mission économies d'énergie des bâtiments (H/F)"
O = "Ville d'Auxerre"
L = "Auxerre"
S = "Temps complet, 37h30 hebdomadaires"
GRADE = "Technicien principal de 2e classe"

ESS = ["Formation de niveau bac+2 minimum en génie thermique, énergétique ou bâtiment",
       "Expérience d'au moins deux ans dans le suivi énergétique de bâtiments ou l'exploitation de chauffage",
       "Connaissance du décret tertiaire et des outils de suivi des consommations (OPERAT)",
       "Permis B indispensable"]
DES = ["Connaissance de la commande publique et des contrats d'exploitation de chauffage",
       "Pratique d'un logiciel de gestion technique centralisée (GTC)"]
COMP = ["Rigueur et méthode", "Sens du travail en transversalité", "Pédagogie", "Force de proposition"]
MIS = ["Suivre les consommations d'énergie et d'eau des 140 bâtiments communaux et produire un bilan annuel",
       "Piloter le plan pluriannuel de travaux d'économies d'énergie et les dossiers de financement",
       "Assurer le suivi du contrat d'exploitation des installations de chauffage",
       "Sensibiliser les services et les usagers aux écogestes"]
BOARD_NO = "O089239600218457"


def build():
    et = f"""Emploi territorial
Accueil  Offres  Candidats  Employeurs  Concours
Accueil > Offres d'emploi > Offre n° {BOARD_NO}
{T}
Offre n° {BOARD_NO}
Publiée le 24/06/2039
Synthèse de l'offre
Employeur : Mairie d'AUXERRE
Place de l'Hôtel de Ville, 89000 Auxerre
Département de travail : Yonne
Secteur d'affectation : Direction du patrimoine bâti
Poste à pourvoir le : 01/10/2039
Date limite de candidature : 21/07/2039
Type d'emploi : Emploi permanent - vacance d'emploi
Nombre de poste(s) : 1
Détails de l'offre
Famille de métier : Patrimoine bâti, infrastructures, réseaux > Énergie
Grade(s) recherché(s) : {GRADE}
Métier(s) : Conseiller ou conseillère en maîtrise de l'énergie
Descriptif de l'emploi :
La {O} (35 000 habitants, préfecture de l'Yonne) s'est engagée à réduire de 40 % les consommations de son patrimoine d'ici
2030. Rattaché(e) au responsable du service Énergie, vous pilotez la stratégie d'économies d'énergie des bâtiments
communaux. Référence interne : {REF}.
Missions ou activités :
{chr(10).join("- " + m for m in MIS)}
Profils recherchés :
{chr(10).join("- " + e for e in ESS)}
Serait un plus :
{chr(10).join("- " + e for e in DES)}
Savoir-être : {" / ".join(COMP)}
Temps de travail : {S}
Télétravail : Oui, 1 jour par semaine
Rémunération : statutaire + RIFSEEP + prime annuelle + participation mutuelle et prévoyance + CNAS
Contact et informations complémentaires : Candidature (lettre de motivation, CV, dernier arrêté de situation
administrative) à adresser à Monsieur le Maire, en rappelant la référence {REF}. Jury de recrutement prévu le 4 août 2039.
Téléphone collectivité : 03 86 00 00 00
Adresse e-mail : recrutement@auxerre.example
Lien de publication : www.auxerre.example/emploi
Travailleurs handicapés
Les employeurs publics s'engagent à favoriser l'emploi des personnes en situation de handicap.
Postuler
Offres similaires
Technicien bâtiment (H/F) – Communauté de communes des Deux Vallons – Date limite : 14/07/2039
Économe de flux (H/F) – Syndicat d'énergie du Val de Serein – Date limite : 31/07/2039
"""
    write(KEY + "-emploiterritorial.txt", et, KEY)

    html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{T} – {O}</title>
<style>
body {{ font-family: 'Trebuchet MS', sans-serif; margin: 0; }}
.bandeau {{ background: #005b8f; color: #fff; padding: 10px 24px; }}
main {{ padding: 10px 24px; max-width: 880px; }}
.fiche td {{ border-bottom: 1px dotted #aaa; padding: 4px 12px 4px 0; }}
.fiche td:first-child {{ font-weight: bold; width: 230px; }}
.alerte {{ background: #fff3cd; padding: 6px; font-size: 13px; }}
</style></head>
<body>
<div class="alerte">Travaux rue du Temple : circulation alternée jusqu'au 15 juillet.</div>
<div class="bandeau"><b>AUXERRE</b> · Ville d'art et d'histoire &nbsp; | &nbsp; Mes démarches · Agenda · Actualités · La Ville recrute</div>
<main>
<p><small>Accueil / La Ville recrute / Offres d'emploi</small></p>
<p><em>Direction des ressources humaines — Réf. {REF} — publiée le 24 juin 2039</em></p>
<h1>{T}</h1>
<table class="fiche">
<tr><td>Employeur</td><td>{O}</td></tr>
<tr><td>Direction</td><td>Direction du patrimoine bâti – service Énergie</td></tr>
<tr><td>Lieu de travail</td><td>{L}</td></tr>
<tr><td>Cadre d'emplois</td><td>Techniciens territoriaux (catégorie B)</td></tr>
<tr><td>Grade</td><td>{GRADE}</td></tr>
<tr><td>Temps de travail</td><td>{S}</td></tr>
<tr><td>Rémunération</td><td>statutaire, RIFSEEP, prime annuelle</td></tr>
<tr><td>Date limite de candidature</td><td>21 juillet 2039</td></tr>
</table>
<h2>Le contexte</h2>
<p>La {O} s'est engagée à réduire de 40 % les consommations d'énergie de son patrimoine d'ici 2030. Le service Énergie,
composé de trois agents, recrute son chargé de mission pour piloter cette démarche.</p>
<h2>Vos missions</h2>
{ul(MIS)}
<h2>Votre profil</h2>
{ul(ESS)}
<p><b>Serait un plus :</b></p>
{ul(DES)}
<p><b>Savoir-être :</b> {" / ".join(COMP)}</p>
<h2>Pour candidater</h2>
<p>Lettre de motivation et CV à adresser à Monsieur le Maire, Hôtel de Ville, 89000 Auxerre, ou à
recrutement@auxerre.example, avant le 21 juillet 2039. Le jury se réunira le 4 août 2039.</p>
<aside><h3>Découvrir aussi</h3><p>Forum de l'emploi public – samedi 12 septembre 2039, salle des fêtes</p></aside>
</main>
<footer style="font-size:11px;padding:10px 24px;border-top:1px solid #ccc">Ville d'Auxerre · Mentions légales · Accessibilité : partiellement conforme · Gestion des cookies</footer>
</body></html>
"""
    write(KEY + "-auxerre.html", html, KEY)

    expected(KEY, REF, ["fr"], T, O, L, S, "2039-07-21", None, grade=GRADE,
             requirements={"fr": {"essential": ESS, "desirable": DES}}, competencies={"fr": names(*COMP)})


if __name__ == "__main__":
    build()
