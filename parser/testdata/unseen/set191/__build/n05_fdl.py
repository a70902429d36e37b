from common import *
KEY = "fdl-2033-022"; REF = "FDL-2033-022"
T = "Gestionnaire technique de bâtiments (m/f)"
ORG = "Fonds du Logement"
LOC = "Luxembourg-Hamm"
SCHED = "tâche complète (40 heures par semaine)"
ESS = ["être détenteur d'un diplôme de bachelor en génie civil, en technique du bâtiment ou en génie climatique, ou d'un diplôme reconnu équivalent",
       "justifier d'une expérience professionnelle d'au moins trois ans dans l'exploitation ou la maintenance d'un parc immobilier",
       "maîtriser les trois langues administratives du pays (luxembourgeois, français et allemand)",
       "être ressortissant d'un État membre de l'Union européenne",
       "être titulaire du permis de conduire de la catégorie B"]
DES = ["connaissance de la réglementation luxembourgeoise en matière de performance énergétique des bâtiments",
       "expérience de l'utilisation d'un logiciel de gestion de maintenance assistée par ordinateur (GMAO)",
       "connaissance de la langue anglaise"]
COMP = ["Sens de l'organisation", "Capacité d'analyse", "Esprit d'équipe", "Orientation client", "Résistance au stress"]
expected(KEY, reference=REF, languages=["fr"], title={"fr": T}, organisation={"fr": ORG}, location={"fr": LOC},
         schedule={"fr": SCHED}, deadline="2033-09-22", salary=None, grade="B1",
         requirements={"fr": {"essential": ESS, "desirable": DES}}, competencies={"fr": names(COMP)})
MISS = ["assurer le suivi technique d'un portefeuille d'environ 600 logements locatifs ;", "planifier et contrôler les travaux d'entretien et de remise en état entre deux locations ;",
        "établir les cahiers des charges et analyser les offres des entreprises ;", "gérer les contrats de maintenance des installations techniques (chauffage, ventilation, ascenseurs) ;",
        "conseiller les locataires sur le bon usage des équipements."]
html = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Avis de vacance {REF}</title>
<style>
@page {{ size: A4; margin: 2cm 2cm 2.2cm 2cm; @bottom-right {{ content: "Page " counter(page) " / " counter(pages); font-size: 8pt; color: #777; }} @bottom-left {{ content: "Fonds du Logement – Avis de vacance {REF}"; font-size: 8pt; color: #777; }} }}
body {{ font-family: "DejaVu Sans", sans-serif; font-size: 10pt; line-height: 1.4; }}
.logo {{ color: #c8102e; font-weight: bold; font-size: 16pt; }} .addr {{ font-size: 8pt; color: #555; }}
h1 {{ font-size: 13pt; background: #c8102e; color: white; padding: 4pt 8pt; }}
h2 {{ font-size: 11pt; color: #c8102e; border-bottom: 1px solid #c8102e; margin-top: 14pt; }}
.box {{ border: 1px solid #999; padding: 6pt 10pt; }}
</style></head><body>
<div class="logo">Fonds du Logement</div>
<div class="addr">Établissement public · 18, rue des Artisans · L-1999 Luxembourg-Hamm · Tél. 26 99 41-1 · www.fdl.example</div>
<h1>AVIS DE VACANCE DE POSTE – Réf. {REF}</h1>
<p>Le <b>Fonds du Logement</b>, établissement public chargé de la promotion de logements abordables au Grand-Duché de Luxembourg, se propose d'engager pour son Service Gestion locative et technique un</p>
<p style="text-align:center; font-size:12pt"><b>{esc(T)}</b></p>
<p>sous le statut de l'employé de l'État, <b>groupe d'indemnité B1</b>, sous contrat à durée indéterminée et à {esc(SCHED)}.</p>
<div class="box"><p><b>Lieu de travail :</b> {esc(LOC)}<br><b>Statut :</b> employé de l'État<br><b>Groupe d'indemnité :</b> B1<br><b>Durée du travail :</b> {esc(SCHED)}<br><b>Entrée en service :</b> dès que possible, au plus tôt le 1er décembre 2033</p></div>
<h2>Vos missions</h2><ul>{''.join(f'<li>{esc(x)}</li>' for x in MISS)}</ul>
<h2>Votre profil</h2><p>Pour être admis au poste, le candidat doit :</p><ul>{''.join(f'<li>{esc(x)}</li>' for x in ESS)}</ul>
<p>Sont considérés comme des atouts :</p><ul>{''.join(f'<li>{esc(x)}</li>' for x in DES)}</ul>
<h2>Compétences comportementales</h2><ul>{''.join(f'<li>{esc(x)}</li>' for x in COMP)}</ul>
<h2>Nous offrons</h2><p>Un travail varié au service du logement abordable, une rémunération conforme à la législation applicable aux employés de l'État, un horaire mobile, des formations continues et des chèques-repas.</p>
<h2>Candidature</h2>
<p>Les candidatures, comprenant une lettre de motivation, un curriculum vitae détaillé, une copie des diplômes, une copie de la carte d'identité et un extrait récent du casier judiciaire (bulletin n° 3), sont à adresser sous la référence {REF} au plus tard pour le <b>22 septembre 2033</b> à Monsieur le Président du Fonds du Logement, B.P. 2321, L-1023 Luxembourg, ou par voie électronique à recrutement@fdl.example.</p>
<p>Les candidats retenus pour la suite de la procédure seront invités à un entretien qui aura lieu au cours de la semaine du 10 octobre 2033. Les dossiers incomplets ne seront pas pris en considération.</p>
<p style="font-size:8pt; color:#555">Les données à caractère personnel sont traitées conformément au règlement (UE) 2016/679 aux seules fins du recrutement et sont conservées six mois après la clôture de la procédure.</p>
<p>Luxembourg, le 29 août 2033</p>
</body></html>"""
write(KEY + "-fdl.html", html)
