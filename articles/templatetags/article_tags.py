"""The article page's text with its highlighted passages, the tally of its promises and
the list of them under it, each written in one pass.

An article's body is cut into runs at every highlight's edge (articles.views.segments); a
template loop over the runs and, inside, over each run's highlights, cost more than the rest
of the page, and a loop over the list's entries some 350 calls an entry (the tally's, over
a handful of states, 130 a state). These write the same markup in Python.
"""

from __future__ import annotations

from html import escape

from django import template
from django.utils.safestring import mark_safe

from articles.views import shortened

register = template.Library()

UNREVIEWED_NOTE = "（机器提取，未经审核）"


register.filter("shortened", shortened)  # as truncatechars, for less work


@register.simple_tag
def article_body(runs) -> str:
    """Each run's text inside a <mark> per highlight covering it (the one that begins there
    carries the anchor id); a run under a single linked highlight links to its page."""
    parts = []
    for run in runs:
        text = escape(run.text)
        if not run.highlights:
            parts.append(text)
            continue
        for h in run.highlights:
            classes = f"hl hl-{escape(h.kind)}" + (" hl-unreviewed" if h.unreviewed else "")
            anchor = f' id="{escape(h.anchor)}"' if h in run.opens else ""
            title = escape(h.label) + (f"：{escape(h.summary)}" if h.summary else "")
            title += UNREVIEWED_NOTE if h.unreviewed else ""
            parts.append(f'<mark class="{classes}"{anchor} title="{title}">')
        only = run.highlights[0] if len(run.highlights) == 1 else None
        parts.append(f'<a href="{escape(only.url)}">{text}</a>' if only and only.url else text)
        parts.append("</mark>" * len(run.highlights))
    return mark_safe("".join(parts))


@register.simple_tag
def listed_items(entries) -> str:
    """The list under the article (articles.views.listed): each item's kind, state, text
    (linked to its page), where it is in the text, and whether an editor has checked it."""
    parts = []
    for entry in entries:
        h = entry.highlight
        state = (
            f' <span class="status status-{escape(h.state.css)}">{escape(h.state.label)}</span>'
            if h.state
            else ""
        )
        text = escape(entry.text)
        if h.url:
            text = f'<a href="{escape(h.url)}">{text}</a>'
        place = (
            f'<a href="#{escape(h.anchor)}">在文中</a>'
            if entry.placed
            else '<span class="badge">原文已变，未能标出</span>'
        )
        machine = '<span class="badge machine">机器提取，未经审核</span>' if h.unreviewed else ""
        parts.append(
            f'\n      <li class="item"><span class="badge kind-{escape(h.kind)}">'
            f"{escape(h.label)}</span>{state} {text}\n        {place}\n        {machine}</li>\n    "
        )
    return mark_safe("".join(parts))


@register.simple_tag
def tally_badges(counts) -> str:
    """A badge per state (articles.views.tally): its label and how many are in it."""
    return mark_safe(
        " ".join(
            f'<span class="status status-{escape(state.css)}">{escape(state.label)} {int(n)}</span>'
            for state, n in counts
        )
    )
