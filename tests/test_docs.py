"""Every command a user can run is documented in README.md, and README's commands exist."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import typer.main

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def _commands():
    from sitroom import cli

    cli._register()
    group = typer.main.get_command(cli.app)
    out = []
    for name, cmd in group.commands.items():
        subs = getattr(cmd, "commands", None)
        out.extend(f"{name} {sub}" for sub in subs) if subs else out.append(name)
    return sorted(out)


@pytest.mark.parametrize("command", _commands())
def test_command_is_in_readme(command):
    assert f"sitroom {command}" in README, f"README.md does not show `sitroom {command}`"


def test_readme_commands_exist():
    known = set(_commands())
    # Commands as typed in the README's shell blocks.
    for match in re.finditer(r"^(?:\.venv/bin/)?sitroom ([a-z-]+)(?: ([a-z-]+))?", _shell_lines(), re.MULTILINE):
        first, second = match.groups()
        assert first in known or f"{first} {second}" in known, match.group(0)


def _shell_lines() -> str:
    blocks = re.findall(r"```sh\n(.*?)```", README, re.DOTALL)
    return "\n".join(blocks)


def test_readme_shows_the_two_commands_first():
    head = README[: README.index("## Using it")]
    assert "make demo" in head and "make test" in head
