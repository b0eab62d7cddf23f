import os
import sys
from pathlib import Path

sys.path.insert(0, "/tmp/review26/np")
from generator import publish as stage

t = Path(sys.argv[1])
t.mkdir()
live = t / "live"
live.mkdir()
(live / "same.md").write_text("# Same\n")
spare = t / "spare"
(spare / "sub" / "locked").mkdir(parents=True)
(spare / "sub" / "locked" / "x.md").write_text("x")
(spare / "ro").mkdir()
(spare / "ro" / "stray.md").write_text("stray")
os.chmod(spare / "ro", 0o555)
os.chmod(spare / "sub" / "locked", 0o000)
try:
    print(
        stage.write_tree(
            {"same.md": "# Same\n", "sub/new.md": "# New\n"}, spare, t / "no", live, recycled=True
        )
    )
except Exception as e:
    print("RAISED", type(e).__name__, e)
for r, d, f in os.walk(spare):
    print(r, d, f)
os.chmod(spare / "sub" / "locked", 0o755)
os.chmod(spare / "ro", 0o755)
