from common import *

KEY = "ftm-de-rh-2037-08"
REF = "FTM/DE/RH/2037-08"
TITLE = "Responsable du programme de reboisement communautaire"
ORG = "Fondation Tany Meva"
LOC = "Antananarivo, avec missions fréquentes dans la région Atsimo-Andrefana"
SCHED = "Temps plein (40 heures par semaine)"
ESS = [
    "Master en foresterie, agronomie, environnement ou développement rural",
    "Six ans d'expérience dans la gestion de projets de restauration des paysages, dont trois en encadrement d'équipe",
    "Expérience avérée du travail avec les communautés de base (COBA) et les autorités locales",
    "Maîtrise du malagasy et du français, à l'écrit comme à l'oral",
    "Disponibilité pour des missions de terrain de deux semaines par mois",
]
DES = [
    "Connaissance des essences autochtones des forêts sèches du Sud-Ouest",
    "Pratique des outils de cartographie participative",
]
COMP = [
    ("Écoute", "part des priorités exprimées par les villages"),
    ("Leadership", "mobilise une équipe de techniciens dispersés sur le terrain"),
    ("Intégrité", "gère les fonds des bailleurs avec transparence"),
]
MISSIONS = [
    "Planifier les campagnes annuelles de reboisement avec les communes partenaires",
    "Superviser les pépinières villageoises et le suivi de la survie des plants",
    "Gérer le budget du programme et préparer les rapports aux bailleurs",
    "Animer les conventions de gestion signées avec les communautés",
]


def html():
    ul = lambda xs: "\n".join(f"<li>{x}</li>" for x in xs)
    comps = "\n".join(f"<p><strong>{n}</strong> : {d}</p>" for n, d in COMP)
    return f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Offre d'emploi – {TITLE} | Fondation Tany Meva</title></head>
<body>
<div class="don">🌱 Soutenez nos actions : <a href="#">Faire un don</a></div>
<header><a href="#">Fondation Tany Meva</a> — Accueil · Nos programmes · Appels à projets · Actualités · <b>Recrutement</b> · Malagasy</header>
<main>
<p class="date">Actualités › Recrutement › publié le 22 octobre 2037</p>
<h1>Offre d'emploi : {TITLE}</h1>
<div class="enbref">
<h3>En bref</h3>
<p><span class="lbl">Référence :</span> <span>{REF}</span><br>
<span class="lbl">Intitulé du poste :</span> <span>{TITLE}</span><br>
<span class="lbl">Employeur :</span> <span>{ORG}</span><br>
<span class="lbl">Lieu d'affectation :</span> <span>{LOC}</span><br>
<span class="lbl">Type de contrat :</span> <span>CDD de trois ans</span><br>
<span class="lbl">Temps de travail :</span> <span>{SCHED}</span><br>
<span class="lbl">Salaire :</span> <span>3 600 000 Ariary (MGA) brut mensuel</span><br>
<span class="lbl">Date limite :</span> <span>17 novembre 2037</span></p>
</div>
<h2>Contexte</h2>
<p>Fondation environnementale malgache, Tany Meva finance et accompagne des initiatives communautaires de gestion
des ressources naturelles. Son programme de reboisement couvre quatorze communes du Sud-Ouest.</p>
<h2>Responsabilités</h2>
<ul>{ul(MISSIONS)}</ul>
<h2>Qualifications requises</h2>
<ul>{ul(ESS)}</ul>
<h2>Un atout</h2>
<ul>{ul(DES)}</ul>
<h2>Qualités attendues</h2>
{comps}
<h2>Candidature</h2>
<p>Envoyer CV, lettre de motivation et trois références à recrutement@tanymeva.example au plus tard le mardi
17 novembre 2037. Entretiens prévus du 1er au 3 décembre 2037. Prise de poste souhaitée le 4 janvier 2038.</p>
</main>
<aside><h3>Dernières actualités</h3><p>Appel à projets « Mangroves 2038 » – clôture le 15 décembre 2037</p></aside>
<footer>Fondation Tany Meva – Antananarivo – Tous droits réservés</footer>
</body></html>
"""


def whatsapp():
    return "\n".join([
        "[22/10/2037 18:04] Hery R.: Offre transmise par un collègue, à partager 👇",
        f"[22/10/2037 18:04] Hery R.: *FONDATION TANY MEVA – OFFRE D'EMPLOI*",
        f"*Poste :* {TITLE}",
        f"*Employeur :* {ORG}",
        f"*Référence :* {REF}",
        f"*Lieu :* {LOC}",
        f"*Temps de travail :* {SCHED}",
        "*Salaire :* 3 600 000 Ar (MGA) brut par mois",
        "*Date limite :* 17/11/2037",
        "",
        "*Responsabilités*",
        *[f"▫️ {m}" for m in MISSIONS],
        "",
        "*Qualifications requises*",
        *[f"✅ {m}" for m in ESS],
        "",
        "*Un atout*",
        *[f"➕ {m}" for m in DES],
        "",
        "*Qualités attendues*",
        *[f"🔸 {n} : {d}" for n, d in COMP],
        "",
        "📧 recrutement@tanymeva.example",
        "[22/10/2037 18:11] Voahangy: Misaotra betsaka ! C'est ouvert aux candidats de Toliara ?",
        "[22/10/2037 18:15] Hery R.: Oui, le poste est basé à Tana mais avec beaucoup de terrain dans le Sud-Ouest",
        "[22/10/2037 18:20] Ny Aina: Ce message a été supprimé",
        "[22/10/2037 18:26] Ny Aina: Pardon mauvaise discussion 😅",
        "",
    ])


if __name__ == "__main__":
    w(KEY + "-tanymeva.html", html())
    w(KEY + "-whatsapp.txt", whatsapp())
    expected(KEY, REF, ["fr"], {"fr": TITLE}, {"fr": ORG}, {"fr": LOC}, {"fr": SCHED}, "2037-11-17",
             sal(3600000, cur="MGA", period="month"), None, {"fr": (ESS, DES)}, {"fr": comp(COMP)})
