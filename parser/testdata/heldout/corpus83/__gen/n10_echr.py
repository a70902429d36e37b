from lib import *
KEY = "1247-2026"; REF = "1247/2026"
T = {"fr": "Juriste – Direction du Jurisconsulte", "en": "Lawyer – Jurisconsult's Directorate"}
O = {"fr": "Greffe de la Cour européenne des droits de l'homme", "en": "Registry of the European Court of Human Rights"}
L = {"fr": "Strasbourg", "en": "Strasbourg"}
ESS = {"fr": [
 "un diplôme universitaire de droit, d'un niveau équivalent au master, obtenu dans un État membre du Conseil de l'Europe ;",
 "au moins deux années d'expérience professionnelle dans le domaine juridique, acquises après l'obtention du diplôme ;",
 "une très bonne connaissance de la Convention européenne des droits de l'homme et de la jurisprudence de la Cour ;",
 "une très bonne connaissance de l'une des langues officielles du Conseil de l'Europe (anglais ou français) et une bonne connaissance de l'autre.",
], "en": [
 "a university degree in law at Master's level, obtained in a member State of the Council of Europe;",
 "at least two years of professional experience in the legal field, gained after graduation;",
 "very good knowledge of the European Convention on Human Rights and of the case-law of the Court;",
 "very good knowledge of one of the official languages of the Council of Europe (English or French) and good knowledge of the other.",
]}
DES = {"fr": [
 "une expérience de la recherche en droit comparé ;",
 "une expérience de la rédaction de notes de synthèse ou de publications juridiques.",
], "en": [
 "experience of research in comparative law;",
 "experience in drafting case-law summaries or legal publications.",
]}
CN = {"fr": ["Expertise professionnelle", "Orientation vers le résultat", "Travail d'équipe et coopération", "Sens de l'analyse", "Communication écrite"],
      "en": ["Professional expertise", "Achieving results", "Teamwork and co-operation", "Analytical thinking", "Written communication"]}
COMP = {l: [(n, "") for n in CN[l]] for l in CN}
EXP(KEY, REF, ["fr", "en"], T, O, L, {}, "2027-01-11", SAL(amount=6925, cur="EUR", period="month"), "A1/A2", ESS, DES, COMP)
INFO = {"fr": [("Avis de vacance", REF), ("Type de recrutement", "Recrutement externe (international)"), ("Type de contrat", "Contrat à durée déterminée"),
               ("Date de publication", "14-Dec-2026"), ("Date limite pour postuler", "11-Jan-2027"), ("Lieu d'affectation", "Strasbourg"),
               ("Grade", "A1/A2"), ("Entité", O["fr"])],
        "en": [("Vacancy notice", REF), ("Recruitment type", "External recruitment (international)"), ("Contract type", "Fixed-term contract"),
               ("Publication date", "14-Dec-2026"), ("Deadline for applications", "11-Jan-2027"), ("Duty station", "Strasbourg"),
               ("Grade", "A1/A2"), ("Entity", O["en"])]}
BODY = {"fr": dict(
  head=("Informations générales", "Description et conditions", "Votre équipe", "Votre rôle", "Ce que vous apportez", "Atouts", "Compétences", "Ce que nous offrons", "Comment postuler"),
  team="La Cour européenne des droits de l'homme veille au respect de la Convention par les États membres du Conseil de l'Europe. Au sein du greffe, la Direction du Jurisconsulte assure la cohérence de la jurisprudence : elle analyse les arrêts en préparation, rédige des notes de recherche et publie les résumés de la jurisprudence.",
  role="En tant que juriste de la Direction, vous analyserez des projets d'arrêts et de décisions au regard de la jurisprudence existante, vous rédigerez des notes de recherche et des résumés pour les publications de la Cour et vous répondrez aux demandes des divisions juridiques.",
  offer="Un contrat à durée déterminée de deux ans, renouvelable, et un salaire mensuel de base de 6 925 € (grade A1, échelon 1), exonéré d'impôt national, auquel peuvent s'ajouter des indemnités selon la situation personnelle.",
  apply="Les candidatures doivent être déposées en ligne, en anglais ou en français, avant la date limite. La procédure comprend une présélection, des épreuves écrites et un entretien. Une liste de réserve de 24 mois pourra être établie.",
  lead="Vous devez avoir :", lead2="Les éléments suivants sont un plus :"),
 "en": dict(
  head=("General information", "Description & requirements", "Your team", "Your role", "What you bring", "Assets", "Competencies", "What we offer", "How to apply"),
  team="The European Court of Human Rights oversees the respect of the Convention by the member States of the Council of Europe. Within the Registry, the Jurisconsult's Directorate safeguards the consistency of the case-law: it reviews pending judgments, drafts research notes and publishes case-law summaries.",
  role="As a lawyer of the Directorate, you will review draft judgments and decisions against the existing case-law, draft research notes and summaries for the Court's publications and answer queries from the legal divisions.",
  offer="A two-year fixed-term contract, renewable, and a basic monthly salary of €6,925 (grade A1, step 1), exempt from national income tax, to which allowances may be added depending on personal circumstances.",
  apply="Applications must be submitted online, in English or French, before the deadline. The procedure includes a shortlisting, written tests and an interview. A reserve list valid for 24 months may be established.",
  lead="You must have:", lead2="The following would be an advantage:")}
def page_md(l):
    b = BODY[l]; h = b["head"]
    return """[%(skip)s](#main)

**Conseil de l'Europe – Talents** · [%(home)s](#) · [%(vac)s](#) · [FR](#) | [EN](#)

# %(t)s

## %(h0)s

%(info)s

[%(applyb)s](#)

## %(h1)s

### %(h2)s

%(team)s

### %(h3)s

%(role)s

### %(h4)s

%(lead)s

%(ess)s

### %(h5)s

%(lead2)s

%(des)s

### %(h6)s

%(comp)s

### %(h7)s

%(offer)s

### %(h8)s

%(apply)s
""" % dict(skip="Passer au contenu" if l == "fr" else "Skip to content", home="Accueil" if l == "fr" else "Home",
           vac="Offres d'emploi" if l == "fr" else "Job vacancies", applyb="Postuler" if l == "fr" else "Apply", t=T[l],
           h0=h[0], h1=h[1], h2=h[2], h3=h[3], h4=h[4], h5=h[5], h6=h[6], h7=h[7], h8=h[8],
           info="\n".join("%s  \n**%s**\n" % kv for kv in INFO[l]), team=b["team"], role=b["role"], lead=b["lead"], lead2=b["lead2"],
           ess=bullets(ESS[l]), des=bullets(DES[l]), comp=bullets(CN[l]), offer=b["offer"], apply=b["apply"])
md = page_md("fr") + "\n---\n\n*Version anglaise de la même offre / English version of the same vacancy:*\n\n" + page_md("en") + "\n---\n© Conseil de l'Europe / Council of Europe 2026 · [Protection des données](#) · [Contact](#)\n"
W(KEY + "-echr.md", md)
def page_txt(l):
    b = BODY[l]; h = b["head"]
    return "\n".join([("Passer au contenu" if l == "fr" else "Skip to content"), "Conseil de l'Europe – Talents", ("Accueil" if l == "fr" else "Home"), ("Offres d'emploi" if l == "fr" else "Job vacancies"),
       "FR | EN", T[l], h[0]] + ["%s\n%s" % kv for kv in INFO[l]] + [("Postuler" if l == "fr" else "Apply"), h[1], h[2], b["team"], h[3], b["role"], h[4], b["lead"]]
       + ESS[l] + [h[5], b["lead2"]] + DES[l] + [h[6]] + CN[l] + [h[7], b["offer"], h[8], b["apply"], ""])
txt = page_txt("fr") + "\n" + page_txt("en") + "\n© Council of Europe 2026   Data protection   Contact\n"
W(KEY + "-echr.txt", txt)
