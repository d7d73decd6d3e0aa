"""The browser harness itself: Chromium renders a page of the live server with Chinese text."""

import pytest


@pytest.mark.django_db(transaction=True)
def test_admin_login_page_renders_in_chinese(page):
    page.goto(page.base_url + "/admin/login/")
    assert "登录" in page.content()
    assert page.locator("input[name=username]").is_visible()
