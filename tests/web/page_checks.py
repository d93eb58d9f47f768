"""What every page a person reads must pass in the browser (issue 15): no sideways scrolling, no
internal name in its words, touch targets of at least 44 px, axe-core; and the words of its first
screen."""

from __future__ import annotations

import re
from pathlib import Path

from sejour.case import FIELD_PATHS, ROUTE_IDS
from sejour.web.interview.questions import TOPICS

ROOT = Path(__file__).resolve().parents[2]
TARGET = 44  # px, WCAG 2.5.5

# Internal names (the house rules): field paths, route ids, "unknown", "None", "UNCONFIRMED",
# "seed", file names and repository paths, ISO dates.
# ("appeal", a route id that is also a word, is left to the words.)
_NAMES = sorted([p for p in FIELD_PATHS if "." in p] + [r for r in ROUTE_IDS if "_" in r], key=len, reverse=True)
INTERNAL = re.compile(r"(?<![\w.])(?:" + "|".join(map(re.escape, _NAMES)) + r")(?![\w])"
                      r"|\b(?:unknown|Unknown|UNKNOWN|None|UNCONFIRMED|[Ss]eed)\b"
                      r"|\b[\w-]+(?:/[\w.-]+)*\.(?:md|ya?ml|py|json|toml|po)\b|\b(?:shared|sejour|tests)/[\w./-]+"
                      r"|\b\d{4}-\d{2}-\d{2}\b")
# A topic id on its own as a label ("person", "permit").
TOPIC_LABEL = re.compile(r"^\s*(?:" + "|".join(TOPICS) + r")\s*:?\s*$", re.M)

# Every text node's words (hidden ones too: folded sources are read once unfolded) with its
# element, and the attributes a person (or a screen reader) reads.
_TEXTS = """() => {
  const out = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {acceptNode: n =>
      n.parentElement.closest('script, style, template, noscript') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT});
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    out.push([n.parentElement.tagName.toLowerCase(), n.textContent]);
  }
  for (const e of document.querySelectorAll('[aria-label], [title], [alt], [placeholder]')) {
    for (const a of ['aria-label', 'title', 'alt', 'placeholder']) { if (e.getAttribute(a)) out.push(['@' + a, e.getAttribute(a)]); }
  }
  out.push(['title', document.title]);
  return out;
}"""

# The words shown in the first screen: text nodes drawn (at least partly) inside the viewport,
# the page scrolled to its top.
_FIRST_SCREEN = """() => {
  window.scrollTo(0, 0);
  const words = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const range = document.createRange(); range.selectNodeContents(n);
    const shown = [...range.getClientRects()].some(r => r.width > 0 && r.height > 0 && r.top < innerHeight && r.bottom > 0
                                                    && r.left < innerWidth && r.right > 0);
    const style = getComputedStyle(n.parentElement);
    if (shown && style.visibility !== 'hidden' && style.opacity !== '0') words.push(n.textContent);
  }
  return words.join('');
}"""

# What a finger presses: buttons, fields, the labels of radios and checkboxes, links standing
# alone (a list's item, the header, a button-like link); not a link inside a sentence (WCAG 2.5.8).
_SMALL_TARGETS = """min => {
  const alone = a => {
    const parent = a.parentElement;
    return a.matches('.button, header a, nav a') || (parent.matches('li, p, dd, td') && parent.textContent.trim() === a.textContent.trim());
  };
  const candidates = [...document.querySelectorAll(
      'button, select, textarea, summary, input:not([type=hidden]):not([type=radio]):not([type=checkbox]), label[for], a[href]')]
    .filter(e => e.tagName !== 'A' || alone(e))
    .filter(e => e.tagName !== 'LABEL' || ['radio', 'checkbox'].includes((document.getElementById(e.htmlFor) || {}).type));
  const small = [];
  for (const e of candidates) {
    const r = e.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || r.right <= 0 || r.bottom <= 0 || getComputedStyle(e).visibility === 'hidden') continue;
    if (r.width < 2 && r.height < 2) continue;  // visually hidden (read by screen readers only)
    if (r.width < min || r.height < min) small.push(`${e.tagName.toLowerCase()} "${e.textContent.trim().slice(0, 40)}" ${Math.round(r.width)}x${Math.round(r.height)}`);
  }
  return small;
}"""


def page_texts(page) -> list[tuple[str, str]]:
    return [(tag, text) for tag, text in page.evaluate(_TEXTS)]


def internal_names(page, lang: str) -> list[str]:
    """The internal names in the page's words (a choice "None" in English is a word, not Python's None)."""
    found = []
    for tag, text in page_texts(page):
        if tag == "label" and text.strip() == "None" and lang == "en":
            continue
        found += [m.group(0) for m in INTERNAL.finditer(text)]
        found += [m.group(0).strip() for m in TOPIC_LABEL.finditer(text)]
    return found


def first_screen(page) -> str:
    return re.sub(r"\s+", " ", page.evaluate(_FIRST_SCREEN))


def small_targets(page) -> list[str]:
    return page.evaluate(_SMALL_TARGETS, TARGET)


def overflow(page) -> int:
    """How many px the page is wider than the window (0: no sideways scrolling)."""
    return page.evaluate("document.scrollingElement.scrollWidth - window.innerWidth")


def axe_violations(page, source: str) -> list[str]:
    # Injected by the browser's devtools, not as an inline <script>: the page's CSP stays enforced.
    page.evaluate("source => { if (!window.axe) (0, eval)(source); }", source)
    return page.evaluate("""async () => (await axe.run(document, {resultTypes: ['violations']})).violations
        .filter(v => ['serious', 'critical'].includes(v.impact)).map(v => v.id + ' ' + v.nodes.map(n => n.target.join(' ')).join(' | '))""")


def screenshots_dir() -> Path:
    """Where the browser tests keep their screenshots: $SEJOUR_SCREENSHOTS, else test-artifacts/screenshots/."""
    import os

    folder = Path(os.environ.get("SEJOUR_SCREENSHOTS") or ROOT / "test-artifacts" / "screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def fill_page(page, facts: dict) -> list[str]:
    """Answer the questions on the page by their field names (whatever the order of the pages):
    `facts` by dotted path (absent → "I don't know"; a section of the first page → "no"); returns the fields."""
    fields = page.locator("input[name=fields]").evaluate_all("els => els.map(e => e.value)")
    for field in fields:
        name = field.replace(".", "__") if "." in field else "section__" + field
        value = facts.get(field, "no" if "." not in field else None)
        if value is None:
            page.check(f"[id='{name}-unknown']")
        elif value == "never" and page.locator(f"[id='{name}-never']").count():
            page.check(f"[id='{name}-never']")
        elif isinstance(value, list):
            for item in value:
                page.check(f"[id='{name}-{item}']")
        elif page.locator(f"select[id='{name}']").count():
            page.select_option(f"[id='{name}']", value)
        elif page.locator(f"[id='{name}-{value}']").count():
            page.check(f"[id='{name}-{value}']")
        else:
            page.fill(f"[id='{name}']", value)
    return fields
