from common import *

KEY = "enc-2041-044"
REF = "ENC-2041-044"
T = "Technicien(ne) de maintenance hydroélectrique (H/F)"
O = "Enercal"
L = "Yaté, Nouvelle-Calédonie"
S = "Temps plein, 39 heures hebdomadaires, astreintes par roulement"
ESS = ["BTS ou DUT en électrotechnique, en maintenance industrielle ou équivalent",
       "Trois ans d'expérience minimum en maintenance d'installations de production d'électricité",
       "Habilitations électriques B2V et BR à jour, ou aptitude à les obtenir",
       "Permis B indispensable"]
DES = ["Connaissance des automates programmables", "Expérience en milieu isolé ou sur un site de barrage"]
C = [("Rigueur", "vous appliquez les consignes de sécurité et de consignation sans exception."),
     ("Esprit d'équipe", "vous travaillez en binôme avec les exploitants de la centrale."),
     ("Réactivité", "vous intervenez rapidement en cas d'incident sur les groupes.")]
DL = "2041-07-22"

expected(KEY, dict(reference=REF, post_number=None, languages=["fr"],
    title={"en": None, "fr": T}, organisation={"en": None, "fr": O},
    location={"en": None, "fr": L}, schedule={"en": None, "fr": S}, deadline=DL,
    salary={"amount": None, "min": 413500, "max": 486000, "currency": "XPF", "period": "month"},
    grade=None, clearance=None,
    requirements={"en": None, "fr": {"essential": ESS, "desirable": DES}},
    competencies={"en": None, "fr": comps(C)}))

facts = [("Référence", REF), ("Société", O), ("Métier", "Maintenance – Production"),
         ("Lieu de travail", L), ("Type de contrat", "CDI"), ("Temps de travail", S),
         ("Salaire", "De 413 500 à 486 000 XPF brut mensuel, selon expérience"),
         ("Date de publication", "26/06/2041"), ("Date limite de candidature", "22/07/2041")]
fh = "\n".join(f'    <div class="field"><div class="lbl">{esc(a)}</div>\n    <div class="val">{esc(b)}</div></div>' for a, b in facts)

html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{esc(T)} – Enercal Carrières</title>
<style>body{{font-family:Arial,sans-serif;margin:0;background:#f5f7fa}} .hdr{{background:#00558c;color:#fff;padding:10px 20px}} .field{{margin:6px 0}} .lbl{{font-size:11px;color:#667;text-transform:uppercase}} .val{{font-weight:bold}} .card{{background:#fff;margin:16px;padding:16px}} .cookies{{position:fixed;bottom:0;background:#222;color:#fff;padding:8px}}</style>
</head><body>
<div class="hdr"><strong>ENERCAL</strong> Carrières · <a href="#">Nos métiers</a> · <a href="#">Nos offres</a> · <a href="#">Candidature spontanée</a> · <a href="#">Mon espace candidat</a></div>
<div class="card">
  <a href="#">‹ Retour aux offres</a>
  <h1>{esc(T)}</h1>
  <p>Production · Province Sud · CDI</p>
  <aside class="summary">
{fh}
  </aside>
  <button>Postuler</button>
</div>
<div class="card">
  <h2>L'entreprise</h2>
  <p>Producteur et transporteur d'électricité en Nouvelle-Calédonie depuis 1955, Enercal exploite des centrales thermiques, hydroélectriques et solaires ainsi que le réseau de transport qui relie la Grande Terre. La centrale de Yaté, mise en service en 1959, reste un pilier de la production renouvelable du pays.</p>
  <h2>Vos missions</h2>
  <ul>
    <li>Réaliser la maintenance préventive et corrective des groupes turbine-alternateur et de leurs auxiliaires</li>
    <li>Diagnostiquer les pannes électriques, mécaniques et hydrauliques</li>
    <li>Participer aux arrêts programmés et aux essais de remise en service</li>
    <li>Renseigner la GMAO et proposer des améliorations</li>
  </ul>
  <h2>Votre profil</h2>
  <ul>
{chr(10).join('    <li>' + esc(x) + '</li>' for x in ESS)}
  </ul>
  <h2>Les plus</h2>
  <ul>
{chr(10).join('    <li>' + esc(x) + '</li>' for x in DES)}
  </ul>
  <h2>Savoir-être</h2>
  <ul>
{chr(10).join(f'    <li><strong>{esc(n)}</strong> : {esc(d)}</li>' for n, d in C)}
  </ul>
  <h2>Ce que nous offrons</h2>
  <p>Logement de fonction à Yaté, véhicule de service, mutuelle d'entreprise et prime d'astreinte. Prise de poste souhaitée le 1er septembre 2041. Les entretiens se tiendront à Nouméa le 6 août 2041.</p>
  <p>Candidature (CV et lettre de motivation) via le bouton « Postuler » ou à recrutement@enercal.example avant le 22/07/2041.</p>
</div>
<div class="card"><h3>Offres similaires</h3><ul><li>Électricien(ne) réseau HTB – Népoui – 15/07/2041</li><li>Opérateur(trice) de conduite – Ducos, Nouméa – 30/07/2041</li></ul></div>
<div class="cookies">Nous utilisons des cookies pour améliorer votre expérience. <button>Tout accepter</button> <button>Personnaliser</button></div>
</body></html>
"""
write(KEY + "-enercal.html", html, KEY)

board = f"""CaillouJobs.nc
Rechercher une offre   |   Mes alertes   |   Déposer mon CV   |   Recruteurs
Accueil / Offres / Énergie / Province Sud

{T}
Enercal
Publiée il y a 3 jours
Yaté
CDI
Temps plein

Référence de l'offre
{REF}

Entreprise
{O}

Lieu de travail
{L}

Temps de travail
{S}

Rémunération
De 413 500 à 486 000 XPF brut mensuel

Date limite
22 juillet 2041

Description du poste
Maintenance préventive et corrective des groupes turbine-alternateur, diagnostic des pannes, arrêts programmés, GMAO.

Profil recherché

{ESS[0]}

{ESS[1]}

{ESS[2]}

{ESS[3]}

Les plus

{DES[0]}

{DES[1]}

Savoir-être

{C[0][0]} : {C[0][1]}

{C[1][0]} : {C[1][1]}

{C[2][0]} : {C[2][1]}

Avantages : logement de fonction, véhicule, mutuelle. Entretiens à Nouméa le 6 août 2041.

Postuler     Partager     Signaler l'offre

Vous pourriez aussi aimer
Technicien(ne) froid et climatisation – Dumbéa – 500 000 XPF – publiée le 20/06/2041
Mécanicien(ne) engins – Thio – publiée le 18/06/2041
"""
write(KEY + "-cailloujobs.txt", board, KEY)
