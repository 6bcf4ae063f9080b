from django import template

from relocalisation.core import formatting

register = template.Library()


@register.filter
def euros(value):
    return formatting.format_euros(value)


@register.filter
def euros_full(value):
    return formatting.format_euros(value, compact=False)


@register.filter
def nombre(value):
    return formatting.format_int(value) if value not in (None, "") else "—"


@register.filter
def pourcent(value):
    return formatting.format_percent(value)
