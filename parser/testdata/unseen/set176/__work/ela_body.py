INTRO = """The European Labour Authority ('the Authority' or 'ELA') is a Union body working in the field of cross-border labour mobility. It helps individuals and employers find information on their rights and obligations when they work or recruit in another Member State, supports cooperation between national authorities in the enforcement of Union law, coordinates concerted and joint inspections and offers mediation when national authorities disagree.
Further information on the Authority is available on its website: www.ela.europa.eu."""
FRAMEWORK = """The Authority is publishing this vacancy notice in order to draw up a reserve list of Temporary Agents for the position of Policy Officer in the Social Security Coordination Sector of the Cooperation Support Unit.
The Sector assists national social security institutions in applying the coordination Regulations, in particular on the posting of workers, the determination of the applicable legislation and the exchange of electronic data between institutions."""
PROFILE = """Reporting to the Head of Sector, the Policy Officer will follow the application of the social security coordination rules in cross-border situations and help the Member States solve practical problems that arise between their institutions."""
TASKS = [
"Analysing cases referred to the Authority by national institutions and drafting opinions on the applicable legislation;",
"Preparing the meetings of working groups of national experts, including agendas, background papers and minutes;",
"Contributing to the design of training sessions and information campaigns on posting and multi-state work;",
"Following the case law of the Court of Justice of the European Union in the field and reporting on its consequences;",
"Liaising with the Administrative Commission for the Coordination of Social Security Systems and the European Commission;",
"Contributing to the annual work programme and to the activity reports of the Authority.",
]
ELIG = """To be considered eligible, candidates must satisfy all of the following criteria on the closing date for the submission of applications: be a national of a Member State of the European Union; enjoy full rights as a citizen; have fulfilled any obligations imposed by the applicable laws concerning military service; have a level of education which corresponds to completed university studies of at least three years attested by a diploma, followed by at least three years of professional experience gained after the award of the diploma; have a thorough knowledge of one of the languages of the European Union and a satisfactory knowledge of another to the extent necessary for the performance of the duties; be physically fit to perform the duties linked to the post."""
ESS = [
"At least three years of professional experience in the field of social security coordination or social security law;",
"Sound knowledge of Regulations (EC) No 883/2004 and 987/2009 and of their application to posted and multi-state workers;",
"Experience in drafting legal or policy analyses for a public administration or an international body;",
"Experience in organising or supporting meetings of national experts or of a comparable committee;",
"Very good command of English, both oral and written, as it is the working language of the Authority.",
]
ADV = [
"Professional experience gained in a national social security institution or liaison body;",
"Knowledge of the Electronic Exchange of Social Security Information (EESSI) system;",
"Knowledge of a third official language of the European Union.",
]
COMP = [
("Communicating", "expresses ideas clearly and concisely, orally and in writing;"),
("Analysing and problem solving", "identifies the critical facts in complex issues and develops practical solutions;"),
("Working with others", "works cooperatively with colleagues in the Sector and across the Authority;"),
("Prioritising and organising", "sets priorities and completes tasks within tight deadlines."),
]
CONDITIONS = """The successful candidate will be offered a contract as a Temporary Agent under Article 2(f) of the Conditions of Employment of Other Servants of the European Union for a period of five years, renewable. Recruitment will be at grade AD6. The basic monthly salary for grade AD6 (step 1) is EUR 6,402.18, weighted by the correction coefficient applicable to Slovakia. In addition to the basic salary, staff members may be entitled to various allowances, in particular an expatriation allowance, a household allowance and a dependent child allowance.
The place of employment is Bratislava, Slovakia, where the Authority has its seat."""
APPLY = """Candidates must apply through the online application form available on the Authority's careers page. Applications sent by e-mail or post will not be accepted. Candidates are advised not to wait until the last days before the deadline to submit their application.
Candidates invited to the assessment phase will sit a written test and an interview, foreseen for the second half of April 2031. The reserve list will be valid until 31 December 2032 and may be extended."""
