"""Loaded for every test run, core and portal: the ``clause`` marker (tests/clausemarks.py)."""

pytest_plugins = ["tests.clausemarks"]
