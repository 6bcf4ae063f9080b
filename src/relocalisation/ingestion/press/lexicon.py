"""Word lists (gazetteers of cues) used by the extractor. Editorial choices, kept in one place."""
import re

# List marks that open an item (« - », « • », « ▶ », « 1. », « 2) », « 3° », « 4/ », « a) »), one definition for every rule.
BULLET_CHARS = "-–—•●▪◦*·➢➤►▶▸➜✓→■□◆♦"
BULLET_MARK = r"(?:[" + BULLET_CHARS + r"]|(?:\d{1,2}[.)°/]|[a-h]\))(?!\d))"

# Five critical sectors of the national call (slug, name as the gold file and the UI write it).
SECTOR_NAMES = {
    "sante": "santé", "agroalimentaire": "agroalimentaire", "electronique": "électronique",
    "intrants-essentiels": "intrants essentiels", "5g": "5G",
}

# (regex on accent-stripped lowercase text, sector slug, weight, NAF division or "")
SECTOR_CUES = [
    (r"chimie pharmaceutique", "sante", 4, "21"), (r"pharmac\w*", "sante", 2, "21"), (r"medicaments?", "sante", 2, "21"), (r"sirops?(?: contre| pour)", "sante", 2, "21"), (r"principes? actifs?", "sante", 2, "21"),
    (r"sante", "sante", 1, ""), (r"medica(?:l|le|ux|les)", "sante", 2, "32"), (r"dispositifs? medicaux", "sante", 3, "32"),
    (r"vaccins?", "sante", 2, "21"), (r"biotech\w*", "sante", 2, "21"), (r"diagnostic\w*", "sante", 1, ""), (r"tests? de diagnostic\w*", "sante", 2, "21"),
    (r"tests? (?:rapides?|antigeniques?|pcr|serologiques?)", "sante", 2, "21"), (r"covid(?:-?19)?", "sante", 1, ""), (r"reactifs", "sante", 1, ""),
    (r"patients?", "sante", 1, ""), (r"therap\w*", "sante", 1, ""), (r"preclinique", "sante", 2, ""),
    (r"culture cellulaire", "sante", 2, ""), (r"serums?", "sante", 1, ""), (r"unidoses?", "sante", 2, "21"), (r"sanitaire", "sante", 1, ""),
    (r"antibiotiques?", "sante", 2, "21"), (r"paracetamol", "sante", 3, "21"), (r"seringues?", "sante", 2, "32"),
    (r"champs? operatoires?", "sante", 3, "32"), (r"blouses? (?:medicales?|chirurgicales?|de bloc)", "sante", 2, "32"),
    (r"huiles? d\W?olive", "agroalimentaire", 3, "10"), (r"huileries?", "agroalimentaire", 2, "10"),
    # (« l'oléiculteur », « la coopérative oléicole », « les vergers de la Garonne », « des résines naturelles »)
    (r"oleic\w+|oleicult\w+", "agroalimentaire", 3, "10"), (r"vergers?", "agroalimentaire", 2, "10"),
    (r"pansements?", "sante", 2, "32"), (r"compresses?", "sante", 2, "32"), (r"gazes?", "sante", 1, "32"), (r"steriles?", "sante", 1, "32"), (r"perfusions?", "sante", 2, "32"), (r"catheters?", "sante", 2, "32"),
    (r"dentaires?", "sante", 2, "32"), (r"protheses?", "sante", 2, "32"),
    (r"masques?", "sante", 1, ""), (r"hopita\w+", "sante", 1, ""), (r"chirurgi\w+", "sante", 2, "32"),
    (r"anticorps", "sante", 2, "21"), (r"biomedica\w*", "sante", 2, ""), (r"medecine", "sante", 1, ""),
    (r"agro-?alimentaire", "agroalimentaire", 3, "10"), (r"alimentaires?", "agroalimentaire", 2, "10"),
    (r"aliments?", "agroalimentaire", 1, "10"), (r"laiti\w+|laiteries?", "agroalimentaire", 2, "10"),
    (r"conserveries?", "agroalimentaire", 2, "10"), (r"salaisons?", "agroalimentaire", 2, "10"),
    (r"fromag\w+", "agroalimentaire", 2, "10"), (r"viandes?", "agroalimentaire", 2, "10"),
    (r"boissons?", "agroalimentaire", 2, "11"), (r"brasseri\w+", "agroalimentaire", 2, "11"),
    (r"conserv\w+", "agroalimentaire", 1, "10"), (r"legumes?", "agroalimentaire", 1, "10"),
    (r"cereales?", "agroalimentaire", 1, "10"), (r"farines?", "agroalimentaire", 1, "10"),
    (r"chocolat\w*", "agroalimentaire", 2, "10"), (r"biscui\w+", "agroalimentaire", 2, "10"),
    (r"abattoirs?", "agroalimentaire", 2, "10"), (r"nutrition", "agroalimentaire", 1, "10"),
    (r"plats cuisines", "agroalimentaire", 2, "10"), (r"sucre", "agroalimentaire", 1, "10"),
    (r"proteines? vegetales?", "agroalimentaire", 2, "10"), (r"iaa", "agroalimentaire", 3, "10"),
    (r"galettes?", "agroalimentaire", 2, "10"), (r"crepes?", "agroalimentaire", 2, "10"),
    (r"boulang\w+", "agroalimentaire", 2, "10"), (r"patisseri\w+", "agroalimentaire", 2, "10"),
    (r"viennoiseries?", "agroalimentaire", 2, "10"), (r"charcut\w+", "agroalimentaire", 2, "10"),
    (r"surgeles?", "agroalimentaire", 2, "10"), (r"yaourts?", "agroalimentaire", 2, "10"),
    (r"confiseri\w+", "agroalimentaire", 2, "10"), (r"jambons?", "agroalimentaire", 2, "10"),
    (r"volailles?", "agroalimentaire", 2, "10"), (r"porc", "agroalimentaire", 1, "10"),
    (r"poissons?", "agroalimentaire", 1, "10"), (r"produits de la mer", "agroalimentaire", 2, "10"),
    (r"jus de fruits?", "agroalimentaire", 2, "11"), (r"\bvins?\b", "agroalimentaire", 1, "11"),
    (r"bieres?", "agroalimentaire", 2, "11"), (r"cidres?", "agroalimentaire", 2, "11"),
    (r"spiritueux", "agroalimentaire", 2, "11"), (r"huiles? alimentaires?", "agroalimentaire", 2, "10"),
    (r"pates alimentaires", "agroalimentaire", 2, "10"), (r"minoteri\w+", "agroalimentaire", 3, "10"),
    (r"lactoserum", "agroalimentaire", 2, "10"), (r"epices", "agroalimentaire", 1, "10"),
    (r"reblochon|(?<!-)comte|camembert|emmental|beurre|creme fraiche", "agroalimentaire", 2, "10"), (r"emballages? alimentaires?", "agroalimentaire", 1, ""),
    (r"electroniques?", "electronique", 3, "26"), (r"micro-?electroni\w+", "electronique", 3, "26"),
    (r"composants?", "electronique", 1, "26"), (r"semi-?conducteurs?", "electronique", 3, "26"),
    (r"circuits? integres?", "electronique", 3, "26"), (r"puces?", "electronique", 2, "26"),
    (r"cartes? electroniques?", "electronique", 2, "26"), (r"circuits? imprimes?", "electronique", 3, "26"), (r"micro-?leds?", "electronique", 3, "26"),
    (r"\bleds?\b", "electronique", 1, "27"), (r"ecrans?", "electronique", 1, "26"), (r"capteurs?", "electronique", 1, "26"),
    (r"(?<!decoupe )(?<!soudage )(?<!soudure )(?<!marquage )(?<!gravure )lasers?", "electronique", 2, "26"), (r"optiques?", "electronique", 1, "26"), (r"photoni\w+", "electronique", 2, "26"),
    (r"radars?", "electronique", 1, "26"), (r"optroni\w+", "electronique", 2, "26"), (r"nanofils?", "electronique", 2, "26"),
    (r"microscopie", "electronique", 1, "26"), (r"electrotechni\w+", "electronique", 2, "27"),
    (r"chimi\w+", "intrants-essentiels", 2, "20"), (r"materiaux", "intrants-essentiels", 2, ""),
    (r"matieres? premieres?", "intrants-essentiels", 2, ""), (r"metallurgi\w+", "intrants-essentiels", 3, "24"),
    (r"fonderi\w+", "intrants-essentiels", 3, "24"), (r"aciers?", "intrants-essentiels", 2, "24"),
    (r"aluminium", "intrants-essentiels", 2, "24"), (r"plastiques?", "intrants-essentiels", 2, "22"),
    (r"polymeres?", "intrants-essentiels", 2, "20"), (r"caoutchouc", "intrants-essentiels", 2, "22"),
    (r"verre", "intrants-essentiels", 1, "23"), (r"ceramiques?", "intrants-essentiels", 2, "23"),
    (r"solvants?", "intrants-essentiels", 2, "20"), (r"resines?", "intrants-essentiels", 2, "20"), (r"phenol", "intrants-essentiels", 2, "20"),
    (r"acetone", "intrants-essentiels", 2, "20"), (r"recyclage", "intrants-essentiels", 1, ""),
    (r"engrais", "intrants-essentiels", 2, "20"), (r"terres? rares", "intrants-essentiels", 3, ""),
    (r"minera\w+", "intrants-essentiels", 2, "07"), (r"alcool isopropylique", "intrants-essentiels", 2, "20"),
    (r"intrants?(?: essentiels?)?", "intrants-essentiels", 2, ""), (r"lithium", "intrants-essentiels", 2, ""),
    (r"batteries", "electronique", 1, "27"), (r"forges?", "intrants-essentiels", 2, "25"), (r"procedes", "intrants-essentiels", 1, ""),
    # products named by the press: « moutarde », « légumineuses », « meunerie », « silicones », « poudres métalliques »,
    # « métaux stratégiques », « condensateurs », « cartes de puissance »
    (r"moutard\w*", "agroalimentaire", 2, "10"), (r"legumineuses?", "agroalimentaire", 2, "10"),
    (r"meuneri\w+", "agroalimentaire", 3, "10"), (r"malteri\w+", "agroalimentaire", 3, "11"),
    (r"cidreri\w+", "agroalimentaire", 3, "11"), (r"legumeri\w+", "agroalimentaire", 2, "10"),
    (r"ble dur", "agroalimentaire", 2, "10"), (r"fruits? secs", "agroalimentaire", 2, "10"), (r"fruits?", "agroalimentaire", 1, "10"), (r"pates", "agroalimentaire", 1, "10"), (r"sardines?", "agroalimentaire", 2, "10"), (r"silicones?", "intrants-essentiels", 2, "20"),
    (r"poudres? metalliques?", "intrants-essentiels", 3, "24"), (r"metaux (?:strategiques|critiques|rares)", "intrants-essentiels", 3, "24"),
    (r"condensateurs?", "electronique", 3, "26"), (r"(?:cartes?|modules?|composants?|electronique) de puissance", "electronique", 2, "26"),
    (r"nitrure de gallium", "electronique", 3, "26"), (r"carbure de silicium", "electronique", 2, "26"),
    (r"convertisseurs?", "electronique", 2, "27"), (r"alimentations? electriques?", "electronique", 2, "27"),
    (r"\b5g\b", "5g", 4, "61"), (r"telecommunications?", "5g", 2, "61"), (r"reseaux? mobiles?", "5g", 3, "61"),
    (r"antennes?", "5g", 1, "26"), (r"radiofrequences?", "5g", 2, "26"), (r"\btelecoms?\b", "5g", 2, "61"),
]
# One alternation scanned once per segment (90 separate regexes cost 90 scans).
SECTOR_RE = re.compile(r"(?<!\w)(?:" + "|".join(f"(?P<c{i}>{p})" for i, (p, _, _, _) in enumerate(SECTOR_CUES)) + r")(?!\w)")
SECTOR_CUE_OF_GROUP = {f"c{i}": (s, w, naf) for i, (_, s, w, naf) in enumerate(SECTOR_CUES)}
SECTOR_CUES = [(re.compile(r"(?<!\w)" + p + r"(?!\w)"), s, w, naf) for p, s, w, naf in SECTOR_CUES]

# « secteur de la santé », « dans l'agroalimentaire »: the sector a list heading names.
SECTOR_HEADING = re.compile(
    r"secteurs?\s+(?:critiques?\s+)?(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|d['’]\s*)?"
    r"(sante|agro-?alimentaire|l?['’]?electronique|intrants? essentiels?|5g|chimie|pharmac\w*|telecommunications)",
)
HEADING_WORD_SECTOR = {"sante": "sante", "agroalimentaire": "agroalimentaire", "agro-alimentaire": "agroalimentaire",
                       "electronique": "electronique", "intrants essentiels": "intrants-essentiels",
                       "intrant essentiel": "intrants-essentiels", "agroalim": "agroalimentaire", "intrants": "intrants-essentiels", "5g": "5g", "chimie": "intrants-essentiels",
                       "telecommunications": "5g"}

# Words that open a field label line (« Montant de l'aide : »), never an organisation.
LABEL_WORDS = {
    "montant", "aide", "aides", "subvention", "investissement", "investissements", "emplois", "emploi", "projet",
    "secteur", "localisation", "lieu", "commune", "ville", "departement", "region", "objectif", "objectifs",
    "description", "date", "contact", "contacts", "cout", "budget", "enveloppe", "activite", "effectif", "effectifs",
    "programme", "dispositif", "total", "source", "sources", "photo", "credit", "credits", "note", "nb", "remarque",
    "en", "a", "le", "la", "les", "l", "un", "une", "des", "ce", "cette", "ces", "pour", "dans", "avec", "sur", "et",
    "il", "elle", "ils", "nous", "vous", "on", "quel", "quelle", "quels", "quelles", "pourquoi", "comment", "mais",
    # a card's questions as labels (« Où : Moulins (Ille-et-Vilaine) », « Combien : 3,4 M€ »)
    "ou", "quoi", "qui", "combien", "quand",
    "site", "siege", "adresse", "tel", "telephone", "mail", "courriel", "lire", "voir", "plus", "info", "infos",
    "calendrier", "contexte", "rappel", "resume", "chiffres", "cles", "presse", "communique", "economie",
    "attention", "important", "nouveau", "nouveaute", "theme", "themes", "question", "reponse", "ps", "n", "no",
    "taille", "categorie", "naf", "siren", "siret", "groupe", "filiere", "domaine", "phase", "type", "statut",
    "nom",  # (« présentation : Nom – Ville (dép.) – secteur »: a legend's label)
    "beneficiaire", "beneficiaires", "financeur", "financeurs", "partenaires", "partenaire", "duree",
    # « Fournisseur de la ligne : X », « Prestataire : Y »: the label of someone else than the laureate
    "fournisseur", "fournisseurs", "prestataire", "prestataires", "actionnaire", "actionnaires",
    # a fiche's lines of financing and of people (« Prêt Bpifrance : 500 k€ », « Dirigeant : … », « Rubrique : … »)
    "pret", "prets", "emprunt", "emprunts", "levee", "concurrent", "concurrents", "client", "clients", "dirigeant",
    "dirigeante", "maire", "rubrique", "auteur", "auteure", "media", "donnees", "equipe", "equipes",
    "entreprises", "societes", "laureats", "projets", "territoire", "territoires", "secteurs", "france", "etat",
    # a job offer's lines (« Contrat : CDI », « Salaire : … », « Prise de poste : … »)
    "contrat", "salaire", "remuneration", "prise", "poste", "postes", "reference", "ref", "profil", "missions", "avantages",
    "objet", "sujet", "titre", "legende", "mots", "tags", "categories", "publie", "mis", "mise",
    # categories of beneficiaries and steps of a call: rules of a call, not laureates
    "pme", "eti", "tpe", "pmi", "ge", "grandes", "grande", "petites", "moyennes", "startups", "start", "startup",
    "associations", "collectivites", "cloture", "ouverture", "depot", "lancement", "selection",
    "jury", "comite", "instruction", "candidature", "candidatures", "eligibilite", "criteres", "critere",
    "conditions", "modalites", "taux", "plafond", "depenses", "echeance", "dates", "etape", "etapes",
    "resultats", "exemple", "exemples", "cible", "cibles", "public", "publics", "industriels", "agriculteurs",
    "communes", "epci", "departements", "regions", "autres", "pieces", "documents", "annexe", "annexes",
    "accompagnement", "financement", "financements", "soutien", "prestations", "prestation", "formation",
    # sentence connectors written before « , à Commune (…) » (« Enfin, à Millau (Aveyron), … »)
    "enfin", "ainsi", "puis", "ensuite", "aussi", "egalement", "notamment", "toutefois", "cependant", "desormais",
    "parmi", "outre", "apres", "avant", "depuis", "chez", "autre", "au", "aux",
    # the theme of a headline « Relance : … », « Relocalisation : … »
    "relance", "relocalisation", "relocalisations", "reindustrialisation", "decarbonation",
    # a call or a plan heading a list (« Appel à projets Résilience : 1 entreprise »)
    "appel", "appels", "aap", "fonds", "plan", "volet",
    # other fields of a grant fiche or of its summary (« Observations : … », « Interventions Région : 550 000 € »)
    "observation", "observations", "commentaire", "commentaires", "subventions", "intervention", "interventions",
    "participation", "nombre", "intitule", "concours", "recapitulatif", "dont",
}
# Labels whose value is the organisation (« Entreprise : Seqens »).
ORG_LABELS = re.compile(
    r"^(?:nom\s+de\s+l['’]\s*entreprise|entreprise|soci[ée]t[ée]|raison sociale|lauréat|laureat|porteur(?:\s+du\s+projet)?|"
    r"b[ée]n[ée]ficiaire|structure|organisme)\s*$", re.IGNORECASE)

# Institutions and generic subjects never taken as a laureate.
INSTITUTIONS = {
    "etat", "l etat", "gouvernement", "le gouvernement", "region", "la region", "prefet", "prefecture", "ministere",
    "ministre", "bpifrance", "banque des territoires", "france", "europe", "union europeenne", "ue", "ademe",
    "france relance", "france 2030", "plan de relance", "president", "departement", "agglomeration",
    "business france", "caisse des depots", "cci", "chambre de commerce", "conseil regional",
    "conseil departemental", "commission europeenne", "insee", "dreets", "direccte", "dreal", "sgpi", "ddets", "ddpp",
    "sgar", "dge", "drfip", "dgfip", "urssaf", "pole emploi", "france travail", "asp",
    "covid", "covid 19", "chine", "asie", "etats unis", "allemagne", "etat francais", "l etat francais",
    # the ministries and the presidency by the names of their seats (« Bercy ajoute 46 projets … »)
    "bercy", "matignon", "elysee", "l elysee",
    # offices named by their title (« le Président de la République annonce 15 nouveaux projets »)
    "president de la republique", "premier ministre", "la premiere ministre", "le premier ministre",
    "premiere ministre", "presidente de region", "president de region", "presidente de la region",
    "president de la region",
    # the Régions' economic development agencies (« accompagnés par AD Normandie »): they follow laureates
    "ad normandie", "ad occ", "adocc", "adi nouvelle aquitaine", "auvergne rhone alpes entreprises", "aura entreprises",
    "bretagne developpement innovation", "dev up", "dev up centre val de loire", "aer bourgogne franche comte",
    "grand e nov", "solutions co", "risingsud", "nord france invest", "hauts de france developpement",
    "choose paris region", "paris region entreprises", "adec",
    # a company's own bodies (« Information du CSE »)
    "cse", "comite social et economique", "comite d entreprise",
}

# Technical terms and materials written in capitals (« recyclage du PET », « l'Open RAN », « cartes PCB »): never a
# laureate's name.
TECH_TERMS = {
    "pet", "pehd", "pebd", "pvc", "pp", "pla", "abs", "pa6", "pa66", "peek", "open ran", "oran", "ran", "mems", "pcb",
    "cms", "smt", "iot", "led", "rfid", "gan", "sic", "asic", "fpga", "5g sa", "5g nsa", "api", "apis", "edge", "cloud",
    # quality signs of a product (« le producteur de poiré AOP et de calvados »), not companies
    "aop", "aoc", "igp", "stg",
}

# Countries and world regions, named where a production comes from or goes back from (« rapatrie de Tunisie »):
# never a laureate on their own.
FOREIGN_PLACES = {
    "chine", "asie", "inde", "tunisie", "maroc", "algerie", "turquie", "allemagne", "italie", "espagne", "portugal",
    "pologne", "roumanie", "hongrie", "republique tcheque", "slovaquie", "bulgarie", "belgique", "pays bas",
    "luxembourg", "suisse", "autriche", "royaume uni", "irlande", "danemark", "suede", "norvege", "finlande",
    "etats unis", "usa", "canada", "mexique", "bresil", "japon", "coree", "coree du sud", "taiwan", "vietnam",
    "thailande", "malaisie", "indonesie", "bangladesh", "pakistan", "egypte", "israel", "russie", "ukraine",
    "afrique", "amerique", "europe de l est", "extreme orient", "maghreb", "singapour", "grece", "amerique du nord",
    "amerique latine", "asie du sud est", "slovenie", "croatie", "serbie", "lituanie", "estonie", "lettonie",
    # foreign cities where a production comes from (« assemblées à Shenzhen », « à deux pas de Bâle »)
    "shenzhen", "shanghai", "pekin", "canton", "guangzhou", "hong kong", "wuhan", "ningbo", "suzhou", "bale", "geneve",
    "lausanne", "zurich", "milan", "turin", "barcelone", "madrid", "valence espagne", "porto", "lisbonne",
    "istanbul", "izmir", "tunis", "sfax", "sousse", "casablanca", "tanger", "bangalore", "bombay", "mumbai", "seoul",
    "tokyo", "taipei", "hanoi", "ho chi minh ville", "dacca", "varsovie", "cracovie", "prague", "bucarest", "budapest",
    "francfort", "munich", "stuttgart", "bruxelles", "anvers", "rotterdam", "amsterdam", "londres",
}
INSTITUTIONS |= FOREIGN_PLACES  # (« délocalisée en Pologne »: never a laureate, whatever rule finds the word)

# Names of the real national support programmes for industry (on accent-free lowercase text): an announcement
# often names its programme without quotes (« lauréats du fonds d'accélération des investissements industriels dans
# les territoires »). The extractor keeps the words as the text writes them.
_PROGRAMME_NAMES = [
    r"fonds (?:public )?d\W?acceleration (?:des|aux) investissements industriels(?: dans les territoires)?",
    r"fonds de soutien (?:aux|a l\W?)investissements? industriels? dans les territoires",
    r"territoires d\W?industrie",
    r"\(re\)\s?localisations? dans les secteurs critiques", r"relocalisations?(?: industrielles?)? dans les secteurs critiques",
    r"fonds (?:de|pour la) modernisation (?:et de diversification )?de la filiere (?:automobile|aeronautique)",
    r"fonds de modernisation (?:automobile|aeronautique)",
    r"decarbonation de l\W?industrie", r"rebond industriel", r"industrie du futur",
]
# (a name broken over two lines, « Fonds d'accélération des\n   investissements … », is the same name)
KNOWN_PROGRAMMES = re.compile("|".join(n.replace(" ", r"\s+") for n in _PROGRAMME_NAMES)
                              + r"|(?<=appel a projets )resilience|(?<=aap )resilience|(?<=volet )resilience"
                              # (« l'appel à projets (Re)localisations, dans le volet électronique »: the call, short)
                              + r"|(?<=appel a projets )\(re\)\s?localisations?(?! dans)\b|(?<=aap )\(re\)\s?localisations?(?! dans)\b")

# Umbrella recovery plans: the frame of an announcement, never the programme a laureate won.
UMBRELLA_PLANS = {"france relance", "plan france relance", "france 2030", "plan de relance", "plan france 2030",
                  "plan national de relance", "next generation eu", "nextgenerationeu"}

COMPANY_NOUNS = (r"(?:soci[ée]t[ée]|entreprise|start-?up|startup|jeune\s+pousse|PME|PMI|ETI|TPE|groupe|"
                 r"fabricant|industriel|coop[ée]rative|laboratoire|biotech|spécialiste|équipementier|"
                 r"sous-traitant|fonderie|usine|firme|maison|manufacture|leader)")

# First words of trade names (« Fromagerie Hervelin », « Tôlerie du Bocage »): such a name is a business, not a person.
TRADE_HEADS = set("""
ateliers atelier biscuiterie boulangerie brasserie cartonnerie charcuterie chaudronnerie chimie chocolaterie compagnie
composites conserverie cristallerie decolletage distillerie ebenisterie electronique emballages etablissements ets
faiencerie filature fonderie fonderies forge forges fromagerie fromageries imprimerie industries laboratoire
laboratoires laiterie manufacture maroquinerie mecanique menuiserie metallerie microtechniques minoterie moulins
papeterie papeteries parfumerie plasturgie plastiques porcelaines salaisons savonnerie scierie serrurerie societe
sucrerie tannerie tissage tissages tolerie tuilerie usinage verrerie verreries vinaigrerie
huilerie huileries legumerie cidrerie confiserie malterie malteries meunerie tonnellerie coutellerie robinetterie
bonneterie corderie visserie boulonnerie trefilerie lunetterie horlogerie briqueterie cimenterie raffinerie sellerie
ganterie chapellerie bouchonnerie teinturerie salaisonnerie torrefaction ceramiques ceramique textiles conserveries
""".split())

# Nouns a paragraph calls its company by (« l'entreprise investit … », « le chantier modernise … »)
COMPANY_WORDS = {"entreprise", "societe", "pme", "pmi", "eti", "tpe", "startup", "usine", "cooperative", "chantier",
                 "fabricant", "industriel", "equipementier", "sous-traitant", "laboratoire", "manufacture",
                 # trades named by their craftsman (« Le verrier chaunois fabrique … »)
                 "verrier", "papetier", "chocolatier", "biscuitier", "faconnier", "fromager", "brasseur", "fondeur",
                 "mouliste", "chimiste", "plasturgiste", "decolleteur", "cartonnier", "imprimeur", "meunier", "tanneur",
                 "tisseur", "filateur", "sucrier", "conserveur", "salaisonnier", "tonnelier", "coutelier", "horloger",
                 "lunetier", "chaudronnier", "metallier", "menuisier", "injecteur", "emballeur", "distillateur"}

# Common French first names: « Prénom Nom » is a speaker or an official, rarely a laureate.
FIRST_NAMES = set(""" adrien agnes alain alexandre alexander alexandra alexis alice aline amandine amelie anais andre andree angelique anne annie antoine arnaud arthur audrey aurelie aurelien axel baptiste barbara bastien beatrice benedicte benjamin benoit bernard bertrand brigitte bruno camille carine carole caroline catherine cecile celine chantal charles charlotte christelle christian christiane christine christophe claire clara claude claudine clement colette coralie corinne cyril cyrille damien daniel danielle david delphine denis denise didier dominique dorothee edith edouard elisabeth elise elodie emilie emma emmanuel emmanuelle eric estelle etienne eugenie evelyne fabien fabienne fabrice florence florent florian francis franck francois francoise frederic frederique gabriel gaelle genevieve geoffroy georges gerald gerard gilbert gilles ginette gregory guillaume guy helene henri herve hugo hugues isabelle jacqueline jacques jean jeanne jerome joel johan jonathan jordan joseph josiane julie julien juliette justine karine kevin laetitia laura laure laurence laurent lea leo lionel louis louise luc lucas lucie ludovic magali manon marc marcel margot marguerite marie marianne marine marion martine mathieu mathilde matthieu maurice maxime melanie michel michele michelle mireille monique muriel mylene nadia nadine natacha nathalie nicolas nicole noel odile olivier pascal pascale patrice patricia patrick paul pauline philippe pierre quentin rachel raphael raymond regis remi remy renaud rene richard robert roger roland romain rose sabine sacha sandrine sarah sebastien serge severine simon simone solene sophie stephane stephanie suzanne sylvain sylvie thibault thierry thomas timothee valentin valerie vanessa veronique victor vincent virginie xavier yann yannick yves yvette yvon yvonne zoe loic gaetan gwenael gwenaelle erwan ronan maelle morgane enzo mathis ines jade lina chloe clementine capucine
tristan corentin killian kylian nathan theo tom louane mael noemie oceane lou romane eloise apolline adele agathe
albane alix anais anne-sophie anne-laure marie-laure marie-helene marie-therese jean-baptiste jean-philippe
jean-charles jean-christophe jean-noel pierre-henri pierre-alexandre paul-henri yves-marie francois-xavier
gerald gilberte huguette jacky jocelyne josette lilian ludivine lydie maryse maud mickael michael nadege
ophelie pascaline patricia perrine regine rodolphe roselyne sandra sebastien solange steeve sylviane thierry
valentine vanina wilfried yannick yoann yohann jean-pierre jean-luc jean-marc jean-paul jean-claude jean-michel jean-louis jean-jacques jean-francois jean-yves jean-marie marie-claire marie-christine marie-france marie-pierre anne-marie pierre-yves
bernadette jeannine paulette henriette odette lucienne armelle annick murielle ghislaine marcelle gisele yolande
claudette daniele myriam aurore axelle clemence cindy jessica melissa sonia tatiana gwendoline laurine
cedric frank gauthier gautier gregoire jeremy jeremie jose lucien mathias maximilien mikael nathanael octave
sylvestre tanguy victorien william yannis boris brice cyprien dimitri edgar elie emile ernest fernand gaston hubert
jules justin leon leonard norbert raoul samuel stanislas theophile valery vivien rachid mohamed karim farid samir
mehdi youssef fatima leila samia sonia karima nadia amina yasmina sabrina salima malika naima djamila rachida
hakim nabil sofiane walid yacine ali ahmed hassan hamid kader abdel """.split())

# « RCS Bourges 834 512 908 », « greffe du tribunal de commerce de Nantes » (folded text before a commune): the
# registry's court, never a site of the company.
REGISTRY_COURT_LEFT = re.compile(r"\b(?:rcs|r\.c\.s\.?|greffe\s+(?:du\s+tribunal\s+de\s+commerce\s+)?(?:de\s+|d\W))\s*$")
