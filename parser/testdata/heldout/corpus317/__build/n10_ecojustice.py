from common import *

KEY = "ej-2044-06"
REF = "EJ-2044-06"
T_EN, T_FR = "Staff Lawyer, Climate Program", "Avocat·e salarié·e, Programme climat"
O = "Ecojustice"
L_EN, L_FR = "Vancouver, British Columbia", "Vancouver (Colombie-Britannique)"
S_EN, S_FR = "35 hours per week", "35 heures par semaine"
E_EN = ["Membership in good standing with the Law Society of British Columbia, or eligibility for transfer",
        "At least five years of litigation experience, including appearances before courts or tribunals",
        "Strong legal research and writing skills", "Knowledge of Canadian environmental or administrative law"]
D_EN = ["Experience with climate or energy regulatory proceedings", "Working proficiency in French"]
E_FR = ["Être membre en règle du Barreau de la Colombie-Britannique ou admissible à un transfert",
        "Au moins cinq ans d'expérience en litige, y compris des plaidoiries devant des tribunaux judiciaires ou administratifs",
        "Solides compétences en recherche et en rédaction juridiques", "Connaissance du droit canadien de l'environnement ou du droit administratif"]
D_FR = ["Expérience des instances de réglementation en matière de climat ou d'énergie", "Connaissance pratique du français"]
C_EN = [("Strategic thinking", "you connect each case to a broader change in law"),
        ("Collaboration", "you work closely with scientists, communities and First Nations partners")]
C_FR = [("Pensée stratégique", "vous reliez chaque dossier à un changement plus large du droit"),
        ("Collaboration", "vous travaillez étroitement avec des scientifiques, des collectivités et des partenaires des Premières Nations")]
R_EN = ["Lead litigation files challenging federal and provincial decisions that affect Canada's climate commitments.",
        "Draft pleadings, factums and expert instructions, and appear in court.",
        "Advise communications and science staff on the legal side of campaigns."]
R_FR = ["Diriger des dossiers de litige contestant des décisions fédérales et provinciales qui touchent les engagements climatiques du Canada.",
        "Rédiger des actes de procédure, des mémoires et des mandats d'experts, et plaider devant les tribunaux.",
        "Conseiller les équipes des communications et des sciences sur les aspects juridiques des campagnes."]


def email():
    L = ["From: Career Development Office <careers-list@lawschool-alumni.example>", "Sent: Thursday, February 18, 2044 9:12 AM",
         "To: Alumni Job Board <alumni-jobs@lawschool-alumni.example>", f"Subject: FW: Job posting – {T_EN} / {T_FR} ({O})", "",
         "Hello everyone / Bonjour à toutes et à tous,", "",
         "Please see the posting below, shared by our partners at Ecojustice. Our next alumni mentoring evening is on February 25, 2044; the job is not ours, please apply directly.", "",
         "Kind regards,", "Priya Vandermeer", "Career Development Office", "", "-----Original Message-----",
         "From: Recruitment <jobs@ecojustice-example.ca>", "Sent: Wednesday, February 17, 2044 4:40 PM", f"Subject: {T_EN} – {REF}", "",
         "(Le français suit l'anglais.)", "", f"{O.upper()} IS HIRING", "",
         f"Position: {T_EN}", f"Reference: {REF}", f"Location: {L_EN} (hybrid, two days a week at the office)", f"Hours: {S_EN}",
         "Salary: $91,650 – $107,350 per year, plus a comprehensive benefits package", "Deadline: March 4, 2044, 5:00 p.m. (PT)", "",
         f"{O} is Canada's largest environmental law charity. Our Climate Program goes to court so that governments keep their climate promises.", "",
         "WHAT YOU WILL DO"] + ["  - " + r for r in R_EN]
    L += ["", "WHAT YOU BRING"] + ["  - " + e for e in E_EN] + ["", "ASSETS"] + ["  - " + e for e in D_EN]
    L += ["", "HOW WE WORK"] + [f"  - {n}: {d}" for n, d in C_EN]
    L += ["", "Interviews are planned for the week of March 21, 2044. We welcome applications from Indigenous, Black and racialized lawyers.", "", "=" * 40, "",
          f"{O.upper()} RECRUTE", "", f"Poste : {T_FR}", f"Référence : {REF}", f"Lieu : {L_FR} (mode hybride, deux jours par semaine au bureau)",
          f"Horaire : {S_FR}", "Salaire : 91 650 $ – 107 350 $ par année, plus une gamme complète d'avantages sociaux", "Date limite : 4 mars 2044, 17 h (HP)", "",
          f"{O} est le plus important organisme de bienfaisance en droit de l'environnement au Canada. Notre Programme climat s'adresse aux tribunaux pour que les gouvernements tiennent leurs promesses climatiques.", "",
          "VOS RESPONSABILITÉS"] + ["  - " + r for r in R_FR]
    L += ["", "CE QUE VOUS APPORTEZ"] + ["  - " + e for e in E_FR] + ["", "ATOUTS"] + ["  - " + e for e in D_FR]
    L += ["", "NOTRE FAÇON DE TRAVAILLER"] + [f"  - {n} : {d}" for n, d in C_FR]
    L += ["", "Les entrevues sont prévues la semaine du 21 mars 2044.", "", "--", "You are receiving this message as a member of the alumni job list. Unsubscribe: alumni-jobs-leave@lawschool-alumni.example"]
    return "\n".join(L) + "\n"


def posting():
    li = lambda xs: "<ul>" + "".join(f"<li>{x}</li>" for x in xs) + "</ul>"
    def half(lang):
        if lang == "en":
            return (f"<section><p class='k'>Job posting · {REF}</p><h1>{T_EN}</h1><div class='grid'>"
                    f"<div>Organization</div><div>{O}</div><div>Location</div><div>{L_EN}</div><div>Hours</div><div>{S_EN}</div>"
                    f"<div>Salary</div><div>$91,650 – $107,350 per year</div><div>Apply by</div><div>March 4, 2044</div></div>"
                    f"<h2>Responsibilities</h2><ol>{''.join(f'<li>{r}</li>' for r in R_EN)}</ol>"
                    f"<h2>Qualifications</h2>{li(E_EN)}<h2>Assets</h2>{li(D_EN)}"
                    f"<h2>How we work</h2>{''.join(f'<p><b>{n}</b>: {d}</p>' for n, d in C_EN)}</section>")
        return (f"<section class='fr'><p class='k'>Offre d'emploi · {REF}</p><h1>{T_FR}</h1><div class='grid'>"
                f"<div>Organisme</div><div>{O}</div><div>Lieu</div><div>{L_FR}</div><div>Horaire</div><div>{S_FR}</div>"
                f"<div>Salaire</div><div>91 650 $ – 107 350 $ par année</div><div>Date limite</div><div>4 mars 2044</div></div>"
                f"<h2>Responsabilités</h2><ol>{''.join(f'<li>{r}</li>' for r in R_FR)}</ol>"
                f"<h2>Qualifications</h2>{li(E_FR)}<h2>Atouts</h2>{li(D_FR)}"
                f"<h2>Notre façon de travailler</h2>{''.join(f'<p><b>{n}</b> : {d}</p>' for n, d in C_FR)}</section>")
    css = ("@page{size:Letter;margin:2cm;@bottom-right{content:'" + REF + " · ' counter(page) '/' counter(pages);font-size:8pt}}"
           "body{font-family:'Liberation Sans';font-size:10pt} .k{letter-spacing:2px;color:#2a7a3b;text-transform:uppercase;font-size:8.5pt}"
           ".grid{display:grid;grid-template-columns:30% 70%;border:1px solid #2a7a3b;padding:6px} .grid div:nth-child(odd){font-weight:bold}"
           "section.fr{page-break-before:always} h2{font-size:11.5pt;color:#2a7a3b}")
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{REF}</title><style>{css}</style></head><body>{half('en')}{half('fr')}</body></html>"


def build():
    write(KEY + "-email.txt", email(), KEY)
    weasy(KEY + "-posting.html", posting(), KEY + "-posting.weasyprint.pdf", KEY)
    expected(KEY, reference=REF, languages=["en", "fr"], title={"en": T_EN, "fr": T_FR}, organisation={"en": O, "fr": O},
             location={"en": L_EN, "fr": L_FR}, schedule={"en": S_EN, "fr": S_FR}, deadline="2044-03-04",
             salary=sal(91650, 107350, "CAD", "year"), req={"en": (E_EN, D_EN), "fr": (E_FR, D_FR)}, comp={"en": C_EN, "fr": C_FR})
