"""Dossiers (applications) of companies to a call's wave, their attachments, messages and the
append-only history of their states. States and actions use démarches-simplifiées' vocabulary."""
import uuid

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import models


class State(models.TextChoices):
    BROUILLON = "brouillon", "Brouillon"
    EN_CONSTRUCTION = "en_construction", "En construction"
    EN_INSTRUCTION = "en_instruction", "En instruction"
    ACCEPTE = "accepte", "Accepté"
    REFUSE = "refuse", "Refusé"
    SANS_SUITE = "sans_suite", "Classé sans suite"


FINAL_STATES = {State.ACCEPTE, State.REFUSE, State.SANS_SUITE}


class StaffScope(models.Model):
    """What a staff member works on: an instructor on a call, a committee member or a manager on a
    programme. Organisation-level roles stay in ``organisations.Membership``."""

    class Role(models.TextChoices):
        INSTRUCTOR = "instructor", "Instructeur (appel à projets)"
        COMMITTEE = "committee", "Membre de comité (dispositif)"
        MANAGER = "manager", "Gestionnaire (dispositif)"

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="staff_scopes")
    role = models.CharField(max_length=12, choices=Role.choices)
    call = models.ForeignKey("programmes.Call", on_delete=models.CASCADE, null=True, blank=True,
                             related_name="staff_scopes")
    programme = models.ForeignKey("programmes.Programme", on_delete=models.CASCADE, null=True, blank=True,
                                  related_name="staff_scopes")

    class Meta:
        verbose_name = "périmètre d'un agent"
        verbose_name_plural = "périmètres des agents"
        constraints = [
            models.CheckConstraint(
                condition=(models.Q(role="instructor", call__isnull=False, programme__isnull=True)
                           | (~models.Q(role="instructor") & models.Q(call__isnull=True, programme__isnull=False))),
                name="staff_scope_target"),
            models.UniqueConstraint(fields=["user", "role", "call", "programme"], name="unique_staff_scope"),
        ]

    def __str__(self) -> str:
        return f"{self.user} — {self.get_role_display()} — {self.call or self.programme}"


class Application(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    reference = models.CharField("numéro", max_length=20, unique=True, editable=False)
    call = models.ForeignKey("programmes.Call", on_delete=models.PROTECT, related_name="applications")
    wave = models.ForeignKey("programmes.Wave", on_delete=models.PROTECT, related_name="applications")
    organisation = models.ForeignKey("organisations.Organisation", on_delete=models.PROTECT,
                                     related_name="applications", verbose_name="entreprise")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                                   related_name="+")
    state = models.CharField("état", max_length=16, choices=State.choices, default=State.BROUILLON)
    # True while the applicant may correct a submitted dossier (after « repasser en construction »).
    corrections_open = models.BooleanField("corrections demandées", default=False)
    # Optimistic locking: every write bumps it; a write based on an older version is refused.
    version = models.PositiveIntegerField(default=1)
    assigned_to = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                    related_name="assigned_applications", verbose_name="instructeur référent")
    # The form
    title = models.CharField("intitulé du projet", max_length=250, blank=True)
    description = models.TextField("description du projet", blank=True)
    project_type = models.CharField("type de projet", max_length=20, blank=True,
                                    choices=[("reshoring", "Relocalisation d'activité"),
                                             ("supply_reshoring", "Relocalisation d'approvisionnement"),
                                             ("diversification", "Diversification")])
    phase = models.CharField("phase", max_length=12, blank=True,
                             choices=[("study", "Étude"), ("launch", "Lancement"), ("development", "Développement")])
    commune = models.ForeignKey("territories.Commune", on_delete=models.PROTECT, null=True, blank=True,
                                verbose_name="commune du site")
    naf = models.ForeignKey("activities.NafCode", on_delete=models.PROTECT, null=True, blank=True,
                            verbose_name="code NAF")
    sectors = models.JSONField("secteurs", default=list, blank=True)
    headcount = models.PositiveIntegerField("effectif", null=True, blank=True)
    investment_eur = models.DecimalField("investissement productif (€)", max_digits=15, decimal_places=2,
                                         null=True, blank=True)
    aid_requested_eur = models.DecimalField("aide demandée (€)", max_digits=15, decimal_places=2, null=True,
                                            blank=True)
    jobs_created = models.PositiveIntegerField("emplois créés", null=True, blank=True)
    jobs_kept = models.PositiveIntegerField("emplois maintenus", null=True, blank=True)
    starts_on = models.DateField("début du projet", null=True, blank=True)
    ends_on = models.DateField("fin du projet", null=True, blank=True)
    cofunders = models.TextField("cofinanceurs", blank=True)
    eligibility_status = models.CharField("éligibilité (dernier calcul)", max_length=16, blank=True)
    submitted_at = models.DateTimeField("déposé le", null=True, blank=True)
    decided_at = models.DateTimeField("décidé le", null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "dossier"
        ordering = ["-created_at"]
        indexes = [
            models.Index(fields=["call", "state", "submitted_at"], name="app_call_state_sub"),
            models.Index(fields=["wave", "state"], name="app_wave_state"),
            models.Index(fields=["organisation", "created_at"], name="app_org_created"),
        ]

    def __str__(self) -> str:
        return f"{self.reference} — {self.title or 'sans titre'}"

    def save(self, *args, **kwargs):
        if not self.reference:
            self.reference = "D-" + uuid.uuid4().hex[:10].upper()
        super().save(*args, **kwargs)

    @property
    def is_editable_by_applicant(self) -> bool:
        return self.state == State.BROUILLON or (self.state == State.EN_CONSTRUCTION and self.corrections_open)

    @property
    def is_final(self) -> bool:
        return self.state in FINAL_STATES


class AppendOnlyQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise PermissionDenied("L'historique des dossiers ne peut pas être modifié.")

    def delete(self):
        raise PermissionDenied("L'historique des dossiers ne peut pas être supprimé.")


class StatusChange(models.Model):
    """One transition of a dossier: who, when, from, to, why. Append-only."""

    application = models.ForeignKey(Application, on_delete=models.PROTECT, related_name="history")
    action = models.CharField(max_length=32)
    from_state = models.CharField(max_length=16, choices=State.choices, blank=True)
    to_state = models.CharField(max_length=16, choices=State.choices)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    actor_label = models.CharField(max_length=200, blank=True)  # kept if the account is deleted
    motivation = models.TextField(blank=True)
    at = models.DateTimeField(auto_now_add=True)

    objects = AppendOnlyQuerySet.as_manager()

    class Meta:
        verbose_name = "changement d'état"
        verbose_name_plural = "historique des états"
        ordering = ["at", "id"]

    def __str__(self) -> str:
        return f"{self.application_id} {self.from_state}→{self.to_state}"

    def save(self, *args, **kwargs):
        if self.pk is not None or not self._state.adding:
            raise PermissionDenied("L'historique des dossiers ne peut pas être modifié.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise PermissionDenied("L'historique des dossiers ne peut pas être supprimé.")


def attachment_path(instance, filename):
    # The stored name is random: nothing of the user's file name reaches the file system.
    return f"applications/{instance.application_id}/{uuid.uuid4().hex}.{instance.extension}"


class Attachment(models.Model):
    class Kind(models.TextChoices):
        STATUTES = "statuts", "Statuts / extrait Kbis"
        QUOTE = "devis", "Devis"
        FINANCIAL_PLAN = "plan_financement", "Plan de financement"
        ACCOUNTS = "comptes", "Comptes annuels"
        OTHER = "autre", "Autre pièce"

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="attachments")
    kind = models.CharField("type de pièce", max_length=20, choices=Kind.choices, default=Kind.OTHER)
    file = models.FileField(upload_to=attachment_path, max_length=300)
    original_name = models.CharField("nom du fichier", max_length=200)
    extension = models.CharField(max_length=5)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField("taille (octets)")
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "pièce jointe"
        ordering = ["uploaded_at"]

    def __str__(self) -> str:
        return self.original_name


class Message(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="messages")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    author_label = models.CharField(max_length=200, blank=True)
    from_applicant = models.BooleanField(default=False)
    body = models.TextField("message")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "message"
        ordering = ["created_at"]

    def __str__(self) -> str:
        return f"{self.application_id} — {self.author_label}"
