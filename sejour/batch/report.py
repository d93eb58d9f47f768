"""The cohort report: one self-contained HTML file (inline SVG charts, no external assets)."""

from __future__ import annotations

import datetime
import html
from collections import Counter

import numpy as np
import pyarrow as pa

from sejour.assessment import ROUTE_ORDER

VERDICTS = ("eligible", "needs_information", "not_eligible", "not_applicable")
COLOURS = {"eligible": "#1e6b33", "needs_information": "#b07a00", "not_eligible": "#a4161a", "not_applicable": "#999"}


class Cohort:
    def __init__(self, today: datetime.date):
        self.today = np.datetime64(today, "D")
        self.verdicts = {route: Counter() for route in ROUTE_ORDER}
        self.upcoming = {30: Counter(), 60: Counter(), 90: Counter()}
        self.unmet = Counter()
        self.rows = 0

    def add(self, table: pa.Table):
        self.rows += table.num_rows
        for route in ROUTE_ORDER:
            self.verdicts[route].update(table.column(f"{route}.verdict").to_pylist())
            for unmet in Counter(table.column(f"{route}.unmet").to_pylist()).items():
                for condition in filter(None, unmet[0].split(";")):
                    self.unmet[f"{route}: {condition}"] += unmet[1]
        for name in table.column_names:
            if ".deadline." in name:
                days = table.column(name).to_numpy(zero_copy_only=False).astype("datetime64[D]")
                ahead = (days - self.today).astype(np.int64)
                valid = ~np.isnat(days)
                for window in self.upcoming:
                    self.upcoming[window][name] += int(np.count_nonzero(valid & (ahead >= 0) & (ahead <= window)))

    def html(self, title: str = "sejour cohort report") -> str:
        e = html.escape
        parts = [f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{e(title)}</title><style>"
                 "body{font:14px/1.4 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}table{border-collapse:collapse}"
                 "td,th{padding:.2rem .6rem;border-bottom:1px solid #ddd;text-align:left}td.n{text-align:right}</style></head><body>",
                 f"<h1>{e(title)}</h1><p>{self.rows} cases; deadlines counted from {self.today}.</p><h2>Verdicts by route</h2>"]
        parts.append(self._bars())
        parts.append("<table><thead><tr><th scope=col>route</th>" + "".join(f"<th scope=col>{v}</th>" for v in VERDICTS) + "</tr></thead><tbody>")
        for route in ROUTE_ORDER:
            parts.append(f"<tr><th scope=row>{route}</th>" + "".join(f"<td class=n>{self.verdicts[route][v]}</td>" for v in VERDICTS) + "</tr>")
        parts.append("</tbody></table><h2>Deadlines in the next 30, 60 and 90 days</h2><table><thead><tr><th scope=col>deadline</th>"
                     "<th scope=col>30 days</th><th scope=col>60 days</th><th scope=col>90 days</th></tr></thead><tbody>")
        for name in sorted(self.upcoming[90], key=lambda k: -self.upcoming[90][k]):
            if self.upcoming[90][name]:
                parts.append(f"<tr><th scope=row>{e(name)}</th>" + "".join(f"<td class=n>{self.upcoming[w][name]}</td>" for w in (30, 60, 90)) + "</tr>")
        parts.append("</tbody></table><h2>Most frequent unmet conditions</h2><table><tbody>")
        for name, count in self.unmet.most_common(15):
            parts.append(f"<tr><th scope=row>{e(name)}</th><td class=n>{count}</td></tr>")
        parts.append("</tbody></table></body></html>")
        return "".join(parts)

    def _bars(self) -> str:
        width, row_height = 600, 22
        svg = [f"<svg role='img' aria-label='Verdicts by route' width='{width + 200}' height='{row_height * len(ROUTE_ORDER) + 30}' xmlns='http://www.w3.org/2000/svg'>"]
        for i, route in enumerate(ROUTE_ORDER):
            total = sum(self.verdicts[route].values()) or 1
            x, y = 190, 10 + i * row_height
            svg.append(f"<text x='0' y='{y + 14}' font-size='12'>{route}</text>")
            for verdict in VERDICTS:
                w = width * self.verdicts[route][verdict] / total
                if w:
                    svg.append(f"<rect x='{x:.1f}' y='{y}' width='{w:.1f}' height='{row_height - 4}' fill='{COLOURS[verdict]}'><title>{verdict}: "
                               f"{self.verdicts[route][verdict]}</title></rect>")
                x += w
        legend_y = 10 + len(ROUTE_ORDER) * row_height + 12
        for j, verdict in enumerate(VERDICTS):
            svg.append(f"<rect x='{190 + j * 150}' y='{legend_y - 10}' width='12' height='12' fill='{COLOURS[verdict]}'/>"
                       f"<text x='{206 + j * 150}' y='{legend_y}' font-size='12'>{verdict}</text>")
        return "".join(svg) + "</svg>"
