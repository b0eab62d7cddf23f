"""Briefing-site generator: news articles in, a cross-linked, searchable briefing site out.

Stages, one module each, plain data between them: load → annotate → resolve → link →
render → publish, wired together by ``build``; ``cli`` is the command-line edge.
"""

__version__ = "0.1.0"
