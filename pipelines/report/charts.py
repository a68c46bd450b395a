"""Tiny inline-SVG charts for the HTML report (no dependencies, no network)."""

from __future__ import annotations

from html import escape

PALETTE = ("#3b6ea5", "#e08a2e", "#5a9e4b", "#b9463f", "#7d5ba6", "#8c6d46")
FONT = (
    "font-family='Noto Sans CJK SC, Source Han Sans SC, Microsoft YaHei, PingFang SC, sans-serif'"
)


def _fmt(value: float) -> str:
    return f"{value:,.2f}".rstrip("0").rstrip(".") if value % 1 else f"{value:,.0f}"


def hbar(
    title: str,
    rows: list[tuple[str, list[float | None]]],
    series: list[str],
    unit: str = "",
    reference: float | None = None,
    width: int = 760,
) -> str:
    """Horizontal grouped bars: one group per row label, one bar per series."""
    label_w, bar_h, gap, top = 260, 14, 10, 44
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
    for i, (label, vals) in enumerate(rows):
        y0 = top + i * group_h
        short = label if len(label) <= 22 else label[:21] + "…"
        parts.append(
            f"<text x='{label_w - 6}' y='{y0 + n * bar_h / 2 + 4}' text-anchor='end'>"
            f"<title>{escape(label)}</title>{escape(short)}</text>"
        )
        for k, value in enumerate(vals):
            y = y0 + k * bar_h
            if value is None:
                parts.append(f"<text x='{label_w + 4}' y='{y + bar_h - 3}' fill='#888'>n/a</text>")
                continue
            w = max(0.0, plot_w * value / scale_max)
            parts.append(
                f"<rect x='{label_w}' y='{y}' width='{w:.1f}' height='{bar_h - 2}' "
                f"fill='{PALETTE[k % len(PALETTE)]}'><title>{escape(label)} · {escape(series[k])}: "
                f"{_fmt(value)}{escape(unit)}</title></rect>"
                f"<text x='{label_w + w + 4:.1f}' y='{y + bar_h - 3}'>{_fmt(value)}{escape(unit)}</text>"
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
            f"fill='{PALETTE[0]}'><title>{escape(label)}: {count}</title></rect>"
            f"<text x='{x + slot * 0.35:.1f}' y='{top + plot_h - h - 4:.1f}' text-anchor='middle'>{count}</text>"
            f"<text x='{x + slot * 0.35:.1f}' y='{top + plot_h + 16}' text-anchor='middle'>{escape(label)}</text>"
        )
    parts.append("</svg>")
    return "".join(parts)
