from common import *
KEY, REF = "hrb-dir-ar-2044-07", "HRB/DIR/AR/2044/07"
T_FR = "Pédiatre néonatologiste"
T_EN = "Paediatrician – Neonatologist"
ORG_FR = "Hôpital Régional de Bafoussam"
ORG_EN = "Bafoussam Regional Hospital"
LOC_FR = "Bafoussam, Région de l'Ouest (Cameroun)"
LOC_EN = "Bafoussam, West Region (Cameroon)"
SCH_FR = "Temps plein, avec participation aux gardes"
SCH_EN = "Full-time, with on-call duty"
ESS_FR = ["être de nationalité camerounaise ;",
          "être titulaire d'un doctorat en médecine et d'un diplôme de spécialisation en pédiatrie ;",
          "justifier d'au moins deux (02) années d'expérience en néonatologie ;",
          "être inscrit au tableau de l'Ordre national des médecins du Cameroun ;",
          "être âgé de 45 ans au plus au 31 décembre 2044."]
DES_FR = ["une formation en réanimation néonatale ;",
          "la pratique de l'anglais."]
ESS_EN = ["be a Cameroonian national;",
          "hold a Doctor of Medicine degree and a specialisation diploma in paediatrics;",
          "have at least two (02) years of experience in neonatology;",
          "be registered with the Cameroon Medical Council;",
          "be aged 45 or under on 31 December 2044."]
DES_EN = ["training in neonatal resuscitation;",
          "working knowledge of French."]
expected(KEY, REF, ["fr", "en"], {"fr": T_FR, "en": T_EN}, {"fr": ORG_FR, "en": ORG_EN},
         {"fr": LOC_FR, "en": LOC_EN}, {"fr": SCH_FR, "en": SCH_EN}, "2044-06-09",
         salary={"amount": 412750, "currency": "XAF", "period": "month"}, grade="A2",
         requirements={"fr": {"essential": ESS_FR, "desirable": DES_FR}, "en": {"essential": ESS_EN, "desirable": DES_EN}},
         competencies={"fr": [], "en": []})

def items(xs):
    return "\n".join(r"\item " + x for x in xs)

tex = r"""\documentclass[a4paper,11pt]{article}
\usepackage[utf8]{inputenc}\usepackage[T1]{fontenc}\usepackage{lmodern}
\usepackage[margin=2cm]{geometry}
\hyphenpenalty=10000 \exhyphenpenalty=10000 \raggedright \setlength{\parindent}{0pt}
\begin{document}
\begin{minipage}[t]{0.45\textwidth}\centering\small
RÉPUBLIQUE DU CAMEROUN\\Paix -- Travail -- Patrie\\-----------\\MINISTÈRE DE LA SANTÉ PUBLIQUE\\-----------\\DÉLÉGATION RÉGIONALE DE L'OUEST\\-----------\\HÔPITAL RÉGIONAL DE BAFOUSSAM\\B.P. 0000 (fictif)
\end{minipage}\hfill
\begin{minipage}[t]{0.45\textwidth}\centering\small
REPUBLIC OF CAMEROON\\Peace -- Work -- Fatherland\\-----------\\MINISTRY OF PUBLIC HEALTH\\-----------\\WEST REGIONAL DELEGATION\\-----------\\BAFOUSSAM REGIONAL HOSPITAL\\P.O. Box 0000 (fictitious)
\end{minipage}

\vspace{6mm}
\begin{center}{\Large\bfseries AVIS DE RECRUTEMENT}\\[2mm]
N\textsuperscript{o} @REF@\\[2mm]
{\large\bfseries @TFR@}\end{center}

Le Directeur de l'@ORGFR@ porte à la connaissance du public qu'un recrutement sur titre est ouvert pour un (01) poste de @TFR@ au sein du service de pédiatrie et de l'unité de néonatologie.

\section*{1. Renseignements sur le poste}
\begin{tabular}{@{}p{5cm}p{10.5cm}@{}}
\textbf{Référence} & @REF@\\
\textbf{Structure} & @ORGFR@\\
\textbf{Lieu d'affectation} & @LOCFR@\\
\textbf{Catégorie} & A2\\
\textbf{Régime de travail} & @SCHFR@\\
\textbf{Rémunération} & 412 750 FCFA brut par mois, hors primes de garde\\
\textbf{Date limite de dépôt} & 9 juin 2044 à 15 h 30\\
\end{tabular}

\section*{2. Missions}
\begin{itemize}
\item assurer la prise en charge des nouveau-nés à risque et des prématurés~;
\item participer aux consultations externes de pédiatrie~;
\item encadrer les infirmiers et les stagiaires de l'unité~;
\item contribuer au recueil des données du registre régional des naissances.
\end{itemize}

\section*{3. Conditions de candidature}
Les candidats doivent remplir les conditions suivantes~:
\begin{itemize}
@ESSFR@
\end{itemize}
Seraient des atouts~:
\begin{itemize}
@DESFR@
\end{itemize}

\section*{4. Composition du dossier}
Une demande manuscrite timbrée, un curriculum vitae, les copies certifiées des diplômes et un extrait de casier judiciaire datant de moins de trois mois. Les dossiers sont déposés au secrétariat de la Direction au plus tard le 9 juin 2044 à 15 h 30. Les candidats présélectionnés seront convoqués à un entretien le 23 juin 2044.

\clearpage
\begin{center}{\Large\bfseries RECRUITMENT NOTICE}\\[2mm]
No. @REF@\\[2mm]
{\large\bfseries @TEN@}\end{center}

The Director of @ORGEN@ hereby informs the public that a recruitment on qualifications is open for one (01) post of @TEN@ in the paediatrics department and neonatal unit.

\section*{1. Post details}
\begin{tabular}{@{}p{5cm}p{10.5cm}@{}}
\textbf{Reference} & @REF@\\
\textbf{Institution} & @ORGEN@\\
\textbf{Duty station} & @LOCEN@\\
\textbf{Category} & A2\\
\textbf{Working arrangements} & @SCHEN@\\
\textbf{Remuneration} & 412,750 FCFA gross per month, excluding on-call allowances\\
\textbf{Closing date} & 9 June 2044 at 3.30 p.m.\\
\end{tabular}

\section*{2. Duties}
\begin{itemize}
\item care for at-risk newborns and premature infants;
\item take part in outpatient paediatric consultations;
\item supervise the unit's nurses and trainees;
\item contribute to the regional birth register.
\end{itemize}

\section*{3. Eligibility}
Candidates must:
\begin{itemize}
@ESSEN@
\end{itemize}
The following would be an advantage:
\begin{itemize}
@DESEN@
\end{itemize}

\section*{4. Application file}
A stamped handwritten application, a CV, certified copies of diplomas and a police record less than three months old, to be lodged at the Director's secretariat no later than 9 June 2044 at 3.30 p.m. Shortlisted candidates will be invited to an interview on 23 June 2044.

\vspace{8mm}
\hfill\begin{minipage}{6cm}\centering Bafoussam, le 16 mai 2044\\Le Directeur / The Director\\[8mm](signé)\end{minipage}
\end{document}
"""
for k, v in {"@REF@": REF, "@TFR@": T_FR, "@TEN@": T_EN, "@ORGFR@": ORG_FR, "@ORGEN@": ORG_EN,
             "@LOCFR@": LOC_FR, "@LOCEN@": LOC_EN, "@SCHFR@": SCH_FR, "@SCHEN@": SCH_EN,
             "@ESSFR@": items(x.replace(" ;", "~;") for x in ESS_FR), "@DESFR@": items(x.replace(" ;", "~;") for x in DES_FR),
             "@ESSEN@": items(ESS_EN), "@DESEN@": items(DES_EN)}.items():
    tex = tex.replace(k, v)
open(os.path.join(BUILD, "bafoussam.tex"), "w", encoding="utf-8").write(tex)
pdflatex("bafoussam.tex", f"hrb-dir-ar-2044-07-bafoussam.pdflatex.pdf", KEY)

wa = f"""[17/05/2044, 07:42] Papa Fotso Santé Ouest: Bonjour la famille 🙏 Qui connaît un pédiatre qui cherche ? L'hôpital régional recrute
[17/05/2044, 07:43] Papa Fotso Santé Ouest: <Médias omis>
[17/05/2044, 07:45] Papa Fotso Santé Ouest: Je vous copie le texte 👇

*AVIS DE RECRUTEMENT N° {REF}*
*{T_FR.upper()}*

Le Directeur de l'{ORG_FR} porte à la connaissance du public qu'un recrutement sur titre est ouvert pour un (01) poste de {T_FR} (service de pédiatrie et unité de néonatologie).

📌 Référence : {REF}
🩺 Poste : {T_FR}
🏥 Structure : {ORG_FR}
📍 Lieu d'affectation : {LOC_FR}
🎓 Catégorie : A2
⏱️ Régime de travail : {SCH_FR}
💵 Rémunération : 412 750 FCFA brut par mois, hors primes de garde
⏳ Date limite de dépôt : 9 juin 2044 à 15 h 30

*Conditions de candidature*
{chr(10).join('- ' + x for x in ESS_FR)}
_Seraient des atouts :_
{chr(10).join('- ' + x for x in DES_FR)}

Dossier : demande timbrée, CV, copies certifiées des diplômes, casier judiciaire. Entretien le 23 juin 2044.

*RECRUITMENT NOTICE No. {REF}*
*{T_EN.upper()}*

📌 Reference: {REF}
🩺 Post: {T_EN}
🏥 Institution: {ORG_EN}
📍 Duty station: {LOC_EN}
🎓 Category: A2
⏱️ Working arrangements: {SCH_EN}
💵 Remuneration: 412,750 FCFA gross per month, excluding on-call allowances
⏳ Closing date: 9 June 2044 at 3.30 p.m.

*Eligibility*
{chr(10).join('- ' + x for x in ESS_EN)}
_The following would be an advantage:_
{chr(10).join('- ' + x for x in DES_EN)}

[17/05/2044, 08:10] Dr Ngono: Merci papa, je transfère au groupe des internes de Yaoundé
[17/05/2044, 08:12] Maman Kamga: Est-ce que c'est payant pour déposer ? On nous a déjà arnaqués
[17/05/2044, 08:15] Papa Fotso Santé Ouest: Non c'est gratuit, on dépose directement au secrétariat du Directeur. Ne donnez l'argent à personne ❗
[17/05/2044, 08:31] Dr Ngono: Le concours des infirmiers c'est toujours le 30 juin ?
[17/05/2044, 08:33] Papa Fotso Santé Ouest: Oui 30 juin 2044, mais ça c'est une autre annonce
[17/05/2044, 09:02] Maman Kamga: 👍🏾
"""
write(f"{KEY}-whatsapp.txt", wa, KEY)
