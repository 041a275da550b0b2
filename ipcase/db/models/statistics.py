"""Indexes the statistics need on the case register's tables (ipcase/queries/statistics/figures.py). With a million
cases the dashboard's cohort of a year's closings would otherwise visit every wide case row. Also the two indexes
that keep the start-of-day routines proportional to what they act on (issue 19), not to the register."""
from __future__ import annotations

from sqlalchemy import Index

from ipcase.db.models.cases import Case, DeadlineRow, Pause, TimelineEntry
from ipcase.db.models.documents import ServiceRecord

# The closings of a period, with what the figures group and filter by, read from the index alone.
Index("ix_cases_closed_cohort", Case.closed_date, Case.closing_method, Case.registered_date, Case.patent_id,
      Case.flag_foreign, Case.flag_ecommerce, Case.flag_trade_fair)
# The same for the cases registered in a period (the dashboard's period taken by 立案 date).
Index("ix_cases_registered_cohort", Case.registered_date, Case.closing_method, Case.closed_date, Case.patent_id,
      Case.flag_foreign, Case.flag_ecommerce, Case.flag_trade_fair)
# Open cases per state and officer (the stock figures and the workload) from the index alone.
Index("ix_cases_state_officer", Case.state, Case.officer_id)
# "Was the case closed within its closing limit (D12)?" answered by one index probe per case.
Index("ix_deadlines_case_code", DeadlineRow.case_id, DeadlineRow.code, DeadlineRow.status, DeadlineRow.met_date,
      DeadlineRow.due_date)
# Hearings held in a period (the reports): timeline entries of one kind by date.
Index("ix_timeline_kind_at", TimelineEntry.kind, TimelineEntry.at)
# The running pauses (no end yet): the only ones whose closing limit moves with the day (refresh_paused_deadlines).
Index("ix_pauses_running", Pause.end_date, Pause.case_id)
# 公告送达 not yet applied, by deemed day (apply_deemed_services at start-up).
Index("ix_service_records_pending", ServiceRecord.applied, ServiceRecord.deemed_date)
