"""Who may see and do what on a dossier. One place for pages, API and services.

Rules (the matrix tests in tests/security/test_matrix_applications.py check them all):
- an applicant sees the dossiers of the companies they belong to (Membership role applicant);
- an instructor sees submitted dossiers (not drafts) of the calls they are assigned to;
- a committee member sees submitted dossiers of their programmes, reads scores, records decisions;
- a manager does everything on their programmes (except writing the applicant's form);
- an administrator (superuser or Membership role admin) does everything.
Anything else answers 404, never a hint that the object exists."""
from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Q, QuerySet

from relocalisation.applications.models import Application, StaffScope, State
from relocalisation.organisations.models import Membership, Role
from relocalisation.organisations.roles import is_platform_admin

# What each action needs. Applicant actions check ownership; staff actions check scope.
APPLICANT_ACTIONS = {"deposer", "retirer"}
INSTRUCTOR_ACTIONS = {"passer_en_instruction", "repasser_en_construction", "classer_sans_suite"}
DECISION_ACTIONS = {"accepter", "refuser"}


@dataclass
class Actor:
    user: object
    is_admin: bool = False
    company_ids: set = field(default_factory=set)
    instructor_call_ids: set = field(default_factory=set)
    committee_programme_ids: set = field(default_factory=set)
    manager_programme_ids: set = field(default_factory=set)

    @property
    def is_staff_member(self) -> bool:
        return bool(self.is_admin or self.instructor_call_ids or self.committee_programme_ids
                    or self.manager_programme_ids)

    # --- relations to one dossier -------------------------------------------------------------
    def owns(self, app: Application) -> bool:
        return app.organisation_id in self.company_ids

    def instructs(self, app: Application) -> bool:
        return app.call_id in self.instructor_call_ids

    def sits_on_committee(self, app: Application) -> bool:
        return self._programme_id(app) in self.committee_programme_ids

    def manages(self, app: Application) -> bool:
        return self._programme_id(app) in self.manager_programme_ids

    @staticmethod
    def _programme_id(app: Application):
        return app.call.programme_id

    def is_staff_on(self, app: Application) -> bool:
        """Instructs, sits on the committee, manages or administers — and the dossier was submitted."""
        if app.state == State.BROUILLON:
            return False
        return self.is_admin or self.instructs(app) or self.sits_on_committee(app) or self.manages(app)

    # --- abilities ----------------------------------------------------------------------------
    def can_view(self, app: Application) -> bool:
        return self.owns(app) or self.is_staff_on(app)

    def can_edit_form(self, app: Application) -> bool:
        return self.owns(app) and app.is_editable_by_applicant

    def can_message(self, app: Application) -> bool:
        if app.state == State.BROUILLON:
            return False
        # Committee members read the conversation but do not write to the applicant.
        return self.owns(app) or self.is_admin or self.instructs(app) or self.manages(app)

    def can_score(self, app: Application) -> bool:
        return app.state == State.EN_INSTRUCTION and (self.instructs(app) or self.manages(app) or self.is_admin)

    def can_read_review(self, app: Application) -> bool:
        """Scores, opinions and decisions before notification are internal to the staff."""
        return self.is_staff_on(app)

    def can_decide(self, app: Application) -> bool:
        return app.state != State.BROUILLON and (self.is_admin or self.sits_on_committee(app) or self.manages(app))

    def can_transition(self, app: Application, action: str) -> bool:
        if action in APPLICANT_ACTIONS:
            return self.owns(app)
        if action in INSTRUCTOR_ACTIONS:
            return app.state != State.BROUILLON and (self.is_admin or self.instructs(app) or self.manages(app))
        if action in DECISION_ACTIONS:
            return self.can_decide(app)
        return False


def actor_for(user) -> Actor:
    """The actor of a request, computed once and cached on the user object."""
    cached = getattr(user, "_actor_cache", None)
    if cached is not None:
        return cached
    actor = Actor(user=user)
    if user is not None and user.is_authenticated and user.is_active:
        actor.is_admin = is_platform_admin(user)
        actor.company_ids = set(Membership.objects.filter(user=user, role=Role.APPLICANT)
                                .values_list("organisation_id", flat=True))
        for role, call_id, programme_id in StaffScope.objects.filter(user=user).values_list("role", "call_id",
                                                                                             "programme_id"):
            if role == StaffScope.Role.INSTRUCTOR:
                actor.instructor_call_ids.add(call_id)
            elif role == StaffScope.Role.COMMITTEE:
                actor.committee_programme_ids.add(programme_id)
            elif role == StaffScope.Role.MANAGER:
                actor.manager_programme_ids.add(programme_id)
    if user is not None:
        user._actor_cache = actor
    return actor


def staff_call_ids(actor: Actor) -> set:
    """Calls in the actor's staff scope (a programme's calls for committee members and managers),
    so that lists filter the dossier table on ``call_id`` without joins."""
    ids = set(actor.instructor_call_ids)
    programmes = actor.committee_programme_ids | actor.manager_programme_ids
    if programmes:
        from relocalisation.programmes.models import Call

        ids |= set(Call.objects.filter(programme_id__in=programmes).values_list("pk", flat=True))
    return ids


def visible_applications(user) -> QuerySet[Application]:
    actor = actor_for(user)
    qs = Application.objects.all()
    submitted = ~Q(state=State.BROUILLON)
    if actor.is_admin:
        return qs.filter(submitted | Q(organisation_id__in=actor.company_ids))
    if not (actor.company_ids or actor.is_staff_member):
        return qs.none()
    cond = Q(organisation_id__in=actor.company_ids)
    calls = staff_call_ids(actor)
    if calls:
        cond |= submitted & Q(call_id__in=calls)
    return qs.filter(cond)


def staff_applications(user) -> QuerySet[Application]:
    """Submitted dossiers in the user's staff scope (instruction pages)."""
    actor = actor_for(user)
    qs = Application.objects.exclude(state=State.BROUILLON)
    if actor.is_admin:
        return qs
    calls = staff_call_ids(actor)
    return qs.filter(call_id__in=calls) if calls else qs.none()


def raise_for(exc) -> None:
    """Turn a refused write into the page's 404/403 (other refusals are shown as a message)."""
    from django.core.exceptions import PermissionDenied
    from django.http import Http404

    if exc.status == 404:
        raise Http404(exc.message)
    if exc.status == 403:
        raise PermissionDenied(exc.message)
