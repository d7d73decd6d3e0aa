"""A reader's path through the public site in a real browser, without logging in: the
scorecard, filtering commitments, one commitment, its quote in the article, search."""

from __future__ import annotations

import re

import pytest

from tests.public_site_data import build_site
from tracker.models import Indicator, UnitFamily

pytestmark = pytest.mark.django_db(transaction=True)


def test_reader_follows_a_commitment_to_its_source(page, screenshot):
    site = build_site()
    page.goto(page.base_url + "/")
    assert page.locator("h1").inner_text() == "承诺总览"
    assert page.locator(".score.status-overdue .score-n").inner_text() == "3"
    screenshot(page, "public-home")

    page.get_by_role("link", name="承诺", exact=True).click()
    page.select_option("#f-status", "exceeded")
    page.select_option("#f-year", "2023")
    page.get_by_role("button", name="筛选").click()
    page.wait_for_url(re.compile(r"status=exceeded"))
    assert "year=2023" in page.url  # the filtered view can be shared
    items = page.locator("ul.items > li")
    assert items.count() == 1
    assert "技术合同成交额力争达到120亿元" in items.first.inner_text()
    screenshot(page, "public-commitments")

    items.first.locator(".quote a").click()
    page.wait_for_url(re.compile(rf"/commitments/{site.target_2023.pk}/$"))
    assert "为目标的 113%" in page.locator("#progress ~ p").first.inner_text()
    assert "全年技术合同成交额完成136亿元" in page.locator(".timeline").inner_text()
    assert "超额完成" in page.locator(".history").inner_text()
    screenshot(page, "public-commitment")

    page.get_by_role("link", name="在原文中查看这句话").click()
    page.wait_for_url(re.compile(rf"#commitment-{site.target_2023.pk}$"))
    target = page.locator(f"#commitment-{site.target_2023.pk}")
    assert target.inner_text() == "技术合同成交额力争达到120亿元"
    assert target.evaluate("el => el.matches(':target')")
    assert target.evaluate("el => getComputedStyle(el).outlineStyle") == "solid"
    assert target.is_visible()
    screenshot(page, "public-article")


def test_reader_searches_and_reads_an_indicator(page, screenshot):
    site = build_site()
    page.goto(page.base_url + "/")
    page.fill("#site-q", "高新技术企业")
    page.press("#site-q", "Enter")
    page.wait_for_url(re.compile(r"/search/\?q="))
    results = page.locator("#results-commitments")
    assert "全年新增高新技术企业300家以上" in results.inner_text()
    assert page.locator("#results-commitments mark").first.inner_text() == "高新技术企业"
    assert "机器提取，未经审核" in results.inner_text()
    screenshot(page, "public-search")

    page.goto(page.base_url + f"/indicators/{site.contracts.pk}/")
    table = page.locator("table.series").inner_text()
    assert "170.5亿元" in table and "136亿元" in table
    assert page.locator("svg circle.point-target").count() == 2
    assert page.locator("svg circle.point-outcome").count() == 1
    screenshot(page, "public-indicator")


def test_pages_fit_a_phone_screen(page):
    site = build_site()
    page.set_viewport_size({"width": 375, "height": 740})
    for path in ("/", "/commitments/", f"/commitments/{site.target_2024.pk}/",
                 f"/indicators/{site.contracts.pk}/", f"/articles/{site.plan_2024.pk}/"):
        page.goto(page.base_url + path)
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 1, path


def test_filter_fields_line_up_in_a_row(page):
    # A search box is taller than a drop-down list by default: its label sat higher than the
    # others' in the same row of filters.
    build_site()
    for path in ("/commitments/", "/articles/"):
        page.goto(page.base_url + path)
        boxes = page.evaluate(
            """[...document.querySelectorAll('.filters .field')].map(f => {
                 const box = f.querySelector('input, select').getBoundingClientRect();
                 const label = f.querySelector('label').getBoundingClientRect();
                 return [Math.round(label.top), Math.round(box.top), Math.round(box.height)]; })"""
        )
        first_row = [b for b in boxes if b[0] < boxes[0][0] + 20]
        assert len(first_row) >= 2, path
        assert len({tuple(b) for b in first_row}) == 1, (path, boxes)


def test_a_chosen_filter_option_reads_whole_in_its_list(page):
    # On a laptop and on a phone, each list of the commitment filters is wide enough for its
    # longest option: the review list showed its chosen 机器提取，未经审核 as "机器提取，未".
    site = build_site()
    longest = "新增国家级专精特新小巨人企业数"
    Indicator.objects.create(name=longest, unit_family=UnitFamily.COUNT, unit="家")
    for width in (1280, 375):
        page.set_viewport_size({"width": width, "height": 800})
        page.goto(page.base_url + f"/commitments/?review_state=suggested&indicator={site.firms.pk}")
        cut = page.evaluate(
            """[...document.querySelectorAll('.filters select')].flatMap(list => {
                 const pen = document.createElement('canvas').getContext('2d');
                 pen.font = getComputedStyle(list).font;
                 const room = list.clientWidth - 24;  // the arrow and padding
                 return [...list.options].filter(o => pen.measureText(o.text).width > room)
                   .map(o => `${list.name}: ${o.text}`); })"""
        )
        assert cut == [], (width, cut)


def test_status_cards_fill_even_rows_and_keep_their_labels_whole(page):
    # At 1280 px the overdue card (其中已逾期，未见结果), the last, sat on a row of its own;
    # each card's label reads on one line.
    build_site()
    for width in (1280, 1024, 768, 375):
        page.set_viewport_size({"width": width, "height": 800})
        page.goto(page.base_url + "/")
        cards = page.evaluate(
            """[...document.querySelectorAll('.scorecard .score a')].map(card => {
                 const box = card.getBoundingClientRect();
                 const words = document.createRange();
                 words.selectNodeContents(card.querySelector('.score-label'));
                 const lines = new Set([...words.getClientRects()].map(r => Math.round(r.top)));
                 return [box.top, box.left, box.right, box.height, lines.size]
                   .map(Math.round); })"""
        )
        rows: dict[int, list] = {}
        for top, left, right, height, _lines in cards:
            rows.setdefault(top, []).append((left, right, height))
        # every row starts and ends where the others do, its cards of one height
        edges = {(min(c[0] for c in row), max(c[1] for c in row)) for row in rows.values()}
        assert len(rows) > 1 and len(edges) == 1, (width, cards)
        assert all(len({c[2] for c in row}) == 1 for row in rows.values()), (width, cards)
        assert {lines for *_box, lines in cards} == {1}, (width, cards)
