from common import *
import textwrap

N = dict(
    ref="APN/DRH/AV/2037-007", langs=["fr"],
    title={"fr": "Superviseur des opérations de quai"},
    org={"fr": "Autorité Portuaire Nationale (APN)"},
    loc={"fr": "Port international de Port-au-Prince, boulevard La Saline"},
    sched={"fr": "Travail par quarts de 8 heures, week-ends et jours fériés compris"},
    deadline="2037-04-09",
    salary={"amount": 148500, "min": None, "max": None, "currency": "HTG", "period": "month"},
    grade="Agent de maîtrise, niveau 7",
    ess={"fr": [
        "être de nationalité haïtienne",
        "détenir un diplôme de technicien supérieur en logistique, en transport maritime ou en génie mécanique",
        "avoir au moins cinq (5) ans d'expérience dans la manutention portuaire, dont deux (2) à un poste d'encadrement",
        "connaître le Code ISPS et les règles de sécurité applicables aux terminaux à conteneurs",
        "maîtriser le créole et le français, à l'oral comme à l'écrit",
    ]},
    des={"fr": [
        "une connaissance pratique de l'anglais maritime",
        "une expérience d'un logiciel de gestion de terminal",
        "un permis de conduire les engins de parc",
    ]},
    comp={"fr": [("Leadership", ""), ("Sens de la sécurité", ""), ("Gestion du stress", ""),
                 ("Travail en équipe", "")]},
)
MISSIONS = ["Planifier l'affectation des équipes de dockers et des engins à chaque escale.",
            "Contrôler les opérations de chargement et de déchargement des navires et tenir le journal de quai.",
            "Veiller au respect des consignes de sûreté et de sécurité sur les postes à quai.",
            "Signaler les avaries de marchandises et d'équipements et rédiger les rapports d'incident.",
            "Assurer la liaison avec les consignataires, la douane et le capitaine de port."]
key = expected(N)
T, O, L, S, G = N["title"]["fr"], N["org"]["fr"], N["loc"]["fr"], N["sched"]["fr"], N["grade"]

rows = [("Référence", N["ref"]), ("Intitulé du poste", T), ("Employeur", O),
        ("Direction", "Direction des Opérations Portuaires"), ("Lieu d'affectation", L),
        ("Catégorie", G), ("Horaire de travail", S),
        ("Salaire", "148 500 gourdes (HTG) brut par mois, plus une prime de quart"),
        ("Date limite de dépôt", "Jeudi 9 avril 2037 à 15 heures")]
src = f"""<html><head><meta charset="utf-8"><style>
body{{font-family:'Liberation Serif',serif;font-size:11pt}} td{{border:1px solid #000;padding:3px 6px;vertical-align:top}}
h1{{text-align:center;font-size:14pt}} .c{{text-align:center}}</style></head><body>
<p class="c"><b>RÉPUBLIQUE D'HAÏTI</b><br>MINISTÈRE DES TRAVAUX PUBLICS, TRANSPORTS ET COMMUNICATIONS<br>
<b>AUTORITÉ PORTUAIRE NATIONALE</b><br>Direction des Ressources Humaines</p>
<p align="right">Port-au-Prince, le 12 mars 2037</p>
<h1>AVIS DE RECRUTEMENT</h1>
<p class="c">N° {e(N['ref'])}</p>
<p>L'Autorité Portuaire Nationale lance un appel à candidatures externe pour pourvoir le poste suivant :</p>
<table width="100%" cellspacing="0">
{''.join(f'<tr><td width="32%"><b>{e(a)}</b></td><td>{e(b)}</td></tr>' for a, b in rows)}
</table>
<h2>1. Attributions</h2>
<ul>{''.join(f'<li>{e(m)}</li>' for m in MISSIONS)}</ul>
<h2>2. Qualifications requises</h2>
<ul>{''.join(f'<li>{e(x)}</li>' for x in N['ess']['fr'])}</ul>
<h2>3. Atouts</h2>
<ul>{''.join(f'<li>{e(x)}</li>' for x in N['des']['fr'])}</ul>
<h2>4. Compétences comportementales</h2>
<ul>{''.join(f'<li>{e(n)}</li>' for n, d in N['comp']['fr'])}</ul>
<h2>5. Dossier et dépôt</h2>
<p>Le dossier comprend une lettre de motivation, un curriculum vitae, les copies des diplômes, une copie de la
carte d'identification nationale et le certificat de police. Il est déposé au bureau de la DRH, bâtiment
administratif du port, ou envoyé à drh.recrutement@apn-ht.example, au plus tard le 9 avril 2037 à 15 heures.
Les candidats présélectionnés passeront un test pratique sur le terminal le 23 avril 2037.</p>
<p>Les candidatures féminines sont vivement encouragées.</p>
<p align="right">Le Directeur des Ressources Humaines<br>(signature fictive)</p>
</body></html>"""
open("apn-avis.html", "w", encoding="utf-8").write(src)
pdf = libreoffice(os.path.join(BUILD, "apn-avis.html"), f"{key}-avis.libreoffice.pdf")
row(pdf, N["ref"], "pdf")
row(dump(pdf), N["ref"], "txt")

# E-mail forward
w = lambda s, ind="", sub="": textwrap.fill(s, 76, initial_indent=ind, subsequent_indent=sub)
mail = ["De : Jocelyne Pierre-Louis <jpierrelouis@ccih-ht.example>",
        "Envoyé : vendredi 13 mars 2037 09:42",
        "À : membres-logistique@ccih-ht.example",
        "Objet : TR: Avis de recrutement APN - Superviseur quai (date limite 9 avril)", "",
        "Bonjour à tous,", "",
        w("Je relaie l'avis ci-dessous reçu hier de la DRH de l'APN. Merci de le diffuser autour de vous. "
          "Attention : notre propre réunion de la commission logistique est avancée au mardi 31 mars."), "",
        "Cordialement,", "Jocelyne", "Chargée de communication (coordonnées fictives)", "",
        "-----Message d'origine-----",
        "De : DRH APN <drh.recrutement@apn-ht.example>",
        "Envoyé : jeudi 12 mars 2037 16:05",
        "Objet : Avis de recrutement N° APN/DRH/AV/2037-007", "",
        "AUTORITÉ PORTUAIRE NATIONALE (APN)",
        "Direction des Ressources Humaines", "",
        "AVIS DE RECRUTEMENT N° APN/DRH/AV/2037-007", ""]
for a, b in rows[1:]:
    mail.append(w(f"{a:<22}: {b}", sub=" " * 24))
mail += ["", "ATTRIBUTIONS"] + [w(m, ind="  > ", sub="    ") for m in MISSIONS]
mail += ["", "QUALIFICATIONS REQUISES"] + [w(x, ind="  o ", sub="    ") for x in N["ess"]["fr"]]
mail += ["", "ATOUTS"] + [w(x, ind="  o ", sub="    ") for x in N["des"]["fr"]]
mail += ["", "COMPÉTENCES COMPORTEMENTALES"] + [f"  o {n}" for n, d in N["comp"]["fr"]]
mail += ["", w("Dossier : lettre de motivation, CV, diplômes, carte d'identification nationale, certificat "
               "de police. Dépôt à la DRH ou par courriel au plus tard le 09/04/2037 à 15 h. Test pratique "
               "le 23/04/2037 pour les candidats présélectionnés."), "",
         "---", w("Ce message et ses pièces jointes sont confidentiels. S'il vous a été adressé par erreur, "
                  "merci de le détruire et d'en informer l'expéditeur."), ""]
write(f"{key}-courriel.txt", "\n".join(mail), N["ref"], "txt")
