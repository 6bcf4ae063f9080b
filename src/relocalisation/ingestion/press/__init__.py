"""Press-release extraction: French text → announcement figures and proposed laureates, each value
with the character span of its evidence and a confidence. Pure Python (no database needed):
places are resolved against the COG shipped in ``territories/data``.

Entry points: :func:`extract` (text → :class:`Extraction`), :func:`read_document` (file → text)."""
from relocalisation.ingestion.press.extract import Extraction, extract  # noqa: F401
from relocalisation.ingestion.press.readers import DocumentError, read_document  # noqa: F401
