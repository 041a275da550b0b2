"""Which dates a patent and a request can carry (DOMAIN §10.1): a patent is filed no earlier than the day
Chinese patent law came into force (1985-04-01), in the year its number says, before the request that invokes it
was received, and never in the future; it is granted after it was filed. Each wrong date is one
ValidationFailed naming the rule; its detail is the value the date must respect (ISO date or year)."""
from __future__ import annotations

from datetime import date

from ipcase.errors import ValidationFailed

PATENT_LAW_START = date(1985, 4, 1)  # 专利法 in force; no Chinese patent was filed or granted before it


def check_patent_dates(*, filing: date | None, grant: date | None, received: date | None, today: date,
                       number_year: int | None = None, prefix: str = "") -> list[ValidationFailed]:
    errors: list[ValidationFailed] = []
    for name, value in (("filing_date", filing), ("grant_date", grant)):
        if value is None:
            continue
        key = f"{prefix}{name}"
        if value < PATENT_LAW_START:
            errors.append(ValidationFailed(key, "before_patent_law", PATENT_LAW_START.isoformat()))
        elif received is not None and value > received:
            errors.append(ValidationFailed(key, "after_received", received.isoformat()))
        elif value > today:
            errors.append(ValidationFailed(key, "future", today.isoformat()))
    if filing is not None and grant is not None and grant < filing:
        errors.append(ValidationFailed(f"{prefix}grant_date", "before_filing", filing.isoformat()))
    if (filing is not None and number_year is not None and filing >= PATENT_LAW_START
            and filing.year != number_year):
        errors.append(ValidationFailed(f"{prefix}filing_date", "number_year", str(number_year)))
    return errors


__all__ = ["PATENT_LAW_START", "check_patent_dates"]
