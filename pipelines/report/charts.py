"""Tiny inline-SVG charts for the HTML report (no dependencies, no network)."""

from __future__ import annotations

from functools import lru_cache
from html import escape

PALETTE = ("#3b6ea5", "#e08a2e", "#5a9e4b", "#b9463f", "#7d5ba6", "#8c6d46")
FONT = (
    "font-family='Noto Sans CJK SC, Source Han Sans SC, Microsoft YaHei, PingFang SC, sans-serif'"
)


LABEL_W, BAR_H = 260, 14  # hbar: the width of the labels, the height of a bar


def _fmt(value: float, whole: bool = False) -> str:
    """Two decimals with thousands separators (the report's one number format); counts whole."""
    return f"{value:,.0f}" if whole else f"{value:,.2f}"


def hbar(
    title: str,
    rows: list[tuple[str, list[float | None]]],
    series: list[str],
    unit: str = "",
    reference: float | None = None,
    width: int = 760,
    whole: set[int] = frozenset(),
) -> str:
    """Horizontal grouped bars: one group per row label, one bar per series (the series whose
    index is in ``whole`` are counts, printed without decimals)."""
    label_w, bar_h, gap, top = LABEL_W, BAR_H, 10, 44
    n = max(1, len(series))
    group_h = n * bar_h + gap
    height = top + len(rows) * group_h + 30
    values = [v for _, vs in rows for v in vs if v is not None]
    scale_max = max([*values, reference or 0, 1e-9])
    plot_w = width - label_w - 90
    parts = [
        f"<svg xmlns='http://www.w3.org/2000/svg' width='{width}' height='{height}' "
        f"viewBox='0 0 {width} {height}' role='img' {FONT} font-size='12'>",
        "<rect width='100%' height='100%' fill='white'/>",
        f"<text x='8' y='18' font-size='15' font-weight='bold'>{escape(title)}</text>",
    ]
    for k, name in enumerate(series):
        x = label_w + k * 150
        parts.append(
            f"<rect x='{x}' y='26' width='10' height='10' fill='{PALETTE[k % len(PALETTE)]}'/>"
            f"<text x='{x + 14}' y='35'>{escape(name)}</text>"
        )
    series, whole = tuple(series), frozenset(whole)
    for i, (label, vals) in enumerate(rows):
        vals = tuple(vals)
        # -0.0 == 0.0 (and hashes alike) but prints as -0.00: rows with a zero are not kept
        draw = _hbar_row.__wrapped__ if 0 in vals else _hbar_row
        parts.append(
            f"<g transform='translate(0,{top + i * group_h})'>"
            + draw(label, vals, n, scale_max, plot_w, series, unit, whole)
            + "</g>"
        )
    if reference is not None:
        x = label_w + plot_w * reference / scale_max
        parts.append(
            f"<line x1='{x:.1f}' y1='{top - 4}' x2='{x:.1f}' y2='{height - 24}' stroke='#444' "
            f"stroke-dasharray='4 3'/><text x='{x:.1f}' y='{height - 10}' text-anchor='middle' "
            f"fill='#444'>{_fmt(reference)}{escape(unit)}</text>"
        )
    parts.append("</svg>")
    return "".join(parts)


@lru_cache(maxsize=1 << 14, typed=True)  # ~600 bytes each: a chart of 5,000 groups fits thrice
def _hbar_row(
    label: str,
    vals: tuple,
    n: int,
    scale_max: float,
    plot_w: int,
    series: tuple[str, ...],
    unit: str,
    whole: frozenset[int],
) -> str:
    """One row of ``hbar``, its label and bars, drawn from its own top (the chart moves it into
    place): a pure function of its arguments, kept, so that a long-running process (`jixiao
    watch`) drawing a chart of thousands of rows again after each file draws only the rows that
    changed (~20 µs a row drawn, ~1 µs kept), wherever a new row moved them."""
    label_w, bar_h = LABEL_W, BAR_H
    short = label if len(label) <= 22 else label[:21] + "…"
    parts = [
        f"<text x='{label_w - 6}' y='{n * bar_h / 2 + 4}' text-anchor='end'>"
        f"<title>{escape(label)}</title>{escape(short)}</text>"
    ]
    for k, value in enumerate(vals):
        y = k * bar_h
        if value is None:
            parts.append(f"<text x='{label_w + 4}' y='{y + bar_h - 3}' fill='#888'>—</text>")
            continue
        w = max(0.0, plot_w * value / scale_max)
        parts.append(
            f"<rect x='{label_w}' y='{y}' width='{w:.1f}' height='{bar_h - 2}' "
            f"fill='{PALETTE[k % len(PALETTE)]}'><title>{escape(label)} · {escape(series[k])}: "
            f"{_fmt(value, k in whole)}{escape(unit)}</title></rect>"
            f"<text x='{label_w + w + 4:.1f}' y='{y + bar_h - 3}'>{_fmt(value, k in whole)}{escape(unit)}</text>"
        )
    return "".join(parts)


def columns(title: str, bins: list[tuple[str, int]], width: int = 760, height: int = 260) -> str:
    """Vertical bars: a histogram of counts per bin."""
    left, bottom, top = 40, 40, 36
    plot_w, plot_h = width - left - 20, height - bottom - top
    peak = max([c for _, c in bins] + [1])
    slot = plot_w / max(1, len(bins))
    parts = [
        f"<svg xmlns='http://www.w3.org/2000/svg' width='{width}' height='{height}' "
        f"viewBox='0 0 {width} {height}' role='img' {FONT} font-size='12'>",
        "<rect width='100%' height='100%' fill='white'/>",
        f"<text x='8' y='18' font-size='15' font-weight='bold'>{escape(title)}</text>",
        f"<line x1='{left}' y1='{top + plot_h}' x2='{left + plot_w}' y2='{top + plot_h}' stroke='#444'/>",
    ]
    for i, (label, count) in enumerate(bins):
        h = plot_h * count / peak
        x = left + i * slot + slot * 0.15
        parts.append(
            f"<rect x='{x:.1f}' y='{top + plot_h - h:.1f}' width='{slot * 0.7:.1f}' height='{h:.1f}' "
            f"fill='{PALETTE[0]}'><title>{escape(label)}: {count:,}</title></rect>"
            f"<text x='{x + slot * 0.35:.1f}' y='{top + plot_h - h - 4:.1f}' text-anchor='middle'>{count:,}</text>"
            f"<text x='{x + slot * 0.35:.1f}' y='{top + plot_h + 16}' text-anchor='middle'>{escape(label)}</text>"
        )
    parts.append("</svg>")
    return "".join(parts)
