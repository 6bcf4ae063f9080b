from django.apps import AppConfig


class ProgrammesConfig(AppConfig):
    name = "relocalisation.programmes"
    label = "programmes"
    verbose_name = "Dispositifs"

    def ready(self):
        from django.db.models.signals import m2m_changed, post_delete, post_save

        from relocalisation.activities.models import CriticalSector
        from relocalisation.programmes import models
        from relocalisation.programmes.selectors import forget_eligibility_context

        # Funders, shares and announcements change no eligibility but appear on cached public pages.
        from relocalisation.awards.models import Announcement

        for model in (models.Programme, models.Call, models.Wave, models.EligibilityRule, CriticalSector,
                      models.Funder, models.FundingShare, Announcement):
            post_save.connect(forget_eligibility_context, sender=model, dispatch_uid=f"elig-save-{model.__name__}")
            post_delete.connect(forget_eligibility_context, sender=model, dispatch_uid=f"elig-del-{model.__name__}")
        m2m_changed.connect(forget_eligibility_context, sender=models.Programme.regions.through,
                            dispatch_uid="elig-regions")
