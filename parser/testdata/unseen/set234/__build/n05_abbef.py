from common import *
import textwrap

N = dict(
    ref="ABBEF/DE/RH/2037/05", langs=["fr"],
    title={"fr": "Responsable de la clinique mobile en santé sexuelle et reproductive"},
    org={"fr": "Association Burkinabè pour le Bien-Être Familial (ABBEF)"},
    loc={"fr": "Bobo-Dioulasso, avec des déplacements fréquents dans la région des Hauts-Bassins"},
    sched={"fr": "Temps plein (40 heures par semaine), sorties de terrain certains samedis"},
    deadline="2037-04-21",
    salary={"amount": 725000, "min": None, "max": None, "currency": "XOF", "period": "month"},
    grade=None,
    ess={"fr": [
        "Diplôme d'État de sage-femme, d'infirmier d'État ou doctorat en médecine ;",
        "Au moins trois (3) années d'expérience en planification familiale, dont une en stratégie avancée ou mobile ;",
        "Bonne connaissance des normes et protocoles nationaux en santé de la reproduction ;",
        "Capacité à encadrer une équipe pluridisciplinaire ;",
        "Permis de conduire de catégorie B en cours de validité.",
    ]},
    des={"fr": [
        "Expérience de la collecte de données sur tablette ;",
        "Pratique du dioula ou du mooré ;",
        "Formation en prise en charge des violences basées sur le genre.",
    ]},
    comp={"fr": [
        ("Écoute", "accueille les jeunes sans jugement et respecte la confidentialité."),
        ("Organisation", "planifie les sorties de la clinique mobile avec les centres de santé."),
        ("Intégrité", "rend compte avec exactitude des produits contraceptifs distribués."),
    ]},
)
MIS = ["Planifier et conduire les sorties de la clinique mobile dans les villages et les sites d'orpaillage ;",
       "Offrir des services de conseil et de planification familiale de qualité ;",
       "Superviser deux infirmiers, un animateur et un chauffeur ;",
       "Gérer le stock de produits contraceptifs et de consommables ;",
       "Produire les rapports mensuels et contribuer aux revues trimestrielles du projet."]
key = expected(N)
T, O, L, S = N["title"]["fr"], N["org"]["fr"], N["loc"]["fr"], N["sched"]["fr"]
rows = [("Référence de l'offre", N["ref"]), ("Intitulé du poste", T), ("Employeur", O),
        ("Projet", "Projet Santé des jeunes et des adolescents — antenne régionale"),
        ("Lieu d'affectation", L), ("Durée", "Contrat à durée déterminée de 24 mois renouvelable"),
        ("Temps de travail", S),
        ("Salaire mensuel brut", "725 000 FCFA (XOF), plus une indemnité de terrain de 60 000 FCFA"),
        ("Date limite de dépôt", "Mardi 21 avril 2037 à 17 heures (heure de Ouagadougou)")]
src = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 2cm 2cm 2.4cm; @bottom-center {{ content: "ABBEF — {N['ref']} — page " counter(page); font-size: 8pt; }} }}
body {{ font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; }}
.head {{ text-align:center; border-bottom: 2px solid #7a1f5c; padding-bottom: 6px }}
table {{ border-collapse: collapse; width: 100% }} th, td {{ border: 1px solid #999; padding: 4px 6px; text-align: left; vertical-align: top }}
th {{ width: 32%; background: #f3e6ef }}</style></head><body>
<div class="head"><b>ASSOCIATION BURKINABÈ POUR LE BIEN-ÊTRE FAMILIAL</b><br>Membre associé d'un réseau international de santé reproductive<br>
Direction Exécutive — Service des Ressources Humaines</div>
<h2 style="text-align:center">AVIS DE RECRUTEMENT N° {e(N['ref'])}</h2>
<p>Dans le cadre de la mise en œuvre de son projet Santé des jeunes et des adolescents, l'ABBEF recherche un(e) professionnel(le) de santé pour diriger sa clinique mobile.</p>
<table>{''.join(f'<tr><th>{e(a)}</th><td>{e(b)}</td></tr>' for a, b in rows)}</table>
<h3>Tâches principales</h3>
<ul>{''.join(f'<li>{e(m)}</li>' for m in MIS)}</ul>
<h3>Profil requis</h3>
<ul>{''.join(f'<li>{e(x)}</li>' for x in N['ess']['fr'])}</ul>
<h3>Seraient un plus</h3>
<ul>{''.join(f'<li>{e(x)}</li>' for x in N['des']['fr'])}</ul>
<h3>Qualités attendues</h3>
{''.join(f'<p><u>{e(n)}</u> : {e(d)}</p>' for n, d in N['comp']['fr'])}
<h3>Candidature</h3>
<p>Le dossier (lettre de motivation, CV avec trois références, copies des diplômes) est envoyé sous la référence
à recrutement@abbef-bf.example ou déposé à l'antenne de Bobo-Dioulasso, secteur 9. Les entretiens auront lieu
du 4 au 6 mai 2037. Prise de fonction souhaitée le 1er juin 2037.</p>
<p><i>L'ABBEF applique une politique de tolérance zéro envers l'exploitation et les abus sexuels. Aucun frais n'est exigé des candidats.</i></p>
<p style="text-align:right">Ouagadougou, le 20 mars 2037<br>La Directrice Exécutive (signature fictive)</p>
</body></html>"""
open("abbef-avis.html", "w", encoding="utf-8").write(src)
pdf = weasy(os.path.join(BUILD, "abbef-avis.html"), f"{key}-avis.weasyprint.pdf")
row(pdf, N["ref"], "pdf"); row(dump(pdf), N["ref"], "txt")

# WhatsApp group paste
wa = ["[20/03/2037 18:12] Dr Salif O.: Bonsoir la famille SR 👋 offre intéressante à l'ABBEF, voici le texte",
      "[20/03/2037 18:13] Dr Salif O.: *AVIS DE RECRUTEMENT N° ABBEF/DE/RH/2037/05*",
      f"*Poste :* {T}",
      f"*Employeur :* {O}",
      f"*Lieu :* {L}",
      "*Contrat :* CDD 24 mois renouvelable",
      f"*Temps de travail :* {S}",
      "*Salaire :* 725 000 FCFA (XOF) brut/mois + indemnité terrain 60 000 FCFA",
      "*Date limite :* 21/04/2037 à 17h", "",
      "*Tâches*"] + [f"▫️ {m}" for m in MIS] + ["", "*Profil requis*"] + [f"✅ {x}" for x in N["ess"]["fr"]]
wa += ["", "*Seraient un plus*"] + [f"➕ {x}" for x in N["des"]["fr"]]
wa += ["", "*Qualités attendues*"] + [f"🔹 {n} : {d}" for n, d in N["comp"]["fr"]]
wa += ["", "📧 recrutement@abbef-bf.example — entretiens du 4 au 6 mai",
       "[20/03/2037 18:20] Awa K.: Merci docteur 🙏 les infirmiers brevetés peuvent postuler ?",
       "[20/03/2037 18:24] Dr Salif O.: Non, il faut IDE, sage-femme d'État ou médecin selon l'avis",
       "[20/03/2037 18:31] +226 7X XX XX 41: Ce message a été supprimé",
       "[21/03/2037 07:02] Rasmata T.: Partagé dans le groupe des sages-femmes de Banfora 👍", ""]
write(f"{key}-whatsapp.txt", "\n".join(wa), N["ref"], "txt")
