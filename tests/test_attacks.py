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
from kg.serve import free_port
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
        s.sendall(b"POST /query HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\nquery=ASK%7B%7D")
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
