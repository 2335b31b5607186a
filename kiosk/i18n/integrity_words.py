"""Words for what `kiosk audit verify` finds: the chain's problem and each table that
does not agree with it (``kiosk.services.integrity``), in the active language."""

from __future__ import annotations

from kiosk.i18n import t


def chain_text(verification) -> str:
    """The chain's first problem (``audit.problem.<code>``), with the row it is in."""
    code = verification.problem_code or "unknown"
    params = dict(verification.params or ())
    try:
        problem = t(f"audit.problem.{code}", **params)
    except (KeyError, IndexError, ValueError):
        problem = verification.problem or code
    return t("audit.problem.at_row", seq=verification.broken_seq, problem=problem)


def finding_text(finding) -> str:
    """One table or check that does not agree with the chain."""
    params = dict(finding.params)
    what = params.pop("what", "")
    if what:
        try:
            params["what"] = t(f"integrity.what.{what}")
        except KeyError:
            params["what"] = what
    try:
        return t(f"integrity.{finding.code}", **params)
    except (KeyError, IndexError, ValueError):
        return finding.english()


def report_text(report) -> str:
    """Everything wrong in one report, the chain first; "" when it is sound."""
    parts = [] if report.chain.ok else [chain_text(report.chain)]
    parts += [finding_text(f) for f in report.findings]
    return " ".join(parts)
