from common import *
REF = "BMOI/DRH/REC/2038-027"
K = key(REF)
T = "Chargé(e) d'opérations de commerce extérieur (crédits documentaires)"
ORG = "Banque Malgache de l'Océan Indien (BMOI)"
LOC = "Siège, Antsahavola, Antananarivo"
SCH = "Du lundi au vendredi, de 8 h 00 à 17 h 00"
ESS = ["Licence ou Master en banque, commerce international ou finance",
       "Trois ans d'expérience au moins au sein d'un service international ou trade d'une banque",
       "Connaissance pratique des Règles et usances uniformes (RUU 600) et des Incoterms",
       "Maîtrise de la réglementation des changes malgache et des formalités de domiciliation",
       "Excellente maîtrise du français ; le malgache est indispensable"]
DES = ["Certification CDCS ou équivalent",
       "Pratique de l'anglais des affaires et des messages SWIFT de la catégorie 7"]
COMP = [("Rigueur", "vous contrôlez chaque document au regard des conditions du crédit."),
        ("Sens du service", "vous accompagnez les importateurs et exportateurs dans leurs démarches."),
        ("Réactivité", "vous respectez les délais d'examen des documents.")]
MIS = ["Émettre et modifier les crédits documentaires import à la demande des clients",
       "Examiner la conformité des documents présentés à l'export",
       "Traiter les remises documentaires et les garanties internationales",
       "Conseiller les agences sur le choix des modes de paiement à l'international",
       "Veiller au respect des contrôles de sanctions sur chaque opération"]

def li(xs): return "".join(f"<li>{x}</li>" for x in xs)
html = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{T} | Carrières BMOI</title></head><body>
<div class="cookies">Ce site utilise des cookies pour mesurer son audience. <button>Accepter</button> <button>Paramétrer</button></div>
<nav><a href="#">Particuliers</a> | <a href="#">Professionnels</a> | <a href="#">Entreprises</a> | <a href="#">Carrières</a> | <a href="#">Agences</a> | <a href="#">Malagasy</a></nav>
<p class="crumb">Accueil › Carrières › Nos offres › Opérations</p>
<h1>Chargé(e) d'opérations de commerce extérieur (H/F)</h1>
<p class="meta">Publiée le 12/05/2038 · Réf. {REF} · Opérations internationales</p>
<ul class="chips">
<li><b>Intitulé du poste</b>{T}</li>
<li><b>Employeur</b>{ORG}</li>
<li><b>Lieu de travail</b>{LOC}</li>
<li><b>Contrat</b>CDI, période d'essai de trois mois</li>
<li><b>Horaires</b>{SCH}</li>
<li><b>Rémunération</b>4 800 000 Ariary (MGA) brut par mois, treizième mois et assurance santé</li>
<li><b>Clôture des candidatures</b>Vendredi 5 juin 2038</li>
</ul>
<h2>Le contexte</h2>
<p>Rattaché(e) au Responsable de la conformité, vous traitez les opérations de commerce extérieur de la clientèle entreprises de la banque, dans un environnement de groupe international exigeant.</p>
<h2>Vos missions</h2><ul>{li(MIS)}</ul>
<h2>Votre profil</h2><ul>{li(ESS)}</ul>
<h2>Les plus de votre candidature</h2><ul>{li(DES)}</ul>
<h2>Vos qualités</h2>
{"".join(f'<p><b>{n} :</b> {d}</p>' for n, d in COMP)}
<h2>Comment postuler ?</h2>
<p>Déposez votre CV et votre lettre de motivation via le bouton « Postuler » avant la date de clôture. Les candidat(e)s présélectionné(e)s passeront un test écrit le 16 juin 2038. Seules les candidatures retenues recevront une réponse.</p>
<button>Postuler</button>
<aside><h3>Offres similaires</h3><ul><li>Contrôleur(se) permanent(e) – Antananarivo – clôture le 29/05/2038</li><li>Conseiller(ère) clientèle professionnels – Toamasina – clôture le 12/06/2038</li></ul></aside>
<footer>© 2038 BMOI (page fictive). Mentions légales · Protection des données · Nous contacter</footer>
</body></html>
"""
w(K + "-bmoi.html", html, K)

li2 = "\n".join("▪️ " + x for x in MIS)
txt = f"""Rova Andrianarisoa (fictif) • 1er
Talent Acquisition | Banque Malgache de l'Océan Indien
2 j • Modifié • 🌐

📣 LA BMOI RECRUTE ! Vous avez le goût du commerce international et des chiffres ? Rejoignez notre service Opérations internationales 👇

📌 Poste : {T}
🏦 Employeur : {ORG}
📍 Lieu : {LOC}
🕗 Horaires : {SCH}
💰 Rémunération : 4 800 000 Ariary (MGA) brut par mois + 13e mois
🗂 Réf. : {REF}
⏳ Date limite : 05/06/2038

🎯 Vos missions
{li2}

✔️ Votre profil
{chr(10).join("✔️ " + x for x in ESS)}

➕ Un plus
{chr(10).join("➕ " + x for x in DES)}

💡 Vos qualités
{chr(10).join(f"• {n} : {d}" for n, d in COMP)}

👉 Postulez sur notre site carrières (rubrique Nos offres) en indiquant la référence. Test écrit prévu le 16/06/2038.

#BMOI #Recrutement #CommerceExtérieur #Madagascar #Antananarivo #Emploi
…voir moins

👍❤️ 214 · 37 commentaires · 19 republications

Hery Rakotobe (fictif) • 3e et +
Est-ce ouvert aux profils juniors ?
  J'aime · Répondre · 1 j

Rova Andrianarisoa (fictif) • Auteur
@Hery Trois ans d'expérience minimum sont demandés pour ce poste.
  J'aime · Répondre · 1 j
"""
w(K + "-linkedin.txt", txt, K)
expected(REF, ["fr"], {"fr": T}, {"fr": ORG}, {"fr": LOC}, {"fr": SCH}, "2038-06-05",
         {"amount": 4800000, "currency": "MGA", "period": "month"}, None, {"fr": (ESS, DES)}, {"fr": COMP})
