from common import *
N = {}
N["backyard-chicken-pilot-program-application-town-of-harlow-creek.en.md"] = """# Backyard Chicken Pilot Program – 2037 Application

**Town of Harlow Creek · By-law Services**

| | |
|---|---|
| Program reference | BCP-2037 |
| Location | Urban residential zones R1 and R2 only |
| Licence fee | $45.00 per year |
| Hens allowed | 2 to 4 (no roosters) |
| Application deadline | March 6, 2037 |

## Requirements

- Lot of at least 450 m², owner-occupied or with the owner's written consent
- Coop set back 3 m from every property line
- Completion of the online hen-keeping course (2 hours)
- Agreement to an inspection by a municipal law enforcement officer

## Schedule

Draw of the 60 licences: March 16, 2037 at the council chamber. Inspections: April–May 2037.

## Questions

By-law Services, Monday to Friday, 8:30 a.m. to 4:30 p.m. This program does not offer employment or volunteer positions; the by-law officer named above is existing municipal staff.
"""
N["snow-windrow-clearing-assistance-2037-2038-city-of-port-aldene.en.txt"] = """CITY OF PORT ALDENE – PUBLIC WORKS
Snow Windrow Clearing Assistance Program, 2037-2038 season
Notice No. PW-2037-11

WHO IS ELIGIBLE (REQUIREMENTS)
- Residents aged 65 or older, or residents with a permanent disability
- No other able-bodied person living at the address
- Household income under $52,000 (single) or $68,000 (couple)

LOCATION: all urban wards served by city plows (rural routes excluded)
SCHEDULE: windrows are cleared within 12 hours after the plow passes, 7 days a week, November 15 to April 15
FEE: $60 for the season

The work is carried out by a contractor already selected through tender PW-T-2036-44; the City is not hiring operators or shovellers for this program.

Registration deadline: March 27, 2037 for early registration at the reduced fee.
Register at any Client Service Centre or call 311.
"""
N["long-service-awards-ceremony-program-county-of-wexborough.en.html"] = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Long Service Awards 2037 – County of Wexborough</title></head><body>
<h1>Long Service Awards Ceremony – Programme</h1>
<p><strong>Date:</strong> Thursday, March 18, 2037, 5:30 p.m. · <strong>Location:</strong> Wexborough Community Hall, Main Room</p>
<p><strong>RSVP deadline:</strong> March 10, 2037 (reference LSA-2037 in your reply)</p>
<h2>Honourees – 25 years of service</h2>
<ul><li>Helen Marsh, Senior Planner, Planning and Development</li><li>Dev Sandhu, Equipment Operator II, Roads Division</li><li>Louise Caron, Payroll Administrator, Finance</li></ul>
<h2>Honourees – 15 years of service</h2>
<ul><li>Paul Nguyen, Water Treatment Operator, Utilities</li><li>Mia Kowalski, Librarian, Public Library</li></ul>
<h2>Order of events</h2>
<ol><li>Welcome by the Warden</li><li>Presentation of pins and certificates</li><li>Retirement tribute to the outgoing Clerk</li><li>Reception</li></ol>
<p>Dress: business casual. Parking is free behind the hall. This is an internal recognition event: no position is being advertised, and the Clerk's office will announce separately how the role will be filled.</p>
</body></html>
"""
N["chantiers-jeunes-ete-2037-inscription-commune-de-vaux-sur-orne.fr.txt"] = """COMMUNE DE VAUX-SUR-ORNE – SERVICE JEUNESSE
Chantiers jeunes – été 2037 – dossier d'inscription
Référence : CJ-2037

Qu'est-ce qu'un chantier jeunes ?
Pendant une semaine, des jeunes de 14 à 17 ans réalisent des petits travaux d'intérêt collectif (peinture des bancs, entretien des sentiers, désherbage du cimetière) encadrés par un animateur diplômé du service jeunesse.

Lieu : services techniques municipaux, rue des Tanneurs
Horaires : du lundi au vendredi, de 8 h 30 à 12 h 00
Dates : 12-16 juillet, 19-23 juillet et 23-27 août 2037
Contrepartie : un chèque-loisirs de 120 € par semaine (il ne s'agit ni d'un salaire ni d'un contrat de travail)

Conditions requises
- habiter la commune ;
- avoir entre 14 et 17 ans au 1er juillet 2037 ;
- fournir une autorisation parentale et une attestation d'assurance.

Date limite d'inscription : 31 mars 2037
Places limitées à 8 jeunes par semaine, attribuées par tirage au sort le 7 avril 2037.
"""
N["collecte-encombrants-sur-rendez-vous-2037-syndicat-du-pays-de-lumbres-sur-aa.fr.md"] = """# Collecte des encombrants sur rendez-vous – année 2037

*Syndicat intercommunal de collecte du Pays de Lumbres-sur-Aa – note aux usagers n° SIC-2037-03*

| Information | Détail |
|---|---|
| Lieu | à domicile, sur le trottoir devant l'habitation |
| Horaires de passage | de 7 h 00 à 13 h 00, le mardi et le jeudi |
| Tarif | gratuit jusqu'à 2 m³, 25 € par m³ supplémentaire |
| Date limite de prise de rendez-vous | 48 heures avant la collecte ; pour la tournée de printemps, le 20 mars 2037 |

## Conditions requises

- être usager du service et à jour de la redevance ;
- volume maximal de 5 m³ par passage ;
- objets non acceptés : gravats, pneus, déchets dangereux.

## Qui intervient ?

La collecte est assurée par deux agents de collecte et un chauffeur poids lourd du syndicat. Aucun recrutement n'est associé à cette note : les équipes sont au complet.

Prise de rendez-vous au 03 00 00 00 00, du lundi au vendredi de 9 h à 17 h.
"""
N["subventions-associations-sportives-2037-guide-ville-de-breval-les-pins.fr.html"] = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Guide des subventions aux associations sportives 2037</title></head><body>
<h1>Subventions aux associations sportives – campagne 2037</h1>
<p>Ville de Bréval-les-Pins · Direction des sports · Référence du dispositif : SUB-SPORT-2037</p>
<dl><dt>Lieu de dépôt</dt><dd>Maison des associations, 4 place du Marché, ou plateforme en ligne</dd>
<dt>Montant</dt><dd>de 300 € à 6 000 € selon le nombre de licenciés</dd>
<dt>Date limite de dépôt</dt><dd>25 mars 2037</dd></dl>
<h2>Critères d'éligibilité</h2>
<ul><li>association loi 1901 déclarée depuis au moins un an ;</li><li>siège social sur la commune ;</li><li>au moins 20 licenciés, dont 30 % de jeunes.</li></ul>
<h2>Bonus « emploi sportif »</h2>
<p>Une aide complémentaire de 1 500 € peut être accordée aux clubs qui salarient déjà un éducateur sportif titulaire d'un BPJEPS. La ville ne recrute pas d'éducateur : l'aide porte sur les salaires versés par le club.</p>
<h2>Calendrier</h2>
<p>Commission des sports : 15 avril 2037. Vote du conseil municipal : 6 mai 2037.</p>
</body></html>
"""
def build():
    for name, text in N.items():
        write(name, text, "-")
