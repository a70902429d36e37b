from common import *
import textwrap

N = dict(
    ref="SOMAIR/DRH/REC/2037-024", langs=["fr"],
    title={"fr": "Superviseur de la maintenance des engins miniers"},
    org={"fr": "Société des Mines de l'Aïr (SOMAÏR)"},
    loc={"fr": "Site minier d'Arlit, région d'Agadez"},
    sched={"fr": "Horaires postés en 3x8, rotation de cinq jours travaillés et deux jours de repos"},
    deadline="2037-04-17",
    salary={"amount": None, "min": 1650000, "max": 1950000, "currency": "XOF", "period": "month"},
    grade=None,
    ess={"fr": [
        "Diplôme d'ingénieur ou de technicien supérieur en maintenance industrielle ou en mécanique des engins",
        "Sept (7) ans d'expérience au moins dans la maintenance d'engins lourds, dont trois (3) en mine à ciel ouvert",
        "Bonne maîtrise des systèmes hydrauliques et des diagnostics électroniques embarqués",
        "Connaissance des règles de sécurité et de radioprotection propres aux sites uranifères",
        "Aptitude médicale au travail posté en zone saharienne",
    ]},
    des={"fr": [
        "Expérience d'un logiciel de GMAO",
        "Notions d'anglais technique",
        "Connaissance du tamasheq ou du haoussa",
    ]},
    comp={"fr": [
        ("Exigence sécurité", "refuse toute intervention sans consignation préalable"),
        ("Management de proximité", "fait progresser les mécaniciens et les électriciens de son équipe"),
        ("Esprit d'analyse", "cherche la cause des pannes répétitives au lieu de remplacer les pièces"),
    ]},
)
MIS = ["Organiser les interventions préventives et curatives sur les dumpers, chargeuses et foreuses",
       "Suivre la disponibilité du parc et les indicateurs de fiabilité",
       "Préparer les arrêts programmés avec le magasin et les fournisseurs",
       "Faire respecter les consignes de sécurité et de radioprotection à l'atelier",
       "Rédiger les rapports mensuels destinés à la direction de l'exploitation"]
key = expected(N)
T, O, L, S = N["title"]["fr"], N["org"]["fr"], N["loc"]["fr"], N["sched"]["fr"]

chips = [("Référence", N["ref"]), ("Poste", T), ("Société", O), ("Département", "Maintenance Mine"),
         ("Lieu de travail", L), ("Contrat", "CDI"), ("Horaires", S),
         ("Rémunération", "1 650 000 à 1 950 000 FCFA (XOF) brut mensuel selon expérience, logement sur la cité"),
         ("Date limite", "17/04/2037")]
page = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{e(T)} | Carrières SOMAÏR</title>
<style>body{{font-family:Helvetica,Arial,sans-serif;margin:0;color:#222}} .band{{background:#f4b400;padding:4px 20px;font-size:13px}}
header{{background:#333;color:#fff;padding:12px 20px}} ul.chips{{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:8px}}
ul.chips li{{background:#eee;border-radius:14px;padding:5px 12px}} ul.chips span{{font-weight:bold;margin-right:4px}}
main{{max-width:860px;margin:auto;padding:20px}}</style></head><body>
<div class="band">⚠ Sécurité : 412 jours sans accident avec arrêt sur le site d'Arlit</div>
<header><b>SOMAÏR</b> · Accueil · Nos activités · Environnement · Communautés · <b>Carrières</b> · Contact</header>
<main>
<p class="crumbs">Accueil / Carrières / Offres / {e(N['ref'])}</p>
<h1>{e(T)} (H/F)</h1>
<p><i>Publiée le 18 mars 2037 — Direction des Ressources Humaines</i></p>
<ul class="chips">
{''.join(f'<li><span>{e(a)}</span>{e(b)}</li>' for a, b in chips)}
</ul>
<h2>Le contexte</h2>
<p>La mine à ciel ouvert d'Arlit exploite un parc de plus de soixante engins lourds. Pour fiabiliser ce parc,
la société renforce son encadrement de maintenance.</p>
<h2>Vos missions</h2>
<ol>{''.join(f'<li>{e(m)}</li>' for m in MIS)}</ol>
<h2>Votre profil</h2>
<ul>{''.join(f'<li>{e(x)}</li>' for x in N['ess']['fr'])}</ul>
<h2>Ce qui fera la différence</h2>
<ul>{''.join(f'<li>{e(x)}</li>' for x in N['des']['fr'])}</ul>
<h2>Savoir-être</h2>
<ul>{''.join(f'<li><b>{e(n)}</b> : {e(d)}</li>' for n, d in N['comp']['fr'])}</ul>
<h2>Comment postuler ?</h2>
<p>Envoyez CV et lettre de motivation à carrieres@somair-ne.example en indiquant la référence, au plus tard
le 17 avril 2037. Les candidats retenus passeront une visite médicale et un entretien technique à Arlit à
partir du 4 mai 2037. Les candidatures de ressortissants nigériens sont examinées en priorité.</p>
<h3>Offres similaires</h3>
<ul><li>Technicien électricien usine — clôture 09/04/2037</li><li>Géologue de production — clôture 30/04/2037</li></ul>
</main>
<footer>© 2037 Société des Mines de l'Aïr — Niamey · Arlit | Politique de confidentialité | Nous utilisons des cookies.</footer>
</body></html>"""
write(f"{key}-somair.html", page, N["ref"], "html")

# LinkedIn feed post by an HR officer
lk = ["Fati Moussa Abdou • 2e", "Chargée de recrutement chez SOMAÏR | Mines & industrie", "5 j • Modifié • 🌐", "",
      "🚨 Nous recrutons à Arlit ! 🚨", "",
      f"📌 Poste : {T}",
      f"🏢 Entreprise : {O}",
      f"📍 Lieu : {L}",
      f"🕒 Horaires : {S}",
      "💰 Salaire : 1 650 000 à 1 950 000 FCFA (XOF) brut/mois + logement",
      f"🔖 Réf. : {N['ref']}",
      "⏳ Date limite : 17 avril 2037", "",
      "🛠️ Missions :"] + [f"▪️ {m}" for m in MIS] + ["", "🎯 Profil :"] + [f"✔️ {x}" for x in N["ess"]["fr"]]
lk += ["", "➕ Un plus :"] + [f"• {x}" for x in N["des"]["fr"]]
lk += ["", "🤝 Savoir-être :"] + [f"🔸 {n} : {d}" for n, d in N["comp"]["fr"]]
lk += ["", "📩 CV + lettre à carrieres@somair-ne.example (objet : la référence). Entretiens à partir du 4 mai.", "",
       "#recrutement #mines #Niger #Arlit #maintenance #emploi", "…voir moins", "",
       "👍❤️ 214 · 37 commentaires · 58 republications", "",
       "Ibrahim S. • 1 h", "Le poste est-il ouvert aux candidats de Tahoua ?",
       "   Fati Moussa Abdou (Auteur) • 52 min", "   Oui, à tous les Nigériens qui remplissent le profil.",
       "Aïchatou B. • 3 h", "Partagé à mon réseau de techniciens 🙏", ""]
write(f"{key}-linkedin.txt", "\n".join(lk), N["ref"], "txt")
