"""Demo dossiers in every state on the demo wave of the Centre-Val de Loire call, and the staff
scopes of the demo accounts. Idempotent (dossiers are recognised by their title)."""
from decimal import Decimal

from relocalisation.applications import services
from relocalisation.applications.models import Application, StaffScope
from relocalisation.organisations.demo import demo_user
from relocalisation.organisations.models import Organisation

BASE = {"project_type": "reshoring", "phase": "launch", "headcount": 85, "naf": "25.62A", "commune": "45234",
        "investment_eur": Decimal("850000"), "aid_requested_eur": Decimal("12000"), "jobs_created": 6, "jobs_kept": 40,
        "cofunders": "Banque des Territoires (démo)"}

# title -> (company username, actions after deposit)
DOSSIERS = [
    ("[Démo] Brouillon — ligne de décolletage", "demo-entreprise", []),
    ("[Démo] Déposé — rapatriement d'usinage", "demo-entreprise", ["deposer"]),
    ("[Démo] Corrections demandées — atelier de traitement de surface", "demo-entreprise-2",
     ["deposer", "passer_en_instruction", "repasser_en_construction"]),
    ("[Démo] En instruction — sourcing d'aciers", "demo-entreprise", ["deposer", "passer_en_instruction"]),
    ("[Démo] À accepter — moules d'injection", "demo-entreprise-2", ["deposer", "passer_en_instruction"]),
    ("[Démo] À refuser — négoce de pièces", "demo-entreprise", ["deposer", "passer_en_instruction"]),
    ("[Démo] Classé sans suite — doublon", "demo-entreprise-2", ["deposer", "classer_sans_suite"]),
    ("[Démo] Retiré par l'entreprise", "demo-entreprise", ["deposer", "retirer"]),
]
MOTIVES = {"repasser_en_construction": "Merci de joindre le devis du cabinet de conseil.",
           "classer_sans_suite": "Dossier déposé deux fois.", "retirer": "Projet reporté."}


def load(stdout):
    from relocalisation.programmes.demo import demo_call, demo_wave

    call, wave = demo_call(), demo_wave()
    instructor, committee, manager = (demo_user(u) for u in ("demo-instructeur", "demo-comite", "demo-gestionnaire"))
    StaffScope.objects.get_or_create(user=instructor, role=StaffScope.Role.INSTRUCTOR, call=call)
    StaffScope.objects.get_or_create(user=committee, role=StaffScope.Role.COMMITTEE, programme=call.programme)
    StaffScope.objects.get_or_create(user=manager, role=StaffScope.Role.MANAGER, programme=call.programme)
    created = 0
    for title, company, actions in DOSSIERS:
        owner = demo_user(company)
        org = Organisation.objects.get(memberships__user=owner, memberships__role="applicant")
        if Application.objects.filter(organisation=org, title=title).exists():
            continue
        app = services.create_draft(owner, organisation=org, wave=wave, title=title)
        data = dict(BASE, description=f"{title} (dossier fictif de démonstration).", commune=org.commune_id or "45234")
        services.update_form(owner, app, {k: v for k, v in data.items() if k not in ("naf", "commune")} |
                             {"naf": org.naf_id or "25.62A", "commune": data["commune"]}, expected_version=app.version)
        for action in actions:
            actor = owner if action in ("deposer", "retirer") else instructor
            services.transition(actor, app, action, MOTIVES.get(action, ""))
        created += 1
    stdout.write(f"Dossiers de démonstration : {created} créés ({len(DOSSIERS)} au total).")
