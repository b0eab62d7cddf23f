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
(spare / "locked").mkdir(parents=True)
(spare / "locked" / "x.md").write_text("x")
os.chmod(spare / "locked", 0o000)
try:
    print(
        stage.write_tree(
            {"same.md": "# Same\n", "new.md": "# New\n"}, spare, t / "no", live, recycled=True
        )
    )
except Exception as e:
    print("RAISED", type(e).__name__, e)
os.chmod(spare / "locked", 0o755)
