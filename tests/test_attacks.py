"""The endpoint and `kg query` as an attacker or an unlucky user would try them, on
loopback only, each attack bounded in count and time.  After each, the server must
still answer, and nothing reaches a service the user did not allow."""
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest

from kg.cli import EXIT_FAIL, EXIT_USAGE, main
from kg.serve.backend import free_port
from tests.test_sparql import wait_port

ASK = "ASK {}"
CROSS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def post(url: str, query: str, timeout: float = 30) -> tuple[int, bytes]:
    data = urllib.parse.urlencode({"query": query}).encode()
    req = urllib.request.Request(url + "/query", data=data, headers={
        "Content-Type": "application/x-www-form-urlencoded", "Accept": "application/sparql-results+json"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


@pytest.fixture
def server(corpus_build):
    out, _ = corpus_build
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--graph", str(out), "--port", str(port),
                             "--timeout", "2"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    wait_port(port, proc)
    yield f"http://127.0.0.1:{port}"
    proc.terminate()
    proc.wait(timeout=10)


def answers_within(url: str, seconds: float) -> bool:
    start = time.monotonic()
    code, body = post(url, ASK, timeout=seconds)
    return code == 200 and b"true" in body and time.monotonic() - start <= seconds


def test_deeply_nested_query_is_refused_and_the_server_lives(server):
    assert answers_within(server, 5)                          # positive control
    code, body = post(server, "ASK " + "{" * 3000 + "}" * 3000)
    assert code == 400 and b"levels deep" in body
    assert answers_within(server, 5)


def test_runaway_query_is_stopped_at_the_timeout(server):
    for _ in range(3):       # each time the restarted backend must live (not die with a request's thread)
        start = time.monotonic()
        code, body = post(server, CROSS, timeout=30)
        assert code in (503, 504) and b"timeout" in body, (code, body[:200])
        assert time.monotonic() - start < 10
        assert answers_within(server, 5)


def test_service_to_a_loopback_port_reaches_nothing(server):
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(5)
    listener.settimeout(0.5)
    target = listener.getsockname()[1]
    try:
        code, body = post(server, f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{target}/sparql> {{ ?s ?p ?o }} }}")
        assert code == 400 and b"SERVICE" in body and b"refused" in body
        with pytest.raises(socket.timeout):
            listener.accept()                                 # nobody knocked
    finally:
        listener.close()
    assert answers_within(server, 5)


def test_two_hundred_concurrent_clients_all_get_answers(server):
    with ThreadPoolExecutor(max_workers=200) as pool:
        codes = list(pool.map(lambda _: post(server, ASK, timeout=60)[0], range(200)))
    assert codes.count(200) == 200, {c: codes.count(c) for c in set(codes)}


def test_malformed_content_length_gets_400(server):
    host, port = server.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as s:
        s.sendall(b"POST /query HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: abc\r\n\r\nquery=ASK%7B%7D")
        reply = s.recv(200)
    assert reply.startswith(b"HTTP/1.0 400")
    assert answers_within(server, 5)


def test_kg_query_refuses_deep_nesting_and_service_without_crashing(corpus_build, capsys):
    out, _ = corpus_build
    assert main(["query", ASK, "--graph", str(out)]) == 0                  # positive control
    assert "true" in capsys.readouterr().out
    assert main(["query", "ASK " + "{" * 5000 + "}" * 5000, "--graph", str(out)]) == EXIT_FAIL
    assert "levels deep" in capsys.readouterr().err
    assert main(["query", "SELECT * { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }", "--graph", str(out)]) == EXIT_FAIL
    assert "refused" in capsys.readouterr().err


def test_bad_serve_arguments_are_usage_errors(capsys):
    for args in (["--port", "70000"], ["--timeout", "0"]):
        with pytest.raises(SystemExit) as exc:
            main(["serve", *args])
        assert exc.value.code == EXIT_USAGE
        assert "Traceback" not in capsys.readouterr().err


def test_kg_query_stops_a_runaway_query_at_its_timeout(corpus_build, capsys):
    out, _ = corpus_build
    start = time.monotonic()
    assert main(["query", CROSS, "--graph", str(out), "--timeout", "2"]) == EXIT_FAIL
    assert time.monotonic() - start < 10
    assert "stopped after 2 s" in capsys.readouterr().err
    assert main(["query", ASK, "--graph", str(out), "--timeout", "2"]) == 0        # control: quick ones answer
    assert "true" in capsys.readouterr().out


def test_a_failing_allowed_service_is_one_line_not_a_traceback(corpus_build, capsys):
    out, _ = corpus_build
    port = free_port()                       # nothing listens there: the connection is refused
    url = f"http://127.0.0.1:{port}/sparql"
    code = main(["query", f"SELECT * {{ SERVICE <{url}> {{ ?s ?p ?o }} }}", "--graph", str(out), "--allow-service", url])
    err = capsys.readouterr().err.strip()
    assert code == EXIT_FAIL and "SERVICE call failed" in err and len(err.splitlines()) == 1


@pytest.mark.parametrize("endpoint", ["not a url", "ftp://host/x", "http://", "http://[::1", "http://h:99999/x"])
def test_push_to_a_bad_endpoint_is_one_line(corpus_build, capsys, endpoint):
    out, _ = corpus_build
    assert main(["push", "--graph", str(out), "--endpoint", endpoint]) == EXIT_FAIL
    err = capsys.readouterr().err.strip()
    assert err.startswith("kg push:") and len(err.splitlines()) == 1


def _raw(server: str, payload: bytes, timeout: float = 10) -> bytes:
    host, port = server.removeprefix("http://").rsplit(":", 1)
    with socket.create_connection((host.strip("[]"), int(port)), timeout=timeout) as s:
        s.sendall(payload)
        return s.recv(300)


@pytest.mark.parametrize("query", [
    "SELECT * WHERE {{ SERVICE<http://127.0.0.1:{port}/x> {{ ?s ?p ?o }} }}",                 # no space
    "SELECT * WHERE {{ SERVICE SILENT<http://127.0.0.1:{port}/x> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ ?s ?p <http://a.example/\\u0041#> . SERVICE <http://127.0.0.1:{port}/x> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ ?s ?p <http://a.example/\\u0041'> . SERVICE <http://127.0.0.1:{port}/x> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ \\u0053ERVICE <http://127.0.0.1:{port}/x> {{ ?s ?p ?o }} }}",         # an escaped keyword
    "select * where {{ service # a comment\n <http://127.0.0.1:{port}/x> {{ ?s ?p ?o }} }}",
])
def test_every_spelling_of_service_is_refused_and_nothing_is_reached(server, corpus_build, capsys, query):
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(5)
    listener.settimeout(0.5)
    text = query.format(port=listener.getsockname()[1])
    try:
        code, body = post(server, text)
        assert code == 400 and b"refused" in body, (code, body[:200])
        assert main(["query", text, "--graph", str(corpus_build[0])]) == EXIT_FAIL
        assert "refused" in capsys.readouterr().err
        with pytest.raises(socket.timeout):
            listener.accept()                                 # nobody knocked
    finally:
        listener.close()
    assert answers_within(server, 5)                          # and a plain query still runs


def test_an_escape_cannot_hide_deep_nesting(server, corpus_build, capsys):
    text = "ASK { ?s ?p <http://a.example/\\u0041#> . " + "{" * 3000 + "}" * 3000 + " }"
    code, body = post(server, text)
    assert code == 400 and b"levels deep" in body
    assert main(["query", text, "--graph", str(corpus_build[0])]) == EXIT_FAIL
    assert "levels deep" in capsys.readouterr().err
    assert answers_within(server, 5)


def test_brackets_and_service_inside_strings_are_text(corpus_build, capsys):
    text = 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o FILTER(?o != "SERVICE <http://127.0.0.1:9/> {{{{{") }'
    assert main(["query", text, "--graph", str(corpus_build[0])]) == 0
    assert "n" in capsys.readouterr().out


@pytest.mark.parametrize("host", [b"evil.example", b"evil.example:7878", b"127.0.0.1.evil.example", b"[::1", b"a b"])
def test_a_foreign_or_malformed_host_is_refused(server, host):
    assert _raw(server, b"GET /query HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").startswith(b"HTTP/1.0 200")  # control
    reply = _raw(server, b"GET /query HTTP/1.1\r\nHost: " + host + b"\r\n\r\n")
    assert reply.startswith(b"HTTP/1.0 421") or reply.startswith(b"HTTP/1.0 400"), reply
    assert answers_within(server, 5)


def test_half_sent_requests_do_not_stop_the_server(server):
    host, port = server.removeprefix("http://").split(":")
    idle = []
    try:
        for _ in range(120):                              # more than the connection cap
            s = socket.create_connection((host, int(port)), timeout=5)
            s.sendall(b"POST /query HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n\r\nquery=")
            idle.append(s)
        assert answers_within(server, 40)                 # answered once the slow ones are cut off
    finally:
        for s in idle:
            s.close()


def test_the_server_listens_on_ipv6_loopback(corpus_build):
    if not socket.has_ipv6:
        pytest.skip("no IPv6 on this machine")
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--graph", str(corpus_build[0]), "--host", "::1",
                             "--port", str(port)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                reply = _raw(f"http://[::1]:{port}", b"GET /query HTTP/1.1\r\nHost: [::1]:%d\r\n\r\n" % port)
                break
            except OSError:
                time.sleep(0.2)
        else:
            pytest.fail(proc.stderr.read1().decode() if proc.poll() is not None else "no answer on [::1]")
        assert reply.startswith(b"HTTP/1.0 200")
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.mark.parametrize("args", [["query", "ASK {}", "--timeout", "99999999999"], ["serve", "--timeout", "99999999999"],
                                  ["build", "--jobs", "100000"], ["build", "--jobs", "0"]])
def test_unbounded_numbers_are_usage_errors(capsys, args):
    with pytest.raises(SystemExit) as exc:
        main(args)
    assert exc.value.code == EXIT_USAGE and "from 1 to" in capsys.readouterr().err


def test_prepare_refuses_negative_pages(corpus_build):
    from kg.serve.workbench import answer

    ok = answer("/api/prepare?saved=officials_of_place&limit=5", corpus_build[0])
    assert ok[0] == 200                                                     # control
    for bad in ("limit=-5", "offset=-1", "limit=1e3"):
        code, body, _ = answer(f"/api/prepare?saved=officials_of_place&{bad}", corpus_build[0])
        assert code == 400 and b"whole number" in body


def test_the_query_table_escapes_control_characters_from_the_data(corpus_build, capsys):
    text = 'SELECT ?x WHERE { BIND("a\\u001b[2Jb\\u0007c" AS ?x) }'
    assert main(["query", text, "--graph", str(corpus_build[0])]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out and "\\x1b[2Jb" in out


@pytest.mark.parametrize("kind", ["symlink", "fifo", "folder", "file_in_the_way"])
def test_export_writes_regular_files_only(corpus_build, tmp_path, capsys, kind):
    import os

    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    out = tmp_path / "out.ttl"
    if kind == "symlink":
        out.symlink_to(victim)
    elif kind == "fifo":
        os.mkfifo(out)
    elif kind == "folder":
        out.mkdir()
    else:
        (tmp_path / "plain").write_text("x")
        out = tmp_path / "plain" / "out.ttl"
    assert main(["export", "--format", "ttl", "--graph", str(corpus_build[0]), "--out", str(out)]) == EXIT_FAIL
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("kg export:") and "Traceback" not in err[0]
    assert victim.read_text() == "keep me"
    good = tmp_path / "good.ttl"                                              # control
    assert main(["export", "--format", "ttl", "--graph", str(corpus_build[0]), "--out", str(good)]) == 0
    assert good.stat().st_size > 1000


def test_a_symlink_loop_in_a_corpus_is_skipped_not_a_traceback(tmp_path, capsys):
    from pathlib import Path as P

    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "l2").symlink_to("l2")                          # a link to itself
    (corpus / "a").symlink_to("b")
    (corpus / "b").symlink_to("a")                            # a loop of two
    seed = sorted((P(__file__).resolve().parent.parent / "corpus").glob("*.txt"))[0]
    (corpus / "one.txt").write_bytes(seed.read_bytes())
    code = main(["build", str(corpus), "--out", str(tmp_path / "o"), "--quiet", "--no-view"])
    out = capsys.readouterr()
    assert code == 3 and "Traceback" not in out.err
    assert out.out.count("symbolic link that leads nowhere") == 3 and "articles read: 1" in out.out


def test_a_client_that_leaves_mid_answer_leaves_no_traceback(corpus_build):
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--graph", str(corpus_build[0]), "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        wait_port(port, proc)
        url = f"http://127.0.0.1:{port}"
        query = urllib.parse.quote("SELECT * WHERE { ?s ?p ?o }")
        for _ in range(20):                                   # ask for the whole graph and hang up at once
            with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
                s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
                s.sendall(f"GET /query?query={query} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
        assert answers_within(url, 10)                        # control: it still answers
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=10)
    assert b"Traceback" not in err and b"BrokenPipe" not in err, err[-500:]


def test_the_parsers_syntax_tree_is_judged_too():
    from kg.sparql.guard import QueryRejected, check, syntax_tree_services

    assert syntax_tree_services("SELECT * { SERVICE <http://127.0.0.1:9/x> { ?s ?p ?o } }") == ["http://127.0.0.1:9/x"]
    assert syntax_tree_services("SELECT * { ?s ?p ?o LATERAL { ?o ?q ?r } }") is None      # Oxigraph's own syntax
    check("SELECT * { SERVICE <http://allowed.example/q> { ?s ?p ?o } }", ("http://allowed.example/q",))  # control
    with pytest.raises(QueryRejected):
        check("SELECT * { SERVICE ?endpoint { ?s ?p ?o } }", ("http://allowed.example/q",))


def test_the_endpoint_knows_the_graphs_prefixes(server):
    code, body = post(server, "SELECT * WHERE { ?s a ck:Person } LIMIT 1")
    assert code == 200 and b"person/" in body
    code, body = post(server, "PREFIX ck: <https://w3id.org/cadre-kg/ontology#> SELECT * WHERE { ?s a ck:Person } LIMIT 1")
    assert code == 200 and b"person/" in body                                 # a query that declares them still runs
    code, body = post(server, "SELECT * WHERE { ?s a nope:Person }")
    assert code == 400                                                        # an unknown prefix is still an error
