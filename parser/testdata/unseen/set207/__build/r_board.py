# -*- coding: utf-8 -*-
"""Job-board copies (browser copies of invented boards): Universcience on "CultureEmploi",
Arctic Council Secretariat on "PolarWorks"."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data import N, ROOT  # noqa: E402


def usc():
    j = N["usc"]["json"]
    r = j["requirements"]["fr"]
    t = f"""CultureEmploi
Offres  Structures  Conseils  Publier une offre  Se connecter
Accueil > Offres > Médiation > Île-de-France
{j['title']['fr']}
{j['organisation']['fr']}Paris (75)CDIMédiation scientifique
Publiée il y a 3 semaines · 412 vues · Candidature sur le site de l'employeur
Référence{j['reference']}Employeur{j['organisation']['fr']}Lieu{j['location']['fr']}Temps de travail{j['schedule']['fr']}Salaire2 480 € bruts mensuelsDate limite10/01/2035
Présentation de la structure
Universcience réunit la Cité des sciences et de l'industrie et le Palais de la découverte. Son planétarium propose des séances en direct pilotées par des médiateurs. Vous animerez des séances pour les familles et les scolaires, concevrez de nouvelles séances avec l'équipe de production, adapterez les contenus à l'actualité scientifique et participerez aux soirées d'observation.
Profil recherché
""" + "\n".join(f"• {i}" for i in r["essential"]) + """
Atouts
""" + "\n".join(f"• {i}" for i in r["desirable"]) + """
Mots-clés : astronomie · planétarium · médiation · jeune public
Postuler
Offres similaires
Chargé·e d'accueil des publics – Musée de la Batellerie de Saint-Aubrac · CDD 6 mois · 1 950 € brut · Date limite 24/01/2035
Animateur·rice scientifique – Centre de sciences de Salvetat · CDI · Date limite 31/01/2035
Médiateur·rice jardins – Parc floral de Ravenval · Saisonnier · Date limite 15/02/2035
Nous utilisons des cookies pour mesurer l'audience. Accepter  Refuser  Personnaliser
© CultureEmploi – Mentions légales – Contact
"""
    p = os.path.join(ROOT, N["usc"]["key"] + "-cultureemploi.txt")
    open(p, "w", encoding="utf-8").write(t)
    return p


def acs():
    j = N["acs"]["json"]
    r = j["requirements"]["en"]
    c = j["competencies"]["en"]
    t = f"""PolarWorks — jobs in the Arctic and Antarctic
Jobs   Employers   Fieldwork   Post a job   Sign in
Home / Jobs / Communications / Norway
{j['title']['en']}
{j['organisation']['en']}{j['location']['en']}Fixed-termInternational organisation
Posted 2 weeks ago · 1,204 views · 87 applicants
Reference: {j['reference']} | Employer: {j['organisation']['en']} | Location: {j['location']['en']} | Hours: {j['schedule']['en']} | Salary: NOK 720,000 – 810,000 a year | Closing date: 17/01/2035
About the job
The Secretariat of the Arctic Council supports the chairmanship, the Senior Arctic Officials and six Working Groups from its office at the Fram Centre. The Communications Officer plans and runs the Council's website, newsletters and social media, writes news stories and speeches, works with the Working Groups and Permanent Participants and handles the media during meetings.
Requirements
""" + "\n".join(f"- {i}" for i in r["essential"]) + """
Nice to have
""" + "\n".join(f"- {i}" for i in r["desirable"]) + """
How we work
""" + "\n".join(f"- {x['name']}: {x['description']}" for x in c) + """
Apply via employer website
Tags: communications, arctic, diplomacy, tromsø
Similar jobs
Field Logistics Coordinator · Svalbard Science Forum · Longyearbyen · NOK 640,000 · Closes 31 January 2035
Outreach Officer · Polar Museum Trust · Cambridge, UK · £31,000 · Closes 9 February 2035
This site uses cookies. OK
"""
    p = os.path.join(ROOT, N["acs"]["key"] + "-polarworks.txt")
    open(p, "w", encoding="utf-8").write(t)
    return p


if __name__ == "__main__":
    print(usc())
    print(acs())
