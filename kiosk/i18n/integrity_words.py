"""Words for what `kiosk audit verify` finds: the chain's problem and each table that
does not agree with it (``kiosk.services.integrity``), in the active language or another.

An integrity report is data (codes and parameters); a refusal may carry one as a parameter
(``report``: a backup whose log does not verify, a seal refused), worded here when shown.
Words that cannot be made fail a test (``kiosk.i18n.is_strict``); on the kiosk they are logged
and the finding's English text is shown instead.
"""

from __future__ import annotations

from kiosk.i18n import WordsFault, fill, text_in, unworded
from kiosk.i18n import language as active_language


def chain_text(verification, language: str | None = None) -> str:
    """The chain's first problem (``audit.problem.<code>``), with the row it is in."""
    lang = language or active_language()
    code = verification.problem_code or "unknown"
    try:
        problem = fill(lang, f"audit.problem.{code}", dict(verification.params or ()))
    except WordsFault as fault:
        problem = unworded(fault, f"chain problem {code!r}", verification.problem or code)
    return text_in(lang, "audit.problem.at_row", seq=verification.broken_seq, problem=problem)


def finding_text(finding, language: str | None = None) -> str:
    """One table or check that does not agree with the chain."""
    lang = language or active_language()
    params = dict(finding.params)
    what = params.pop("what", "")
    if what:
        key = f"integrity.what.{what}"
        params["what"] = text_in(lang, key) if _known(key) else what
    try:
        return fill(lang, f"integrity.{finding.code}", params)
    except WordsFault as fault:
        return unworded(fault, f"integrity finding {finding.code!r}", finding.english())


def report_text(report, language: str | None = None) -> str:
    """Everything wrong in one report, the chain first; "" when it is sound."""
    parts = [] if report.chain.ok else [chain_text(report.chain, language)]
    parts += [finding_text(f, language) for f in report.findings]
    return " ".join(parts)


def is_report(value: object) -> bool:
    """Whether ``value`` is an integrity report (``kiosk.services.integrity.IntegrityReport``)."""
    return hasattr(value, "chain") and hasattr(value, "findings")


def _known(key: str) -> bool:
    from kiosk.i18n import catalogue

    return key in catalogue()
