#!/usr/bin/env python3
"""Writes the nine French non-notices of corpus321."""
import os

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def w(name, text):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write(text)


# 1 ------------------------------------------------------------------ guide du spectateur Tour de France
w("guide-du-spectateur-passage-du-tour-de-france-2044-commune-de-sauveterre-d-arbelle.fr.html", """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Guide du spectateur – passage du Tour – Sauveterre-d'Arbelle</title>
<style>
body{font-family:Liberation Sans,Arial,sans-serif;margin:18px;color:#1a1a1a}
.bandeau{background:#ffd500;padding:10px 14px;border-bottom:4px solid #1a1a1a}
.bandeau h1{margin:0;font-size:21px}
table{border-collapse:collapse;width:100%;margin:8px 0}
th,td{border:1px solid #888;padding:4px 7px;font-size:13px;text-align:left}
th{background:#fff3b0;width:17em}
.encadre{border:2px solid #1a1a1a;padding:8px 12px;margin-top:12px}
</style></head><body>
<div class="bandeau"><h1>Le Tour passe à Sauveterre-d'Arbelle !</h1>
<p>Guide du spectateur – mairie de Sauveterre-d'Arbelle</p></div>
<table>
<tr><th>Référence</th><td>MSA/EVT/2044-14</td></tr>
<tr><th>Intitulé</th><td>Passage de la 14e étape du Tour de France 2044</td></tr>
<tr><th>Lieu</th><td>RD 612, traversée du bourg et montée de la côte des Cizes</td></tr>
<tr><th>Date du passage</th><td>samedi 19 juillet 2044 (caravane vers 13 h 10, coureurs vers 15 h 05)</td></tr>
<tr><th>Date limite de demande de laissez-passer riverain</th><td>vendredi 11 juillet 2044</td></tr>
</table>
<h2>Circulation et stationnement</h2>
<p>La RD 612 sera fermée de 9 h à 17 h 30. Des parkings gratuits sont ouverts au stade et à la salle des fêtes ; une navette relie le bourg au sommet de la côte (aller-retour 2 €).</p>
<h2>Exigences pour le public</h2>
<ol>
<li>Rester derrière les barrières et ne jamais courir à côté des coureurs ;</li>
<li>tenir les enfants et les chiens, sans laisse longue ;</li>
<li>ne rien jeter sur la route et ne pas ramasser les objets de la caravane sur la chaussée ;</li>
<li>respecter les consignes des signaleurs et de la gendarmerie.</li>
</ol>
<h2>Animations</h2>
<p>Écran géant place de la Mairie dès 11 h, buvette du comité des fêtes, concours de vélos décorés (bon d'achat de 30 € pour le gagnant).</p>
<div class="encadre">
<p><b>Signaleurs : pas une offre d'emploi.</b> Les signaleurs placés aux carrefours du parcours sont
des bénévoles désignés par la mairie. Il ne s'agit ni d'un emploi, ni d'une vacation :
aucun salaire n'est versé et la commune ne recrute personne à cette occasion. Les agents
municipaux mobilisés ce jour-là sont déjà en poste.</p>
</div>
<p>Renseignements : mairie, 05 00 00 00 31 – accueil@example.fr</p>
</body></html>
""")

# 2 ------------------------------------------------------------------ demande de credenciale
w("demande-de-credenciale-du-pelerin-2044-association-jacquaire-du-val-de-cizoux.fr.md", """**Association jacquaire du Val de Cizoux**
*Accueil des pèlerins sur les chemins de Compostelle*

# Demande de credenciale (carnet du pèlerin) – saison 2044

- **Référence de la demande :** AJVC-CRED-2044-0153
- **Intitulé :** Credenciale de l'association, valable pour un pèlerinage
- **Lieu de retrait :** local de l'association, 4 rue des Tanneurs, Val de Cizoux (permanence le samedi, 10 h – 12 h)
- **Prix :** 5 € le carnet, 3 € pour les adhérents
- **Date limite pour un envoi postal avant le départ de juillet :** mardi 8 juillet 2044

## À quoi sert la credenciale ?

Elle atteste que vous marchez dans l'esprit du pèlerinage. Elle vous ouvre les gîtes et accueils jacquaires et reçoit les tampons des étapes. Elle permet de demander la « Compostela » à l'arrivée.

## Exigences pour obtenir la credenciale

1. Remplir ce formulaire et joindre une photocopie d'une pièce d'identité ;
2. indiquer le chemin prévu et la date de départ ;
3. être majeur, ou joindre l'autorisation écrite d'un parent ;
4. régler le carnet par chèque ou en espèces.

## Les hospitaliers

Les hospitaliers qui vous accueillent dans nos gîtes sont des bénévoles, pour une ou deux semaines. L'association ne verse aucun salaire : « hospitalier » est un service, pas un poste. Ce formulaire n'est pas une offre d'emploi ; pour devenir hospitalier, il faut suivre la journée de formation d'automne.

---

**Formulaire**

| Nom, prénom | Chemin prévu | Départ de | Date de départ |
|---|---|---|---|
| | | | |

Signature : ..........................
""")

# 3 ------------------------------------------------------------------ notification de quotient familial
w("notification-du-quotient-familial-2044-2045-ccas-de-puech-roumel.fr.txt", """CENTRE COMMUNAL D'ACTION SOCIALE DE PUECH-ROUMEL
Place de la Mairie - 00000 Puech-Roumel
Tél. 05 00 00 00 47

                                       Puech-Roumel, le 24 juin 2044

                                       Famille MARTY Julien et Sonia
                                       12, chemin des Rouvières
                                       Puech-Roumel

Référence du dossier : CCAS/QF/2044/0386
Objet : notification de votre quotient familial pour l'année 2044-2045

Madame, Monsieur,

Après examen de votre dossier, le quotient familial de votre foyer est fixé
comme suit :

   Revenus pris en compte (avis d'imposition 2044)   38 412 €
   Nombre de parts                                   3
   Quotient familial mensuel                         1 067 €
   Tranche                                           C

Intitulé des tarifs concernés : restauration scolaire, accueil périscolaire,
centre de loisirs de l'été et école de musique municipale.
Lieu d'application : services municipaux de Puech-Roumel.

Exemples de tarifs en tranche C : repas à la cantine 3,10 € ; demi-journée
au centre de loisirs 6,40 € ; accueil du soir 1,90 €.

Date limite pour contester ou signaler un changement de situation :
vendredi 18 juillet 2044. Après cette date, la tranche s'applique jusqu'au
31 août 2045.

EXIGENCES POUR TOUTE RÉVISION
  1. Un justificatif du changement (perte d'emploi, naissance, séparation) ;
  2. les trois derniers bulletins de salaire ou l'attestation de France
     Travail ;
  3. une demande écrite signée des deux parents.

Les salaires mentionnés servent uniquement au calcul des tarifs : ce courrier
n'est ni une offre d'emploi ni une proposition de poste, et le CCAS ne
recrute pas d'animateurs pour l'été par ce moyen.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

La vice-présidente du CCAS
""")

# 4 ------------------------------------------------------------------ validation du permis de chasser
w("validation-du-permis-de-chasser-2044-2045-notice-de-la-federation-des-chasseurs-du-val-de-sorne.fr.html", """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Validation du permis de chasser 2044-2045 – FDC du Val-de-Sorne</title>
<style>
body{font-family:Liberation Sans,Arial,sans-serif;margin:0;color:#222}
header{background:#4a5a2a;color:#fff;padding:12px 20px}
nav{background:#e9ecdf;font-size:13px;padding:6px 20px}
main{padding:16px 20px;max-width:840px}
dl{display:grid;grid-template-columns:19em 1fr;gap:4px 12px}
dt{font-weight:bold} dd{margin:0}
table{border-collapse:collapse} td,th{border:1px solid #999;padding:3px 8px;font-size:13px}
footer{font-size:12px;color:#555;border-top:1px solid #bbb;padding:10px 20px}
</style></head><body>
<header><b>Fédération des chasseurs du Val-de-Sorne</b></header>
<nav>Accueil · Examen du permis · <b>Validation</b> · Sécurité · Espèces · Contact</nav>
<main>
<p>Accueil › Validation › Notice 2044-2045</p>
<h1>Valider son permis de chasser pour la saison 2044-2045</h1>
<dl>
<dt>Référence de la notice</dt><dd>FDCVS-VAL-2044</dd>
<dt>Intitulé</dt><dd>Validation annuelle départementale du permis de chasser</dd>
<dt>Lieu</dt><dd>En ligne, ou au siège de la fédération, 9 route de Sorne</dd>
<dt>Date limite pour recevoir le titre avant l'ouverture</dt><dd>jeudi 31 juillet 2044</dd>
</dl>
<h2>Tarifs de la validation</h2>
<table>
<tr><th>Formule</th><th>Montant</th></tr>
<tr><td>Départementale annuelle</td><td>172,50 €</td></tr>
<tr><td>Départementale « jeune chasseur »</td><td>48,00 €</td></tr>
<tr><td>Nationale annuelle</td><td>236,00 €</td></tr>
</table>
<h2>Exigences</h2>
<ol>
<li>Être titulaire du permis de chasser et l'indiquer par son numéro ;</li>
<li>fournir l'attestation d'assurance responsabilité civile chasse ;</li>
<li>ne pas être inscrit au fichier des interdits de détention d'armes ;</li>
<li>régler la redevance et les cotisations en une seule fois.</li>
</ol>
<p>Le titre de validation est envoyé par courrier sous dix jours ; gardez-le sur vous avec le permis.</p>
<h2>Garde-chasse et gardes particuliers</h2>
<p>Les techniciens et agents de développement de la fédération sont salariés et en poste ; les gardes particuliers sont commissionnés par les détenteurs de droits de chasse. Cette notice ne propose aucun poste, aucun emploi saisonnier et aucun salaire : la fédération publie ses offres d'emploi dans une rubrique séparée.</p>
</main>
<footer>Fédération des chasseurs du Val-de-Sorne (fédération fictive) – accueil@example.fr</footer>
</body></html>
""")

# 5 ------------------------------------------------------------------ lettre fibre optique
w("lettre-d-information-raccordement-a-la-fibre-optique-2044-syndicat-numerique-de-brezolles-la-combe.fr.txt", """SYNDICAT MIXTE NUMÉRIQUE DU PAYS DE BRÉZOLLES-LA-COMBE
Lettre d'information aux habitants - juin 2044

Référence : SMN-BLC/FTTH/2044-06
Intitulé : La fibre arrive chez vous - tranche 4 du déploiement
Lieu : hameaux des Granges, de Fontbelle et du Moulin-Neuf (commune de
       Brézolles-la-Combe)

Madame, Monsieur,

Les travaux de la tranche 4 sont terminés. Votre logement est désormais
« raccordable » : vous pouvez souscrire un abonnement fibre auprès de
l'opérateur de votre choix.

CE QU'IL FAUT SAVOIR
- Le raccordement final (de la rue à votre logement) est gratuit pour vous ;
  il est réalisé par un technicien mandaté par l'opérateur.
- Les abonnements coûtent en général de 25 € à 45 € par mois selon les
  offres ; le syndicat ne vend pas d'abonnement.
- Réunion publique d'information : mardi 8 juillet 2044, 18 h 30, salle
  polyvalente.

Date limite pour signaler un logement oublié dans le recensement des
adresses : vendredi 25 juillet 2044 (formulaire en ligne ou en mairie).

EXIGENCES POUR LE RACCORDEMENT
  1. Un fourreau libre ou un poteau accessible entre la rue et la maison ;
  2. l'accord écrit du propriétaire si vous êtes locataire ;
  3. une prise électrique près de l'emplacement de la box ;
  4. un élagage des haies sous la ligne aérienne, à la charge du propriétaire.

À PROPOS DES DÉMARCHAGES
Des personnes se présentent comme « techniciens du syndicat » et proposent
des postes ou des travaux payants. Le syndicat ne fait pas de porte-à-porte,
ne recrute pas de techniciens par courrier et ne propose aucun emploi ni
salaire dans cette lettre. Le chargé de mission fibre, en poste depuis 2041,
reste votre seul interlocuteur : 05 00 00 00 63.

Le président du syndicat
""")

# 6 ------------------------------------------------------------------ planning moissonneuse CUMA
w("planning-de-la-moissonneuse-batteuse-moisson-2044-cuma-de-marsillac-le-vieux.fr.md", """# CUMA de Marsillac-le-Vieux – planning de la moissonneuse-batteuse

*Moisson 2044 – document remis aux adhérents de l'activité « récolte »*

* **Référence du planning :** CUMA-MLV/MB/2044
* **Intitulé :** Planning de passage de la moissonneuse (coupe de 7,50 m) et de la benne
* **Lieu de remisage :** hangar de la CUMA, route de Saint-Prével
* **Tarif :** 128 € de l'hectare, chauffeur compris ; benne 22 € de l'heure
* **Date limite pour déclarer vos surfaces et vos variétés :** samedi 5 juillet 2044

## Ordre de passage prévu (orges puis blés)

| Semaine | Adhérent | Culture | Surface |
|---|---|---|---|
| 7 juillet | GAEC des Peyrières | orge d'hiver | 42 ha |
| 7 juillet | M. Vidal | orge d'hiver | 18 ha |
| 14 juillet | EARL Combes | blé tendre | 55 ha |
| 21 juillet | Mme Astruc | blé dur | 31 ha |

L'ordre peut changer selon la météo et la maturité ; le responsable d'activité prévient chacun la veille.

## Exigences avant le passage

1. Des parcelles accessibles, portails ouverts et fils électriques signalés ;
2. des bordures débroussaillées et les pierres enlevées ;
3. une remorque ou un silo prêt à recevoir le grain ;
4. un téléphone joignable pendant toute la coupe.

## Le chauffeur

Le chauffeur de la moissonneuse est le salarié permanent de la CUMA, en poste depuis 2038 ; son salaire est compris dans le tarif à l'hectare. La CUMA n'embauche pas de chauffeur saisonnier cette année : ce planning n'est pas une offre d'emploi. Les adhérents qui aident au déchargement le font au titre de l'entraide.

*Responsable d'activité : Pierre Astruc – 06 00 00 00 58*
""")

# 7 ------------------------------------------------------------------ accès aux massifs forestiers
w("acces-aux-massifs-forestiers-en-ete-2044-depliant-de-la-commune-de-roquebelle.fr.html", """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Accès aux massifs en été 2044 – Roquebelle</title>
<style>
body{font-family:Liberation Sans,Arial,sans-serif;margin:18px;color:#222}
.titre{background:#b33a12;color:#fff;padding:10px 14px}
.titre h1{margin:0;font-size:20px}
.niveaux td{padding:5px 9px;border:1px solid #666;font-size:13px}
.vert{background:#cfe8c4}.jaune{background:#fbeea0}.orange{background:#f8c27a}.rouge{background:#ef8a78}
aside{float:right;width:34%;margin-left:14px;background:#f3f0e8;padding:8px 10px;font-size:13px}
</style></head><body>
<div class="titre"><h1>Massifs forestiers : accès réglementé du 1er juillet au 15 septembre 2044</h1>
<p>Dépliant d'information – commune de Roquebelle</p></div>
<aside>
<p><b>Référence :</b> ROQ/PREV-FEU/2044</p>
<p><b>Intitulé :</b> Accès du public aux massifs du Grand Puy et de Fontvieille-les-Pins</p>
<p><b>Lieu :</b> massifs boisés de la commune et pistes DFCI</p>
<p><b>Date limite de déclaration des barbecues et feux d'artifice privés :</b> mardi 1er juillet 2044</p>
</aside>
<h2>Chaque jour, un niveau de danger</h2>
<p>Le niveau est publié la veille à 18 h sur le site de la préfecture et affiché aux entrées de pistes.</p>
<table class="niveaux">
<tr><td class="vert">Vert</td><td>accès libre</td></tr>
<tr><td class="jaune">Jaune</td><td>accès libre, prudence</td></tr>
<tr><td class="orange">Orange</td><td>accès jusqu'à 13 h seulement</td></tr>
<tr><td class="rouge">Rouge</td><td>accès interdit toute la journée</td></tr>
</table>
<h2>Exigences pour les promeneurs</h2>
<ul>
<li>Ne pas fumer ni allumer de feu, barbecue compris ;</li>
<li>garer son véhicule sans gêner les pistes des pompiers ;</li>
<li>consulter le niveau de danger avant de partir ;</li>
<li>appeler le 18 ou le 112 au moindre départ de feu.</li>
</ul>
<p>Une amende de 135 € sanctionne l'accès à un massif en niveau rouge.</p>
<h2>Les patrouilles</h2>
<p>Les patrouilles de surveillance sont assurées par les sapeurs-pompiers, les agents de l'ONF et les bénévoles du comité communal feux de forêt. Ce dépliant n'est pas un appel à candidatures : la commune n'ouvre aucun poste de guetteur ou de patrouilleur et ne verse aucun salaire aux bénévoles, qui reçoivent seulement une tenue.</p>
<p>Mairie de Roquebelle – 04 00 00 00 22</p>
</body></html>
""")

# 8 ------------------------------------------------------------------ bulletin municipal
w("bulletin-municipal-d-ete-2044-pages-vie-communale-chantemerle-sur-ivette.fr.md", """---
titre: "Chantemerle Infos n° 87 – été 2044"
commune: Chantemerle-sur-Ivette
---

# Chantemerle Infos – n° 87 – été 2044

*Bulletin municipal d'information · distribué dans toutes les boîtes aux lettres*

## Le mot du maire

Chères Chantemerloises, chers Chantemerlois, l'été arrive avec la fête du 13 juillet au bord de l'Ivette et la fin des travaux de l'école. Bonne lecture et bel été à tous.

## Vie communale

**Référence du bulletin :** CSI/BM/2044-87
**Lieu de distribution :** toute la commune, et à la mairie

### Du nouveau à la mairie

Mme Claire Bastide a pris son poste de secrétaire générale de mairie le 2 juin ; elle remplace M. Rouvière, parti à la retraite. **Le poste est donc pourvu** : merci de ne plus envoyer de candidatures. L'agent technique saisonnier de l'été a été recruté en avril.

### Budget 2044 en bref

- Travaux de l'école : 184 000 € (dont 60 % de subventions)
- Voirie : 42 500 €
- Salaires et charges du personnel communal : 212 000 € (cinq agents)

### Inscriptions

- **Date limite d'inscription à la cantine et à la garderie de septembre : vendredi 11 juillet 2044**
- Repas des aînés : inscription avant le 15 septembre

### Exigences pour les feux et les travaux bruyants

1. Pas de brûlage de déchets verts ;
2. tondeuses et tronçonneuses : 9 h – 12 h et 15 h – 19 h en semaine ;
3. haies taillées en bordure des voies avant le 31 juillet.

## Agenda

| Date | Événement | Lieu |
|---|---|---|
| 13 juillet | Repas républicain et feu d'artifice | bord de l'Ivette |
| 24 août | Randonnée des deux ponts | place de l'Église |

*Directeur de la publication : le maire · Imprimé en 460 exemplaires*
""")

# 9 ------------------------------------------------------------------ récépissé titre de séjour
w("recepisse-de-demande-de-renouvellement-de-titre-de-sejour-prefecture-de-la-haute-sorne.fr.txt", """RÉPUBLIQUE FRANÇAISE
PRÉFECTURE DE LA HAUTE-SORNE
Direction de la citoyenneté - bureau du séjour des étrangers

        RÉCÉPISSÉ DE DEMANDE DE RENOUVELLEMENT DE TITRE DE SÉJOUR
             (document fictif établi pour un jeu d'essai)

Référence du récépissé : HS-SEJ-2044-017342
Titulaire : Mme Amina DIALLO, née le 14/03/2009
Nationalité : (non renseignée dans cet exemplaire)
Titre sollicité : carte de séjour temporaire, mention « étudiant »
Lieu de dépôt : préfecture de la Haute-Sorne, guichet 4
Date de dépôt : 30 juin 2044
Récépissé valable jusqu'au : 29 septembre 2044

Le présent récépissé, accompagné du titre expiré, permet à sa titulaire de
justifier de la régularité de son séjour pendant l'examen de sa demande.
Il autorise son titulaire à travailler dans les mêmes conditions que le
titre précédent (964 heures par an au plus pour un étudiant).

PIÈCES À FOURNIR - EXIGENCES
  1. Certificat de scolarité pour l'année 2044-2045 ;
  2. justificatif de ressources (au moins 615 € par mois : bourse, virement
     familial ou salaire) ;
  3. justificatif de domicile de moins de trois mois ;
  4. trois photographies d'identité.

Date limite pour compléter le dossier : vendredi 25 juillet 2044.
Sans réponse à cette date, la demande pourra être classée.

Ce récépissé n'est pas une offre d'emploi, ni une autorisation d'embauche
pour un poste particulier : il ne mentionne aucun employeur ni salaire.

Cachet de la préfecture                         Signature de l'agent
""")
print("FR negatives written")
