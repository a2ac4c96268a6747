"""What every app's forms share."""

from django.core.exceptions import ValidationError


def form_add_validation_error(form, error: ValidationError) -> None:
    """Show a service's ValidationError on `form`: on its field where the form has that field, else on top."""
    if hasattr(error, "error_dict"):
        for field, errors in error.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error)
