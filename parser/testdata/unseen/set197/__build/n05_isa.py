from common import *
REF = "34-Scientific Affairs-ISA-294051-R-Kingston (X)"
KEY = "34-scientific-affairs-isa-294051-r-kingston-x"
E = blank(["en"])
E["reference"] = REF
E["title"]["en"] = "Scientific Affairs Officer (Deep-Sea Biology)"
E["organisation"]["en"] = "International Seabed Authority"
E["location"]["en"] = "KINGSTON"
E["deadline"] = "2034-03-29"
E["grade"] = "P4"
E["requirements"]["en"] = {
 "essential": [
  "An advanced university degree (Master's degree or equivalent) in marine biology, biological oceanography, ecology or a related field is required. A first-level university degree in combination with two additional years of qualifying experience may be accepted in lieu of the advanced university degree.",
  "A minimum of seven years of progressively responsible experience in deep-sea research, environmental assessment or ocean governance is required.",
  "For this position, fluency in English is required."],
 "desirable": [
  "A doctorate in a field of marine science is desirable.",
  "Experience in designing environmental baseline surveys or reviewing environmental impact statements is desirable.",
  "Knowledge of another official United Nations language is desirable."]}
E["competencies"]["en"] = [
 {"name": "Professionalism", "description": "Masters the science of abyssal and hadal ecosystems and the regulatory questions they raise; delivers reviews that the Commission can rely on; stays calm when timelines are short."},
 {"name": "Teamwork", "description": "Works with lawyers, geologists and data managers as one team, shares credit and accepts joint decisions."},
 {"name": "Client Orientation", "description": "Treats member States, contractors and observers as clients, keeps them informed and answers within agreed times."}]
R = E["requirements"]["en"]; C = E["competencies"]["en"]
T = E["title"]["en"]
SETTING = ("This position is located in the Office of Environmental Management and Mineral Resources of the International "
           "Seabed Authority (ISA) in Kingston, Jamaica. The ISA organizes and controls activities in the international "
           "seabed area beyond national jurisdiction and must ensure that the marine environment is protected from harmful "
           "effects of exploration and exploitation. The incumbent reports to the Head of the Environmental Management Unit.")
RESP = [
 "Reviews the environmental sections of annual reports submitted by contractors and drafts the Secretariat's assessments.",
 "Prepares scientific background documents for regional environmental management plans and for the Legal and Technical Commission.",
 "Maintains the taxonomic standards used in the ISA database and coordinates expert workshops on species identification.",
 "Contributes to capacity development programmes for scientists from developing States.",
 "Represents the Secretariat at scientific conferences and in cooperation with other intergovernmental bodies."]

def body_lines(glue=False):
    L = ["Posting Title: SCIENTIFIC AFFAIRS OFFICER (DEEP-SEA BIOLOGY), P4",
         "Job Code Title: SCIENTIFIC AFFAIRS OFFICER",
         "Department/Office: International Seabed Authority",
         "Duty Station: KINGSTON",
         "Posting Period: 27 February 2034 - 29 March 2034",
         "Job Opening Number: " + REF,
         "Staffing Exercise: N/A",
         "United Nations Core Values: Integrity, Professionalism, Respect for Diversity"]
    if glue:
        L = ["".join(x.replace(": ", "", 1) for x in L)]
    L += ["", "Org. Setting and Reporting", SETTING, "", "Responsibilities",
          "Within delegated authority, the Scientific Affairs Officer will be responsible for the following duties:"]
    L += [("• " if not glue else "") + x for x in RESP]
    L += ["", "Competencies"]
    for c in C:
        L.append(f"{c['name']}: {c['description']}")
    L += ["", "Education", R["essential"][0], "", "Work Experience", R["essential"][1], R["desirable"][0], R["desirable"][1], "",
          "Languages", "English and French are the working languages of the United Nations Secretariat. "
          + R["essential"][2] + " " + R["desirable"][2], "",
          "Assessment", "Evaluation of qualified candidates may include a substantive assessment which will be followed by a competency-based interview.", "",
          "Special Notice", "This position is funded by the ISA administrative budget. The ISA is not part of the United Nations Secretariat; staff are recruited under the ISA Staff Regulations, which follow the United Nations common system.", "",
          "No Fee", "THE INTERNATIONAL SEABED AUTHORITY DOES NOT CHARGE A FEE AT ANY STAGE OF THE RECRUITMENT PROCESS."]
    return L

def unjobnet():
    L = ["Skip to main", "UNJobNet   Jobs   Organizations   Duty stations   Career guide   Log in", "",
         T, "International Seabed Authority (ISA)", "Kingston (Jamaica)", "Grade: P-4, Mid-level Professional",
         "Occupations: Environment, Science", "Deadline: 29 Mar 2034", "Apply Now", "Added 5 days ago", "",
         "Job Description", ""]
    L += body_lines()
    L += ["", "Similar jobs", "Marine Scientist (IC) · ISA · Kingston · Deadline 18 Mar 2034",
          "Environmental Affairs Officer, P3 · UNEP · Nairobi · Deadline 2 Apr 2034", "",
          "About UNJobNet · Privacy · Terms"]
    return "\n".join(L) + "\n"

def impactpool():
    L = ["By continuing to browse this site, you agree to our use of cookies. Read our privacy policy", "",
         "impactpool   Jobs   Organizations   Career Development   Sign up", "", T, "",
         "  • Organization: ISA - International Seabed Authority",
         "  • Location: Kingston",
         "  • Grade: Mid level - P-4",
         "  • Occupational Groups:",
         "    • Environment",
         "    • Natural Sciences",
         "  • Closing Date: 2034-03-29", ""]
    L += body_lines(glue=True)
    L += ["", "This vacancy is archived.", "", "Similar jobs", "Scientific Affairs Officer · UNESCO · Paris · Closing 2034-04-06",
          "Ocean Affairs Officer · UN · New York · Closing 2034-03-31"]
    return "\n".join(L) + "\n"

def build():
    write_expected(KEY, E)
    write(KEY + "-unjobnet.txt", unjobnet(), KEY, "txt")
    write(KEY + "-impactpool.txt", impactpool(), KEY, "txt")
