from common import *
import subprocess, os, shutil, tempfile
REF = "FENU/TGO/33/014"
KEY = "fenu-tgo-33-014"
TITLE = "Spécialiste national(e) des finances locales et de la décentralisation"
ORG = "Fonds d'équipement des Nations Unies"
LOC = "Lomé, Togo"
SCHED = "Temps plein"
GRADE = "NO-B"
ESS = [
 "Master en économie, finances publiques, administration publique ou dans un domaine apparenté.",
 "Au moins deux années d'expérience professionnelle dans la gestion des finances publiques locales, l'appui aux collectivités territoriales ou le financement d'infrastructures communales.",
 "Bonne connaissance du cadre juridique de la décentralisation au Togo et des procédures budgétaires des communes.",
 "Maîtrise des logiciels de bureautique et d'un tableur pour l'analyse de données financières.",
 "Excellente maîtrise du français écrit et parlé.",
]
DES = [
 "Expérience de travail avec une agence des Nations Unies, une banque de développement ou un programme financé par des bailleurs.",
 "Connaissance des mécanismes de transferts financiers fondés sur la performance.",
 "Une connaissance pratique de l'anglais est un atout.",
]
COMP = ["Obtenir des résultats", "Penser de manière novatrice", "Apprendre en continu", "S'adapter avec agilité",
        "Agir avec détermination", "S'engager et nouer des partenariats", "Favoriser la diversité et l'inclusion"]
expected(KEY, REF, ["fr"], {"fr": TITLE}, {"fr": ORG}, {"fr": LOC}, {"fr": SCHED}, "2033-08-15",
         sal(24716400, cur="XOF", period="year"), GRADE,
         {"fr": {"essential": ESS, "desirable": DES}}, {"fr": comps([(c, "") for c in COMP])})

DUTIES = [
 "Appuyer les communes partenaires dans la préparation, l'exécution et le suivi de leurs budgets annuels et de leurs plans d'investissement ;",
 "Concevoir, avec la Direction générale de la décentralisation, les outils d'évaluation annuelle de la performance des communes ;",
 "Instruire les demandes de financement des projets communaux et vérifier leur conformité aux critères du programme ;",
 "Organiser des sessions de formation à l'intention des receveurs municipaux et des élus locaux ;",
 "Rédiger les rapports trimestriels d'avancement et contribuer aux notes de plaidoyer du bureau ;",
 "Entretenir des relations de travail suivies avec les partenaires techniques et financiers présents au Togo.",
]
def html_doc():
    li = lambda xs: "".join(f"<li>{esc(x)}</li>" for x in xs)
    return f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Avis de vacance {REF}</title>
<style>body{{font-family:"Liberation Serif";font-size:11pt}} h1{{font-size:14pt;text-align:center}} td{{padding:2pt 6pt;vertical-align:top}} .lh{{text-align:center;font-size:10pt}}</style></head><body>
<p class="lh"><b>FONDS D'ÉQUIPEMENT DES NATIONS UNIES (FENU)</b><br>Bureau de pays au Togo – Maison commune des Nations Unies, Lomé</p>
<h1>AVIS DE VACANCE DE POSTE N° {REF}</h1>
<table border="1" cellspacing="0" width="100%">
<tr><td width="40%"><b>Intitulé du poste</b></td><td>{esc(TITLE)}</td></tr>
<tr><td><b>Classe</b></td><td>{GRADE}</td></tr>
<tr><td><b>Lieu d'affectation</b></td><td>{esc(LOC)}</td></tr>
<tr><td><b>Type de contrat</b></td><td>Engagement de durée déterminée (recrutement local)</td></tr>
<tr><td><b>Régime de travail</b></td><td>{SCHED}</td></tr>
<tr><td><b>Durée</b></td><td>Un an, renouvelable</td></tr>
<tr><td><b>Date de publication</b></td><td>18 juillet 2033</td></tr>
<tr><td><b>Date limite de dépôt des candidatures</b></td><td>15 août 2033 (minuit, heure de Lomé)</td></tr>
<tr><td><b>Ouvert aux</b></td><td>Ressortissants togolais uniquement</td></tr>
</table>
<h2>1. Contexte</h2>
<p>Le {esc(ORG)} (FENU) met ses capacités d'investissement au service des pays les moins avancés. Au Togo, le programme d'appui au financement des collectivités territoriales accompagne vingt-quatre communes des régions des Savanes et de la Kara dans la mobilisation de leurs ressources propres et dans la réalisation d'équipements marchands.</p>
<p>Sous la supervision du Chargé de programme, le/la titulaire assure le suivi technique des communes partenaires et la qualité des données financières du programme.</p>
<h2>2. Fonctions et responsabilités</h2>
<ol>{li(DUTIES)}</ol>
<h2>3. Compétences</h2>
<p>Compétences fondamentales :</p>
<ul>{li(COMP)}</ul>
<h2>4. Qualifications requises</h2>
<p><b>Qualifications minimales</b></p>
<ul>{li(ESS)}</ul>
<p><b>Qualifications souhaitées</b></p>
<ul>{li(DES)}</ul>
<h2>5. Rémunération</h2>
<p>Traitement annuel net : 24 716 400 FCFA, auquel s'ajoutent l'affiliation à la Caisse commune des pensions du personnel des Nations Unies et une assurance maladie.</p>
<h2>6. Modalités de candidature</h2>
<p>Les candidatures (lettre de motivation et formulaire P11 signé) sont reçues uniquement par la plateforme de recrutement en ligne. Seuls les candidats présélectionnés seront contactés pour un test écrit prévu le 2 septembre 2033. Le FENU ne perçoit aucun frais à aucune étape du processus de recrutement.</p>
</body></html>"""

def build():
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, KEY + "-fenu.html")
    open(src, "w", encoding="utf-8").write(html_doc())
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, src], check=True, capture_output=True)
    pdf = KEY + "-fenu.libreoffice.pdf"
    shutil.copy(os.path.join(tmp, KEY + "-fenu.pdf"), os.path.join(ROOT, pdf))
    shutil.copy(src, os.path.join(ROOT, "__build", KEY + "-fenu.source.html"))
    dump(pdf, KEY)

build()

chat = f"""[19/07/2033, 08:41] Akossiwa D.: Bonjour à tous 🙏 offre du FENU à Lomé, je colle le texte ici pour ceux qui n'ont pas le PDF
[19/07/2033, 08:42] Akossiwa D.: FONDS D'ÉQUIPEMENT DES NATIONS UNIES (FENU)
AVIS DE VACANCE DE POSTE N° {REF}
Intitulé du poste {TITLE}
Classe {GRADE}
Lieu d'affectation {LOC}
Type de contrat Engagement de durée déterminée (recrutement local)
Régime de travail {SCHED}
Durée Un an, renouvelable
Date limite de dépôt des candidatures 15 août 2033 (minuit, heure de Lomé)
Ouvert aux Ressortissants togolais uniquement

1. Contexte
Le {ORG} (FENU) accompagne vingt-quatre communes des Savanes et de la Kara dans la mobilisation de leurs ressources propres.

2. Fonctions et responsabilités
""" + "\n".join(DUTIES) + """

3. Compétences
Compétences fondamentales :
""" + "\n".join(COMP) + """

4. Qualifications requises
Qualifications minimales
""" + "\n".join(ESS) + """
Qualifications souhaitées
""" + "\n".join(DES) + f"""

5. Rémunération
Traitement annuel net : 24 716 400 FCFA + pension et assurance maladie

6. Candidature uniquement en ligne, test écrit le 2 septembre 2033. Aucun frais.
[19/07/2033, 08:47] Yao K.: Merci beaucoup ! NO-B c'est quel niveau déjà ?
[19/07/2033, 08:49] Akossiwa D.: Administrateur national, 2e échelon de la grille NO. Il faut le master + 2 ans
[19/07/2033, 09:15] Essi M.: Je transfère au groupe des économistes de Kara 👍
[19/07/2033, 09:16] Yao K.: Date limite le 15/08 c'est ça ?
[19/07/2033, 09:16] Akossiwa D.: Oui, minuit heure de Lomé
"""
out(KEY + "-chat.fr.txt", chat, KEY)
