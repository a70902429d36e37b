from common import *
REF = "PNUD/GIN/AV/2034/009"
KEY = "pnud-gin-av-2034-009"
E = blank(["fr"])
E["reference"] = REF
E["title"]["fr"] = "Analyste de programme – Finances locales et fiscalité communale"
E["organisation"]["fr"] = "Programme des Nations Unies pour le développement"
E["location"]["fr"] = "Conakry, Guinée"
E["schedule"]["fr"] = "Temps plein"
E["deadline"] = "2034-03-14"
E["salary"] = sal(amount=627540000, cur="GNF", period="year")
E["grade"] = "NO-B"
E["requirements"]["fr"] = {
 "essential": [
  "Master en sciences politiques, administration publique, droit public, économie du développement ou domaine apparenté.",
  "Au moins deux ans d'expérience professionnelle dans la gestion de programmes de gouvernance locale ou d'appui aux collectivités territoriales.",
  "Maîtrise des outils bureautiques courants et des logiciels de suivi de projets.",
  "Excellente maîtrise du français écrit et oral."],
 "desirable": [
  "Expérience de travail avec un organisme des Nations Unies ou un partenaire technique et financier.",
  "Connaissance du code des collectivités locales de Guinée.",
  "Connaissance pratique de l'anglais ou d'une langue nationale (pular, malinké ou soussou)."]}
NAMES = ["Obtenir des résultats", "Penser de manière innovante", "Apprendre en continu", "S'adapter avec agilité",
         "Agir avec détermination", "S'engager et se mobiliser", "Favoriser la diversité et l'inclusion"]
E["competencies"]["fr"] = [{"name": n, "description": ""} for n in NAMES]
R = E["requirements"]["fr"]
FACTS = [("Référence de l'avis", REF), ("Intitulé du poste", E["title"]["fr"]), ("Classe", "NO-B"),
         ("Type de contrat", "Engagement de durée déterminée (FTA), local"), ("Durée initiale", "Un an, renouvelable"),
         ("Lieu d'affectation", "Conakry, Guinée"), ("Horaire", "Temps plein"),
         ("Date de publication", "21 février 2034"), ("Date limite de dépôt", "14 mars 2034 à 23 h 59 (heure de Conakry)")]
CONTEXTE = ("Le Programme des Nations Unies pour le développement (PNUD) accompagne la Guinée dans la mise en œuvre de sa "
            "politique de décentralisation. Le projet d'appui aux communes de Moyenne et Haute-Guinée, financé par "
            "plusieurs partenaires, renforce la planification locale, la mobilisation des recettes communales et la "
            "participation citoyenne dans trente communes urbaines et rurales.")
TACHES = ["Assurer la programmation, le suivi et le rapportage du projet d'appui aux communes, en lien avec la cellule de suivi-évaluation ;",
          "Préparer les plans de travail annuels, les budgets et les rapports aux partenaires ;",
          "Appuyer le ministère chargé de l'administration du territoire dans la révision des textes sur la fiscalité locale ;",
          "Organiser des missions conjointes de terrain et en rédiger les comptes rendus ;",
          "Contribuer à la mobilisation de ressources et à la rédaction de notes conceptuelles ;",
          "Exécuter toute autre tâche confiée par la Cheffe de l'unité Gouvernance."]

def html_doc():
    f = "\n".join(f"<tr><th>{a}</th><td>{esc(b)}</td></tr>" for a, b in FACTS)
    li = lambda xs: "\n".join(f"<li>{esc(x)}</li>" for x in xs)
    return f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Avis de recrutement {REF}</title>
<style>@page{{size:A4;margin:18mm 18mm}} body{{font-family:'DejaVu Sans',sans-serif;font-size:10pt;line-height:1.35}}
.lh{{text-align:center;border-bottom:2px solid #0468b1;padding-bottom:6px}} .lh b{{color:#0468b1;font-size:13pt}}
table{{border-collapse:collapse;width:100%;margin:8px 0}} th,td{{border:1px solid #999;padding:3px 6px;text-align:left;vertical-align:top}}
th{{width:32%;background:#eef3f8}} h2{{font-size:11pt;color:#0468b1;margin:12px 0 4px}} .comp{{columns:2}}
.foot{{font-size:8pt;color:#555;border-top:1px solid #ccc;margin-top:14px}}</style></head><body>
<div class="lh"><b>Programme des Nations Unies pour le développement</b><br>Bureau de pays en Guinée · Immeuble Le Golfe, Kaloum, Conakry</div>
<h1 style="font-size:14pt;text-align:center">AVIS DE RECRUTEMENT</h1>
<table>{f}</table>
<h2>I. Contexte</h2><p>{esc(CONTEXTE)}</p>
<h2>II. Fonctions et responsabilités</h2>
<p>Sous la supervision de la Cheffe de l'unité Gouvernance, l'Analyste de programme aura les tâches suivantes :</p>
<ul>{li(TACHES)}</ul>
<h2>III. Compétences</h2>
<p>Compétences de base :</p><ul class="comp">{li(NAMES)}</ul>
<h2>IV. Qualifications requises</h2>
<p><b>Exigences minimales</b></p><ul>{li(R['essential'])}</ul>
<p><b>Atouts</b></p><ul>{li(R['desirable'])}</ul>
<h2>V. Conditions d'emploi</h2>
<p>Traitement annuel net de départ : 627 540 000 GNF, auquel s'ajoutent les prestations du régime commun des Nations Unies (assurance maladie, caisse des pensions, congé annuel de 30 jours).</p>
<h2>VI. Dépôt des candidatures</h2>
<p>Les candidatures sont reçues uniquement en ligne, sur le portail des carrières du PNUD, en indiquant la référence de l'avis. Les candidat(e)s présélectionné(e)s seront convoqué(e)s à un test écrit prévu le 28 mars 2034. Le PNUD ne perçoit aucun frais à aucune étape du recrutement. Les candidatures féminines sont vivement encouragées.</p>
<div class="foot">PNUD Guinée · Avis publié le 21 février 2034 · page imprimable</div>
</body></html>
"""

def board():
    L = ["GuinéeEmploi.example — Offres d'emploi | Appels d'offres | Formations | Publier une annonce", "",
         "Accueil > Offres > ONG & Organisations internationales", "",
         E["title"]["fr"] + " (H/F)", "",
         "RecruteurPNUD GuinéeSecteurOrganisations internationalesLieuConakryContratCDDNiveau d'étudesBac+5Publiée le21/02/2034Expire le14/03/2034", "",
         "Description du poste", ""]
    L += [f"{a} : {b}" for a, b in FACTS]
    L += ["", CONTEXTE, "",
          "Fonctions et responsabilités : " + " ".join(TACHES), "",
          "Compétences de base : " + ", ".join(NAMES), "",
          "Qualifications requises", "Exigences minimales :"] + ["- " + x for x in R["essential"]]
    L += ["Atouts :"] + ["- " + x for x in R["desirable"]]
    L += ["", "Conditions d'emploi : traitement annuel net de départ de 627 540 000 GNF, plus les prestations du régime commun.", "",
          "Postuler : via le portail des carrières du PNUD (référence " + REF + ").", "",
          "Partager : Facebook | WhatsApp | LinkedIn     Signaler cette annonce", "",
          "Offres similaires", "Chargé(e) de suivi-évaluation — UNICEF — Kankan — expire le 20/03/2034",
          "Assistant(e) administratif(ve) — OMS — Conakry — expire le 08/03/2034"]
    return "\n".join(L) + "\n"

def build():
    write_expected(KEY, E)
    weasy(html_doc(), KEY + "-pnud.weasyprint.pdf", KEY)
    write(KEY + "-guineeemploi.txt", board(), KEY, "txt")
