"""The built wheel, installed in a fresh virtual environment, carries and loads the schemas."""

from __future__ import annotations

import json
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHECK = """
import json, sys
from importlib import resources
import classaction as ca
pkg = resources.files("classaction")
out = {
    "file": ca.__file__,
    "schemas": {n: json.loads(pkg.joinpath("schemas", n).read_text("utf-8"))
                for n in ("claim.schema.json", "determination.schema.json", "action.schema.json")},
    "seed": json.loads(pkg.joinpath("seeds", "t-724-20.json").read_text("utf-8")),
    "typed": pkg.joinpath("py.typed").is_file(),
    "outcome": ca.determine(ca.read_claim(sys.argv[1])).outcomes["PB"].value,
}
print(json.dumps(out))
"""


def test_the_wheel_installs_fresh_and_loads_its_own_schemas(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(wheels), str(ROOT)],
        check=True, capture_output=True,
    )
    (wheel,) = wheels.glob("classaction-*.whl")
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", str(wheel)], check=True, capture_output=True
    )
    claim = (ROOT / "examples" / "claims.jsonl").read_text("utf-8").splitlines()[0]
    done = subprocess.run(
        [str(python), "-c", CHECK, claim], check=True, capture_output=True, text=True,
        cwd=tmp_path,
    )
    out = json.loads(done.stdout)
    assert str(env_dir) in out["file"]
    for name, schema in out["schemas"].items():
        assert schema == json.loads((ROOT / "schemas" / name).read_text("utf-8")), name
    assert out["seed"] == json.loads((ROOT / "seeds" / "t-724-20.json").read_text("utf-8"))
    assert out["typed"] is True
    assert out["outcome"] == "MEMBER"
