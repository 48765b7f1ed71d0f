"""A non-editable install works from any folder, with the themes and samples inside the wheel."""

from __future__ import annotations

import os
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

from tests.conftest import REPO


@pytest.mark.slow
def test_wheel_installs_a_working_reader_command(tmp_path):
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(REPO)],
        check=True,
        timeout=300,
    )
    (wheel,) = wheels.glob("*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert any(n.startswith("reader/_bundled/themes/") and n.endswith(".toml") for n in names)
    assert sum(n.startswith("reader/_bundled/sample_articles/") for n in names) >= 8

    # The dependencies come from this interpreter's site-packages, so no download is needed;
    # the project itself is installed from the wheel alone.
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(system_site_packages=True, with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "--no-deps", "--force-reinstall", str(wheel)],
        check=True,
        timeout=300,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["READER_DB"] = str(tmp_path / "lib" / "library.json")
    command = env_dir / "bin" / "reader"

    version = subprocess.run(
        [str(command), "--version"], cwd=elsewhere, env=env, capture_output=True, text=True
    )
    assert version.returncode == 0 and version.stdout.startswith("reader ")

    where = subprocess.run(
        [str(python), "-c", "import reader.resources as r; print(r.sample_articles_dir())"],
        cwd=elsewhere, env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    bundled = Path(where.stdout.strip())
    assert "site-packages" in str(bundled), "samples must come from the installed package"

    imported = subprocess.run(
        [str(command), "import", str(bundled)], cwd=elsewhere, env=env, capture_output=True,
        text=True,
    )  # fmt: skip
    assert imported.returncode == 0, imported.stderr
    listed = subprocess.run(
        [str(command), "list"], cwd=elsewhere, env=env, capture_output=True, text=True
    )
    assert listed.returncode == 0
    assert len(listed.stdout.strip().splitlines()) >= 8
