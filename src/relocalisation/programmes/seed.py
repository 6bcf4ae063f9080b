"""The five programmes of the seed articles (shared/seeds), as reference data.

Every figure the articles give is a typed field, a rule or an award below, with the file it comes
from. Nothing is invented where the texts are silent: unknown years, SIRENs or amounts stay empty.
Loading is idempotent (upserts by slug / natural keys)."""
import datetime as dt
from decimal import Decimal
from zoneinfo import ZoneInfo

from django.db import transaction

from relocalisation.activities.models import CriticalSector, SizeCategory
from relocalisation.awards.models import Announcement, Award, Origin
from relocalisation.organisations.models import Organisation
from relocalisation.programmes.models import (
    Call, EligibilityRule, Funder, FundingShare, Level, Phase, Programme, ProjectType, SupportKind, Wave,
)
from relocalisation.territories.models import Commune, Department, Epci, IndustrialTerritory, Region

PARIS = ZoneInfo("Europe/Paris")
S0, S1, S2, S3, S4 = (
    "000_e99964c079441173.txt", "001_ae53b902410e7f31.txt", "002_76f7c2121dd96bf2.txt",
    "003_ef4721d1d3b47e21.txt", "004_ff2bf08ff6dda9d7.txt",
)
M = Decimal(1_000_000)
INDUSTRIAL = ["B", "C", "D", "E"]
ALL_TYPES = [ProjectType.RESHORING, ProjectType.SUPPLY_RESHORING, ProjectType.DIVERSIFICATION]
ALL_PHASES = [Phase.STUDY, Phase.LAUNCH, Phase.DEVELOPMENT]

FUNDERS = {
    "etat": "État",
    "region-centre-val-de-loire": "Région Centre-Val de Loire",
    "banque-des-territoires": "Banque des Territoires",
    "region-auvergne-rhone-alpes": "Région Auvergne-Rhône-Alpes",
}

ORGANISATIONS = {
    # key: (name, kind, extra)
    "etat": ("État — ministère de l'Économie, des Finances et de la Relance", Organisation.Kind.OPERATOR, {}),
    "region-cvl": ("Région Centre-Val de Loire", Organisation.Kind.OPERATOR, {}),
    "region-aura": ("Région Auvergne-Rhône-Alpes", Organisation.Kind.OPERATOR, {}),
    "aura-entreprises": ("Auvergne-Rhône-Alpes Entreprises", Organisation.Kind.AGENCY, {}),
    "banque-des-territoires": ("Banque des Territoires", Organisation.Kind.FUNDER, {}),
}

PROGRAMMES = [
    {
        "slug": "resilience",
        "name": "Appel à projets national « Résilience »",
        "short_name": "Résilience",
        "parent_plan": "France Relance",
        "operator": "etat",
        "level": Level.NATIONAL,
        "summary": "Soutien des TPE et PME dans la relocalisation d'activités industrielles pour une meilleure "
                   "résilience de l'économie française.",
        "description": "Volet industriel du plan France Relance. L'appel à projets représente 680 millions d'euros "
                       "d'investissements productifs. Les projets retenus, majoritairement portés par des PME et ETI, "
                       "portent sur les secteurs stratégiques sévèrement touchés par la crise COVID-19.",
        "support_kinds": [SupportKind.SUBSIDY],
        "investment_target_eur": 680 * M,
        "source": S0,
        "funders": [("etat", {"share_percent": None, "role": "Subventions de l'État"})],
        "calls": [{
            "slug": "resilience",
            "title": "Appel à projets « Résilience »",
            "description": "Soutien à l'investissement productif des projets de relocalisation d'activités industrielles.",
            "support_kinds": [SupportKind.SUBSIDY],
            "rules": [
                (EligibilityRule.Kind.NAF_SECTIONS, {"sections": INDUSTRIAL}, True,
                 "Activité industrielle (sections B à E de la NAF)",
                 "la relocalisation d'activités industrielles"),
                (EligibilityRule.Kind.PROJECT_TYPES, {"values": [ProjectType.RESHORING]}, False,
                 "Projet de relocalisation d'activités",
                 "le soutien des TPE et PME dans la relocalisation d'activités industrielles"),
                (EligibilityRule.Kind.SIZE_CATEGORIES, {"values": ["TPE", "PME"]}, False,
                 "TPE et PME visées (lauréats majoritairement PME et ETI : à vérifier pour une ETI)",
                 "lancé pour le soutien des TPE et PME […] Majoritairement portés par des PME et ETI"),
            ],
        }],
        "announcements": [{
            "title": "31 nouveaux lauréats de l'appel à projets « Résilience », dont 4 entreprises iséroises",
            "announced_on_text": "19 novembre", "announced_by": "Bruno Le Maire",
            "new_laureates": 31, "laureates_in_scope": 4, "scope_department": "38",
        }],
        "awards": [
            {"organisation": "Seqens", "commune": "38053", "sector": "sante", "investment_eur": 65 * M,
             "investment_note": "plus de 65 M€ pour l'ensemble des projets (5 sites en France, dont Bourgoin-Jallieu)",
             "description": "Synthèse pharmaceutique chimique pour sécuriser la chaîne logistique de principes actifs "
                            "de médicaments destinés aux patients atteints du COVID-19.",
             "quote": "Ces projets représentent un montant total de plus de 65 millions d'euros d'investissements."},
            {"organisation": "Aledia", "commune": "38068", "sector": "electronique", "size": "TPE",
             "investment_eur": 150 * M, "jobs_created": 450,
             "investment_note": "premier jalon de développement industriel de 44 M€ soutenu par une première "
                                "subvention de l'État, amorçant un investissement total de 150 M€ sur cinq ans",
             "description": "Fabrication de microcomposants microLEDS et nanofils pour des écrans plus performants.",
             "quote": "Le projet vise la création d'une usine de 450 personnes."},
            {"organisation": "Scalinx", "commune": "38185", "sector": "electronique", "size": "PME",
             "jobs_created": 20,
             "description": "Composants électroniques réduisant la consommation d'énergie des infrastructures de "
                            "communication et des systèmes RADAR ; activité répartie entre Paris, Caen et Grenoble.",
             "quote": "visant la création d'une vingtaine d'emplois directs"},
            {"organisation": "Novapex", "commune": "38344", "sector": "intrants-essentiels", "parent_group": "Seqens",
             "description": "Nouvelle unité à haute performance environnementale d'alcool isopropylique (IPA) sur la "
                            "plateforme de Roussillon, seule unité française de production de phénol et d'acétone.",
             "quote": "Novapex est une filiale du groupe Seqens sur la plateforme Roussillon en Isère"},
        ],
    },
    {
        "slug": "secteurs-critiques",
        "name": "(Re)localisations dans les secteurs critiques",
        "short_name": "Secteurs critiques",
        "parent_plan": "France Relance",
        "operator": "etat",
        "level": Level.NATIONAL,
        "summary": "Renforcer la production nationale et soutenir l'implantation d'industries stratégiques dans cinq "
                   "secteurs critiques : santé, agroalimentaire, électronique, intrants essentiels de l'industrie, 5G.",
        "description": "Appel à projets doté d'une enveloppe totale de 850 millions d'euros, consacré à la "
                       "relocalisation des projets dans cinq secteurs critiques : la santé, l'agroalimentaire, "
                       "l'électronique, les intrants essentiels de l'industrie (chimie, matériaux, matières "
                       "premières, etc.) et la 5G.",
        "support_kinds": [SupportKind.SUBSIDY],
        "envelope_eur": 850 * M,
        "source": S1,
        "funders": [("etat", {"role": "Soutien de l'État"})],
        "calls": [{
            "slug": "secteurs-critiques",
            "title": "AAP « (Re)localisations dans les secteurs critiques »",
            "description": "Relocalisation de projets dans les cinq secteurs critiques.",
            "envelope_eur": 850 * M,
            "support_kinds": [SupportKind.SUBSIDY],
            "rules": [
                (EligibilityRule.Kind.CRITICAL_SECTORS,
                 {"sectors": ["sante", "agroalimentaire", "electronique", "intrants-essentiels", "5g"]}, True,
                 "Activité dans l'un des cinq secteurs critiques",
                 "cet AAP est consacré à la relocalisation des projets dans cinq secteurs critiques"),
                (EligibilityRule.Kind.PROJECT_TYPES, {"values": [ProjectType.RESHORING, ProjectType.SUPPLY_RESHORING]},
                 False, "Projet de (re)localisation de production",
                 "renforcer la production nationale et soutenir l'implantation de certaines industries stratégiques"),
            ],
        }],
        "announcements": [{
            "title": "72 nouveaux lauréats de l'appel à projets « (Re)localisations dans les secteurs critiques »",
            "announced_by": "Gouvernement", "new_laureates": 72, "investment_eur": 538 * M, "aid_eur": 122 * M,
            "previous_laureates": 405,
        }],
        "awards": [
            {"organisation": "Atlanta", "project": "SEKKOIA", "commune": "44162", "sector": "sante", "jobs_created": 25,
             "description": "Infrastructures de production semi-industrielle de molécules et d'évaluation préclinique.",
             "quote": "Près de 25 emplois devraient être créés grâce à ce projet."},
            {"organisation": "BioWest", "project": "MESPRCC", "commune": "49231", "sector": "sante", "jobs_created": 11,
             "description": "Moderniser, étendre et diversifier le site de fabrication de produits de culture cellulaire.",
             "quote": "devrait permettre de créer 11 emplois à l'horizon fin 2024"},
            {"organisation": "Oxxius", "project": "LaCIO", "commune": "22113", "sector": "electronique",
             "jobs_created": 20,
             "description": "Lasers et Combineurs pour l'Instrumentation Optique : tripler la capacité de production.",
             "quote": "Plus de 20 emplois pourraient être créés grâce à ce projet."},
        ],
    },
    {
        "slug": "relocalisation-diversification-centre-val-de-loire",
        "name": "Relocalisation/Diversification — Région Centre-Val de Loire",
        "short_name": "Relocalisation/Diversification",
        "parent_plan": "Plan de relance régional",
        "operator": "region-cvl",
        "level": Level.REGIONAL,
        "regions": ["24"],
        "summary": "Accompagner le rapatriement d'activités industrielles, la relocalisation d'approvisionnement ou "
                   "la diversification : prestation de conseil de 6 à 12 jours prise en charge à 80 %.",
        "description": "Appel à projets de la Région Centre-Val de Loire et de la Banque des Territoires, ouvert à "
                       "toutes les entreprises industrielles, de la PMI d'au moins 10 salariés à l'ETI de 5 000 "
                       "salariés, dans n'importe quel secteur industriel (agro-alimentaire, chimie, pharmacie, "
                       "automobile…). Une entreprise de services peut candidater pour une diversification vers une "
                       "activité de production. Projets en phase d'étude, de lancement ou de développement.",
        "support_kinds": [SupportKind.ADVISORY_DAYS],
        "envelope_eur": Decimal(300_000),
        "duration_months": 18,
        "pilot_beneficiaries": 7,
        "starts_on": dt.date(2021, 11, 10),
        "ends_on": dt.date(2023, 5, 10),
        "source": S2,
        "funders": [
            ("region-centre-val-de-loire", {"joint_share_percent": Decimal(80),
                                            "role": "Prise en charge de la prestation de conseil (avec la Banque des Territoires)"}),
            ("banque-des-territoires", {"joint_share_percent": Decimal(80),
                                        "role": "Prise en charge de la prestation de conseil (avec la Région)"}),
        ],
        "calls": [{
            "slug": "relocalisation-diversification",
            "title": "Appel à projets « Relocalisation/Diversification »",
            "description": "Prestation de conseils personnalisés réalisée par un cabinet spécialisé, d'une durée de "
                           "6 à 12 jours, prise en charge à 80 %. Plusieurs vagues de dépôt ; candidature en ligne.",
            "envelope_eur": Decimal(300_000),
            "opens_on": dt.date(2021, 11, 10),
            "closes_on": dt.date(2023, 5, 10),
            "duration_months": 18,
            "support_kinds": [SupportKind.ADVISORY_DAYS],
            "advisory_days_min": 6, "advisory_days_max": 12, "public_share_percent": Decimal(80),
            "waves": [{"number": 1, "label": "Première échéance", "deadline": dt.datetime(2022, 1, 28, 23, 59, 59, tzinfo=PARIS)}],
            "rules": [
                (EligibilityRule.Kind.HEADCOUNT_MIN, {"value": 10}, True, "Au moins 10 salariés",
                 "de la PMI d'au moins 10 salariés à l'ETI de 5 000 salariés"),
                (EligibilityRule.Kind.HEADCOUNT_MAX, {"value": 5000}, True, "Au plus 5 000 salariés",
                 "de la PMI d'au moins 10 salariés à l'ETI de 5 000 salariés"),
                (EligibilityRule.Kind.NAF_SECTIONS,
                 {"sections": INDUSTRIAL, "except_project_types": [ProjectType.DIVERSIFICATION]}, True,
                 "Entreprise industrielle (sauf diversification d'une entreprise de services vers la production)",
                 "L'appel à projets s'adresse à toutes les entreprises industrielles […] Une entreprise de services "
                 "peut également candidater dans le cadre d'une opération de diversification"),
                (EligibilityRule.Kind.PROJECT_TYPES, {"values": ALL_TYPES}, True,
                 "Rapatriement d'activités, relocalisation d'approvisionnement ou diversification",
                 "rapatriement d'activités industrielles, de relocalisation d'approvisionnement ou de "
                 "repositionnement de stratégie par la diversification"),
                (EligibilityRule.Kind.PHASES, {"values": ALL_PHASES}, True, "Projet en phase d'étude, de lancement ou de développement",
                 "Les projets présentés peuvent être en phase d'étude, de lancement ou de développement"),
                (EligibilityRule.Kind.TERRITORY, {"regions": ["24"]}, True, "Établissement en Centre-Val de Loire",
                 "développer les emplois sur le territoire"),
            ],
        }],
    },
    {
        "slug": "rebond-industriel",
        "name": "Rebond industriel",
        "short_name": "Rebond industriel",
        "parent_plan": "France 2030 — Territoires d'industrie",
        "operator": "etat",
        "level": Level.NATIONAL,
        "summary": "Accélérateur de projets industriels pour 50 bassins industriels : 100 jours d'ingénierie et une "
                   "enveloppe de 1,5 M€ par territoire, sur trois mois.",
        "description": "Deuxième étage du programme « Territoires d'industrie », accompagné par la Banque des "
                       "Territoires et entièrement financé par l'État. Un cabinet mandaté par l'État audite 40 à 50 "
                       "entreprises du bassin pour détecter celles qui bénéficieront du dispositif, puis trace une "
                       "feuille de route industrielle du territoire.",
        "support_kinds": [SupportKind.ENGINEERING_DAYS, SupportKind.SUBSIDY],
        "envelope_per_territory_eur": Decimal(1_500_000),
        "territories_target": 50,
        "duration_months": 3,
        "source": S3,
        "funders": [
            ("etat", {"share_percent": Decimal(100), "role": "Entièrement financé par l'État"}),
            ("banque-des-territoires", {"share_percent": Decimal(0), "role": "Accompagnement du programme"}),
        ],
        "calls": [{
            "slug": "rebond-industriel-territoires",
            "title": "Rebond industriel — candidature des territoires",
            "kind": Call.Kind.TERRITORIAL,
            "description": "Les territoires d'industrie candidatent ; chaque territoire retenu bénéficie de 100 jours "
                           "d'ingénierie et d'une enveloppe de 1,5 M€ pour accélérer les projets de 40 à 50 entreprises.",
            "envelope_eur": Decimal(1_500_000),
            "duration_months": 3,
            "support_kinds": [SupportKind.ENGINEERING_DAYS, SupportKind.SUBSIDY],
            "engineering_days": 100, "public_share_percent": Decimal(100),
            "beneficiaries_min": 40, "beneficiaries_max": 50, "beneficiaries_scope": "entreprises par bassin industriel",
            "rules": [],
        }],
        "awards": [
            {"organisation": "Alès Agglomération", "organisation_kind": Organisation.Kind.LOCAL_AUTHORITY,
             "epci": "200066918", "commune": "30007", "aid_eur": Decimal(1_500_000), "engineering_days": 100,
             "description": "Seul territoire d'Occitanie retenu ; audit de 40 à 50 entreprises du bassin alésien par "
                            "le cabinet Ancoris.",
             "quote": "le programme “Rebond industriel” est doté à la fois d'une prestation de 100 jours d'ingénierie "
                      "et d'une enveloppe de 1,5 M€"},
        ],
        "industrial_territories": [
            {"slug": "ales-agglomeration", "name": "Alès Agglomération", "region": "76", "epcis": ["200066918"],
             "labelled_since": 2019},
        ],
    },
    {
        "slug": "plan-relocalisation-auvergne-rhone-alpes",
        "name": "Plan régional de relocalisation industrielle — Auvergne-Rhône-Alpes",
        "short_name": "Relocalisation AURA",
        "parent_plan": "Plan régional",
        "operator": "region-aura",
        "level": Level.REGIONAL,
        "regions": ["84"],
        "summary": "1,2 milliard d'euros sur six ans pour créer 30 000 emplois industriels dans les secteurs "
                   "stratégiques : pack relocalisation, fonds d'investissement, détection de projets, foncier.",
        "description": "L'agence économique Auvergne-Rhône-Alpes Entreprises détecte les projets à forte valeur "
                       "ajoutée, viables et les activités stratégiques avec un « Club relocalisation » d'une centaine "
                       "d'entreprises. Un « pack relocalisation » est créé pour les entreprises qui relocalisent, "
                       "ainsi qu'un fonds d'investissement « Relocalisation ». Formation, emploi et foncier complètent "
                       "le plan.",
        "support_kinds": [SupportKind.SUBSIDY, SupportKind.LOAN_EQUITY, SupportKind.NETWORK],
        "envelope_eur": 1200 * M,
        "duration_months": 72,
        "jobs_target": 30_000,
        "club_size_target": 100,
        "source": S4,
        "funders": [("region-auvergne-rhone-alpes", {"share_percent": Decimal(100), "role": "Région"})],
        "calls": [
            {"slug": "pack-relocalisation", "title": "Pack relocalisation", "kind": Call.Kind.PACK,
             "description": "Pack spécialement conçu pour les entreprises qui relocalisent.",
             "support_kinds": [SupportKind.SUBSIDY],
             "rules": [
                 (EligibilityRule.Kind.PROJECT_TYPES, {"values": [ProjectType.RESHORING, ProjectType.SUPPLY_RESHORING]},
                  True, "Entreprise qui relocalise", "spécialement pour les entreprises qui relocalisent"),
                 (EligibilityRule.Kind.TERRITORY, {"regions": ["84"]}, True, "Implantation en Auvergne-Rhône-Alpes",
                  "permettre aux entreprises de s'implanter sur le territoire"),
             ]},
            {"slug": "fonds-relocalisation", "title": "Fonds d'investissement « Relocalisation »", "kind": Call.Kind.FUND,
             "description": "Fonds d'investissement complétant les dispositifs régionaux.",
             "support_kinds": [SupportKind.LOAN_EQUITY],
             "rules": [
                 (EligibilityRule.Kind.PROJECT_TYPES, {"values": [ProjectType.RESHORING, ProjectType.SUPPLY_RESHORING]},
                  False, "Projet de relocalisation", "création d'un fonds d'investissement « Relocalisation »"),
                 (EligibilityRule.Kind.TERRITORY, {"regions": ["84"]}, True, "Implantation en Auvergne-Rhône-Alpes",
                  "complétant les dispositifs régionaux"),
             ]},
        ],
    },
]

_PROGRAMME_FIELDS = ["name", "short_name", "parent_plan", "level", "summary", "description", "support_kinds",
                     "envelope_eur", "envelope_per_territory_eur", "investment_target_eur", "jobs_target",
                     "duration_months", "territories_target", "club_size_target", "pilot_beneficiaries",
                     "starts_on", "ends_on", "source"]
_CALL_FIELDS = ["title", "kind", "description", "envelope_eur", "opens_on", "closes_on", "duration_months",
                "support_kinds", "advisory_days_min", "advisory_days_max", "engineering_days",
                "public_share_percent", "beneficiaries_min", "beneficiaries_max", "beneficiaries_scope"]


def _organisation(name: str, kind: str, **extra) -> Organisation:
    org = Organisation.objects.filter(name=name, kind=kind).first()
    if org is None:
        org = Organisation(name=name, kind=kind)
    for key, value in extra.items():
        setattr(org, key, value)
    org.save()
    return org


@transaction.atomic
def load_seed_programmes() -> dict[str, int]:
    orgs = {key: _organisation(name, kind, source="seeds", **extra) for key, (name, kind, extra) in ORGANISATIONS.items()}
    funders = {}
    for slug, name in FUNDERS.items():
        funders[slug], _ = Funder.objects.update_or_create(slug=slug, defaults={"name": name})
    sectors = {s.slug: s for s in CriticalSector.objects.all()}
    sizes = {s.code: s for s in SizeCategory.objects.all()}
    counts = {"dispositifs": 0, "appels": 0, "vagues": 0, "règles": 0, "lauréats": 0, "annonces": 0}
    for spec in PROGRAMMES:
        defaults = {f: spec.get(f) for f in _PROGRAMME_FIELDS if f in spec}
        defaults["operator"] = orgs[spec["operator"]]
        programme, _ = Programme.objects.update_or_create(slug=spec["slug"], defaults=defaults)
        programme.regions.set(Region.objects.filter(code__in=spec.get("regions", [])))
        counts["dispositifs"] += 1
        FundingShare.objects.filter(programme=programme, call=None).exclude(
            funder__in=[f for f, _ in spec["funders"]]).delete()
        for funder_slug, share in spec["funders"]:
            FundingShare.objects.update_or_create(
                programme=programme, call=None, funder=funders[funder_slug],
                defaults={"share_percent": share.get("share_percent"), "joint_share_percent": share.get("joint_share_percent"),
                          "role": share.get("role", ""), "source": spec["source"]})
        for call_spec in spec["calls"]:
            call_defaults = {f: call_spec.get(f) for f in _CALL_FIELDS if f in call_spec}
            call_defaults["source"] = spec["source"]
            call, _ = Call.objects.update_or_create(programme=programme, slug=call_spec["slug"], defaults=call_defaults)
            counts["appels"] += 1
            for wave in call_spec.get("waves", []):
                Wave.objects.update_or_create(call=call, number=wave["number"], defaults={
                    "label": wave.get("label", ""), "deadline": wave["deadline"], "source": spec["source"]})
                counts["vagues"] += 1
            # Rules are replaced as a whole: their identity is their position in the seed.
            call.rules.exclude(position__lt=len(call_spec["rules"])).delete()
            for position, (kind, params, blocking, label, quote) in enumerate(call_spec["rules"]):
                EligibilityRule.objects.update_or_create(call=call, position=position, defaults={
                    "kind": kind, "params": params, "blocking": blocking, "label": label, "source_quote": quote})
                counts["règles"] += 1
        first_call = programme.calls.order_by("id").first()
        for ann in spec.get("announcements", []):
            Announcement.objects.update_or_create(programme=programme, title=ann["title"], defaults={
                "announced_on_text": ann.get("announced_on_text", ""), "announced_by": ann.get("announced_by", ""),
                "new_laureates": ann.get("new_laureates"), "laureates_in_scope": ann.get("laureates_in_scope"),
                "scope_department": Department.objects.filter(code=ann.get("scope_department")).first(),
                "investment_eur": ann.get("investment_eur"), "aid_eur": ann.get("aid_eur"),
                "previous_laureates": ann.get("previous_laureates"), "source": spec["source"]})
            counts["annonces"] += 1
        for aw in spec.get("awards", []):
            org_extra = {"parent_group": aw.get("parent_group", ""), "size_category": sizes.get(aw.get("size"))}
            if aw.get("epci"):
                org_extra["siren"] = Epci.objects.get(code=aw["epci"]).code  # an EPCI's code is its SIREN
            org = _organisation(aw["organisation"], aw.get("organisation_kind", Organisation.Kind.COMPANY),
                                commune=Commune.objects.get(code=aw["commune"]), source=spec["source"], **org_extra)
            award = Award.objects.filter(origin=Origin.REFERENCE, external_key=f"{spec['slug']}:{aw['organisation']}").first()
            award = award or Award(origin=Origin.REFERENCE, external_key=f"{spec['slug']}:{aw['organisation']}")
            award.programme = programme
            award.call = first_call
            award.organisation = org
            award.project_name = aw.get("project", "")
            award.description = aw.get("description", "")
            award.commune = Commune.objects.get(code=aw["commune"])
            award.sector = sectors.get(aw.get("sector"))
            award.size_category = sizes.get(aw.get("size"))
            award.investment_eur = aw.get("investment_eur")
            award.investment_note = aw.get("investment_note", "")
            award.aid_eur = aw.get("aid_eur")
            award.engineering_days = aw.get("engineering_days")
            award.jobs_created = aw.get("jobs_created")
            award.source = spec["source"]
            award.source_quote = aw.get("quote", "")
            award.save()
            counts["lauréats"] += 1
        for it in spec.get("industrial_territories", []):
            territory, _ = IndustrialTerritory.objects.update_or_create(slug=it["slug"], defaults={
                "name": it["name"], "region_id": it["region"], "labelled_since": it.get("labelled_since"),
                "source": spec["source"]})
            territory.epcis.set(Epci.objects.filter(code__in=it["epcis"]))
    return counts
