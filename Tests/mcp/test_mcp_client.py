"""`clout mcp` driven by the reference MCP client (the `mcp` package from PyPI) over stdio.

Every test starts the server the way an assistant's client does (a subprocess speaking JSON-RPC on
its standard input and output) and talks to it only through the client library: initialise, list
tools and resources, call every tool, and check that bad requests come back as MCP errors with the
command line's messages while the server goes on answering. Analysis results are compared with
what `clout … --format json` prints for the same question.
"""

import asyncio
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client
from mcp.shared.exceptions import MCPError as McpError

CLOUT = os.environ.get("CLOUT_BIN", "clout")
HERE = Path(__file__).parent
FIXTURES = HERE / "fixtures"

ANALYSIS_TOOLS = {
    "find_actor", "actor_card", "influencers", "influenced", "influence", "strongest_paths", "rank",
    "brokers", "explain", "diff", "validate", "render",
}


def serve(*args, check):
    """Starts `clout mcp ARGS`, initialises a client session and runs `check(session, init)`."""

    async def main():
        params = StdioServerParameters(command=CLOUT, args=["mcp", *args])
        with open(os.devnull, "w") as errlog:
            async with stdio_client(params, errlog=errlog) as (read, write):
                async with ClientSession(read, write) as session:
                    init = await session.initialize()
                    return await check(session, init)

    return asyncio.run(asyncio.wait_for(main(), timeout=120))


def cli_json(*args):
    out = subprocess.run([CLOUT, *args, "--format", "json"], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


async def call(session, tool, **arguments):
    result = await session.call_tool(tool, arguments)
    assert not result.is_error, result
    assert result.content and result.content[0].type == "text" and result.content[0].text.strip()
    return result


async def refused(session, tool, **arguments):
    with pytest.raises(McpError) as caught:
        await session.call_tool(tool, arguments)
    return caught.value.message + " " + json.dumps(caught.value.data or {}, ensure_ascii=False)


def test_initialise_and_list_tools_and_resources():
    async def check(session, init):
        assert init.server_info.name == "clout"
        assert init.capabilities.tools is not None and init.capabilities.resources is not None
        assert "verbatim quote" in (init.instructions or "")
        tools = {t.name: t for t in (await session.list_tools()).tools}
        assert set(tools) == ANALYSIS_TOOLS  # no editing without --allow-edits
        for tool in tools.values():
            assert len(tool.description) > 60, tool.name
            assert tool.input_schema["type"] == "object"
        assert tools["influencers"].input_schema["required"] == ["actor"]
        assert {"about", "as_of", "between", "status", "max_hops", "time_order"} <= set(
            tools["influencers"].input_schema["properties"]
        )
        assert "depth" not in tools["influence"].input_schema["properties"]
        assert tools["rank"].input_schema["properties"]["by"]["default"] == "reach"
        assert "reach" in tools["rank"].input_schema["properties"]["by"]["enum"]
        resources = {str(r.uri) for r in (await session.list_resources()).resources}
        assert {"clout://docs/format", "clout://sources"} <= resources
        doc = await session.read_resource("clout://docs/format")
        assert doc.contents[0].text.startswith("# The Clout network format")
        sources = json.loads((await session.read_resource("clout://sources")).contents[0].text)["sources"]
        assert sources and all(s["id"] and s["title"] for s in sources)
        one = json.loads((await session.read_resource(f"clout://sources/{sources[0]['id']}")).contents[0].text)
        assert one["quotes"] and all(q["quote"] for q in one["quotes"])
        # The bundled network serves the archived texts compiled in with it, and its quotes are in them.
        archived = [s for s in sources if s["archived_text"]]
        assert archived and f"clout://sources/{archived[0]['id']}/text" in resources
        text = (await session.read_resource(f"clout://sources/{archived[0]['id']}/text")).contents[0].text
        cited = json.loads((await session.read_resource(f"clout://sources/{archived[0]['id']}")).contents[0].text)
        assert all(q["quote"] in text for q in cited["quotes"])

    serve(check=check)


def test_every_analysis_tool_answers_as_the_command_line_does():
    expected = {
        "actor_card": cli_json("show", "lutnick"),
        "influencers": cli_json("influencers", "donald-trump", "--about", "h200"),
        "influenced": cli_json("influenced", "china", "--about", "rare-earths", "--top", "3"),
        "influence": cli_json("influence", "jensen-huang", "donald-trump", "--about", "h200"),
        "strongest_paths": cli_json("path", "nvidia", "donald-trump", "--k", "2"),
        "strongest_paths_rules": cli_json(
            "path", "jensen-huang", "us-commerce-department", "--max-hops", "6", "--no-time-order"
        ),
        "rank_reach": cli_json("rank", "--top", "5"),
        "influenced_rules": cli_json("influenced", "china", "--max-hops", "2", "--top", "3"),
        "rank": cli_json("rank", "--by", "betweenness", "--top", "5"),
        "brokers": cli_json("brokers", "united-states", "china", "--top", "3"),
        "explain": cli_json("explain", "china", "--by", "influence", "--top", "3"),
        "diff": cli_json("diff", "--from", "2025-06", "--to", "2025-12"),
    }

    async def check(session, init):
        found = await call(session, "find_actor", query="ラトニック")
        assert [m["id"] for m in found.structured_content["matches"]] == ["howard-lutnick"]
        got = {
            "actor_card": await call(session, "actor_card", actor="ラトニック"),
            "influencers": await call(session, "influencers", actor="donald-trump", about="h200"),
            "influenced": await call(session, "influenced", actor="china", about=["rare-earths"], top=3),
            "influence": await call(session, "influence", **{"from": "jensen-huang", "to": "donald-trump"}, about="h200"),
            "strongest_paths": await call(session, "strongest_paths", **{"from": "nvidia", "to": "donald-trump"}, k=2),
            "strongest_paths_rules": await call(
                session,
                "strongest_paths",
                **{"from": "jensen-huang", "to": "us-commerce-department"},
                max_hops=6,
                time_order=False,
            ),
            "rank_reach": await call(session, "rank", top=5),
            "influenced_rules": await call(session, "influenced", actor="china", max_hops=2, top=3),
            "rank": await call(session, "rank", by="betweenness", top=5),
            "brokers": await call(session, "brokers", first="united-states", second="china", top=3),
            "explain": await call(session, "explain", actor="china", by="influence", top=3),
            "diff": await call(session, "diff", **{"from": "2025-06", "to": "2025-12"}),
        }
        for name, result in got.items():
            assert result.structured_content == expected[name], name
        # The evidence travels with the answer: chains of hops, relations, verbatim quotes, sources.
        first = got["influencers"].structured_content["influencers"][0]["chain"]["hops"][0]["relations"][0]
        assert first["sources"][0]["quote"] and first["sources"][0]["source"]
        assert "“" in got["influencers"].content[0].text  # the text quotes its sources too
        valid = await call(session, "validate")
        assert valid.structured_content["files"][0]["errors"] == 0
        drawing = await call(session, "render", focus="nvidia", depth=1)
        svg = drawing.content[1].resource
        assert svg.mime_type == "image/svg+xml" and "<svg" in svg.text
        assert drawing.structured_content["format"] == "svg" and drawing.structured_content["file"] is None

    serve(check=check)


def test_a_long_computation_reports_progress():
    async def check(session, init):
        seen = []

        async def progress(value, total, message):
            seen.append((value, total, message))

        result = await session.call_tool("rank", {"by": "betweenness"}, progress_callback=progress)
        assert not result.is_error
        assert seen and seen[0][0] == 0 and seen[-1][0] == 1
        assert [p for p, _, _ in seen] == sorted(p for p, _, _ in seen)

    serve(check=check)


def test_bad_requests_are_mcp_errors_and_the_server_goes_on():
    async def check(session, init):
        assert "no entity matches 'zzzz-nobody'" in await refused(session, "actor_card", actor="zzzz-nobody")
        message = await refused(session, "influencers", actor="trump")
        assert "entities in" in message and "say which" in message and "donald-trump" in message
        assert "--as-of: '2025-13' is not a date" in await refused(
            session, "influence", **{"from": "china", "to": "nvidia"}, as_of="2025-13")
        assert "--about: unknown topic 'h2000'; did you mean 'h200'" in await refused(
            session, "influencers", actor="donald-trump", about="h2000")
        assert "unknown tool 'influencerz'; did you mean 'influencers'" in await refused(session, "influencerz")
        assert "unknown argument 'actr'" in await refused(session, "actor_card", actr="nvidia")
        assert "editing is off" in await refused(session, "propose_relation")
        with pytest.raises(McpError) as caught:
            await session.read_resource("clout://sources/no-such-source")
        assert "unknown source 'no-such-source'" in caught.value.message
        # Still answering.
        found = await call(session, "find_actor", query="nvidia")
        assert found.structured_content["matches"][0]["id"] == "nvidia"

    serve(check=check)


def test_malformed_and_unknown_messages_are_answered_and_the_server_goes_on():
    """Raw lines on the wire, as a broken client would send them, then the reference client."""
    proc = subprocess.Popen([CLOUT, "mcp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    try:
        def exchange(line):
            proc.stdin.write(line + "\n")
            proc.stdin.flush()
            return json.loads(proc.stdout.readline())

        assert exchange("this is not json") == {
            "jsonrpc": "2.0", "id": None, "error": {"code": -32700, "message": "Parse error: the line is not JSON"}}
        assert exchange('{"jsonrpc": "2.0", "id": 7}')["error"]["code"] == -32600
        assert exchange('[1, 2')["error"]["code"] == -32700
        init = exchange(json.dumps({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
            "protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "raw", "version": "1"}}}))
        assert init["result"]["protocolVersion"] == "2025-06-18"
        unknown = exchange('{"jsonrpc": "2.0", "id": 2, "method": "clout/no-such-method"}')
        assert unknown["id"] == 2 and unknown["error"]["code"] == -32601
        ping = exchange('{"jsonrpc": "2.0", "id": 3, "method": "ping"}')
        assert ping == {"jsonrpc": "2.0", "id": 3, "result": {}}
    finally:
        proc.stdin.close()
        proc.wait(timeout=30)

    # The reference client: an unknown method is an MCP error, and the session goes on.
    from mcp import types

    async def check(session, init):
        with pytest.raises(McpError) as caught:
            await session.send_request(types.Request(method="clout/no-such-method", params=None), types.EmptyResult)
        assert caught.value.code == -32601
        await call(session, "find_actor", query="エヌビディア")

    serve(check=check)


@pytest.fixture
def network(tmp_path):
    shutil.copytree(FIXTURES, tmp_path / "net")
    return tmp_path / "net" / "chips.yaml"


def test_proposals_are_checked_against_the_archived_text(network, tmp_path):
    review = network.with_name("chips.review.yaml")
    before = network.read_text()

    async def check(session, init):
        names = {t.name for t in (await session.list_tools()).tools}
        assert {"propose_actor", "propose_relation"} <= names
        resources = {str(r.uri) for r in (await session.list_resources()).resources}
        assert "clout://sources/chip-report/text" in resources
        text = (await session.read_resource("clout://sources/chip-report/text")).contents[0].text
        assert "AMD said it would seek similar licences" in text
        # A quote that is not in the source is refused, with the closest passage.
        message = await refused(session, "propose_relation", **{
            "from": "nvidia", "kind": "lobbies", "to": "united-states", "source": "chip-report",
            "quote": "Nvidia begged the Commerce Department to allow sales of its H200"})
        assert "does not occur verbatim" in message
        assert "Nvidia lobbied the Commerce Department to allow sales of its H200" in message
        assert not review.exists()
        # A source with no archived text cannot back a proposal.
        assert "no archived text" in await refused(session, "propose_relation", **{
            "from": "nvidia", "kind": "lobbies", "to": "united-states", "source": "no-text", "quote": "anything"})
        # Accepted: a new actor, then a relation naming it.
        actor = await call(session, "propose_actor", id="amd", kind="company", name="AMD", names={"ja": "AMD"},
                           source="chip-report", quote="AMD said it would seek similar licences for its MI308 chips")
        assert actor.structured_content["accepted"] is True
        relation = await call(session, "propose_relation", **{
            "from": "amd", "kind": "lobbies", "to": "us-commerce-department",
            "about": ["h200"], "date": "2025-12", "status": "announced", "source": "chip-report",
            "quote": "The Commerce Department later granted licences for the H200, taking a share of the revenue."})
        assert relation.structured_content["pending"] == 2
        assert relation.structured_content["review_file"].endswith("chips.review.yaml")
        valid = await call(session, "validate")
        assert valid.structured_content == cli_json("validate", str(network))
        review_report = valid.structured_content["files"][0]["review"]
        assert (review_report["entities"], review_report["relations"], review_report["errors"]) == (1, 1, 0)

    serve(str(network), "--allow-edits", check=check)
    assert network.read_text() == before  # the network itself is never written
    text = review.read_text()
    assert "id: amd" in text and "MI308" in text and "from: amd" in text
    # `clout validate` reads the review file and reports it.
    out = subprocess.run([CLOUT, "validate", str(network)], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert "2 proposals awaiting review (1 entity, 1 relation) — 0 error(s)" in out.stdout
    # A proposal whose quote is no longer in its source is an error (exit 1) with its line.
    review.write_text(text.replace("similar licences for its MI308", "licences for MI308"))
    out = subprocess.run([CLOUT, "validate", str(network)], capture_output=True, text=True)
    assert out.returncode == 1
    assert "chips.review.yaml:" in out.stderr and "does not occur verbatim" in out.stderr


def test_render_writes_only_inside_the_allowed_folder(network, tmp_path):
    allowed = tmp_path / "drawings"
    allowed.mkdir()

    async def check(session, init):
        result = await call(session, "render", format="dot", output="chips.dot")
        assert Path(result.structured_content["file"]).resolve() == (allowed / "chips.dot").resolve()
        assert "digraph" in result.content[1].resource.text
        assert "outside the folder" in await refused(session, "render", output="../escape.svg")

    serve(str(network), "--allow-writes", str(allowed), check=check)
    assert (allowed / "chips.dot").read_text().lstrip().startswith(("digraph", "strict digraph", "/*"))
    assert not (tmp_path / "escape.svg").exists()


def test_requests_read_before_the_input_ends_are_all_answered():
    """`… | clout mcp`: the server answers every request it read, then exits."""
    lines = [json.dumps({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
        "protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "pipe", "version": "1"}}})]
    lines.append(json.dumps({"jsonrpc": "2.0", "method": "notifications/initialized"}))
    for i, (tool, arguments) in enumerate([
            ("rank", {"by": "betweenness"}), ("influencers", {"actor": "donald-trump", "about": "h200"}),
            ("actor_card", {"actor": "nobody-at-all"}), ("diff", {"from": "2025-06", "to": "2025-12"})], start=2):
        lines.append(json.dumps({"jsonrpc": "2.0", "id": i, "method": "tools/call",
                                 "params": {"name": tool, "arguments": arguments}}))
    out = subprocess.run([CLOUT, "mcp"], input="\n".join(lines) + "\n", capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    replies = {m["id"]: m for m in map(json.loads, out.stdout.splitlines()) if "id" in m}
    assert set(replies) == {1, 2, 3, 4, 5}
    assert replies[4]["error"]["code"] == -32602 and "no entity matches" in replies[4]["error"]["message"]
    assert replies[2]["result"]["structuredContent"]["measure"] == "betweenness"
