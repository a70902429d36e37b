"""NSO-VN-2041-11: NATO Standardization Office, Linguistic Section. Bilingual Word-style
notice, French half first (WeasyPrint PDF + dump), and an Outlook forward in French."""
import html as H
import os
from common import write, expected, sal, run, pdftotext, ROOT, BUILD

REF = "NSO-VN-2041-11"
T_FR = "Traducteur/Traductrice (anglais vers français)"
T_EN = "Translator (English to French)"
ORG_FR = "Bureau OTAN de normalisation (NSO)"
ORG_EN = "NATO Standardization Office (NSO)"
LOC_FR, LOC_EN = "Bruxelles (Belgique)", "Brussels (Belgium)"
SCH_FR, SCH_EN = "Temps plein", "Full-time"
GRADE = "L-2/G-16"
POST = "NSO SSB LSX 0050"
CLEAR = "NATO SECRET"
DL_FR = "lundi 16 septembre 2041, 23 h 59 (heure de Bruxelles)"
DL_EN = "Monday, 16 September 2041, 23:59 (Brussels time)"
SAL_FR = "7 934,51 EUR par mois, exonéré d'impôt national"
SAL_EN = "EUR 7,934.51 per month, exempt from national income tax"

CTX_FR = ("Le Bureau OTAN de normalisation (NSO) lance, coordonne et administre les activités de normalisation "
          "conduites sous l'autorité du Comité de normalisation. Au sein de la Branche Soutien à la normalisation, la "
          "Section linguistique traduit en français les normes OTAN (STANAG et publications alliées) et tient à jour "
          "leur terminologie. Le/La titulaire relève du/de la chef de la Section linguistique.")
CTX_EN = ("The NATO Standardization Office (NSO) initiates, coordinates and administers the standardization activities "
          "conducted under the authority of the Committee for Standardization. Within the Standardization Support "
          "Branch, the Linguistic Section translates NATO standards (STANAGs and Allied publications) into French and "
          "maintains their terminology. The incumbent reports to the Head of the Linguistic Section.")
TASKS_FR = ["traduire de l'anglais vers le français des normes OTAN à caractère technique, opérationnel et logistique ;",
            "réviser les traductions de collègues et de prestataires externes ;",
            "alimenter la base terminologique NATOTerm en proposant des équivalents français ;",
            "répondre aux questions linguistiques des groupes de travail de normalisation."]
TASKS_EN = ["translate NATO standards of a technical, operational and logistic nature from English into French;",
            "revise translations by colleagues and by external contractors;",
            "contribute French equivalents to the NATOTerm terminology database;",
            "answer language questions from the standardization working groups."]
ESS_FR = ["diplôme universitaire en traduction ou diplôme universitaire dans une autre discipline complété par une qualification en traduction ;",
          "au moins deux années d'expérience de la traduction de textes techniques de l'anglais vers le français ;",
          "parfaite maîtrise du français, langue principale, et très bonne connaissance de l'anglais ;",
          "capacité à utiliser des outils de traduction assistée par ordinateur."]
ESS_EN = ["a university degree in translation, or a university degree in another discipline together with a qualification in translation;",
          "at least two years of experience in translating technical texts from English into French;",
          "perfect command of French as main language and a very good knowledge of English;",
          "ability to use computer-assisted translation tools."]
DES_FR = ["connaissance du domaine militaire ou de la défense ;",
          "expérience de la terminologie ;",
          "connaissance d'une troisième langue d'un pays de l'OTAN."]
DES_EN = ["knowledge of the military or defence field;",
          "experience in terminology work;",
          "knowledge of a third language of a NATO member country."]
COMP_FR = [("Rigueur", "vérifie chaque terme et chaque renvoi avant de livrer une traduction."),
           ("Organisation", "planifie son travail pour tenir des délais parfois courts."),
           ("Esprit d'équipe", "partage ses recherches terminologiques avec la Section.")]
COMP_EN = [("Rigour", "checks every term and every cross-reference before delivering a translation."),
           ("Organisation", "plans the work so as to meet deadlines that are sometimes short."),
           ("Team spirit", "shares terminology research with the Section.")]


def build():
    expected(REF, post_number=POST, languages=["fr", "en"],
             title={"en": T_EN, "fr": T_FR}, organisation={"en": ORG_EN, "fr": ORG_FR},
             location={"en": LOC_EN, "fr": LOC_FR}, schedule={"en": SCH_EN, "fr": SCH_FR},
             deadline="2041-09-16", salary=sal(7934.51, "EUR"), grade=GRADE, clearance=CLEAR,
             requirements={"en": {"essential": ESS_EN, "desirable": DES_EN},
                           "fr": {"essential": ESS_FR, "desirable": DES_FR}},
             competencies={"en": COMP_EN, "fr": COMP_FR})
    e = H.escape

    def half(lang):
        fr = lang == "fr"
        rows = ([("Organisme", ORG_FR), ("Intitulé du poste", T_FR), ("Numéro de poste", POST), ("Grade", GRADE),
                 ("Lieu d'affectation", LOC_FR), ("Horaire", SCH_FR), ("Habilitation de sécurité", CLEAR),
                 ("Date limite de candidature", DL_FR)] if fr else
                [("Organisation", ORG_EN), ("Post Title", T_EN), ("Post Number", POST), ("Grade", GRADE),
                 ("Location", LOC_EN), ("Schedule", SCH_EN), ("Security Clearance", CLEAR),
                 ("Application Deadline", DL_EN)])
        h = [f"<h1>{'AVIS DE VACANCE DE POSTE' if fr else 'VACANCY NOTICE'} {REF}</h1>",
             f"<h2>{e(T_FR if fr else T_EN)}</h2>",
             "<table>" + "".join(f"<tr><th>{e(a)}</th><td>{e(b)}</td></tr>" for a, b in rows) + "</table>",
             f"<h3>1. {'CONTEXTE DU POSTE' if fr else 'POST CONTEXT'}</h3><p>{e(CTX_FR if fr else CTX_EN)}</p>",
             f"<h3>2. {'FONCTIONS PRINCIPALES' if fr else 'PRINCIPAL DUTIES'}</h3>",
             f"<p>{'Le/La titulaire est chargé(e) de :' if fr else 'The incumbent is responsible for:'}</p>",
             "<ul>" + "".join(f"<li>{e(x)}</li>" for x in (TASKS_FR if fr else TASKS_EN)) + "</ul>",
             f"<h3>3. {'QUALIFICATIONS ESSENTIELLES' if fr else 'ESSENTIAL QUALIFICATIONS'}</h3>",
             f"<p>{'Le/La candidat(e) doit posséder :' if fr else 'The candidate must have:'}</p>",
             "<ol type=a>" + "".join(f"<li>{e(x)}</li>" for x in (ESS_FR if fr else ESS_EN)) + "</ol>",
             f"<h3>4. {'QUALIFICATIONS SOUHAITABLES' if fr else 'DESIRABLE QUALIFICATIONS'}</h3>",
             f"<p>{'Seraient considérés comme des atouts :' if fr else 'The following would be an advantage:'}</p>",
             "<ol type=a>" + "".join(f"<li>{e(x)}</li>" for x in (DES_FR if fr else DES_EN)) + "</ol>",
             f"<h3>5. {'COMPÉTENCES' if fr else 'COMPETENCIES'}</h3>",
             "".join(f"<p><b>{e(n)}{' :' if fr else ':'}</b> {e(d)}</p>" for n, d in (COMP_FR if fr else COMP_EN)),
             f"<h3>6. {'CONDITIONS' if fr else 'CONDITIONS'}</h3>",
             (f"<p>Traitement de base : {e(SAL_FR)}, auquel s'ajoutent les indemnités prévues par le Règlement du personnel "
              "civil de l'OTAN. Contrat de durée déterminée de trois ans. Les candidat(e)s présélectionné(e)s passeront une "
              "épreuve de traduction en ligne la semaine du 29 septembre 2041.</p>") if fr else
             (f"<p>Basic salary: {e(SAL_EN)}, plus the allowances provided for in the NATO Civilian Personnel Regulations. "
              "Three-year definite duration contract. Shortlisted candidates will sit an online translation test in the week "
              "of 29 September 2041.</p>")]
        return "\n".join(h)

    page = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 2.2cm 2cm;
  @top-center {{ content: "NATO UNCLASSIFIED / OTAN SANS CLASSIFICATION"; font: bold 8pt "Liberation Sans"; }}
  @bottom-center {{ content: "NSO(SSB)(2041)0213 – page " counter(page) " / " counter(pages); font: 8pt "Liberation Sans"; }} }}
body {{ font: 10pt/1.35 "Liberation Sans", sans-serif; hyphens: manual; }}
.head {{ display: flex; justify-content: space-between; font-size: 9pt; }}
h1 {{ font-size: 12pt; text-align: center; margin-top: 16pt; }} h2 {{ font-size: 11pt; text-align: center; }}
h3 {{ font-size: 10pt; margin: 10pt 0 3pt; }}
table {{ border-collapse: collapse; width: 100%; }} th, td {{ border: 0.5pt solid #444; padding: 3pt 5pt; text-align: left; vertical-align: top; }}
th {{ width: 36%; background: #e8e8e8; }}
.en {{ page-break-before: always; }}
</style></head><body>
<div class="head"><div><b>BUREAU OTAN DE NORMALISATION</b><br>NATO STANDARDIZATION OFFICE<br>Boulevard Léopold III, B-1110 Bruxelles</div>
<div>Réf. : NSO(SSB)(2041)0213<br>Bruxelles, le 14 août 2041</div></div>
<div class="fr" lang="fr">{half("fr")}</div>
<div class="en" lang="en">{half("en")}</div>
</body></html>"""
    src = os.path.join(BUILD, f"{REF}-nso.html")
    open(src, "w", encoding="utf-8").write(page)
    pdf = f"{REF}-nso.weasyprint.pdf"
    run(["weasyprint", "-q", src, os.path.join(ROOT, pdf)])
    pdftotext(pdf, REF)

    def txt_half(lang):
        fr = lang == "fr"
        L = [("AVIS DE VACANCE DE POSTE " if fr else "VACANCY NOTICE ") + REF, T_FR if fr else T_EN, ""]
        rows = ([("Organisme", ORG_FR), ("Intitulé du poste", T_FR), ("Numéro de poste", POST), ("Grade", GRADE),
                 ("Lieu d'affectation", LOC_FR), ("Horaire", SCH_FR), ("Habilitation de sécurité", CLEAR),
                 ("Date limite de candidature", DL_FR)] if fr else
                [("Organisation", ORG_EN), ("Post Title", T_EN), ("Post Number", POST), ("Grade", GRADE),
                 ("Location", LOC_EN), ("Schedule", SCH_EN), ("Security Clearance", CLEAR),
                 ("Application Deadline", DL_EN)])
        L += [f"{a}{' :' if fr else ':'} {b}" for a, b in rows]
        L += ["", "1. " + ("Contexte du poste" if fr else "Post context"), CTX_FR if fr else CTX_EN, "",
              "2. " + ("Fonctions principales" if fr else "Principal duties"),
              "Le/La titulaire est chargé(e) de :" if fr else "The incumbent is responsible for:"]
        L += ["    - " + x for x in (TASKS_FR if fr else TASKS_EN)]
        L += ["", "3. " + ("Qualifications essentielles" if fr else "Essential qualifications"),
              "Le/La candidat(e) doit posséder :" if fr else "The candidate must have:"]
        L += [f"    {'abcd'[i]}) {x}" for i, x in enumerate(ESS_FR if fr else ESS_EN)]
        L += ["", "4. " + ("Qualifications souhaitables" if fr else "Desirable qualifications"),
              "Seraient considérés comme des atouts :" if fr else "The following would be an advantage:"]
        L += [f"    {'abc'[i]}) {x}" for i, x in enumerate(DES_FR if fr else DES_EN)]
        L += ["", "5. " + ("Compétences" if fr else "Competencies")]
        L += [f"    {n}{' :' if fr else ':'} {d}" for n, d in (COMP_FR if fr else COMP_EN)]
        L += ["", "6. Conditions",
              (f"Traitement de base : {SAL_FR}. Contrat de durée déterminée de trois ans.") if fr else
              (f"Basic salary: {SAL_EN}. Three-year definite duration contract."), ""]
        return L

    L = ["De : Secrétariat ATD <secretariat@traducteurs-defense.example>",
         "Envoyé : vendredi 16 août 2041 11:37",
         "À : Membres ATD",
         "Objet : TR: Avis de vacance NSO – traducteur/traductrice vers le français", "",
         "Chères et chers membres,", "",
         "Le Bureau OTAN de normalisation nous a transmis l'avis ci-dessous. Les membres intéressés peuvent demander",
         "conseil à notre commission carrières avant le 6 septembre. Notre prochaine rencontre mensuelle aura lieu",
         "le jeudi 19 septembre à 18 h 30 à la Maison des langues.", "",
         "Bien cordialement,", "Le secrétariat de l'Association des traducteurs de défense", "",
         "________________________________",
         "De : NSO Linguistic Section <nso.linguistic@nso.example>",
         "Envoyé : mercredi 14 août 2041 15:02",
         "Objet : Avis de vacance / Vacancy notice " + REF, "",
         "NATO UNCLASSIFIED / OTAN SANS CLASSIFICATION", ""]
    L += txt_half("fr") + ["* * *", ""] + txt_half("en")
    L += ["Les candidatures doivent être déposées sur la plateforme de recrutement de l'OTAN. / Applications must be",
          "submitted through the NATO Talent Acquisition Platform.", "",
          "Pour vous désinscrire de la liste de diffusion, écrivez à secretariat@traducteurs-defense.example."]
    write(f"{REF}-courriel.txt", "\n".join(L) + "\n", REF)
