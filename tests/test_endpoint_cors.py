"""The endpoint for other origins and tools: OPTIONS, opt-in CORS, the service description,
against a real `kg serve` over real HTTP."""
import subprocess
import sys
import urllib.request

import pytest
from rdflib import Graph, URIRef

from kg.cli import EXIT_USAGE, main
from kg.serve.backend import free_port
from tests.test_sparql import wait_port

SD_ENDPOINT = URIRef("http://www.w3.org/ns/sparql-service-description#endpoint")


def start(out, *extra):
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--graph", str(out), "--port", str(port), *extra],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    wait_port(port, proc)
    return proc, f"http://127.0.0.1:{port}"


@pytest.fixture(scope="module")
def plain(corpus_build):
    proc, url = start(corpus_build[0])
    yield url
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture(scope="module")
def with_cors(corpus_build):
    proc, url = start(corpus_build[0], "--cors", "http://example.org")
    yield url
    proc.terminate()
    proc.wait(timeout=10)


def request(url, method="GET", origin=None, headers=None):
    req = urllib.request.Request(url, method=method, headers={**({"Origin": origin} if origin else {}), **(headers or {})})
    with urllib.request.urlopen(req, timeout=30) as resp:
        return resp.status, resp.headers, resp.read()


def test_a_preflight_from_an_allowed_origin_gets_204_and_the_origin(with_cors):
    status, headers, _ = request(with_cors + "/query", "OPTIONS", "http://example.org",
                                 {"Access-Control-Request-Method": "POST"})
    assert status == 204 and headers["Access-Control-Allow-Origin"] == "http://example.org"
    assert "POST" in headers["Access-Control-Allow-Methods"]


def test_an_answer_to_an_allowed_origin_names_it_and_another_origin_gets_none(with_cors):
    q = with_cors + "/query?query=" + urllib.request.quote("ASK { ?s ?p ?o }")
    _, headers, _ = request(q, origin="http://example.org", headers={"Accept": "application/sparql-results+json"})
    assert headers["Access-Control-Allow-Origin"] == "http://example.org"
    _, headers, _ = request(q, origin="http://evil.example", headers={"Accept": "application/sparql-results+json"})
    assert headers["Access-Control-Allow-Origin"] is None


def test_without_cors_no_foreign_origin_gets_the_header(plain):
    status, headers, _ = request(plain + "/query", "OPTIONS", "http://example.org")
    assert status == 204 and headers["Access-Control-Allow-Origin"] is None
    q = plain + "/query?query=" + urllib.request.quote("ASK { ?s ?p ?o }")
    status, headers, body = request(q, origin="http://example.org", headers={"Accept": "application/sparql-results+json"})
    assert status == 200 and b"true" in body and headers["Access-Control-Allow-Origin"] is None


def test_the_service_description_names_the_address_the_user_opened(plain):
    status, headers, body = request(plain + "/query", headers={"Accept": "text/turtle"})
    g = Graph().parse(data=body, format="turtle")
    assert status == 200 and set(g.objects(None, SD_ENDPOINT)) == {URIRef(plain + "/query")}


def test_a_cors_value_that_is_not_an_origin_is_a_usage_error(capsys):
    assert main(["serve", "--cors", "example.org/path"]) == EXIT_USAGE
    assert "--cors takes origins" in capsys.readouterr().err
