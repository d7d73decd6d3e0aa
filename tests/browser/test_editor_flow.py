"""An editor's main flow in a real browser: log in, accept a suggested commitment, link an
evidence item to it as its baseline, set its status with a reason, and see it all in the
history and on the public commitment page."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth.models import User
from django.urls import NoReverseMatch, reverse
from playwright.sync_api import expect

from tests.editor_data import (
    OUTCOME,
    TARGET,
    make_article,
    make_commitment,
    make_evidence,
    make_link,
)
from tracker import services
from tracker.models import Commitment, Indicator, Link, Relation, ReviewState, Status, StatusSource

PASSWORD = "a long editor password"
REASON = "2023年成交额136亿元为基数，2024年仍在推进"


def log_in_as_editor(page) -> None:
    editor = User.objects.create_user("editor1", password=PASSWORD, is_staff=True)
    editor.groups.add(services.ensure_editor_group())
    page.goto(page.base_url + "/admin/login/")
    page.fill("input[name=username]", "editor1")
    page.fill("input[name=password]", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_selector(".review-queue")


@pytest.mark.django_db(transaction=True)
def test_editor_accepts_links_and_sets_status_then_sees_history(page, screenshot):
    article = make_article()
    commitment = make_commitment(article, suggested_status=Status.IN_PROGRESS,
                                 suggested_status_explanation="尚无2024年的结果")
    evidence = make_evidence(article)
    log_in_as_editor(page)
    assert "待审核的承诺" in page.inner_text(".review-queue")

    # The review queue: open the suggested commitment, see its quote marked in the article.
    page.click("text=待审核的承诺")
    page.click(f"text={TARGET[:20]}")
    assert page.inner_text(".quote-context mark") == TARGET
    screenshot(page, "editor-review")
    page.click("input[name=_accept]")
    page.wait_for_selector(".messagelist")
    commitment.refresh_from_db()
    assert commitment.review_state == ReviewState.ACCEPTED

    # Link the 2023 outcome as the baseline, and set the status with a reason.
    page.goto(page.base_url + reverse("admin:tracker_commitment_change", args=[commitment.pk]))
    page.click("#links-0 .field-evidence .select2-selection")
    page.fill(".select2-search__field", "136")
    page.click(f".select2-results__option:has-text('{OUTCOME[:8]}')")
    page.select_option("select[name=links-0-relation]", Relation.BASELINE)
    page.fill("textarea[name=links-0-note], input[name=links-0-note]", "2023年的数字")
    assert "尚无2024年的结果" in page.inner_text(".field-suggested_status_explanation")
    page.select_option("select[name=status]", Status.IN_PROGRESS)
    page.click("input[name=_continue]")
    # Without a reason the status change is refused, and nothing is saved.
    page.wait_for_selector(".errornote")
    assert "修改状态时必须填写理由" in page.content()
    assert not Link.objects.exists()
    # The row sent back holds the evidence chosen, named as the search named it, in full.
    chosen = page.locator("#links-0 .field-evidence .select2-selection__rendered")
    assert chosen.inner_text().replace("\n", "") == (
        f"{OUTCOME} —— 《{article.title}》2024-02-20 · 2023年（全年） · 136亿元")
    assert chosen.evaluate("e => e.scrollWidth <= e.clientWidth && e.scrollHeight <= "
                           "e.clientHeight")
    page.fill("input[name=status_change_reason]", REASON)
    page.click("input[name=_continue]")
    page.wait_for_selector(".messagelist .success")
    screenshot(page, "editor-linked")

    link = Link.objects.get()
    assert (link.evidence, link.relation, link.review_state) == (
        evidence, Relation.BASELINE, ReviewState.ACCEPTED)
    commitment.refresh_from_db()
    assert (commitment.status, commitment.status_source, commitment.status_reason) == (
        Status.IN_PROGRESS, StatusSource.EDITOR, REASON)

    # Every step is in the history, with who did it and why.
    page.click("a.historylink")
    history = page.inner_text("#change-history")
    assert "已采纳" in history
    assert f"状态改为“推进中”：{REASON}" in history
    assert history.count("editor1") >= 2
    screenshot(page, "editor-history")
    page.goto(page.base_url + reverse("admin:tracker_link_history", args=[link.pk]))
    assert "编辑关联：基线" in page.inner_text("#change-history")

    # And the public page shows the result.
    try:
        public_url = reverse("tracker:commitment", args=[commitment.pk])
    except NoReverseMatch:
        pytest.fail("The public commitment page (tracker:commitment) is missing.")
    page.goto(page.base_url + public_url)
    text = page.inner_text("body")
    assert "推进中" in text
    assert re.search("136", text)


@pytest.mark.django_db(transaction=True)
def test_a_new_link_rows_search_cannot_pick_the_evidence_linked_above(page):
    # The evidence linked in a row above shows in a new row's search greyed, marked 已关联,
    # and a click leaves the box empty; other evidence is picked as before. The same in a
    # row added with "添加另一个".
    article = make_article()
    commitment = make_commitment(article)
    linked = make_evidence(article)
    other = make_evidence(article, quote="新增高新技术企业120家")
    make_evidence(article, quote="力争新增省级以上创新平台48家")  # found by no 技术
    make_link(commitment, linked)
    log_in_as_editor(page)
    page.goto(page.base_url + reverse("admin:tracker_commitment_change", args=[commitment.pk]))
    results = page.locator(".select2-container--open .select2-results__option")
    for row in ("#links-1", "#links-2"):
        if row == "#links-2":
            page.click("#links-group .add-row a")
        page.click(f"{row} .field-evidence .select2-selection")
        page.locator(".select2-container--open .select2-search__field").fill("技术")
        # The search's own results, not the three found on opening (a click on a list being
        # redrawn under a slow server lands beside it, and select2 closes): both quotes hold
        # the word.
        expect(results).to_have_count(2)
        marked = results.filter(has_text=OUTCOME)
        expect(marked).to_have_text(re.compile("^（已关联）"))
        expect(marked).to_have_attribute("aria-disabled", "true")
        marked.click(force=True)  # as a mouse would: select2 ignores it
        expect(results).to_have_count(2)  # still open, nothing chosen
        assert page.locator(f"{row} select[name$=evidence]").input_value() == ""
        results.filter(has_text="新增高新技术企业120家").click()
        expect(page.locator(f"{row} select[name$=evidence]")).to_have_value(str(other.pk))


@pytest.mark.django_db(transaction=True)
def test_the_links_add_page_cannot_pick_evidence_linked_to_the_commitment_chosen(page):
    # On 关联 › 增加, once the commitment is chosen, the evidence search greys out (and cannot
    # pick) the evidence linked to it already, as a link row does; choosing another
    # commitment offers it again.
    article = make_article()
    commitment = make_commitment(article)
    free = make_commitment(article, quote="力争新增省级以上创新平台48家")
    linked = make_evidence(article)
    make_link(commitment, linked)
    log_in_as_editor(page)
    page.goto(page.base_url + reverse("admin:tracker_link_add"))

    def choose(side: str, words: str) -> None:
        page.click(f".field-{side} .select2-selection")
        page.fill(".select2-search__field", words)
        page.click(f".select2-results__option:has-text('{words}')")

    def evidence_found():
        page.click(".field-evidence .select2-selection")
        page.fill(".select2-search__field", "交易额")
        return page.locator(".select2-results__option", has_text=OUTCOME)

    choose("commitment", TARGET[:10])
    # The chosen commitment's label (quote, article, date, period, amount) on two lines at
    # most: the box has the page's width, not select2's 260 pixels.
    chosen = page.locator(".field-commitment .select2-selection__rendered")
    assert chosen.bounding_box()["height"] <= 2 * 1.5 * 13 + 10
    found = evidence_found()
    assert found.inner_text().startswith("（已关联）")
    assert found.get_attribute("aria-disabled") == "true"
    found.click(force=True)  # as a mouse would: select2 ignores it
    assert page.input_value("select[name=evidence]") == ""
    page.keyboard.press("Escape")
    choose("commitment", "创新平台48家")
    assert page.input_value("select[name=commitment]") == str(free.pk)
    found = evidence_found()
    assert found.get_attribute("aria-disabled") != "true"
    found.click()
    assert page.input_value("select[name=evidence]") == str(linked.pk)


@pytest.mark.django_db(transaction=True)
def test_editor_selects_a_missed_quote_in_the_article_text(page):
    article = make_article()
    missed = "力争新增省级以上创新平台48家"
    log_in_as_editor(page)
    page.goto(page.base_url + reverse("admin:tracker_commitment_add") + f"?article={article.pk}")
    # Select the words in the article text as a mouse would, then release the button.
    page.evaluate(
        """(quote) => {
            const box = document.querySelector(".quote-picker");
            const node = box.firstChild;
            const start = node.textContent.indexOf(quote);
            const range = document.createRange();
            range.setStart(node, start);
            range.setEnd(node, start + quote.length);
            window.getSelection().removeAllRanges();
            window.getSelection().addRange(range);
            box.dispatchEvent(new MouseEvent("mouseup", {bubbles: true}));
        }""",
        missed,
    )
    assert page.input_value("#id_quote") == missed
    assert page.input_value("#id_start") == str(article.body.index(missed))
    page.fill("#id_value", "48")
    page.fill("#id_unit", "家")
    page.click("input[name=_save]")
    page.wait_for_selector(".messagelist .success")
    commitment = Commitment.objects.get()
    assert article.body[commitment.start:commitment.end] == missed
    assert commitment.review_state == ReviewState.ACCEPTED


@pytest.mark.django_db(transaction=True)
def test_the_review_list_fits_a_laptop_screen_with_every_column_readable(page):
    # An editor reviews from the lists of commitments: on a 1280-pixel screen every column,
    # the review state last, is in view without scrolling sideways, a quote reads as a line
    # or two (not a few characters a line beside a long article title), and the article's
    # whole title is there on hover.
    title = "高新区召开2024年科技创新暨高质量发展推进大会部署全年重点工作任务"
    article = make_article(title=title)
    indicator = Indicator.objects.create(name="新增国家级专精特新小巨人企业数", unit="家",
                                         unit_family="count")
    for _ in range(5):
        make_commitment(article, indicator=indicator)
    log_in_as_editor(page)
    page.goto(page.base_url + reverse("admin:tracker_commitment_changelist"))
    results = page.locator("#changelist .results")
    overflow = results.evaluate("box => box.scrollWidth - box.clientWidth")
    assert overflow <= 0, f"the list is {overflow} px wider than the screen"
    assert page.locator("#result_list .field-review_state").first.is_visible()
    quote = page.locator("#result_list .field-short_quote").first
    assert quote.bounding_box()["width"] >= 180  # a dozen characters a line at least
    row = page.locator("#result_list tbody tr").first
    assert row.bounding_box()["height"] <= 80  # four lines at most
    shown = page.locator("#result_list .field-article_title span").first
    assert shown.get_attribute("title") == title
    assert shown.inner_text().endswith("…") and len(shown.inner_text()) < len(title)
    assert "170.5亿元" in page.locator("#result_list .field-shown_value").first.inner_text()


@pytest.mark.django_db(transaction=True)
def test_date_fields_carry_no_english_time_zone_note_for_an_editor_abroad(browser, live_server):
    # An editor whose computer keeps another zone's time (travelling, or a UTC machine) sees
    # the periods' and deadline's date fields without Django's English "Note: Enter times in
    # the Asia/Shanghai timezone": a date has no time zone.
    commitment = make_commitment(make_article())
    context = browser.new_context(locale="zh-CN", timezone_id="Europe/London",
                                  viewport={"width": 1280, "height": 900})
    try:
        page = context.new_page()
        page.base_url = live_server.url
        log_in_as_editor(page)
        page.goto(page.base_url + reverse("admin:tracker_commitment_change",
                                          args=[commitment.pk]))
        page.wait_for_selector(".datetimeshortcuts")  # the calendar links: the script ran
        assert page.locator("#id_period_start").is_visible()
        assert "Note:" not in page.inner_text("#content")
    finally:
        context.close()


@pytest.mark.django_db(transaction=True)
def test_the_history_table_keeps_its_short_columns_on_one_line(page):
    # A history whose changes run long (a machine's explanation, a status reason): the time,
    # the kind of change and who made it still read on one line each, not a character a line.
    commitment = make_commitment(make_article())
    log_in_as_editor(page)
    editor = User.objects.get(username="editor1")
    services.set_status(commitment=commitment, status=Status.IN_PROGRESS,
                        reason=REASON * 3, user=editor)
    services.update_item(item=commitment, changes={
        "editor_note": "核对原文：" + "本年度目标以政府工作报告为准，统计口径与上年一致。" * 6},
        user=editor)
    page.goto(page.base_url + reverse("admin:tracker_commitment_history",
                                      args=[commitment.pk]))
    line = page.locator("#change-history tbody tr td:nth-child(3)").first
    one_line = line.evaluate("cell => parseFloat(getComputedStyle(cell).lineHeight)")
    for column in (1, 2, 3, 4):
        for cell in page.locator(f"#change-history tbody tr td:nth-child({column})").all():
            text = cell.inner_text().strip()
            lines = cell.evaluate(
                "cell => { const r = document.createRange(); r.selectNodeContents(cell);"
                " return r.getBoundingClientRect().height; }")
            assert lines <= one_line * 1.5, f"column {column}: {text!r} wraps ({lines} px)"


@pytest.mark.django_db(transaction=True)
def test_dating_an_undated_article_needs_no_precision_chosen_first(page):
    # An article the machine could not date: its precision reads 未知. Typing the date (or
    # picking 今天) makes it 日, which the editor may still change, and the save goes through
    # (it was refused: "已填写发布日期：请选择日期精度").
    article = make_article(published_on=None)
    other = make_article(name="b.txt", published_on=None)
    log_in_as_editor(page)
    page.goto(page.base_url + reverse("admin:articles_article_change", args=[article.pk]))
    assert page.input_value("select[name=date_precision]") == "unknown"
    page.fill("input[name=published_on]", "2021-02-25")
    assert page.input_value("select[name=date_precision]") == "day"
    page.click("input[name=_continue]")
    page.wait_for_selector(".messagelist .success")
    article.refresh_from_db()
    assert (str(article.published_on), article.date_precision) == ("2021-02-25", "day")

    page.goto(page.base_url + reverse("admin:articles_article_change", args=[other.pk]))
    page.click(".field-published_on .datetimeshortcuts a >> text=今天")
    assert page.input_value("select[name=date_precision]") == "day"
    page.select_option("select[name=date_precision]", "month")  # the editor's choice stands
    page.focus("input[name=published_on]")
    assert page.input_value("select[name=date_precision]") == "month"


@pytest.mark.django_db(transaction=True)
def test_an_earlier_version_offers_no_links_that_act_beside_its_fields(page):
    # Undoing through the history starts from an earlier version: its fields are disabled,
    # and the 今天 and calendar links beside the dates, and 增加/修改 beside the indicator,
    # are gone too (they changed a field nothing saves, or opened another object's form).
    commitment = make_commitment(make_article(),
                                 indicator=Indicator.objects.create(name="技术合同成交额"))
    log_in_as_editor(page)
    services.update_item(item=commitment, changes={"value": 200},
                         user=User.objects.get(username="editor1"))
    page.goto(page.base_url + reverse("admin:tracker_commitment_change", args=[commitment.pk]))
    shortcuts = ".field-period_start .datetimeshortcuts"
    page.wait_for_selector(shortcuts)
    assert page.locator(".field-indicator .related-widget-wrapper-link").first.is_visible()
    page.goto(page.base_url + reverse("admin:tracker_commitment_history", args=[commitment.pk]))
    page.locator("text=查看这一版本").last.click()
    page.wait_for_selector(".old-version-note")
    assert page.input_value("#id_value") == "170.5"
    assert page.locator("#id_period_start").is_visible()
    assert not page.locator(shortcuts).first.is_visible()
    assert not any(link.is_visible() for link in
                   page.locator(".field-indicator .related-widget-wrapper-link").all())
