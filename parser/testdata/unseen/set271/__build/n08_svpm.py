from common import *
import html as H

KEY = "svpm-2040-031"
REF = "SVPM-2040-031"
T = {"fr": "Coordonnateur(trice) des opérations riveraines", "en": "Waterfront Operations Coordinator"}
O = {"fr": "Société du Vieux-Port de Montréal", "en": "Old Port of Montréal Corporation"}
L = {"fr": "Montréal (Québec)", "en": "Montréal, Quebec"}
S = {"fr": "Temps plein, 37,5 heures par semaine, horaire variable (soirs et fins de semaine en saison estivale)",
     "en": "Full-time, 37.5 hours per week, variable schedule (evenings and weekends in the summer season)"}
ESS = {"fr": [
    "Diplôme d'études collégiales en gestion, en logistique, en navigation ou dans un domaine connexe;",
    "Trois (3) années d'expérience en coordination d'opérations sur un site achalandé;",
    "Carte de conducteur d'embarcation de plaisance;",
    "Bilinguisme (français et anglais), à l'oral comme à l'écrit."],
  "en": [
    "College diploma in management, logistics, navigation or a related field;",
    "Three (3) years of experience coordinating operations on a busy site;",
    "Pleasure Craft Operator Card;",
    "Bilingualism (French and English), spoken and written."]}
DES = {"fr": ["Formation en secourisme en milieu de travail;",
              "Connaissance des règles de Transports Canada applicables aux quais publics."],
       "en": ["Workplace first aid training;",
              "Knowledge of the Transport Canada rules that apply to public wharves."]}
COMP = {"fr": [("Sens de l'organisation", "vous planifiez les escales et les événements sans perdre de vue la sécurité."),
               ("Service à la clientèle", "vous répondez avec tact aux plaisanciers, aux croisiéristes et aux promoteurs."),
               ("Calme en situation d'urgence", "vous appliquez les procédures et coordonnez les intervenants.")],
        "en": [("Organisational skills", "you plan dockings and events without losing sight of safety."),
               ("Customer service", "you respond tactfully to boaters, cruise lines and event promoters."),
               ("Composure in emergencies", "you apply procedures and coordinate responders.")]}


def nb(s):
    return s.replace("-", "\u2011")


def build():
    expected(KEY, REF, ["fr", "en"], T, O, L, S, "2040-05-22",
             sal(mn=58940, mx=69310, cur="CAD", period="year"),
             req={l: {"essential": ESS[l], "desirable": DES[l]} for l in ("en", "fr")},
             comp={l: [{"name": n, "description": d} for n, d in COMP[l]] for l in ("en", "fr")})
    e = lambda s: nb(H.escape(s))

    def half(l):
        lab = {"fr": ("Numéro du concours", "Employeur", "Direction", "Lieu de travail", "Statut", "Horaire",
                      "Salaire", "Date limite", "Le poste", "Responsabilités", "Exigences", "Atouts",
                      "Compétences recherchées", "Pour postuler"),
               "en": ("Competition number", "Employer", "Department", "Location", "Status", "Hours",
                      "Salary", "Closing date", "The position", "Responsibilities", "Requirements", "Assets",
                      "Competencies sought", "How to apply")}[l]
        v = {"fr": ("Poste permanent, syndiqué", "De 58 940 $ à 69 310 $ par année", "Le mardi 22 mai 2040, 23 h 59",
                    "Direction des opérations et de la sécurité",
                    "Relevant de la cheffe des opérations, la personne titulaire coordonne les activités quotidiennes des quais, des bassins et de la promenade du Vieux-Port, de la préparation de la saison nautique jusqu'à la fermeture hivernale.",
                    ["Planifier l'accueil des bateaux de croisière, des navettes fluviales et des embarcations de plaisance;",
                     "Coordonner les équipes d'entretien, de sécurité et de stationnement lors des grands événements;",
                     "Tenir le registre des incidents et veiller au respect des consignes de sécurité nautique;",
                     "Assurer le lien avec la Garde côtière, le Service de police et les promoteurs d'événements."],
                    "Envoyez votre candidature par notre portail Carrières. Les entrevues se tiendront les 30 et 31 mai 2040; l'entrée en fonction est prévue le 11 juin 2040."),
             "en": ("Permanent, unionized position", "$58,940 to $69,310 per year", "Tuesday, May 22, 2040, 11:59 p.m.",
                    "Operations and Security Department",
                    "Reporting to the Head of Operations, the incumbent coordinates the day-to-day activities of the Old Port's wharves, basins and promenade, from the preparation of the boating season to the winter closure.",
                    ["Plan the reception of cruise ships, river shuttles and pleasure craft;",
                     "Coordinate maintenance, security and parking teams during major events;",
                     "Keep the incident log and ensure that marine safety instructions are followed;",
                     "Liaise with the Coast Guard, the police department and event promoters."],
                    "Apply through our Careers portal. Interviews will be held on May 30 and 31, 2040.")}[l]
        rows = [(lab[0], '<span class="nw">%s</span>' % e(REF)), (lab[1], e(O[l])), (lab[2], e(v[3])),
                (lab[3], e(L[l])), (lab[4], e(v[0])), (lab[5], e(S[l])), (lab[6], e(v[1])), (lab[7], e(v[2]))]
        tr = "\n".join("<tr><th>%s</th><td>%s</td></tr>" % r for r in rows)
        li = lambda xs: "\n".join("<li>%s</li>" % e(x) for x in xs)
        sep = " :" if l == "fr" else ":"
        return f"""<h2 class="title">{e(T[l])}</h2>
<table class="facts">{tr}</table>
<h3>{lab[8]}</h3><p>{e(v[4])}</p>
<h3>{lab[9]}</h3><ul>{li(v[5])}</ul>
<h3>{lab[10]}</h3><ul>{li(ESS[l])}</ul>
<h3>{lab[11]}</h3><ul>{li(DES[l])}</ul>
<h3>{lab[12]}</h3><ul>{chr(10).join("<li><b>%s</b>%s %s</li>" % (e(n), sep, e(d)) for n, d in COMP[l])}</ul>
<h3>{lab[13]}</h3><p>{e(v[6])}</p>"""

    doc = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{H.escape(REF)}</title>
<style>
@page {{ size: Letter; margin: 20mm 18mm 22mm 18mm;
  @bottom-right {{ content: "page " counter(page) " / " counter(pages); font-size: 9pt; color: #666 }}
  @bottom-left {{ content: "{H.escape(O['fr'])} – {H.escape(O['en'])}"; font-size: 9pt; color: #666 }} }}
body {{ font-family: "DejaVu Sans", sans-serif; font-size: 10pt; line-height: 1.35 }}
.lh {{ display: flex; justify-content: space-between; border-bottom: 2px solid #1b3b6f; padding-bottom: 6px }}
.lh .r {{ text-align: right; font-size: 9pt }}
h1 {{ font-size: 15pt; color: #1b3b6f; margin: 14px 0 2px }}
.facts th {{ text-align: left; padding: 3px 14px 3px 0; width: 38%; vertical-align: top }}
.nw {{ white-space: nowrap }}
.en {{ page-break-before: always }}
</style></head><body>
<div class="lh"><div><b>{e(O["fr"])}</b><br>{e(O["en"])}</div>
<div class="r">333, rue de la Commune Ouest<br>Montréal (Québec)<br>Affichage du 20 avril 2040</div></div>
<h1>OFFRE D'EMPLOI — AFFICHAGE EXTERNE</h1>
{half("fr")}
<p><i>La Société souscrit à l'équité en matière d'emploi. Seules les personnes retenues seront contactées.</i></p>
<div class="en">
<h1>JOB POSTING — EXTERNAL</h1>
{half("en")}
<p><i>The Corporation is an equal opportunity employer. Only selected candidates will be contacted.</i></p>
</div>
</body></html>
"""
    weasyprint("svpm.html", doc, KEY + "-svpm.weasyprint.pdf", KEY)

    it = lambda xs: "\n".join("   - " + x for x in xs)
    cp = lambda cs, sep: "\n".join("   - %s%s %s" % (n, sep, d) for n, d in cs)
    mail = f"""De : Service de placement – Institut maritime <placement@imq.example>
Envoyé : 24 avril 2040 09:31
À : Finissants-Navigation-2040
Objet : TR: Offre d'emploi / Job posting – {REF}

Bonjour à toutes et à tous,

Voici une offre reçue de la Société du Vieux-Port. Rappel : la foire de l'emploi maritime aura lieu le jeudi
3 mai 2040 au pavillon principal, de 10 h à 15 h.

Bonne chance !
L'équipe du placement

-----Message d'origine-----
De : Ressources humaines SVPM <rh@vieuxport.example>
Envoyé : 20 avril 2040 14:02
Objet : Offre d'emploi / Job posting – {REF}

*** VERSION FRANÇAISE ***

{T["fr"]}
Numéro du concours : {REF}
Employeur : {O["fr"]}
Lieu de travail : {L["fr"]}
Horaire : {S["fr"]}
Salaire : De 58 940 $ à 69 310 $ par année
Date limite : 22 mai 2040

Exigences :
{it(ESS["fr"])}
Atouts :
{it(DES["fr"])}
Compétences recherchées :
{cp(COMP["fr"], " :")}

*** ENGLISH VERSION ***

{T["en"]}
Competition number: {REF}
Employer: {O["en"]}
Location: {L["en"]}
Hours: {S["en"]}
Salary: $58,940 to $69,310 per year
Closing date: May 22, 2040

Requirements:
{it(ESS["en"])}
Assets:
{it(DES["en"])}
Competencies sought:
{cp(COMP["en"], ":")}

Postuler / Apply: carrieres.vieuxport.example

Ce message est confidentiel. / This message is confidential.
"""
    write(KEY + "-courriel.txt", mail, KEY)
