"""Forms of the coordinators' admin: the message to the applicant that goes with a status change."""

from django import forms
from django.contrib.admin.helpers import ActionForm
from django.utils.translation import gettext_lazy as _

from volunteers.models import Application

MESSAGE_MAX_LENGTH = 2000


def message_field(**options):
    return forms.CharField(
        label=_("Message to the applicant"),
        required=False,
        max_length=MESSAGE_MAX_LENGTH,
        **options,
    )


class ApplicationChangeForm(forms.ModelForm):
    """The change form: the status, and an optional message the applicant receives with it by e-mail."""

    message_to_applicant = message_field(
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "Optional. When you set the status to contacted, accepted or declined, the applicant receives an e-mail "
            "in the language of the application a few minutes later, with this message."
        ),
    )

    class Meta:
        model = Application
        fields = ["status"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("message_to_applicant")
        if field is not None and self.instance.pk and not self.instance.email:
            field.help_text = _("This applicant gave no e-mail address: nothing is sent to them.")
            field.disabled = True


class StatusActionForm(ActionForm):
    """The list's action bar, with the message that the status actions send to each selected applicant."""

    message = message_field(
        widget=forms.TextInput(attrs={"size": 40, "placeholder": _("Message to the applicants (optional)")}),
    )
