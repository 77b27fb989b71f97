"""A shared dashboard in a real browser (issue 17): crafted links, digest text
written as HTML entities and a 5 MB summary neither run, leak nor freeze a page."""

from __future__ import annotations

import pytest
from conftest import serve, serve_digest
from test_e2e import wait_ready

from benchmarks.browser import DRAWN
from digest_data.app import charts

HEAD = "## Papers for 2024-10-25\n\n| Title | Authors | Summary |\n|---|---|---|\n"
LINK = "&lt;a href=&quot;https://chart-link.example/x&quot;&gt;Click me&lt;/a&gt;"
BIG = "&lt;span style=&quot;font-size:250px;color:red&quot;&gt;HUGE&lt;/span&gt;"
# Entities decode to markup in the data; the charts must still show it as text.
ENTITIES = HEAD + "".join(
    f"| Paper {i} {BIG} (Read more on [arXiv](https://arxiv.org/abs/2410.0000{i})) "
    f"| {LINK}, Ann Lee | It reaches an accuracy of 9{i}.5% on MMLU. {BIG} |\n"
    for i in range(3)
)
HUGE = 5 * 1024 * 1024


@pytest.fixture(scope="module")
def entity_server(tmp_path_factory):
    yield from serve_digest(tmp_path_factory, "entities", ENTITIES)


@pytest.fixture(scope="module")
def huge_server(tmp_path_factory):
    summary = ("accuracy of 91.5% on MMLU " * (HUGE // 26 + 1))[:HUGE]
    text = (
        HEAD
        + f"| Huge paper (Read more on [arXiv](https://arxiv.org/abs/2410.00009)) | A | {summary} |\n"
    )
    yield from serve_digest(tmp_path_factory, "huge", text)


def foreign_requests(page, base: str) -> list[str]:
    seen: list[str] = []
    page.on(
        "request",
        lambda r: seen.append(r.url) if not r.url.startswith((base, "data:", "blob:")) else None,
    )
    return seen


@pytest.mark.parametrize("path", ["", "topics", "papers"])
def test_a_crafted_url_puts_no_link_image_or_styled_text_on_the_page(entity_server, page, path):
    foreign = foreign_requests(page, entity_server)
    page.goto(
        f"{entity_server}/{path}?q=%5BSession%20expired%20-%20log%20in%20again%5D"
        "(https%3A%2F%2Fevil.example%2Flogin)"
        "&topic=!%5Bx%5D(https%3A%2F%2Fbeacon.example%2Fq.png)"
        "&source=%3Amaterial%2Ferror%3A%20%3Ared%5B**WARNING%3A%20your%20data%20was%20deleted**%5D"
    )
    wait_ready(page)
    body = page.inner_text("body").replace("\u200b", "")  # zero-width spaces break links
    assert "[Session expired - log in again](https://evil.example/login)" in body
    assert "WARNING" in body
    links = page.locator("a[href*='evil.example'], img[src*='beacon.example']")
    assert links.count() == 0, links.first.evaluate("e => e.outerHTML")
    assert (
        page.locator(
            '[data-testid="stSidebar"] strong, [data-testid="stSidebar"] span[style*="color"]'
        )
        .filter(has_text="WARNING")
        .count()
        == 0
    )
    assert (
        page.locator('[data-testid="stSidebarUserContent"] [data-testid="stIconMaterial"]')
        .filter(has_text="error")
        .count()
        == 0
    )
    assert foreign == []


@pytest.mark.parametrize("path", ["authors", "metrics", "topics", ""])
def test_entities_in_digest_text_stay_text_in_charts(entity_server, page, path):
    foreign = foreign_requests(page, entity_server)
    page.goto(f"{entity_server}/{path}")
    wait_ready(page)
    charts_drawn = page.locator('[data-testid="stPlotlyChart"]')
    assert charts_drawn.count() > 0
    assert page.locator(".js-plotly-plot a, .js-plotly-plot [style*='250px']").count() == 0
    # Hover every point of the first chart: its label stays text as well.
    for point in page.locator(".js-plotly-plot .point, .js-plotly-plot .bars path").all()[:10]:
        point.hover(force=True)
        assert page.locator(".hoverlayer a, .hoverlayer [style*='250px']").count() == 0
    if path == "authors":
        assert "<a href=" in page.locator(".js-plotly-plot").first.inner_text()
    assert foreign == []


@pytest.mark.parametrize("path", ["papers", "", "metrics"])
def test_a_5_mb_summary_does_not_freeze_the_page(huge_server, page, path):
    received: list[int] = []
    page.on("websocket", lambda ws: ws.on("framereceived", lambda f: received.append(len(f))))
    page.goto(f"{huge_server}/{path}")
    # Before the text sent to the browser was capped, Papers was not drawn after
    # 150 s. The bound here is loose: on this shared machine the bundled sample's
    # pages take 15-65 s to draw under load; what froze the browser was the bytes.
    page.wait_for_selector("h1", timeout=120_000)
    page.wait_for_function(DRAWN, timeout=120_000)
    assert sum(received) < 1_000_000
    body = page.inner_text("body")
    assert len(body) < 100_000
    if path == "papers":
        assert "Huge paper" in body and "the CSV download has the full text" in body


def test_chart_text_is_escaped_for_plotly():
    assert charts.plain("<a href='x'>A & B</a>") == "&lt;a href='x'&gt;A &amp; B&lt;/a&gt;"


@pytest.fixture(scope="module")
def collection_server(tmp_path_factory):
    """The dashboard on a digest folder (not a built dataset), so uploads are on."""
    folder = tmp_path_factory.mktemp("collection")
    (folder / "2024-10-25.md").write_text(ENTITIES)
    yield from serve(folder, tmp_path_factory)


def test_the_server_holds_no_more_uploads_than_the_limit(collection_server, page):
    from digest_data.app import uploads

    statuses: list[int] = []
    page.on(
        "response",
        lambda r: statuses.append(r.status) if "/_stcore/upload_file/" in r.url else None,
    )
    page.goto(f"{collection_server}/data")
    wait_ready(page)
    files = [
        {"name": f"d{i}.md", "mimeType": "text/markdown", "buffer": HEAD.encode()}
        for i in range(uploads.MAX_FILES + 3)
    ]
    page.locator('input[type="file"]').set_input_files(files)
    page.wait_for_function(
        f"() => document.body.innerText.includes('d{uploads.MAX_FILES + 2}.md')", timeout=60_000
    )
    page.wait_for_timeout(3_000)
    # Every request reached the server's upload endpoint; those past the limit
    # for one visitor were answered 413 and their files not kept.
    assert statuses.count(204) == uploads.MAX_FILES
    assert statuses.count(413) == 3
