"""Reading the CSV a coordinator brings back from a competence workshop: every row checked, nothing written.

Columns (header row, comma-separated, UTF-8): organisation (slug), competence (slug), contact (e-mail of a member
of the organisation), languages (codes separated by spaces, e.g. "ar fr ary"), city (optional; the
organisation's when empty), mode (in_person, online or both), description.
"""

import csv
import io
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from intranet.organisations.models import Membership, Network

from .models import OFFER_LANGUAGE_CODES, Competence, CompetenceOffer, Mode

MAX_FILE_BYTES = 1024 * 1024
MAX_ROWS = 2000
COLUMNS = ("organisation", "competence", "contact", "languages", "city", "mode", "description")
REQUIRED_COLUMNS = ("organisation", "competence", "contact", "languages", "mode", "description")


class FileProblem(Exception):
    """The file as a whole cannot be read (size, encoding, delimiter, not a CSV); `message` says why."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass
class ImportRow:
    number: int  # the line in the file, header = 1
    values: dict[str, str]
    errors: list[str] = field(default_factory=list)
    # Set when the row is valid: what the offer will be created with.
    offer_data: dict | None = None


@dataclass
class ImportPreview:
    rows: list[ImportRow]

    @property
    def error_count(self) -> int:
        return sum(len(row.errors) for row in self.rows)

    @property
    def is_valid(self) -> bool:
        return bool(self.rows) and self.error_count == 0


def workshop_csv_decode(*, content: bytes, name: str = "") -> str:
    """The file's text, or FileProblem when it is too large, not a CSV or not UTF-8."""
    if len(content) > MAX_FILE_BYTES:
        raise FileProblem(_("The file is too large: at most %(size)s kB.") % {"size": MAX_FILE_BYTES // 1024})
    if name and not name.lower().endswith(".csv"):
        raise FileProblem(_("This is not a CSV file. Save the sheet as “CSV UTF-8 (comma delimited)”."))
    if b"\x00" in content:
        raise FileProblem(_("This is not a CSV file. Save the sheet as “CSV UTF-8 (comma delimited)”."))
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise FileProblem(_("The file is not in UTF-8. Save it again as “CSV UTF-8 (comma delimited)”.")) from error


def workshop_csv_read(*, network: Network, text: str) -> ImportPreview:
    """Check every row against the network's organisations, members, the competences and the existing offers."""
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = [name.strip().lower() for name in (reader.fieldnames or [])]
    if not header:
        raise FileProblem(_("The file is empty."))
    missing = [column for column in REQUIRED_COLUMNS if column not in header]
    if missing:
        if len(header) == 1 and any(separator in header[0] for separator in (";", "\t", "|")):
            raise FileProblem(
                _("The columns must be separated by commas, not semicolons or tabs. Save it again as CSV (comma).")
            )
        raise FileProblem(_("Columns are missing: %(columns)s.") % {"columns": ", ".join(missing)})
    reader.fieldnames = header
    rows = []
    for number, record in enumerate(reader, start=2):
        if number - 1 > MAX_ROWS:
            raise FileProblem(_("The file has more than %(count)s rows.") % {"count": MAX_ROWS})
        values = {column: (record.get(column) or "").strip() for column in COLUMNS}
        if not any(values.values()):
            continue  # a blank line at the end of a sheet
        if None in record:  # more cells than columns: usually a comma inside an unquoted description
            rows.append(ImportRow(number, values, [_("The row has more cells than the header.")]))
            continue
        rows.append(ImportRow(number, values))
    if not rows:
        raise FileProblem(_("The file has no rows to import."))
    _rows_check(network=network, rows=rows)
    return ImportPreview(rows=rows)


def _rows_check(*, network: Network, rows: list[ImportRow]) -> None:
    """Fill each row's `errors`, or its `offer_data` when it has none. Four queries whatever the number of rows."""
    organisations = {organisation.slug: organisation for organisation in network.organisations.all()}
    competences = {competence.slug: competence for competence in Competence.objects.all()}
    emails = {row.values["contact"].lower() for row in rows}
    members = {
        (membership.organisation_id, membership.user.email.lower()): membership.user
        for membership in Membership.objects.filter(
            organisation__in=organisations.values(), user__email__in=emails
        ).select_related("user")
    }
    existing = set(
        CompetenceOffer.objects.active()
        .filter(organisation__in=organisations.values())
        .values_list("organisation_id", "competence_id")
    )
    seen: dict[tuple[str, str], int] = {}
    for row in rows:
        values, errors = row.values, row.errors
        organisation = organisations.get(values["organisation"])
        competence = competences.get(values["competence"])
        if not values["organisation"]:
            errors.append(_("The organisation is missing."))
        elif organisation is None:
            errors.append(_("No organisation “%(slug)s” in this network.") % {"slug": values["organisation"]})
        if not values["competence"]:
            errors.append(_("The competence is missing."))
        elif competence is None:
            errors.append(_("Unknown competence “%(slug)s”.") % {"slug": values["competence"]})
        contact = None
        if not values["contact"]:
            errors.append(_("The contact person is missing."))
        elif organisation is not None:
            contact = members.get((organisation.pk, values["contact"].lower()))
            if contact is None:
                errors.append(_("%(email)s is not a member of this organisation.") % {"email": values["contact"]})
        codes = values["languages"].replace(",", " ").replace(";", " ").lower().split()
        unknown = [code for code in codes if code not in OFFER_LANGUAGE_CODES]
        if not codes:
            errors.append(_("At least one language is needed."))
        elif unknown:
            errors.append(
                _("Unknown language code: %(codes)s. Use %(known)s.")
                % {"codes": ", ".join(unknown), "known": ", ".join(sorted(OFFER_LANGUAGE_CODES))}
            )
        mode = values["mode"].lower()
        if mode not in Mode.values:
            errors.append(
                _("Unknown mode “%(mode)s”. Use %(known)s.") % {"mode": values["mode"], "known": ", ".join(Mode.values)}
            )
        if not values["description"]:
            errors.append(_("The description is missing."))
        key = (values["organisation"], values["competence"])
        if organisation is not None and competence is not None:
            if key in seen:
                errors.append(
                    _("The same organisation and competence are already on line %(line)s.") % {"line": seen[key]}
                )
            elif (organisation.pk, competence.pk) in existing:
                errors.append(_("The organisation already offers this competence in the directory."))
            seen.setdefault(key, row.number)
        if not errors:
            row.offer_data = {
                "organisation": organisation,
                "competence": competence,
                "contact": contact,
                "languages": list(dict.fromkeys(codes)),
                "city": values["city"] or organisation.city,
                "mode": mode,
                "description": values["description"],
            }
