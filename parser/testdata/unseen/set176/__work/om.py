TITLE="Gestionnaire carrière et paie (H/F)"
REF="OM-2031-0218"
INTRO="""Orléans Métropole regroupe 22 communes et près de 290 000 habitants. Ses agents conduisent, aux côtés de ceux de la Ville d'Orléans, les politiques publiques de la mobilité, de l'eau, de l'habitat, du développement économique et de l'espace public. La Direction des ressources humaines, commune à la Ville et à la Métropole, gère la situation de plus de 3 300 agents."""
SERVICE="""Au sein du service Carrière et paie, composé de douze gestionnaires et d'une responsable, vous prenez en charge un portefeuille d'environ 230 agents titulaires et contractuels, de la nomination jusqu'au départ en retraite."""
MISSIONS=[
"Préparer et contrôler les éléments variables de la paie de votre portefeuille et vérifier les bulletins avant mandatement ;",
"Rédiger les actes administratifs liés à la carrière : arrêtés d'avancement, de positions statutaires, de temps partiel et de disponibilité ;",
"Instruire les dossiers de retraite et de validation de services en lien avec la CNRACL ;",
"Renseigner les agents et les encadrants sur leurs droits et sur les règles statutaires ;",
"Participer à la mise à jour des procédures et à la fiabilisation des données du SIRH.",
]
PROFIL=[
"Formation de niveau bac+2 en gestion des ressources humaines ou expérience équivalente ;",
"Connaissance du statut de la fonction publique territoriale et des règles de la paie publique ;",
"Maîtrise d'un logiciel de gestion RH et paie (CIRIL, Civil Net RH ou équivalent) ;",
"Aisance avec les outils bureautiques, en particulier le tableur ;",
"Respect absolu de la confidentialité des informations traitées.",
]
ATOUTS=[
"Une première expérience en gestion de la paie dans une collectivité ;",
"La connaissance de la déclaration sociale nominative (DSN) ;",
"La pratique des dossiers de retraite CNRACL.",
]
SAVOIR=[
("Rigueur", "vous contrôlez vos saisies et respectez le calendrier de paie ;"),
("Sens du service", "vous répondez aux agents avec clarté et bienveillance ;"),
("Discrétion", "vous traitez des données personnelles et financières sensibles."),
]
CONDITIONS="""Rémunération statutaire, régime indemnitaire (RIFSEEP), prime annuelle, participation employeur à la mutuelle et à la prévoyance, 27 jours de congés et 15 jours de RTT, titres-restaurant, forfait mobilités durables, accès au comité des œuvres sociales."""
