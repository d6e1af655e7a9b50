"""Printed paper: the day's route overview and visit sheets (PDF, ReportLab, no Qt)."""

from reciprocity_desktop.reports.day import NoVisits, RenderResult, ReportWriteError, qr_payload, render_day

__all__ = ["NoVisits", "RenderResult", "ReportWriteError", "qr_payload", "render_day"]
