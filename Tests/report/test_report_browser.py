"""`clout report` pages driven in a real browser: Debian's Chromium, headless, through chromedriver.

Three pages are written by the built CLI: the bundled seed network in English and in Japanese, and
a network networkx wrote as GraphML (imported by `clout report` itself). Each page must load with no
console error and without any request leaving it; search (width- and case-insensitive), a click on
an actor (its card, with quotes, its neighbourhood highlighted), the as-of date control (relations
that start later fade), the filters, the sortable rankings and the story player are then driven as a
reader would, by clicks and key presses.

The built CLI is found through CLOUT_BIN (scripts/report-tests sets it), else .build/debug/clout.
Chromium and chromedriver: CHROMIUM_BIN / CHROMEDRIVER_BIN, else the Debian paths.
"""

import json
import os
import pathlib
import shutil
import subprocess

import networkx as nx
import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select, WebDriverWait

ROOT = pathlib.Path(__file__).resolve().parents[2]
CLOUT = os.environ.get("CLOUT_BIN") or str(ROOT / ".build" / "debug" / "clout")
CHROMIUM = os.environ.get("CHROMIUM_BIN") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = os.environ.get("CHROMEDRIVER_BIN") or shutil.which("chromedriver") or "/usr/bin/chromedriver"


def write_report(args, path):
    run = subprocess.run([CLOUT, "report", *args, "-o", str(path)], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    return path


def imported_graph(path):
    """A directed network written by networkx: names with non-ASCII letters, kinds, start dates."""
    g = nx.DiGraph()
    people = ["Ada", "Bruno", "Chiyo", "Dmitri", "Émile", "Fatima", "Gō"]
    for p in people:
        g.add_node(p.lower().replace("é", "e").replace("ō", "o"), name=p, kind="person")
    ids = list(g.nodes)
    for i, u in enumerate(ids):
        for j in (1, 3):
            v = ids[(i + j) % len(ids)]
            g.add_edge(u, v, kind="advises" if j == 1 else "criticizes", start=f"202{i % 5}-0{1 + i % 9}")
    nx.write_graphml(g, str(path))
    return path


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    d = tmp_path_factory.mktemp("report")
    return {
        "seed": write_report([], d / "seed.html"),
        "seed-ja": write_report(["--lang", "ja"], d / "seed-ja.html"),
        "graphml": write_report([str(imported_graph(d / "net.graphml"))], d / "graphml.html"),
    }


@pytest.fixture(scope="module")
def driver():
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1600,1000", "--lang=en-US"]:
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    d = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    d.execute_cdp_cmd("Network.enable", {})
    yield d
    d.quit()


def load(driver, path):
    driver.get(path.as_uri())
    WebDriverWait(driver, 20).until(lambda d: d.execute_script("return !!window.cloutReport"))
    return json.loads(driver.find_element(By.ID, "clout-data").get_attribute("textContent"))


def classes(driver, element_id):
    """The classes of the diagram element with this entity or relation id."""
    return driver.execute_script(
        "var g = document.querySelector('#clout-svg').getElementById(arguments[0]);"
        "return g ? g.getAttribute('class') : null;",
        element_id,
    ).split()


def view_box(driver):
    return driver.execute_script("return document.getElementById('clout-svg').getAttribute('viewBox');")


def opacity(driver, element_id):
    """The element's opacity once its fade (a CSS transition) has ended."""
    script = (
        "var g = document.getElementById('clout-svg').getElementById(arguments[0]);"
        "return g.getAnimations().length ? null : getComputedStyle(g).opacity;"
    )
    WebDriverWait(driver, 5).until(lambda d: d.execute_script(script, element_id) is not None)
    return float(driver.execute_script(script, element_id))


def card_text(driver):
    """The card's whole text, whitespace collapsed (scrolled-out parts included)."""
    return " ".join(driver.execute_script("return document.getElementById('card').textContent;").split())


def squeezed(text):
    return " ".join(text.split())


@pytest.mark.parametrize("name", ["seed", "seed-ja", "graphml"])
def test_loads_without_errors_or_requests(driver, pages, name):
    driver.get_log("browser")
    driver.get_log("performance")
    data = load(driver, pages[name])
    errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    assert errors == [], errors
    page = pages[name].as_uri()
    requested = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            requested.append(message["params"]["request"]["url"])
    assert requested and all(url == page for url in requested), requested
    assert driver.execute_script("return performance.getEntriesByType('resource').length") == 0
    # Every actor and relation of the data is drawn, under its own id.
    assert all("node" in classes(driver, e["id"]) for e in data["entities"])
    assert all("edge" in classes(driver, r["id"]) for r in data["relations"])
    for stable in ["search", "card", "as-of", "story"]:
        assert driver.find_element(By.ID, stable)


@pytest.mark.parametrize(
    "name,query,expected",
    [
        ("seed", "ベセント", "scott-bessent"),
        ("seed", "ＳＣＯＴＴ　ｂｅｓｓｅｎｔ", "scott-bessent"),
        ("seed-ja", "jensen huang", "jensen-huang"),
        ("graphml", "CHIYO", "chiyo"),
    ],
)
def test_search_finds_and_centres_any_name(driver, pages, name, query, expected):
    data = load(driver, pages[name])
    box = driver.find_element(By.ID, "search")
    box.send_keys(query)
    first = driver.find_element(By.CSS_SELECTOR, "#clout-results li")
    assert first.get_attribute("data-entity") == expected
    before = view_box(driver)
    box.send_keys(Keys.ENTER)
    entity = next(e for e in data["entities"] if e["id"] == expected)
    assert driver.find_element(By.CSS_SELECTOR, "#card h2").text == entity["label"]
    assert "clout-sel" in classes(driver, expected)
    assert view_box(driver) != before


@pytest.mark.parametrize("name,actor", [("seed", "howard-lutnick"), ("seed-ja", "nvidia"), ("graphml", "bruno")])
def test_click_on_actor_gives_card_with_quotes_and_neighbourhood(driver, pages, name, actor):
    data = load(driver, pages[name])
    shape = driver.find_element(By.CSS_SELECTOR, f'#clout-svg g.node[id="{actor}"] text')
    ActionChains(driver).move_to_element(shape).click().perform()
    entity = next(e for e in data["entities"] if e["id"] == actor)
    assert driver.find_element(By.CSS_SELECTOR, "#card h2").text == entity["label"]
    mine = [r for r in data["relations"] if actor in (r["from"], r["to"])]
    shown = driver.find_elements(By.CSS_SELECTOR, "#card .clout-rel")
    assert {e.get_attribute("data-relation") for e in shown} >= {r["id"] for r in mine}
    quotes = driver.find_elements(By.CSS_SELECTOR, "#card blockquote.clout-quote")
    assert quotes and all(q.get_attribute("textContent").strip('“” ') for q in quotes)
    assert squeezed(mine[0]["cites"][0]["q"]) in card_text(driver)
    for r in mine:
        other = r["to"] if r["from"] == actor else r["from"]
        assert "clout-hl" in classes(driver, other) and "clout-hl" in classes(driver, r["id"])
    strangers = [e["id"] for e in data["entities"] if e["id"] not in {x for r in mine for x in (r["from"], r["to"])}]
    if strangers:
        assert "clout-hl" not in classes(driver, strangers[0])
        assert opacity(driver, strangers[0]) < 0.5


def test_click_on_relation_gives_its_evidence(driver, pages):
    data = load(driver, pages["seed"])
    # A relation whose edge carries its label (the diagram leaves a label out where it has no room;
    # the line keeps the relation's id): Huang's lobbying if labelled, else the first labelled one.
    def labelled(r):
        return driver.find_elements(By.CSS_SELECTOR, f'#clout-svg g.edge[id="{r["id"]}"] text')
    huang = [r for r in data["relations"] if r["from"] == "jensen-huang" and r["kind"] == "lobbies"]
    relation = next(r for r in huang + data["relations"] if r.get("cites") and labelled(r))
    label = labelled(relation)[0]
    ActionChains(driver).move_to_element(label).click().perform()
    card = card_text(driver)
    assert squeezed(relation["cites"][0]["q"]) in card
    source = data["sources"][relation["cites"][0]["s"]]
    assert squeezed(source["title"]) in card


@pytest.mark.parametrize("name", ["seed", "graphml"])
def test_date_control_fades_relations_that_start_later(driver, pages, name):
    data = load(driver, pages[name])
    control = driver.find_element(By.ID, "as-of")
    control.send_keys(Keys.HOME)
    date = control.get_attribute("data-date")
    assert date == data["months"]["from"]
    year, month = map(int, date.split("-"))
    end_of_month = year * 10000 + month * 100 + 31
    start_of_month = year * 10000 + month * 100 + 1
    later = [r for r in data["relations"] if r.get("first", 0) > end_of_month]
    # In force on that month: started by its end and not ended before its start.
    earlier = [
        r
        for r in data["relations"]
        if r.get("first", 99999999) <= end_of_month and r.get("last", 99999999) >= start_of_month
    ]
    assert later and earlier
    for r in later:
        assert "clout-off" in classes(driver, r["id"])
    assert opacity(driver, later[0]["id"]) < 0.2
    for r in earlier:
        assert "clout-off" not in classes(driver, r["id"])
    control.send_keys(Keys.END)
    assert control.get_attribute("data-date") == ""
    assert all("clout-off" not in classes(driver, r["id"]) for r in later)


def test_filters_fade_a_relation_kind(driver, pages):
    data = load(driver, pages["seed"])
    driver.find_element(By.CSS_SELECTOR, '#clout-tabs button[data-tab="filters"]').click()
    driver.find_element(By.CSS_SELECTOR, '#clout-filters input[value="lobbies"]').click()
    lobbying = [r["id"] for r in data["relations"] if r["kind"] == "lobbies"]
    others = [r["id"] for r in data["relations"] if r["kind"] != "lobbies"]
    assert lobbying and all("clout-off" in classes(driver, r) for r in lobbying)
    assert "clout-off" not in classes(driver, others[0])


def test_rankings_sort_by_any_column(driver, pages):
    data = load(driver, pages["seed"])
    driver.find_element(By.CSS_SELECTOR, '#clout-tabs button[data-tab="rankings"]').click()
    driver.find_element(By.CSS_SELECTOR, '#clout-rankings th[data-sort="betweenness"]').click()
    first = driver.find_element(By.CSS_SELECTOR, "#clout-rankings tbody tr").get_attribute("data-entity")
    scores = data["scores"]["betweenness"]
    best = max(range(len(scores)), key=lambda i: (scores[i], -i))
    assert first == data["entities"][best]["id"]
    driver.find_element(By.CSS_SELECTOR, '#clout-rankings th[data-sort="betweenness"]').click()
    last = driver.find_element(By.CSS_SELECTOR, "#clout-rankings tbody tr").get_attribute("data-entity")
    assert scores[data["entities"].index(next(e for e in data["entities"] if e["id"] == last))] == min(scores)


@pytest.mark.parametrize("name", ["seed", "seed-ja"])
def test_story_step_highlights_what_it_names(driver, pages, name):
    data = load(driver, pages[name])
    assert len(data["stories"]) >= 2
    story = data["stories"][1]
    Select(driver.find_element(By.CSS_SELECTOR, "#story select")).select_by_value(story["id"])
    driver.find_element(By.CSS_SELECTOR, '#story button[data-action="next"]').click()
    player = driver.find_element(By.ID, "story")
    assert player.get_attribute("data-story") == story["id"] and player.get_attribute("data-step") == "2"
    step = story["steps"][1]
    assert step["caption"] in player.text
    named = set(step["actors"]) | ({v for v in step["chain"]["v"]} if step["chain"] else set())
    relations = set(step["relations"]) | ({r for h in step["chain"]["h"] for r in h["r"]} if step["chain"] else set())
    assert named and relations
    for actor in named:
        assert "clout-hl" in classes(driver, actor), actor
    for relation in relations:
        assert "clout-hl" in classes(driver, relation), relation
    touched = named | {x for r in data["relations"] if r["id"] in relations for x in (r["from"], r["to"])}
    bystander = next(e["id"] for e in data["entities"] if e["id"] not in touched)
    assert "clout-hl" not in classes(driver, bystander)
    assert opacity(driver, bystander) < 0.5
    # Every relation the step names is in the card, with its evidence.
    card = card_text(driver)
    for r in data["relations"]:
        if r["id"] in step["relations"]:
            assert squeezed(r["cites"][0]["q"]) in card


def test_too_big_network_is_refused_with_advice(tmp_path):
    g = nx.gnm_random_graph(400, 900, seed=7, directed=True)
    nx.write_graphml(g, str(tmp_path / "big.graphml"))
    out = tmp_path / "big.html"
    run = subprocess.run(
        [CLOUT, "report", str(tmp_path / "big.graphml"), "-o", str(out)], capture_output=True, text=True, timeout=300
    )
    assert run.returncode == 2
    assert "400 entities" in run.stderr and "--focus" in run.stderr and "--about" in run.stderr
    assert not out.exists()
