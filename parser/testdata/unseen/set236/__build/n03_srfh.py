from common import *
REF = "SRFH-2037-018"; KEY = "srfh-2037-018"
T = {"en": "Environmental Services Lead Hand", "fr": "Chef d'équipe – Services environnementaux"}
O = {"en": "Smooth Rock Falls Hospital", "fr": "Hôpital de Smooth Rock Falls"}
L = {"en": "Smooth Rock Falls, Ontario", "fr": "Smooth Rock Falls (Ontario)"}
S = {"en": "Part-time – 0.8 FTE, 8-hour shifts (days, evenings and weekends)", "fr": "Temps partiel – 0,8 ETP, quarts de 8 heures (jour, soir et fin de semaine)"}
PAY = {"en": "$31.94 to $36.64 per hour, as per the CUPE collective agreement", "fr": "De 31,94 $ à 36,64 $ l'heure, selon la convention collective du SCFP"}
ESS = {"en": ["Ontario Secondary School Diploma or equivalent;",
  "Environmental Services / Infection Prevention certificate from a recognized college, or current enrolment;",
  "Minimum three (3) years of housekeeping experience in a hospital or long-term care home, including one (1) year in a lead or supervisory role;",
  "Current WHMIS training and working knowledge of Routine Practices and Additional Precautions;",
  "Ability to communicate in English and French, spoken and written."],
 "fr": ["Diplôme d'études secondaires de l'Ontario ou l'équivalent;",
  "Certificat en services environnementaux / prévention des infections d'un collège reconnu, ou inscription en cours;",
  "Au moins trois (3) ans d'expérience en entretien ménager dans un hôpital ou un foyer de soins de longue durée, dont un (1) an dans un rôle de chef d'équipe ou de supervision;",
  "Formation SIMDUT à jour et connaissance pratique des pratiques de base et des précautions supplémentaires;",
  "Capacité de communiquer en français et en anglais, à l'oral et à l'écrit."]}
DES = {"en": ["Certified Health Care Environmental Services Technician (CHEST) designation;", "Experience with electronic bed-tracking or work-order software."],
       "fr": ["Titre de technicien certifié en services environnementaux de santé (CHEST);", "Expérience d'un logiciel de suivi des lits ou de bons de travail."]}
DUT = {"en": ["Lead a team of six housekeeping aides across acute care, the emergency department and the long-term care wing;",
              "Schedule terminal cleans and isolation discharges in coordination with nursing and Infection Prevention and Control;",
              "Audit cleaning quality, keep records and train new staff on products and equipment;",
              "Order supplies and report equipment needing repair."],
       "fr": ["Diriger une équipe de six préposé(e)s à l'entretien ménager en soins actifs, à l'urgence et à l'aile des soins de longue durée;",
              "Planifier les nettoyages terminaux et les désinfections après isolement en collaboration avec les soins infirmiers et la Prévention et contrôle des infections;",
              "Vérifier la qualité du nettoyage, tenir les registres et former le nouveau personnel aux produits et à l'équipement;",
              "Commander les fournitures et signaler l'équipement à réparer."]}

def md_half(l):
    en = l == "en"
    lab = (["Posting #", "Department", "Location", "Status", "Hours", "Wage", "Posted", "Closing date"] if en else
           ["N° d'affichage", "Service", "Lieu", "Statut", "Heures", "Salaire", "Affiché le", "Date de clôture"])
    val = [REF, "Environmental Services" if en else "Services environnementaux", L[l],
           "Permanent, bargaining unit (CUPE Local 1xx)".replace("1xx", "1264") if en else "Permanent, unité de négociation (SCFP section locale 1264)",
           S[l], PAY[l], "May 20, 2037" if en else "20 mai 2037", "June 11, 2037, 4:00 p.m." if en else "11 juin 2037, 16 h"]
    out = ["## %s" % T[l], "", "*%s*" % ("Internal and external posting" if en else "Affichage interne et externe"), ""]
    out += ["| | |", "|---|---|"] + ["| %s | %s |" % (a, b) for a, b in zip(lab, val)] + [""]
    if en:
        out += ["### About us", "", "%s is a small bilingual hospital serving the communities along Highway 11, with acute care beds, a 24-hour emergency department and a long-term care wing." % O[l], ""]
        out += ["### What you will do", ""]
    else:
        out += ["### Qui sommes-nous", "", "L'%s est un petit hôpital bilingue qui dessert les collectivités de la route 11 : lits de soins actifs, urgence ouverte 24 heures sur 24 et aile de soins de longue durée." % O[l], ""]
        out += ["### Vos tâches", ""]
    out += ["- " + x for x in DUT[l]] + [""]
    out += ["### %s" % ("Qualifications" if en else "Qualifications requises"), ""] + ["1. " + x for x in ESS[l]] + [""]
    out += ["### %s" % ("Assets" if en else "Atouts"), ""] + ["- " + x for x in DES[l]] + [""]
    if en:
        out += ["### How to apply", "", "Send your résumé and cover letter to Human Resources at careers@srfh.example by **June 11, 2037, 4:00 p.m.** Interviews are planned for the week of June 22, 2037. The successful candidate must provide a satisfactory police check and proof of immunization before the start date.", ""]
    else:
        out += ["### Pour postuler", "", "Faites parvenir votre curriculum vitae et une lettre de présentation aux Ressources humaines à careers@srfh.example au plus tard le **11 juin 2037, 16 h**. Les entrevues auront lieu la semaine du 22 juin 2037. La personne retenue devra fournir une vérification des antécédents satisfaisante et une preuve d'immunisation avant l'entrée en fonction.", ""]
    return out

def build():
    md = ["[Skip to main content](#main) · [Français](#francais)", "",
          "[Home](/) | [Patients & Visitors](/patients) | [Long-Term Care](/ltc) | [Careers](/careers) | [Foundation](/foundation) | [Contact](/contact)", "",
          "> **Visitor notice:** the main entrance will be closed for flooring work on June 2–3, 2037. Please use the Emergency entrance.", "",
          "Home › Careers › Current opportunities", ""] + md_half("en") + ["---", "", '<a id="francais"></a>', ""] + md_half("fr") + \
         ["---", "", "*%s is an equal opportunity employer. Accommodations are available on request throughout the recruitment process.*" % O["en"], "",
          "© 2037 Smooth Rock Falls Hospital · 107 Kelly Road · Privacy", ""]
    w(KEY + "-srfh.md", "\n".join(md), KEY)
    # job board copy, glued fields
    b = ["Find jobs", "Company reviews", "Salary guide", "Sign in", "Employers / Post Job", "",
         "What", "Where", "Find jobs", "",
         T["en"],
         O["en"] + "3.8 out of 5 stars" + L["en"],
         "$31.94–$36.64 an hour - Part-time, Permanent",
         "Apply on company site", "",
         "Job details", "Pay", "$31.94–$36.64 an hour", "Job type", "Part-timePermanent", "Shift and schedule", "8 hour shiftDay shiftEvening shiftWeekends as needed", "",
         "Full job description",
         "Posting #" + REF + "DepartmentEnvironmental Services",
         "Location" + L["en"] + "Hours" + S["en"],
         "Wage" + PAY["en"],
         "Closing dateJune 11, 2037, 4:00 p.m.",
         "About us" + O["en"] + " is a small bilingual hospital serving the communities along Highway 11, with acute care beds, a 24-hour emergency department and a long-term care wing.",
         "What you will do"] + ["• " + x for x in DUT["en"]] + ["Qualifications"] + ["• " + x for x in ESS["en"]] + ["Assets"] + ["• " + x for x in DES["en"]] + \
        ["How to apply: send your résumé and cover letter to careers@srfh.example by June 11, 2037, 4:00 p.m. Interviews the week of June 22, 2037; police check required.",
         "", "— Version française —",
         T["fr"], O["fr"], "N° d'affichage " + REF + " · Lieu " + L["fr"] + " · Heures " + S["fr"],
         "Salaire " + PAY["fr"] + " · Date de clôture 11 juin 2037, 16 h",
         "Vos tâches"] + ["• " + x for x in DUT["fr"]] + ["Qualifications requises"] + ["• " + x for x in ESS["fr"]] + ["Atouts"] + ["• " + x for x in DES["fr"]] + \
        ["Pour postuler : careers@srfh.example au plus tard le 11 juin 2037, 16 h.", "",
         "Hiring insights", "Job activity", "Posted 6 days ago", "",
         "Report job", "",
         "People also viewed",
         "Personal Support Worker - Long-Term CareRiverbend Manor Kapuskasing, ON$24.10 an hourApply by June 15, 2037",
         "Housekeeping AideNorthern Lakes Health Centre Kapuskasing, ON$26.30 an hour", ""]
    w(KEY + "-jobboard.txt", "\n".join(b), KEY)
    expected(KEY, REF, ["en", "fr"], T, O, L, S, "2037-06-11", sal(mn=31.94, mx=36.64, cur="CAD", period="hour"), None, None,
             {l: (ESS[l], DES[l]) for l in ("en", "fr")}, {"en": [], "fr": []})
