"""`--help` of every command: each option explained, dates with their format, all in Vietnamese; the
options every command shares go before or after the command name."""

from __future__ import annotations

import argparse

import pytest

from focal_desk.app.cli import build_parser

DATE_FORMATS = ("YYYY-MM-DD", "YYYY-MM", "YYYY")
DATE_DESTS = {"on", "valid_on", "received_on", "date", "month", "year"}


def all_parsers(p: argparse.ArgumentParser, name: str = "focal-desk"):
    yield name, p
    for action in p._actions:
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:  # the list under COMMAND / VERB
                assert choice.help, f"{name} {choice.dest}: no help"
            for sub_name, sub in action.choices.items():
                yield from all_parsers(sub, f"{name} {sub_name}")


PARSERS = dict(all_parsers(build_parser()))


def test_the_walk_reaches_every_command():
    assert {"focal-desk gui", "focal-desk deadline", "focal-desk request add", "focal-desk request refuse",
            "focal-desk calendar import", "focal-desk demo", "focal-desk restore"} <= PARSERS.keys()


@pytest.mark.parametrize("name", sorted(PARSERS))
def test_every_option_is_explained(name):
    parser = PARSERS[name]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            continue
        flag = "/".join(action.option_strings) or action.metavar or action.dest
        assert action.help and action.help.strip(), f"{name} {flag}: no help"
        if action.dest in DATE_DESTS:
            assert action.metavar in DATE_FORMATS, f"{name} {flag}: metavar {action.metavar!r}"
            assert action.metavar in action.help, f"{name} {flag}: the help does not give the format"


@pytest.mark.parametrize("name", sorted(PARSERS))
def test_help_speaks_one_language(name):
    text = PARSERS[name].format_help()
    for english in ("usage:", "options:", "positional arguments", "show this help", "UI language"):
        assert english not in text, f"{name}: {english!r} in\n{text}"
    assert text.startswith("cách dùng: ")


@pytest.mark.parametrize("argv", [
    ["--data-dir", "D", "--officer", "Hoa", "request", "list"],
    ["request", "list", "--data-dir", "D", "--officer", "Hoa"],
    ["--data-dir", "D", "request", "list", "--officer", "Hoa"],
])
def test_shared_options_go_before_or_after_the_command(argv):
    args = build_parser().parse_args(argv)
    assert (args.data_dir, args.officer, args.request_command) == ("D", "Hoa", "list")


@pytest.mark.parametrize("argv", [["--lang", "en"], ["--lang", "en", "gui"], ["gui", "--lang", "en"]])
def test_lang_goes_before_or_after_gui(argv):
    assert build_parser().parse_args(argv).lang == "en"


def test_without_the_options_the_defaults_stand():
    args = build_parser().parse_args(["gui"])
    assert (args.data_dir, args.officer, args.lang) == (None, None, "vi")
