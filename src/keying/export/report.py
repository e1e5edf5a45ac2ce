"""The batch quality report: one self-contained HTML file (no scripts, no external files),
charts as inline SVG. What a shop sends with a delivery."""

from __future__ import annotations

from datetime import datetime
from html import escape

from keying.stats.quality import BatchQuality
from keying.stats.sampling import REASON_WORDS, SamplingFigures

SEVERITIES = ("material", "minor")  # as keying.reconcile's Discrepancy.severity

CSS = """
body{font-family:system-ui,sans-serif;margin:2em auto;max-width:60em;color:#222}
h1{font-size:1.5em}h2{font-size:1.15em;margin-top:2em;border-bottom:1px solid #ccc}
table{border-collapse:collapse}
td,th{padding:.25em .8em;border-bottom:1px solid #eee;text-align:right}
th:first-child,td:first-child{text-align:left}.note{color:#555;font-size:.9em;max-width:45em}
"""


def _bars(items: list[tuple[str, float]], unit: str, width: int = 520) -> str:
    """A horizontal bar chart as inline SVG."""
    if not items:
        return "<p class='note'>Nothing to chart yet.</p>"
    top = max(v for _, v in items) or 1.0
    row, label_w = 24, 150
    height = row * len(items) + 8
    parts = [
        f"<svg xmlns='http://www.w3.org/2000/svg' width='{width}' height='{height}' "
        f"role='img' aria-label='{escape(unit)}'>"
    ]
    for i, (label, value) in enumerate(items):
        y = 4 + i * row
        w = (width - label_w - 90) * value / top
        parts.append(
            f"<text x='0' y='{y + 15}' font-size='13'>{escape(label)}</text>"
            f"<rect x='{label_w}' y='{y + 2}' width='{w:.1f}' height='{row - 8}' fill='#3b6ea8'/>"
            f"<text x='{label_w + w + 6:.1f}' y='{y + 15}' font-size='12'>"
            f"{value:,.1f} {escape(unit)}</text>"
        )
    parts.append("</svg>")
    return "".join(parts)


def _fmt(value: float | None, digits: int = 1) -> str:
    return "–" if value is None else f"{value:,.{digits}f}"


REASONS = REASON_WORDS  # keying.storage.vocabulary.SamplingReason, in words


def _sampling(s: SamplingFigures | None, q: BatchQuality) -> str:
    """The verification sampling section: the settings, the draws by reason, and the errors
    expected in the documents keyed once."""
    if s is None:
        return (
            "<h2>Verification</h2><p>Every document is keyed twice (no verification sampling).</p>"
        )
    threshold = "–" if s.min_accuracy != s.min_accuracy else f"{s.min_accuracy:g} %"
    reasons = "".join(
        f"<tr><td>{escape(REASONS.get(r, r))}</td><td>{n}</td></tr>"
        for r, n in sorted(s.by_reason.items())
    )
    keyers = ", ".join(f"{escape(k)} {n}" for k, n in s.keyers.items()) or "none"
    per_1000 = s.whole_batch_per_1000(q.residual_fields, q.fields)
    return f"""<h2>Verification sampling</h2>
<p>Documents keyed by a keyer whose measured accuracy on this form reaches {threshold} are
verified by a second pass at a rate of {100 * s.rate:g} % (seed {s.seed}); the others are
keyed twice. <strong>{s.unverified} of {s.drawn} documents drawn were keyed once and not
verified</strong>: their final records are pass 1 as keyed.</p>
<table>
<tr><td>documents drawn (pass 1 in)</td><td>{s.drawn}</td></tr>
<tr><td>verified (a pass 2 keyed or to key)</td><td>{s.verified}</td></tr>
<tr><td>keyed once, not verified</td><td>{s.unverified}</td></tr>
<tr><td>fields keyed once</td><td>{s.unverified_fields}</td></tr>
<tr><td>expected errors in them</td><td>{s.unverified_errors:.3f} fields
 ({_fmt(s.unverified_per_1000, 3)} per 1,000 fields); at most {s.unverified_errors_upper:.3f}
 fields with 95 % confidence</td></tr>
<tr><td>estimated residual errors, whole batch</td><td>{_fmt(per_1000, 3)} per 1,000 fields
</td></tr>
</table>
<table><tr><th>draw</th><th>documents</th></tr>{reasons}</table>
<p class="note">Keyed once, by keyer: {keyers}. A document keyed once carries its keyer's
measured error rate (errors charged / fields measured on the form's verified documents, when
the draw was made) on each of its fields: the expected errors sum that rate × fields over
those documents; the bound takes each keyer's 95 % upper confidence bound of the rate instead
(Clopper-Pearson: a keyer with no error in n fields measured is at most 1 − 0.05^(1/n)).
The whole-batch figure adds them to the double-keying bound above, over the
fields compared plus the fields keyed once.</p>
"""


def render_report(
    batch: str,
    form: str,
    q: BatchQuality,
    made: datetime,
    sampling: SamplingFigures | None = None,
) -> str:
    keyers = list(q.keyers.values())
    p = q.progress
    rows = "".join(
        f"<tr><td>{escape(k.login)}</td><td>{k.documents}</td><td>{k.fields}</td>"
        f"<td>{k.errors}</td><td>{_fmt(k.errors_per_1000, 2)}</td>"
        f"<td>{_fmt(k.errors_interval[0], 1)} – {_fmt(k.errors_interval[1], 1)}</td>"
        f"<td>{_fmt(k.fields_per_hour, 0)}</td><td>{_fmt(k.keystrokes_per_hour, 0)}</td></tr>"
        for k in keyers
    )
    decisions = "".join(
        f"<tr><td>{escape(kind)}</td><td>{n}</td></tr>" for kind, n in sorted(q.decisions.items())
    )
    split = f"{q.severities['material']} / {q.severities['minor']}"
    severities = "".join(
        f"<tr><td>{name}</td><td>{q.severities[name]}</td>"
        f"<td>{q.severities[name] - q.pending_by_severity[name]}</td>"
        f"<td>{q.pending_by_severity[name]}</td></tr>"
        for name in SEVERITIES
    )
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Batch quality report: {escape(batch)}</title><style>{CSS}</style></head><body>
<h1>Batch quality report: {escape(batch)}</h1>
<p>Form {escape(form)} · made {made:%Y-%m-%d %H:%M} UTC by keying</p>
<h2>Batch</h2>
<table>
<tr><td>documents</td><td>{q.documents}</td></tr>
<tr><td>keyed once (at least one pass in)</td><td>{p.keyed_once}</td></tr>
<tr><td>keyed twice (both passes in)</td><td>{p.keyed_twice}</td></tr>
<tr><td>documents reconciled</td><td>{q.reconciled}</td></tr>
<tr><td>adjudicated (a supervisor decided at least one discrepancy)</td>
<td>{p.adjudicated}</td></tr>
<tr><td>final (a final record written)</td><td>{p.final}</td></tr>
<tr><td>withdrawn (rescan, rejected)</td><td>{p.withdrawn}</td></tr>
<tr><td>fields compared</td><td>{q.fields}</td></tr>
<tr><td>discrepancies</td><td>{q.discrepancies}</td></tr>
<tr><td>of them material / minor</td><td>{split}</td></tr>
<tr><td>discrepancy rate</td><td>{100 * q.discrepancy_rate:.2f} %</td></tr>
<tr><td>estimated residual errors</td><td>{q.residual_fields:.3f} fields
 ({_fmt(q.residual_per_1000, 3)} per 1,000 fields, at most)</td></tr>
</table>
{_sampling(sampling, q)}
<h2>Discrepancies by severity</h2>
<table><tr><th>severity</th><th>discrepancies</th><th>decided</th><th>pending</th></tr>{severities}
</table>
<p class="note">Minor: the same content written differently (letter case, punctuation or
spacing between words, a separator between names, an abbreviation of the form's list, a
no-value word such as N/A); a supervisor may decide them in bulk, per field and kind.
Material: every other disagreement, decided one by one.</p>
<h2>Adjudications by kind</h2>
<table><tr><th>decision</th><th>discrepancies</th></tr>{decisions}</table>
{_bars([(k, float(n)) for k, n in sorted(q.decisions.items())], "discrepancies")}
<h2>Keyers</h2>
<table><tr><th>keyer</th><th>documents</th><th>fields</th><th>errors charged</th>
<th>errors / 1,000 fields</th><th>95 % interval</th><th>fields / hour</th>
<th>keystrokes / hour</th></tr>{rows}</table>
<h3>Errors charged per 1,000 fields</h3>
{_bars([(k.login, k.errors_per_1000) for k in keyers], "per 1,000")}
<h3>Speed</h3>
{_bars([(k.login, k.fields_per_hour or 0.0) for k in keyers], "fields/h")}
<h2>How these figures are made</h2>
<p class="note">Every document is keyed twice, blind (but those verification sampling left keyed
once, above); the passes are compared field by field.
A discrepancy goes to a supervisor; when the document's final record is written, each pass
whose value differs from the final one is charged an error. Errors per 1,000 fields divide
the errors charged to a keyer by the fields they keyed in reconciled documents; the 95 %
interval (Wilson) says how far the true rate may be from it with so few fields. Speed counts
only passes keyed in the app (passes imported from files carry no timing). Two keyers who
make the same error on the same field agree, and double keying cannot see it: with error
rates p₁ and p₂ per field, at most p₁ × p₂ of a document's fields carry such an error; the
residual estimate sums this bound over the reconciled documents.</p>
</body></html>
"""
