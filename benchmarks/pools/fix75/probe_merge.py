"""fix75's invented probes of one of this session's rules (see SOURCE.md); run from the worktree."""

from generator.resolve.merge import Found, merges


def o(n, *a, c=1):
    return Found(n, "organisation", c, frozenset(a), frozenset())


cases = {
    "Apple/Apple Stores": [o("Apple", "a1", c=4), o("Apple Stores", "a1")],
    "BHP/BHP Billiton Minerals": [o("BHP", "a1", c=3), o("BHP Billiton Minerals", "a1")],
    "BHP/BHP Billiton/BHP Billiton Minerals": [
        o("BHP", "a1", c=3),
        o("BHP Billiton", "a1"),
        o("BHP Billiton Minerals", "a1"),
    ],
    "Sony/Sony Music Entertainment": [o("Sony", "a1", c=3), o("Sony Music Entertainment", "a1")],
    "Sony/Sony BMG Music Entertainment": [
        o("Sony", "a1", c=3),
        o("Sony BMG Music Entertainment", "a1"),
    ],
    "Rio Tinto/Rio Tinto Minerals": [o("Rio Tinto", "a1", c=3), o("Rio Tinto Minerals", "a1")],
    "Nestle/Nestle Foods": [o("Nestle", "a1", c=3), o("Nestle Foods", "a1")],
    "Anglo American/Anglo American Mining": [
        o("Anglo American", "a1", c=3),
        o("Anglo American Mining", "a1"),
    ],
    "Citigroup/Citigroup Global Financial": [
        o("Citigroup", "a1", c=3),
        o("Citigroup Global Financial", "a1"),
    ],
    "GM/GM Financial": [o("GM", "a1", c=3), o("GM Financial", "a1")],
    "Ford/Ford Motor Credit Financial": [o("Ford", "a1", c=3), o("Ford Credit Financial", "a1")],
    "Sears/Sears Holdings Stores": [o("Sears", "a1", c=3), o("Sears Canada Stores", "a1")],
    "Wal-Mart/Wal-Mart Stores": [o("Wal-Mart", "a1", c=3), o("Wal-Mart Stores", "a1")],
}
for k, v in cases.items():
    print(k, "->", [(m.name, m.into) for m in merges(v, {})])
