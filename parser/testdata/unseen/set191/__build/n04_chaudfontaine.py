from common import *
KEY = "rh-2033-019"; REF = "RH/2033/019"
T = "Employé·e d'administration – Service Population et État civil (H/F/X)"
ORG = "Administration communale de Chaudfontaine"
LOC = "Maison communale, 4050 Chaudfontaine"
SCHED = "Temps partiel 4/5e (30 heures 24 minutes par semaine)"
REM = "2 612,34 € brut par mois à temps plein (indexé, sans ancienneté), au prorata du 4/5e"
ESS = ["Être titulaire d'un diplôme de l'enseignement secondaire supérieur (CESS) ;",
       "Être ressortissant·e d'un État membre de l'Union européenne ;",
       "Jouir de ses droits civils et politiques et être de conduite irréprochable (extrait de casier judiciaire modèle 1 de moins de trois mois) ;",
       "Réussir un examen écrit et une épreuve orale."]
DES = ["Une expérience dans un service Population ou État civil d'une commune ;",
       "La connaissance des applications du Registre national et de SAPHIR ;",
       "La connaissance du néerlandais ou de l'allemand."]
COMP = [("Sens du service public", "vous accueillez chaque citoyen avec courtoisie et patience, y compris dans les situations tendues."),
        ("Rigueur", "vous vérifiez chaque pièce avant d'encoder un acte ou de délivrer un document."),
        ("Discrétion", "vous respectez la confidentialité des données personnelles."),
        ("Esprit d'équipe", "vous prêtez main-forte à vos collègues lors des pics d'affluence.")]
expected(KEY, reference=REF, languages=["fr"], title={"fr": T}, organisation={"fr": ORG}, location={"fr": LOC},
         schedule={"fr": SCHED}, deadline="2033-09-15", salary=sal(2612.34, None, None, "EUR", "month"), grade="D4",
         requirements={"fr": {"essential": ESS, "desirable": DES}},
         competencies={"fr": [{"name": n, "description": d} for n, d in COMP]})
MISS = ["accueillir les citoyens au guichet et par téléphone ;", "délivrer les documents d'identité, les extraits et les certificats ;",
        "encoder les changements d'adresse et suivre les enquêtes de domicile avec le service de police ;",
        "préparer les actes d'état civil (naissances, mariages, cohabitations légales, décès) ;", "participer à l'organisation des élections."]
FACTS = [("Référence", REF), ("Employeur", ORG), ("Service", "Département Citoyenneté – Service Population et État civil"), ("Lieu de travail", LOC),
         ("Type de contrat", "Contrat à durée indéterminée, avec constitution d'une réserve de recrutement de deux ans"), ("Régime de travail", SCHED),
         ("Échelle", "D4"), ("Rémunération", REM), ("Entrée en fonction", "1er novembre 2033"), ("Date limite de candidature", "15 septembre 2033")]
OFFER = ["chèques-repas de 7 € par jour presté ;", "assurance hospitalisation ;", "intervention dans les frais de transport en commun à 100 % ;", "horaire variable entre 7 h 30 et 18 h."]
PROC = "Les candidatures (lettre de motivation, curriculum vitae, copie du diplôme et extrait de casier judiciaire) sont à adresser au Collège communal, rue Sauveur 1, 4050 Chaudfontaine, ou par courriel à recrutement@chaudfontaine.example, au plus tard le 15 septembre 2033 (cachet de la poste ou date du courriel faisant foi). L'examen écrit aura lieu le 4 octobre 2033 et l'épreuve orale le 18 octobre 2033."

site = ["<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Offres d'emploi – Commune de Chaudfontaine</title></head><body>",
        "<div id=\"cookies\">Ce site utilise des cookies fonctionnels et de mesure d'audience. <button>Tout accepter</button> <button>Personnaliser</button></div>",
        "<header><p class=\"brand\">Commune de Chaudfontaine – Ville d'eaux</p><nav><a>Vie communale</a> <a>Démarches</a> <a>Loisirs</a> <a>Emploi</a> <a>Contact</a></nav></header>",
        "<nav class=\"ariane\">Accueil &gt; Vie communale &gt; Emploi &gt; Appels à candidatures</nav><main>",
        f"<p class=\"kicker\">Appel à candidatures · publié le 24 août 2033</p><h1>{esc(T)}</h1>",
        "<p class=\"chapo\">Le Collège communal de Chaudfontaine lance un appel à candidatures en vue du recrutement d'un·e employé·e d'administration (échelle D4) à 4/5e temps et de la constitution d'une réserve de recrutement.</p>",
        "<table class=\"infos\">"] + [f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in FACTS] + ["</table>",
        "<h2>Vos missions</h2><p>Au sein d'une équipe de neuf agents, vous êtes chargé·e de :</p><ul>" + "".join(f"<li>{esc(x)}</li>" for x in MISS) + "</ul>",
        "<h2>Conditions d'accès</h2><ul>" + "".join(f"<li>{esc(x)}</li>" for x in ESS) + "</ul>",
        "<h2>Atouts</h2><ul>" + "".join(f"<li>{esc(x)}</li>" for x in DES) + "</ul>",
        "<h2>Compétences comportementales</h2><ul>" + "".join(f"<li><strong>{esc(n)}</strong> : {esc(d)}</li>" for n, d in COMP) + "</ul>",
        "<h2>Nous offrons</h2><ul>" + "".join(f"<li>{esc(x)}</li>" for x in OFFER) + "</ul>",
        f"<h2>Comment postuler ?</h2><p>{esc(PROC)}</p>",
        "<p><a href=\"avis.pdf\">Télécharger l'avis de recrutement (PDF, 212 Ko)</a></p></main>",
        "<aside><h3>Autres offres</h3><ul><li>Ouvrier·ère qualifié·e – espaces verts (D1) – date limite : 22 septembre 2033</li><li>Puériculteur·rice pour la crèche « Les Thermes » – date limite : 8 septembre 2033</li></ul></aside>",
        "<footer>Commune de Chaudfontaine · rue Sauveur 1 · 4050 Chaudfontaine · Mentions légales</footer></body></html>"]
write(KEY + "-chaudfontaine.html", "\n".join(site))

doc = ["<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Avis de recrutement</title>",
       "<style>body{font-family:'Liberation Serif',serif;font-size:11pt} h1{font-size:14pt;text-align:center} td{padding:2pt 6pt;vertical-align:top} .r{text-align:right}</style></head><body>",
       "<p>PROVINCE DE LIÈGE<br>ARRONDISSEMENT DE LIÈGE<br>COMMUNE DE CHAUDFONTAINE</p>",
       f"<p class=\"r\">Chaudfontaine, le 23 août 2033<br>N/Réf. : {esc(REF)}</p>",
       "<h1>AVIS DE RECRUTEMENT</h1>",
       f"<p style=\"text-align:center\"><b>{esc(T)}</b></p>",
       "<p>Le Collège communal, en séance du 21 août 2033, a décidé de procéder au recrutement d'un·e employé·e d'administration et à la constitution d'une réserve de recrutement valable deux ans.</p>",
       "<p><b>1. Description de la fonction</b></p><p>Au sein d'une équipe de neuf agents, la personne recrutée est chargée de :</p><ul>" + "".join(f"<li>{esc(x)}</li>" for x in MISS) + "</ul>",
       "<p><b>2. Conditions d'accès</b></p><ol type=\"a\">" + "".join(f"<li>{esc(x)}</li>" for x in ESS) + "</ol>",
       "<p><b>3. Atouts</b></p><ul>" + "".join(f"<li>{esc(x)}</li>" for x in DES) + "</ul>",
       "<p><b>4. Compétences comportementales</b></p>" + "".join(f"<p>– <b>{esc(n)}</b> : {esc(d)}</p>" for n, d in COMP),
       "<p><b>5. Conditions de travail</b></p><table>" + "".join(f"<tr><td>{esc(k)} :</td><td>{esc(v)}</td></tr>" for k, v in FACTS[1:] if k not in ("Service",)) + "</table>",
       "<p>Avantages : " + " ".join(OFFER) + "</p>",
       f"<p><b>6. Candidatures</b></p><p>{esc(PROC)}</p>",
       "<p>Par le Collège,</p><p>La Directrice générale,&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Le Bourgmestre,<br>(s.) A. Lemaire&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;(s.) J.-P. Houbart</p>",
       "</body></html>"]
with open(os.path.join(os.path.dirname(__file__), "chaudfontaine-avis.html"), "w", encoding="utf-8") as f:
    f.write("\n".join(doc))
